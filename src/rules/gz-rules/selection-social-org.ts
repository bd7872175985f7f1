// gz-rules §6 — 贵州省职业技能等级认定机构遴选及退出实施细则 — 社会培训评价组织遴选条件
//
// 第六条  社会培训评价组织应满足以下条件。
import { z } from 'zod';
import { addCalendarDays, addYears } from '../../calendar/calendar-days.js';
import { listEntryIds, parameterAt, entryNameEn } from '../../parameters/parameter.js';
import * as P from '../../parameters/gz-rules.js';
import { assessed, missingFrom, required } from '../assessment.js';
import { defineCheck } from '../check.js';
import { atLeast } from '../compare.js';
import { assessment, count, isoDate, legalForm, measure, occupationCode } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding } from '../rule.js';
import { gz, gzRule } from './rule.js';
import { jurisdictionFact, territory, territoryFindings } from './scope.js';

// （一）在拟开展认定的职业领域具有广泛影响力和良好声誉，熟悉相关行业发展趋势和技能人才需求。
// Left to the authority's assessment.
export const reputation = gzRule(
  '6/1',
  gz(6, 1),
  '在拟认定职业领域具有广泛影响力和良好声誉',
  'Wide influence and good reputation in the field',
);

// （二）拟开展认定的职业（工种）与本单位主营业务（企业）、开设专业（院校）或登记/批准的培训评价业务范围
// （民办非企业单位、社会团体）密切相关；
export const closelyRelated = gzRule(
  '6/2',
  gz(6, 2),
  '职业（工种）与主营业务、开设专业或登记的业务范围密切相关',
  'Occupations closely related to the business, majors or registered scope',
);

// （三）具有连续2年以上相关职业培训或考核经历，且每个职业（工种）培训规模不少于1000人次；开展人力资源
// 社会保障部公布的新职业（工种）技能等级认定的机构及具有贵州地方性特色的企业，不受培训年限限制，但每个
// 职业（工种）培训规模不少于200人次；
// Base rule: history ≥ 2 years and ≥ 1000 person-times per occupation. Labelled exception (但书): a
// MOHRSS-published new occupation (any 机构), or any occupation of a Guizhou-characteristic 企业 — no
// years required, ≥ 200 person-times. The second branch names enterprises only: a social group, a
// private non-enterprise unit, a school … with local characteristics does not get it (when the legal
// form is known and is not 'enterprise', the base rule applies and the finding says why).
// "以上"/"不少于" include the number itself.
export const history = gzRule(
  '6/3/history',
  gz(6, 3),
  '连续2年以上相关职业培训或考核经历',
  'At least 2 continuous years of related training or assessment',
  [P.minHistoryYears.id],
);
export const volume = gzRule(
  '6/3/volume',
  gz(6, 3),
  '每个职业（工种）培训规模不少于1000人次',
  'At least 1000 person-times of training per occupation',
  [P.minTrainingVolume.id],
);
export const volumeException = gzRule(
  '6/3/exception',
  gz(6, 3),
  '例外：新职业（工种）及贵州地方特色企业不受年限限制，每个职业（工种）不少于200人次',
  'Exception: new occupations and Guizhou-characteristic enterprises — no years required, at least 200 person-times per occupation',
  [P.minTrainingVolumeException.id],
);

// （四）已制定完善的职业技能等级认定相关管理制度，包含但不限于考务管理、人员管理、财务管理、档案管理、
// 题库管理、证书管理、违规违纪管理等；
export const managementSystems = gzRule(
  '6/4',
  gz(6, 4),
  '已制定考务、人员、财务、档案、题库、证书、违规违纪管理等制度',
  'Management regulations in place',
  [P.requiredManagementSystems.id],
);

// （五）具有与认定工作相适应的专职工作人员，专职工作人员数量不少于3人；
export const fullTimeStaff = gzRule('6/5', gz(6, 5), '专职工作人员不少于3人', 'At least 3 full-time staff', [
  P.minFullTimeStaff.id,
]);

// （六）拥有与拟认定职业（工种）、等级相匹配的专家团队、考评人员和内部质量督导员；其中，内部质量督导员
// 不少于3人，每个拟认定职业（工种）的考评人员不少于4人，专家团队人数不限；
export const supervisors = gzRule(
  '6/6/supervisors',
  gz(6, 6),
  '内部质量督导员不少于3人',
  'At least 3 internal quality supervisors',
  [P.minQualitySupervisors.id],
);
export const assessors = gzRule(
  '6/6/assessors',
  gz(6, 6),
  '每个拟认定职业（工种）考评人员不少于4人',
  'At least 4 assessors per occupation',
  [P.minAssessorsPerOccupation.id],
);
export const experts = gzRule(
  '6/6/experts',
  gz(6, 6),
  '拥有与职业（工种）、等级相匹配的专家团队（人数不限）',
  'An expert team matching the occupations and levels (any size)',
);

