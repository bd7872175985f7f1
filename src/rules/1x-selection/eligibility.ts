// 1x-selection §2, §6–10 — 职业教育培训评价组织遴选与监督管理办法（试行）— 培训评价组织应具备的工作基础
//
// 第二条  本办法所称职业教育培训评价组织(以下简称培训评价组织),是指具有独立法人资质的企业等主体,经公开招募、
// 择优遴选等程序,负责职业技能等级证书及标准开发建设,实施职业技能水平考核评价、颁证等相关工作,并对证书质量、
// 声誉负总责的社会化评价组织。
// 第六条  组织资质。在中国依法登记注册、具有规范的财务制度和管理制度，具有一定规模和资金实力。有近三年的工商
// 税务年审记录，具有良好社会信用，无违法、失信、重大经济纠纷、不良借贷等行为，坚持把社会效益放在首位，开展的有关
// 证书考核行为规范、定价合理，不以营利为目的。
// 第七条  证书标准。申报的证书有相应的职业技能等级标准，有自主知识产权，内容和要求先进，体现新技术、新工艺、新
// 规范，对接国际先进标准，有对应的企业真实岗位或岗位群，龙头企业、优质企业认可，在招聘、员工绩效考评等工作中真
// 实使用，行业企业权威专家推荐。
// 第八条  教材资源。所申报证书配套开发的教材（含实训规范）、考核大纲、教学案例库、题库等培训、考核资源丰富，内
// 容先进、科学，时效性和可操作性强，一般应有近三年出版的先进教材。
// 第九条  师资队伍。拥有行业企业管理人员、技术骨干、高技能人才等组成的专家、师资团队。具有在全国范围内开展师资
// 培训、支持院校开展相关证书培训、组织实施考核颁证等方面的丰富经验和雄厚实力。具备凝聚有关行业、多家龙头企业和优
// 质院校等开发职业技能等级证书及标准的能力。
// 第十条  实践经验。在本行业（专业）领域具有较强的技术优势和影响力。业界和上下游企业认可度高、公信力强，并能够
// 提供相应证明。一般应具有 5 年以上职业技能培训经验和 5 万人次以上的培训和实施证书考核的规模，对新兴领域、紧缺领
// 域可适当放宽要求。行业龙头企业申报的证书优先。
//
// Qualities the text words as appraisals (一定规模、先进、丰富、较强 …) are the experts' assessment
// (assessment.ts: unassessed → needs_judgement). Numbers are parameters: "以上" includes the number.
// Two "一般应" differ: §10 names its own exception (新兴领域、紧缺领域可适当放宽), so below the thresholds an
// application fails unless it is in such a field, where relaxing is the experts' call; §8 names none, so a
// missing recent textbook is left to the experts' judgement rather than refused. "近三年" is the window
// [asOf − 3 years, asOf] measured from the application date (src/rules/lookback.ts). The priority
// sentences (§10 last sentence, §11) rank applications against each other and belong to the experts'
// comparative selection (§15 择优遴选), not to eligibility.
import { z } from 'zod';
import { addYears } from '../../calendar/calendar-days.js';
import {
  annualRecordYears,
  minPersonTimes,
  minTrainingYears,
  recentTextbookYears,
} from '../../parameters/1x-selection.js';
import { parameterAt } from '../../parameters/parameter.js';
import { assessed, required } from '../assessment.js';
import type { CheckContext } from '../check.js';
import { defineCheck } from '../check.js';
import { atLeast } from '../compare.js';
import { assessment, count, isoDate } from '../facts.js';
import type { Finding } from '../finding.js';
import { happenedWithin, lookbackStart } from '../lookback.js';
import { finding, judgement } from '../rule.js';
import { sel, selectionRule } from './rule.js';

// ——— §2 ———
export const legalPerson = selectionRule(
  '2/legal-person',
  sel(2),
  '具有独立法人资质的企业等主体',
  'An independent legal person (enterprise or similar)',
);

