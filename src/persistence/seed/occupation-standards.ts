// Which demo occupations have a national skill standard (国家职业技能标准) — a filing condition
// (mohrss-filing 二(六): an occupation may be filed only where a national standard or a filed
// evaluation norm exists). SkillReg holds this as its own reference data, editable by an authority.
//
// Truthfulness: these occupations are known to have a national standard, but the 文号, edition and
// date were not checked against the issuing notices when this list was written, so document_no and
// issued_on stay null and the notes say "to be confirmed"; an authority fills them in. Occupations of
// the demo catalogue not listed here (e.g. 婴幼儿发展引导员, 茶叶加工工) have no entry, which makes them
// useful for showing the filing condition fail.
//
// Evaluation subjects per level (issue 11: what an evaluation session consists of). The 2018–2020
// editions of the national standards commonly read 「鉴定方式分为理论知识考试、技能考核以及综合评审……
// 综合评审主要针对技师和高级技师」: theory and skills at levels 5–3, comprehensive review added at levels 2
// and 1. That common structure is entered below for the demo standards, but it was not checked against
// each standard's own text (some standards stop at level 3 or 2, some name their subjects differently):
// the notes say "to be confirmed", and an authority corrects them. 电子商务师 is left unrecorded, so that
// the demo shows a session refused for missing reference data.
import type { Transaction } from 'kysely';
import type { DB, OccupationStandardsTable, SubjectsByLevel } from '../schema.js';
import { demoId } from './demo/ids.js';

const TO_CONFIRM = '文号、版本与颁布日期待核实（to be confirmed）';
const SUBJECTS_TO_CONFIRM = '评价科目按国家职业技能标准的通行结构录入，待逐项核对标准原文（to be confirmed）';

/** Theory and skills at levels 5–3; comprehensive review added at levels 2 and 1 (to be confirmed). */
export const COMMON_SUBJECTS: SubjectsByLevel = {
  '5': ['theory', 'skills'],
  '4': ['theory', 'skills'],
  '3': ['theory', 'skills'],
  '2': ['theory', 'skills', 'comprehensive_review'],
  '1': ['theory', 'skills', 'comprehensive_review'],
};
/** The demo standards whose subjects are not recorded (sessions for them are refused until they are). */
const SUBJECTS_NOT_RECORDED = new Set(['4-01-06-01']);

export const DEMO_OCCUPATION_STANDARDS: (Pick<
  OccupationStandardsTable,
  'occupation_code' | 'kind' | 'title' | 'document_no' | 'issued_on' | 'notes'
> & { subjects_by_level: string | null })[] = [
  ['6-31-01-03', '电工国家职业技能标准'],
  ['6-18-02-04', '焊工国家职业技能标准'],
  [
    '4-10-01-05',
    '养老护理员国家职业技能标准',
    '2019 年版由人力资源社会保障部、民政部联合颁布；文号与颁布日期待核实（to be confirmed）',
  ],
  ['4-10-01-03', '保育师国家职业技能标准'],
  ['4-10-01-06', '家政服务员国家职业技能标准'],
  ['4-03-02-01', '中式烹调师国家职业技能标准'],
  ['4-10-03-01', '美容师国家职业技能标准'],
  ['4-12-01-01', '汽车维修工国家职业技能标准'],
  ['4-07-03-04', '企业人力资源管理师国家职业技能标准'],
  ['4-01-06-01', '电子商务师国家职业技能标准'],
].map(([occupation_code, title, notes]) => ({
  occupation_code: occupation_code!,
  kind: 'national_standard' as const,
  title: title!,
  document_no: null,
  issued_on: null,
  notes: SUBJECTS_NOT_RECORDED.has(occupation_code!)
    ? (notes ?? TO_CONFIRM)
    : `${notes ?? TO_CONFIRM}；${SUBJECTS_TO_CONFIRM}`,
  subjects_by_level: SUBJECTS_NOT_RECORDED.has(occupation_code!) ? null : JSON.stringify(COMMON_SUBJECTS),
}));

export async function loadDemoOccupationStandards(trx: Transaction<DB>): Promise<Record<string, number>> {
  await trx
    .insertInto('occupation_standards')
    .values(
      DEMO_OCCUPATION_STANDARDS.map((s) => ({ id: demoId('occupation_standard', s.occupation_code), ...s })),
    )
    .execute();
  return { occupationStandards: DEMO_OCCUPATION_STANDARDS.length };
}