// （七）具有与拟开展认定的职业（工种）、等级相适应的场地及设施设备：场地为自有或租赁（租赁期限不少于3年），
// 办公场地面积不少于100平方米，配备必要的办公设备和通信设备，且设有考务室、保密室、档案室、候考室等功能
// 区域；理论知识考试需配备2个以上标准化考场（多媒体教室）或能同时满足60人以上机考的考场，考场实行单人
// 单桌，桌椅间距≥80cm，并配备视频监控设备；操作技能考核设备配置符合国家职业标准要求，视频监控实现全覆盖，
// 且满足消防安全、环保、劳保等相关规定。
export const tenure = gzRule(
  '6/7/tenure',
  gz(6, 7),
  '场地自有或租赁期限不少于3年',
  'Premises owned, or leased for at least 3 years',
  [P.minLeaseYears.id],
);
export const officeArea = gzRule(
  '6/7/office-area',
  gz(6, 7),
  '办公场地面积不少于100平方米',
  'Office floor area at least 100 m²',
  [P.minOfficeArea.id],
);
export const officeEquipment = gzRule(
  '6/7/office-equipment',
  gz(6, 7),
  '配备必要的办公设备和通信设备',
  'Necessary office and communication equipment',
);
export const functionalRooms = gzRule(
  '6/7/functional-rooms',
  gz(6, 7),
  '设有考务室、保密室、档案室、候考室',
  'Exam-affairs, confidential, archive and waiting rooms',
  [P.socialOrgRequiredRooms.id],
);
export const theoryCapacity = gzRule(
  '6/7/theory-exam-capacity',
  gz(6, 7),
  '2个以上标准化考场或能同时满足60人以上机考的考场',
  'At least 2 standardised exam rooms, or computer exam rooms for at least 60 at once',
  [P.minStandardExamRooms.id, P.minComputerExamSeats.id],
);
export const singleDesk = gzRule('6/7/single-desk', gz(6, 7), '考场实行单人单桌', 'One candidate per desk');
export const deskSpacing = gzRule(
  '6/7/desk-spacing',
  gz(6, 7),
  '桌椅间距≥80cm',
  'Desk spacing at least 80 cm',
  [P.minDeskSpacing.id],
);
export const examVideo = gzRule(
  '6/7/exam-video',
  gz(6, 7),
  '考场配备视频监控设备',
  'Video surveillance in exam rooms',
);
export const practicalEquipment = gzRule(
  '6/7/practical-equipment',
  gz(6, 7),
  '操作技能考核设备配置符合国家职业标准',
  'Practical-assessment equipment meets the national standard',
);
export const fullVideoCoverage = gzRule(
  '6/7/full-video-coverage',
  gz(6, 7),
  '视频监控实现全覆盖',
  'Full video-surveillance coverage',
);
export const siteSafety = gzRule(
  '6/7/safety',
  gz(6, 7),
  '满足消防安全、环保、劳保等相关规定',
  'Fire-safety, environmental and labour-protection rules met',
);

const occupationFacts = z.strictObject({
  code: occupationCode(),
  closelyRelated: assessment('与本单位主营业务、开设专业或登记/批准的培训评价业务范围密切相关'),
  newOccupation: z
    .boolean()
    .optional()
    .describe('属于人力资源社会保障部公布的新职业（工种）（适用第（三）项但书；不填视为否）'),
  trainingVolume: count('该职业（工种）培训规模（人次）'),
  assessors: count('该职业（工种）考评人员人数'),
});