// ——— §6 组织资质 ———
export const registration = selectionRule(
  '6/registration',
  sel(6),
  '在中国依法登记注册',
  'Lawfully registered in China',
);
export const systems = selectionRule(
  '6/systems',
  sel(6),
  '具有规范的财务制度和管理制度',
  'Sound financial and management rules',
);
export const scaleAndFunds = selectionRule(
  '6/scale',
  sel(6),
  '具有一定规模和资金实力',
  'A certain size and financial strength',
);
export const annualRecords = selectionRule(
  '6/annual-records',
  sel(6),
  '有近三年的工商税务年审记录',
  'Business and tax annual review records for the last three years',
  [annualRecordYears.id],
);
export const cleanRecord = selectionRule(
  '6/clean-record',
  sel(6),
  '无违法、失信、重大经济纠纷、不良借贷等行为',
  'No unlawful conduct, dishonesty, major economic disputes or bad loans',
);
export const goodCredit = selectionRule('6/good-credit', sel(6), '具有良好社会信用', 'Good social credit');
export const publicBenefit = selectionRule(
  '6/public-benefit',
  sel(6),
  '坚持社会效益首位，证书考核行为规范、定价合理，不以营利为目的',
  'Social benefit first, proper and reasonably priced assessments, not for profit',
);

// ——— §7 证书标准 ———
export const levelStandard = selectionRule(
  '7/standard',
  sel(7),
  '申报的证书有相应的职业技能等级标准',
  'The certificate has a skill-level standard',
);
export const ownIp = selectionRule('7/ip', sel(7), '有自主知识产权', 'Own intellectual property');
export const advancedContent = selectionRule(
  '7/advanced',
  sel(7),
  '内容和要求先进，体现新技术、新工艺、新规范，对接国际先进标准',
  'Advanced content reflecting new technology, processes and norms, aligned with international standards',
);
export const realPositions = selectionRule(
  '7/positions',
  sel(7),
  '有对应的企业真实岗位或岗位群',
  'Real enterprise positions or position groups',
);
export const enterpriseUse = selectionRule(
  '7/enterprise-use',
  sel(7),
  '龙头企业、优质企业认可，在招聘、员工绩效考评等工作中真实使用',
  'Recognised by leading enterprises and really used in hiring and appraisal',
);
export const expertRecommendation = selectionRule(
  '7/experts',
  sel(7),
  '行业企业权威专家推荐',
  'Recommended by authoritative industry experts',
);

// ——— §8 教材资源 ———
export const resources = selectionRule(
  '8/resources',
  sel(8),
  '培训、考核资源丰富，内容先进、科学，时效性和可操作性强',
  'Rich, current and practical training and assessment resources',
);
export const recentTextbook = selectionRule(
  '8/recent-textbook',
  sel(8),
  '一般应有近三年出版的先进教材',
  'Generally, an advanced textbook published in the last three years',
  [recentTextbookYears.id],
);

// ——— §9 师资队伍 ———
export const expertTeam = selectionRule(
  '9/team',
  sel(9),
  '拥有行业企业管理人员、技术骨干、高技能人才等组成的专家、师资团队',
  'An expert and teaching team of industry managers, technicians and highly skilled workers',
);
export const nationwideExperience = selectionRule(
  '9/experience',
  sel(9),
  '在全国范围内开展师资培训、支持院校、组织考核颁证的丰富经验和雄厚实力',
  'Rich nationwide experience in teacher training, school support and certification',
);
export const developmentCapacity = selectionRule(
  '9/capacity',
  sel(9),
  '具备凝聚行业、龙头企业和优质院校开发证书及标准的能力',
  'Able to bring industry, leading firms and schools together to develop certificates',
);

// ——— §10 实践经验 ———
export const influence = selectionRule(
  '10/influence',
  sel(10),
  '在本行业（专业）领域具有较强的技术优势和影响力，认可度高、公信力强，并能提供证明',
  'Strong technical position and influence in the field, recognised and trusted, with proof',
);
export const trainingYears = selectionRule(
  '10/years',
  sel(10),
  '一般应具有 5 年以上职业技能培训经验（新兴、紧缺领域可适当放宽）',
  'Generally 5 years or more of skills training (may be relaxed for emerging or shortage fields)',
  [minTrainingYears.id],
);
export const trainingScale = selectionRule(
  '10/scale',
  sel(10),
  '一般应具有 5 万人次以上的培训和实施证书考核的规模（新兴、紧缺领域可适当放宽）',
  'Generally 50,000 person-times or more of training and assessment (may be relaxed for emerging or shortage fields)',
  [minPersonTimes.id],
);

