// gz-rules §5 — 贵州省职业技能等级认定机构遴选及退出实施细则 — 院校遴选条件
//
// 第五条  院校应满足以下条件。
// （一）拟开展认定的职业（工种）与本校开设专业相匹配，职业（工种）等级与办学层次相一致；评价对象为本校
//   全日制在校学生，评价时间限定为毕业年度或专业全课程结课后；
// （二）已建立职业技能等级认定专职内设机构，配备相应专职人员，有稳定经费保障；专职机构办公场地需包含
//   考务室、保密室、档案室等功能区域；
// （三）用于开展职业技能等级认定的场地及设施设备，除符合国家职业标准要求外，还须满足消防安全、环保、
//   劳保等相关规定。
import { z } from 'zod';
import { listEntryIds, parameterAt, entryNameEn } from '../../parameters/parameter.js';
import { schoolRequiredRooms } from '../../parameters/gz-rules.js';
import { assessed, missingFrom, required } from '../assessment.js';
import { defineCheck } from '../check.js';
import { assessment, level, occupationCode } from '../facts.js';
import { finding } from '../rule.js';
import { gz, gzRule } from './rule.js';
import { jurisdictionFact, territory, territoryFindings } from './scope.js';

// （一）
export const schoolOccupationFit = gzRule(
  '5/1/occupation',
  gz(5, 1),
  '职业（工种）与开设专业相匹配、等级与办学层次相一致',
  'Occupations match the school’s majors; levels match its level of schooling',
);
export const schoolCandidates = gzRule(
  '5/1/candidates',
  gz(5, 1),
  '评价对象限于本校全日制在校学生',
  'Candidates are limited to the school’s own full-time students',
);
export const schoolTiming = gzRule(
  '5/1/timing',
  gz(5, 1),
  '评价时间限于毕业年度或专业全课程结课后',
  'Evaluation only in the graduation year or after all courses of the major',
);
// （二）
export const schoolUnit = gzRule(
  '5/2/unit',
  gz(5, 2),
  '专职内设机构、专职人员、稳定经费',
  'Dedicated internal unit, full-time staff, stable funding',
);
export const schoolRooms = gzRule(
  '5/2/rooms',
  gz(5, 2),
  '专职机构办公场地含考务室、保密室、档案室',
  'The unit’s office includes exam-affairs, confidential and archive rooms',
  [schoolRequiredRooms.id],
);
// （三）
export const schoolSite = gzRule(
  '5/3',
  gz(5, 3),
  '场地设施设备符合国家职业标准及消防、环保、劳保规定',
  'Premises and equipment meet the national standard and fire, environment and labour-protection rules',
);

export const schoolSelectionFacts = z.strictObject({
  jurisdictionCode: jurisdictionFact,
  occupations: z
    .array(
      z.strictObject({
        code: occupationCode(),
        levels: z.array(level).min(1).describe('拟认定等级（1–5 级）'),
        matchesMajor: assessment('与本校开设专业相匹配'),
        levelConsistentWithSchooling: assessment('职业（工种）等级与办学层次相一致'),
      }),
    )
    .min(1)
    .describe('拟开展认定的职业（工种）'),
  candidatesOwnFullTimeStudentsOnly: z.boolean().describe('评价对象仅为本校全日制在校学生'),
  evaluationTiming: z
    .enum(['graduation_year', 'after_all_courses', 'other'])
    .describe('评价时间：graduation_year 毕业年度 / after_all_courses 专业全课程结课后 / other 其他'),
  dedicatedUnit: z.boolean().describe('已建立职业技能等级认定专职内设机构'),
  fullTimeStaffAssigned: z.boolean().describe('配备相应专职人员'),
  stableFunding: assessment('有稳定经费保障'),
  officeRooms: z
    .array(z.enum(listEntryIds(schoolRequiredRooms)))
    .describe(
      '专职机构办公场地包含的功能区域：exam_affairs_room 考务室 / confidential_room 保密室 / archive_room 档案室',
    ),
  siteMeetsNationalStandard: assessment('场地及设施设备符合国家职业标准要求'),
  siteSafetyCompliant: assessment('场地满足消防安全、环保、劳保等相关规定'),
});