export const socialOrgSelectionFacts = z.strictObject({
  jurisdictionCode: jurisdictionFact,
  influenceAndReputation: assessment(
    '在拟开展认定的职业领域具有广泛影响力和良好声誉，熟悉行业发展趋势和技能人才需求',
  ),
  guizhouCharacteristicEnterprise: z
    .boolean()
    .optional()
    .describe('经认定为具有贵州地方性特色的企业（适用第（三）项但书；不填视为否）'),
  legalForm: legalForm
    .optional()
    .describe('申报单位的法律形式（第（三）项但书“贵州地方性特色的企业”仅适用于企业；不填 = 未知）'),
  trainingHistorySince: isoDate('连续开展相关职业培训或考核的起始日期（无此经历填 null）').nullable(),
  managementSystems: z
    .array(z.enum(listEntryIds(P.requiredManagementSystems)))
    .describe(
      '已制定的管理制度：exam_affairs 考务 / personnel 人员 / finance 财务 / archives 档案 / question_bank 题库 / certificates 证书 / violations 违规违纪',
    ),
  fullTimeStaff: count('专职工作人员人数'),
  qualitySupervisors: count('内部质量督导员人数'),
  expertTeam: z.boolean().describe('拥有与拟认定职业（工种）、等级相匹配的专家团队'),
  occupations: z.array(occupationFacts).min(1).describe('拟开展认定的职业（工种）'),
  premises: z
    .strictObject({
      tenure: z.enum(['owned', 'leased']).describe('场地：owned 自有 / leased 租赁'),
      leaseFrom: isoDate('租赁起始日（租赁时填写）').optional(),
      leaseTo: isoDate('租赁终止日（含当日，租赁时填写）').optional(),
      officeArea: measure('办公场地面积（平方米）'),
      officeAndCommunicationEquipment: z.boolean().describe('配备必要的办公设备和通信设备'),
      functionalRooms: z
        .array(z.enum(listEntryIds(P.socialOrgRequiredRooms)))
        .describe(
          '设有的功能区域：exam_affairs_room 考务室 / confidential_room 保密室 / archive_room 档案室 / waiting_room 候考室',
        ),
      standardExamRooms: count('标准化考场（多媒体教室）数量'),
      computerExamSeats: count('可同时机考的座位数'),
      singleSeatPerDesk: z.boolean().describe('考场实行单人单桌'),
      minDeskSpacingCm: measure('考场桌椅最小间距（厘米）'),
      examRoomVideoSurveillance: z.boolean().describe('考场配备视频监控设备'),
      practicalEquipmentMeetsStandard: assessment('操作技能考核设备配置符合国家职业标准要求'),
      fullVideoCoverage: z.boolean().describe('视频监控实现全覆盖'),
      safetyCompliant: assessment('满足消防安全、环保、劳保等相关规定'),
    })
    .describe('场地及设施设备（第（七）项）'),
});
type SocialOrgFacts = z.infer<typeof socialOrgSelectionFacts>;

const LEGAL_FORM_ZH: Record<NonNullable<SocialOrgFacts['legalForm']>, string> = {
  enterprise: '企业',
  school: '院校',
  public_training_base: '公共实训基地',
  research_institute: '科研院所',
  public_institution: '事业单位',
  government_body: '政府及其所属部门',
  social_group: '社会团体',
  private_non_enterprise: '民办非企业单位',
};