export const eligibilityFacts = z.strictObject({
  independentLegalPerson: z.boolean().describe('具有独立法人资质的企业等主体（第二条）'),
  registeredInChina: z.boolean().describe('在中国依法登记注册'),
  financialAndManagementRules: z.boolean().describe('具有规范的财务制度和管理制度'),
  scaleAndFunds: assessment('具有一定规模和资金实力'),
  annualReviewRecordYears: count('近年连续具有工商税务年审记录的年数'),
  records: z
    .strictObject({
      unlawfulConduct: z.boolean().describe('有违法行为'),
      dishonesty: z.boolean().describe('有失信行为'),
      majorEconomicDispute: z.boolean().describe('有重大经济纠纷'),
      badLoans: z.boolean().describe('有不良借贷'),
    })
    .describe('违法、失信、重大经济纠纷、不良借贷等行为（第六条）'),
  goodCredit: assessment('具有良好社会信用'),
  publicBenefit: assessment('坚持把社会效益放在首位，证书考核行为规范、定价合理，不以营利为目的'),
  levelStandard: z.boolean().describe('申报的证书有相应的职业技能等级标准（第七条）'),
  ownIntellectualProperty: z.boolean().describe('有自主知识产权'),
  advancedContent: assessment('内容和要求先进，体现新技术、新工艺、新规范，对接国际先进标准'),
  realPositions: z.boolean().describe('有对应的企业真实岗位或岗位群'),
  enterpriseUse: assessment('龙头企业、优质企业认可，在招聘、员工绩效考评等工作中真实使用'),
  expertRecommendation: z.boolean().describe('有行业企业权威专家推荐'),
  resources: assessment(
    '教材（含实训规范）、考核大纲、教学案例库、题库等资源丰富，内容先进、科学，时效性和可操作性强（第八条）',
  ),
  latestTextbookPublishedOn: isoDate('最近出版的配套先进教材的出版日期')
    .nullable()
    .describe('最近出版的配套先进教材的出版日期（无则填 null）'),
  expertTeam: assessment('拥有行业企业管理人员、技术骨干、高技能人才等组成的专家、师资团队（第九条）'),
  nationwideExperience: assessment(
    '具有在全国范围内开展师资培训、支持院校开展证书培训、组织实施考核颁证的丰富经验和雄厚实力',
  ),
  developmentCapacity: assessment('具备凝聚有关行业、多家龙头企业和优质院校等开发证书及标准的能力'),
  influence: assessment(
    '在本行业（专业）领域具有较强的技术优势和影响力，业界和上下游企业认可度高、公信力强，并能提供证明（第十条）',
  ),
  trainingSince: isoDate('开始开展职业技能培训的日期')
    .nullable()
    .describe('开始开展职业技能培训的日期（无培训经验填 null）'),
  personTimes: count('培训和实施证书考核的规模（人次）'),
  emergingOrShortageField: z.boolean().describe('申报证书属于新兴领域或紧缺领域（第十条：可适当放宽要求）'),
});
type EligibilityFacts = z.infer<typeof eligibilityFacts>;

const RELAX_OPTIONS = ['新兴、紧缺领域，适当放宽要求，予以认可', '不予放宽，不符合要求'];