export const schoolSelectionCheck = defineCheck({
  name: 'gz-rules.selection.school',
  regime: 'gz-rules',
  title_zh: '院校遴选条件（第五条）',
  title_en: 'Selection conditions for schools (§5)',
  asOf_zh: '遴选决定日期',
  facts: schoolSelectionFacts,
  example: {
    jurisdictionCode: '520100',
    occupations: [
      { code: '4-04-05-01', levels: [4, 3], matchesMajor: true, levelConsistentWithSchooling: true },
    ],
    candidatesOwnFullTimeStudentsOnly: true,
    evaluationTiming: 'graduation_year',
    dedicatedUnit: true,
    fullTimeStaffAssigned: true,
    stableFunding: true,
    officeRooms: ['exam_affairs_room', 'confidential_room', 'archive_room'],
    siteMeetsNationalStandard: true,
    siteSafetyCompliant: true,
  },
  ruleIds: [
    territory.id,
    schoolOccupationFit.id,
    schoolCandidates.id,
    schoolTiming.id,
    schoolUnit.id,
    schoolRooms.id,
    schoolSite.id,
  ],
  run(f, ctx) {
    const rooms = parameterAt(schoolRequiredRooms, ctx.asOf);
    const missingRooms = missingFrom(
      rooms.map((r) => r.id),
      f.officeRooms,
    );
    const timingOk = f.evaluationTiming !== 'other';
    return [
      ...territoryFindings(f.jurisdictionCode),
      ...f.occupations.flatMap((o) => [
        assessed(
          schoolOccupationFit,
          o.matchesMajor,
          `职业（工种）${o.code} 与本校开设专业相匹配`,
          `Occupation ${o.code} matches a major of the school`,
          { occupation: o.code },
        ),
        assessed(
          schoolOccupationFit,
          o.levelConsistentWithSchooling,
          `职业（工种）${o.code} 等级 ${o.levels.join('、')} 与办学层次相一致`,
          `Levels ${o.levels.join(', ')} of ${o.code} match the level of schooling`,
          { occupation: o.code, levels: o.levels },
        ),
      ]),
      required(
        schoolCandidates,
        f.candidatesOwnFullTimeStudentsOnly,
        '评价对象限于本校全日制在校学生',
        'Candidates limited to own full-time students',
      ),
      finding(
        schoolTiming,
        timingOk,
        timingOk ? '评价时间在毕业年度或专业全课程结课后' : '评价时间不在毕业年度，也不在专业全课程结课后',
        timingOk
          ? 'Evaluation in the graduation year or after all courses'
          : 'Evaluation neither in the graduation year nor after all courses',
        { evaluationTiming: f.evaluationTiming },
      ),
      required(schoolUnit, f.dedicatedUnit, '职业技能等级认定专职内设机构', 'Dedicated internal unit'),
      required(schoolUnit, f.fullTimeStaffAssigned, '相应专职人员', 'Full-time staff assigned'),
      assessed(schoolUnit, f.stableFunding, '稳定经费保障', 'Stable funding'),
      finding(
        schoolRooms,
        missingRooms.length === 0,
        missingRooms.length === 0
          ? '专职机构办公场地包含考务室、保密室、档案室'
          : `专职机构办公场地缺少：${missingRooms.map((id) => rooms.find((r) => r.id === id)!.name_zh).join('、')}`,
        missingRooms.length === 0
          ? 'The office includes all required rooms'
          : `Missing rooms: ${missingRooms.map((id) => entryNameEn(rooms.find((r) => r.id === id)!)).join(', ')}`,
        {
          required: rooms.map((r) => r.id),
          given: f.officeRooms,
          missing: missingRooms,
          parameter: schoolRequiredRooms.id,
        },
      ),
      assessed(
        schoolSite,
        f.siteMeetsNationalStandard,
        '场地及设施设备符合国家职业标准',
        'Premises and equipment meet the national standard',
      ),
      assessed(
        schoolSite,
        f.siteSafetyCompliant,
        '场地满足消防安全、环保、劳保规定',
        'Premises meet fire-safety, environmental and labour-protection rules',
      ),
    ];
  },
});

export const schoolSelectionRules = [
  schoolOccupationFit,
  schoolCandidates,
  schoolTiming,
  schoolUnit,
  schoolRooms,
  schoolSite,
];