function historyAndVolume(f: SocialOrgFacts, asOf: string): Finding[] {
  const out: Finding[] = [];
  // 但书 "具有贵州地方性特色的企业": refused for a known non-enterprise.
  const notEnterprise = f.legalForm !== undefined && f.legalForm !== 'enterprise';
  const claimedButNotEnterprise = f.guizhouCharacteristicEnterprise === true && notEnterprise;
  const enterpriseException = f.guizhouCharacteristicEnterprise === true && !notEnterprise;
  if (claimedButNotEnterprise)
    out.push(
      finding(
        volumeException,
        true,
        `申报单位的法律形式为“${LEGAL_FORM_ZH[f.legalForm!]}”，不是企业：“具有贵州地方性特色的企业”的例外不适用，按连续${parameterAt(P.minHistoryYears, asOf)}年以上、每个职业（工种）${parameterAt(P.minTrainingVolume, asOf)}人次的一般要求核验（新职业（工种）例外仍逐项适用）`,
        'Not an enterprise: the Guizhou-characteristic enterprise exception of §6(3) does not apply; the general requirements are checked',
        { exception: 'guizhou_characteristic_enterprise', applies: false, legalForm: f.legalForm! },
      ),
    );
  const exempt = (o: SocialOrgFacts['occupations'][number]) =>
    enterpriseException || o.newOccupation === true;
  const needsHistory = f.occupations.filter((o) => !exempt(o));
  if (needsHistory.length > 0) {
    const years = parameterAt(P.minHistoryYears, asOf);
    const since = f.trainingHistorySince;
    const reached = since === null ? null : addYears(since, years);
    const ok = reached !== null && reached <= asOf;
    out.push(
      finding(
        history,
        ok,
        since === null
          ? `无连续相关职业培训或考核经历，未满足连续${years}年以上的要求`
          : ok
            ? `自 ${since} 起连续开展相关培训或考核，至 ${asOf} 已满${years}年（${reached} 满期）`
            : `自 ${since} 起连续开展相关培训或考核，至 ${asOf} 未满${years}年（${reached} 方满）`,
        since === null
          ? `No continuous related training or assessment; ${years} years required`
          : ok
            ? `Continuous since ${since}: ${years} years reached on ${reached}`
            : `Continuous since ${since}: ${years} years only on ${reached}`,
        {
          trainingHistorySince: since,
          yearsRequired: years,
          reachedOn: reached,
          parameter: P.minHistoryYears.id,
          occupations: needsHistory.map((o) => o.code),
        },
      ),
    );
  } else {
    out.push(
      finding(
        volumeException,
        true,
        enterpriseException
          ? '具有贵州地方性特色的企业，不受培训年限限制（第六条第（三）项但书）'
          : '所申报职业（工种）均为人力资源社会保障部公布的新职业（工种），不受培训年限限制（第六条第（三）项但书）',
        'Exception of §6(3): no minimum years of history',
        {
          exception: enterpriseException ? 'guizhou_characteristic_enterprise' : 'new_occupation',
          trainingHistorySince: f.trainingHistorySince,
        },
      ),
    );
  }
  for (const o of f.occupations) {
    const isExempt = exempt(o);
    const p = isExempt ? P.minTrainingVolumeException : P.minTrainingVolume;
    out.push(
      atLeast(
        isExempt ? volumeException : volume,
        `职业（工种）${o.code} 培训规模${isExempt ? `（${enterpriseException ? '贵州地方特色企业' : '新职业'}，适用但书）` : ''}`,
        `Training volume of ${o.code}${isExempt ? ' (exception)' : ''}`,
        {
          actual: o.trainingVolume,
          limit: parameterAt(p, asOf),
          parameter: p.id,
          unit_zh: '人次',
          unit_en: 'person-times',
        },
        {
          occupation: o.code,
          exception: isExempt
            ? enterpriseException
              ? 'guizhou_characteristic_enterprise'
              : 'new_occupation'
            : null,
        },
      ),
    );
  }
  return out;
}