function recentTextbookFinding(f: EligibilityFacts, asOf: string): Finding {
  const years = parameterAt(recentTextbookYears, asOf);
  const windowFrom = lookbackStart(asOf, years);
  const on = f.latestTextbookPublishedOn;
  const values = {
    latestTextbookPublishedOn: on,
    windowFrom,
    windowTo: asOf,
    years,
    parameter: recentTextbookYears.id,
  };
  if (on !== null && happenedWithin(on, asOf, years))
    return finding(
      recentTextbook,
      true,
      `最近的先进教材于 ${on} 出版，在近${years}年内（${windowFrom} 至 ${asOf}）`,
      `Latest textbook published ${on}, within the last ${years} years (${windowFrom} to ${asOf})`,
      values,
    );
  return judgement(
    recentTextbook,
    on === null
      ? `无近${years}年（${windowFrom} 至 ${asOf}）出版的先进教材；第八条为“一般应有”，由专家认定`
      : `最近的先进教材于 ${on} 出版，不在近${years}年内（${windowFrom} 至 ${asOf}）；第八条为“一般应有”，由专家认定`,
    on === null
      ? `No textbook published in the last ${years} years; §8 says "generally", so the experts decide`
      : `Latest textbook ${on} is older than ${years} years; §8 says "generally", so the experts decide`,
    values,
    ['资源整体符合要求，予以认可', '不符合第八条要求'],
  );
}

/** §10: a threshold met passes; missed, it fails — unless the field is emerging or short, where relaxing is for the experts. */
function relaxable(met: Finding, f: EligibilityFacts, what_zh: string, what_en: string): Finding {
  if (met.passed === true || !f.emergingOrShortageField) return met;
  return judgement(
    met.ruleId === trainingYears.id ? trainingYears : trainingScale,
    `${met.message_zh}；属新兴领域或紧缺领域，可适当放宽${what_zh}要求，由专家认定`,
    `${met.message_en}; emerging or shortage field: the ${what_en} requirement may be relaxed — the experts decide`,
    { ...met.values, emergingOrShortageField: true },
    RELAX_OPTIONS,
  );
}

function experienceFindings(f: EligibilityFacts, asOf: string): Finding[] {
  const years = parameterAt(minTrainingYears, asOf);
  const reachedOn = f.trainingSince === null ? null : addYears(f.trainingSince, years);
  const ok = reachedOn !== null && reachedOn <= asOf;
  const yearsFinding = finding(
    trainingYears,
    ok,
    f.trainingSince === null
      ? `无职业技能培训经验，未达到${years}年以上的要求`
      : `自 ${f.trainingSince} 开展职业技能培训，至 ${asOf} ${ok ? '已满' : '未满'}${years}年（${reachedOn} ${ok ? '满' : '方满'}）`,
    f.trainingSince === null
      ? `No skills-training experience; ${years} years required`
      : `Training since ${f.trainingSince}: ${years} years ${ok ? 'reached' : 'reached only'} on ${reachedOn}`,
    { trainingSince: f.trainingSince, minimumYears: years, reachedOn, parameter: minTrainingYears.id },
  );
  const scale = atLeast(trainingScale, '培训和实施证书考核的规模', 'Training and assessment scale', {
    actual: f.personTimes,
    limit: parameterAt(minPersonTimes, asOf),
    parameter: minPersonTimes.id,
    unit_zh: '人次',
    unit_en: 'person-times',
  });
  return [relaxable(yearsFinding, f, '培训年限', 'years'), relaxable(scale, f, '培训考核规模', 'scale')];
}