function premisesFindings(pr: SocialOrgFacts['premises'], asOf: string): Finding[] {
  const out: Finding[] = [];
  // Lease term: from leaseFrom to leaseTo inclusive covers N years when leaseTo ≥ leaseFrom + N years − 1 day.
  if (pr.tenure === 'owned') {
    out.push(finding(tenure, true, '场地为自有', 'Premises owned', { tenure: 'owned' }));
  } else {
    const years = parameterAt(P.minLeaseYears, asOf);
    if (!pr.leaseFrom || !pr.leaseTo) {
      out.push(
        finding(tenure, false, '租赁场地未提供租赁起止日期，无法确认租赁期限', 'Lease dates missing', {
          tenure: 'leased',
          minimumYears: years,
        }),
      );
    } else {
      const mustRunTo = addCalendarDays(addYears(pr.leaseFrom, years), -1);
      const termOk = pr.leaseTo >= mustRunTo;
      // A lease that has already ended on the decision date holds no premises at all.
      const current = pr.leaseTo >= asOf;
      const ok = termOk && current;
      out.push(
        finding(
          tenure,
          ok,
          `租赁期限 ${pr.leaseFrom} 至 ${pr.leaseTo}，${termOk ? '不少于' : '不足'}${years}年（须至少至 ${mustRunTo}）${current ? '' : `，且于 ${asOf} 已到期`}`,
          `Lease ${pr.leaseFrom}–${pr.leaseTo} ${termOk ? 'covers' : 'is shorter than'} ${years} years (must run at least to ${mustRunTo})${current ? '' : `, and has ended by ${asOf}`}`,
          {
            tenure: 'leased',
            leaseFrom: pr.leaseFrom,
            leaseTo: pr.leaseTo,
            minimumYears: years,
            mustRunTo,
            leaseCurrent: current,
            parameter: P.minLeaseYears.id,
          },
        ),
      );
    }
  }
  out.push(
    atLeast(officeArea, '办公场地面积', 'Office floor area', {
      actual: pr.officeArea,
      limit: parameterAt(P.minOfficeArea, asOf),
      parameter: P.minOfficeArea.id,
      unit_zh: '平方米',
      unit_en: 'm²',
    }),
  );
  out.push(
    required(
      officeEquipment,
      pr.officeAndCommunicationEquipment,
      '必要的办公设备和通信设备',
      'Office and communication equipment',
    ),
  );
  const rooms = parameterAt(P.socialOrgRequiredRooms, asOf);
  const missing = missingFrom(
    rooms.map((r) => r.id),
    pr.functionalRooms,
  );
  out.push(
    finding(
      functionalRooms,
      missing.length === 0,
      missing.length === 0
        ? '设有考务室、保密室、档案室、候考室'
        : `缺少功能区域：${missing.map((id) => rooms.find((r) => r.id === id)!.name_zh).join('、')}`,
      missing.length === 0
        ? 'All functional rooms present'
        : `Missing rooms: ${missing.map((id) => entryNameEn(rooms.find((r) => r.id === id)!)).join(', ')}`,
      {
        required: rooms.map((r) => r.id),
        given: pr.functionalRooms,
        missing,
        parameter: P.socialOrgRequiredRooms.id,
      },
    ),
  );
  const minRooms = parameterAt(P.minStandardExamRooms, asOf);
  const minSeats = parameterAt(P.minComputerExamSeats, asOf);
  const byRooms = pr.standardExamRooms >= minRooms;
  const bySeats = pr.computerExamSeats >= minSeats;
  out.push(
    finding(
      theoryCapacity,
      byRooms || bySeats,
      `标准化考场 ${pr.standardExamRooms} 个（须 ${minRooms} 个以上），或可同时机考 ${pr.computerExamSeats} 人（须 ${minSeats} 人以上）：${byRooms || bySeats ? '满足其一' : '均不满足'}`,
      `${pr.standardExamRooms} standardised rooms (≥ ${minRooms}) or ${pr.computerExamSeats} computer seats (≥ ${minSeats}): ${byRooms || bySeats ? 'one is met' : 'neither is met'}`,
      {
        standardExamRooms: pr.standardExamRooms,
        minimumRooms: minRooms,
        computerExamSeats: pr.computerExamSeats,
        minimumSeats: minSeats,
        metBy: byRooms ? 'rooms' : bySeats ? 'seats' : null,
      },
    ),
  );
  out.push(required(singleDesk, pr.singleSeatPerDesk, '考场单人单桌', 'One candidate per desk'));
  out.push(
    atLeast(deskSpacing, '考场桌椅最小间距', 'Minimum desk spacing', {
      actual: pr.minDeskSpacingCm,
      limit: parameterAt(P.minDeskSpacing, asOf),
      parameter: P.minDeskSpacing.id,
      unit_zh: '厘米',
      unit_en: 'cm',
    }),
  );
  out.push(
    required(examVideo, pr.examRoomVideoSurveillance, '考场视频监控设备', 'Exam-room video surveillance'),
  );
  out.push(
    assessed(
      practicalEquipment,
      pr.practicalEquipmentMeetsStandard,
      '操作技能考核设备配置符合国家职业标准',
      'Practical-assessment equipment meets the national standard',
    ),
  );
  out.push(required(fullVideoCoverage, pr.fullVideoCoverage, '视频监控全覆盖', 'Full video coverage'));
  out.push(
    assessed(
      siteSafety,
      pr.safetyCompliant,
      '满足消防安全、环保、劳保等相关规定',
      'Fire-safety, environmental and labour-protection rules',
    ),
  );
  return out;
}

export const socialOrgSelectionCheck = defineCheck({
  name: 'gz-rules.selection.social_org',
  regime: 'gz-rules',
  title_zh: '社会培训评价组织遴选条件（第六条）',
  title_en: 'Selection conditions for social evaluation organisations (§6)',
  asOf_zh: '遴选决定日期（年限自此日回算）',
  facts: socialOrgSelectionFacts,
  example: {
    jurisdictionCode: '520100',
    influenceAndReputation: true,
    trainingHistorySince: '2019-03-01',
    managementSystems: [
      'exam_affairs',
      'personnel',
      'finance',
      'archives',
      'question_bank',
      'certificates',
      'violations',
    ],
    fullTimeStaff: 3,
    qualitySupervisors: 3,
    expertTeam: true,
    occupations: [{ code: '4-03-02-01', closelyRelated: true, trainingVolume: 1000, assessors: 4 }],
    premises: {
      tenure: 'leased',
      leaseFrom: '2025-07-01',
      leaseTo: '2030-06-30',
      officeArea: 100,
      officeAndCommunicationEquipment: true,
      functionalRooms: ['exam_affairs_room', 'confidential_room', 'archive_room', 'waiting_room'],
      standardExamRooms: 2,
      computerExamSeats: 0,
      singleSeatPerDesk: true,
      minDeskSpacingCm: 80,
      examRoomVideoSurveillance: true,
      practicalEquipmentMeetsStandard: true,
      fullVideoCoverage: true,
      safetyCompliant: true,
    },
  },
  ruleIds: [
    territory.id,
    reputation.id,
    closelyRelated.id,
    history.id,
    volume.id,
    volumeException.id,
    managementSystems.id,
    fullTimeStaff.id,
    supervisors.id,
    assessors.id,
    experts.id,
    tenure.id,
    officeArea.id,
    officeEquipment.id,
    functionalRooms.id,
    theoryCapacity.id,
    singleDesk.id,
    deskSpacing.id,
    examVideo.id,
    practicalEquipment.id,
    fullVideoCoverage.id,
    siteSafety.id,
  ],
  run(f, ctx) {
    const asOf = ctx.asOf;
    const systems = parameterAt(P.requiredManagementSystems, asOf);
    const missingSystems = missingFrom(
      systems.map((s) => s.id),
      f.managementSystems,
    );
    return [
      ...territoryFindings(f.jurisdictionCode),
      assessed(
        reputation,
        f.influenceAndReputation,
        '在拟开展认定的职业领域具有广泛影响力和良好声誉',
        'Influence and reputation in the field',
      ),
      ...f.occupations.map((o) =>
        assessed(
          closelyRelated,
          o.closelyRelated,
          `职业（工种）${o.code} 与主营业务、开设专业或登记的业务范围密切相关`,
          `Occupation ${o.code} closely related to the business or scope`,
          { occupation: o.code },
        ),
      ),
      ...historyAndVolume(f, asOf),
      finding(
        managementSystems,
        missingSystems.length === 0,
        missingSystems.length === 0
          ? '已制定考务、人员、财务、档案、题库、证书、违规违纪管理制度'
          : `缺少管理制度：${missingSystems.map((id) => systems.find((s) => s.id === id)!.name_zh).join('、')}`,
        missingSystems.length === 0
          ? 'All required regulations in place'
          : `Missing regulations: ${missingSystems.map((id) => entryNameEn(systems.find((s) => s.id === id)!)).join(', ')}`,
        {
          required: systems.map((s) => s.id),
          given: f.managementSystems,
          missing: missingSystems,
          parameter: P.requiredManagementSystems.id,
        },
      ),
      atLeast(fullTimeStaff, '专职工作人员', 'Full-time staff', {
        actual: f.fullTimeStaff,
        limit: parameterAt(P.minFullTimeStaff, asOf),
        parameter: P.minFullTimeStaff.id,
        unit_zh: '人',
        unit_en: 'persons',
      }),
      atLeast(supervisors, '内部质量督导员', 'Internal quality supervisors', {
        actual: f.qualitySupervisors,
        limit: parameterAt(P.minQualitySupervisors, asOf),
        parameter: P.minQualitySupervisors.id,
        unit_zh: '人',
        unit_en: 'persons',
      }),
      ...f.occupations.map((o) =>
        atLeast(
          assessors,
          `职业（工种）${o.code} 考评人员`,
          `Assessors for ${o.code}`,
          {
            actual: o.assessors,
            limit: parameterAt(P.minAssessorsPerOccupation, asOf),
            parameter: P.minAssessorsPerOccupation.id,
            unit_zh: '人',
            unit_en: 'persons',
          },
          { occupation: o.code },
        ),
      ),
      required(
        experts,
        f.expertTeam,
        '与拟认定职业（工种）、等级相匹配的专家团队（人数不限）',
        'Expert team (any size)',
      ),
      ...premisesFindings(f.premises, asOf),
    ];
  },
});

export const socialOrgSelectionRules = [
  reputation,
  closelyRelated,
  history,
  volume,
  volumeException,
  managementSystems,
  fullTimeStaff,
  supervisors,
  assessors,
  experts,
  tenure,
  officeArea,
  officeEquipment,
  functionalRooms,
  theoryCapacity,
  singleDesk,
  deskSpacing,
  examVideo,
  practicalEquipment,
  fullVideoCoverage,
  siteSafety,
];