export function eligibilityFindings(f: EligibilityFacts, ctx: CheckContext): Finding[] {
  const asOf = ctx.asOf;
  const recordsFound = Object.entries(f.records)
    .filter(([, v]) => v)
    .map(([k]) => k);
  const RECORD_ZH: Record<string, string> = {
    unlawfulConduct: '违法',
    dishonesty: '失信',
    majorEconomicDispute: '重大经济纠纷',
    badLoans: '不良借贷',
  };
  return [
    required(legalPerson, f.independentLegalPerson, '独立法人资质', 'Independent legal personality'),
    required(registration, f.registeredInChina, '在中国依法登记注册', 'Registered in China'),
    required(
      systems,
      f.financialAndManagementRules,
      '规范的财务制度和管理制度',
      'Financial and management rules',
    ),
    assessed(scaleAndFunds, f.scaleAndFunds, '一定规模和资金实力', 'Size and financial strength'),
    atLeast(annualRecords, '连续具有工商税务年审记录的年数', 'Consecutive years of annual review records', {
      actual: f.annualReviewRecordYears,
      limit: parameterAt(annualRecordYears, asOf),
      parameter: annualRecordYears.id,
      unit_zh: '年',
      unit_en: 'years',
    }),
    finding(
      cleanRecord,
      recordsFound.length === 0,
      recordsFound.length === 0
        ? '无违法、失信、重大经济纠纷、不良借贷等行为'
        : `存在${recordsFound.map((k) => RECORD_ZH[k]).join('、')}行为`,
      recordsFound.length === 0 ? 'No adverse records' : `Adverse records: ${recordsFound.join(', ')}`,
      { records: f.records },
    ),
    assessed(goodCredit, f.goodCredit, '良好社会信用', 'Good social credit'),
    assessed(
      publicBenefit,
      f.publicBenefit,
      '社会效益首位、定价合理、不以营利为目的',
      'Public benefit, not for profit',
    ),
    required(levelStandard, f.levelStandard, '相应的职业技能等级标准', 'Skill-level standard'),
    required(ownIp, f.ownIntellectualProperty, '自主知识产权', 'Own intellectual property'),
    assessed(advancedContent, f.advancedContent, '内容和要求先进', 'Advanced content'),
    required(realPositions, f.realPositions, '对应的企业真实岗位或岗位群', 'Real positions'),
    assessed(
      enterpriseUse,
      f.enterpriseUse,
      '龙头、优质企业认可并真实使用',
      'Recognised and used by leading firms',
    ),
    required(expertRecommendation, f.expertRecommendation, '行业企业权威专家推荐', 'Expert recommendation'),
    assessed(
      resources,
      f.resources,
      '培训、考核资源丰富、先进、可操作',
      'Rich, current, practical resources',
    ),
    recentTextbookFinding(f, asOf),
    assessed(expertTeam, f.expertTeam, '专家、师资团队', 'Expert and teaching team'),
    assessed(
      nationwideExperience,
      f.nationwideExperience,
      '全国范围的丰富经验和雄厚实力',
      'Nationwide experience',
    ),
    assessed(
      developmentCapacity,
      f.developmentCapacity,
      '凝聚各方开发证书及标准的能力',
      'Development capacity',
    ),
    assessed(influence, f.influence, '较强的技术优势和影响力', 'Technical strength and influence'),
    ...experienceFindings(f, asOf),
  ];
}

export const eligibilityRules = [
  legalPerson,
  registration,
  systems,
  scaleAndFunds,
  annualRecords,
  cleanRecord,
  goodCredit,
  publicBenefit,
  levelStandard,
  ownIp,
  advancedContent,
  realPositions,
  enterpriseUse,
  expertRecommendation,
  resources,
  recentTextbook,
  expertTeam,
  nationwideExperience,
  developmentCapacity,
  influence,
  trainingYears,
  trainingScale,
];

export const eligibilityCheck = defineCheck({
  name: '1x-selection.eligibility',
  regime: '1x-selection',
  title_zh: '培训评价组织应具备的工作基础（第二条、第六条至第十条）',
  title_en: 'What a training-evaluation organisation must have (§2, §6–10)',
  asOf_zh: '申报材料提交日期',
  facts: eligibilityFacts,
  example: {
    independentLegalPerson: true,
    registeredInChina: true,
    financialAndManagementRules: true,
    scaleAndFunds: true,
    annualReviewRecordYears: 5,
    records: { unlawfulConduct: false, dishonesty: false, majorEconomicDispute: false, badLoans: false },
    goodCredit: true,
    publicBenefit: true,
    levelStandard: true,
    ownIntellectualProperty: true,
    advancedContent: true,
    realPositions: true,
    enterpriseUse: true,
    expertRecommendation: true,
    resources: true,
    latestTextbookPublishedOn: '2023-09-01',
    expertTeam: true,
    nationwideExperience: true,
    developmentCapacity: true,
    influence: true,
    trainingSince: '2016-03-01',
    personTimes: 82_000,
    emergingOrShortageField: false,
  },
  ruleIds: eligibilityRules.map((r) => r.id),
  run: (f, ctx) => eligibilityFindings(f, ctx),
});
