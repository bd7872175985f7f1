// Demo step 'demo/supervision-grounds' (issue 14 points 3–5, 9): 杭州数智 (inst_sz, selected through the
// 1+X selection on 2023-06-08 with two certificate programmes, demo/selected-1x.ts) records its programme
// operations through the use case; the 1+X office (jco) sets its monitoring indicator set, the §5(5)
// threshold, and rates the organisation and its programmes for 2025 — 云计算 gets D and is under
// rectification (confirmed with a deadline). The records are shaped so that each activity ground of
// 1x-exit §5 is raised exactly once on any day from 2026-10-19 on:
//   大数据 (1): active, but no school chose it after 2024-09-01 → §5(4) schools (from 2026-09-01);
//   云计算 (2): first work on 2024-09-10, more than a year after approval → §5(2); its standard and question
//              bank never updated → §5(3) (from 2025-06-08); its last evaluation with candidates on
//              2024-10-19 (2025-10-18 had none) → §5(4) evaluations (from 2026-10-19).
// The §13(3)/§14(7) ground is demo/violations' (a Guizhou institution, its case opened). A one-time step.
import type { Database } from '../../database.js';
import { runOnce } from '../seed-runs.js';
import { demoActor } from './demo-actor.js';
import { addCalendarDays } from '../../../calendar/calendar-days.js';
import { todayInChina } from '../../../use-cases/registry/registry-context.js';
import {
  recordProgrammeOperation,
  type RecordOperationInput,
} from '../../../use-cases/programme-operations/programme-operations.js';
import { createIndicatorSet } from '../../../use-cases/monitoring-ratings/indicator-sets.js';
import { confirmRating, listRatings, runRating } from '../../../use-cases/monitoring-ratings/rating-runs.js';
import { setChannelThreshold } from '../../../use-cases/supervision-grounds/channel-threshold.js';

export const SUPERVISION_GROUNDS_STEP = 'demo/supervision-grounds' as const;

type Op = Omit<RecordOperationInput, 'details'> & { details: Record<string, unknown> };
const v = (version: string, changes: string) => ({ version, changes });

const OPERATIONS: Op[] = [
  // 大数据应用开发（Python） — seq 1.
  { kind: 'exam_site', programmeSeq: 1, occurredOn: '2023-08-01', details: { name: '杭州滨江考核站点', address: '浙江省杭州市滨江区江南大道 3850 号', province: '浙江省', filedOn: '2023-08-20', filingReference: '浙教职成备〔2023〕17号（演示）' } },
  { kind: 'standard_version', programmeSeq: 1, occurredOn: '2023-06-20', details: v('1.0', '首次发布职业技能等级标准') },
  { kind: 'fee_standard', programmeSeq: 1, occurredOn: '2023-07-15', details: { item: '考核费', amountYuan: 260, per: 'candidate', publishedWhere: '本组织官网及证书信息管理服务平台' } },
  { kind: 'school_implementation', programmeSeq: 1, occurredOn: '2023-09-01', details: { schoolName: '浙江机电职业技术学院', year: 2023, students: 120 } },
  { kind: 'teacher_training', programmeSeq: 1, occurredOn: '2023-10-14', details: { trainingName: '大数据应用开发师资培训（第一期）', participants: 86, place: '杭州' } },
  { kind: 'materials_version', programmeSeq: 1, occurredOn: '2024-02-01', details: v('2024 版', '配套教材第一版') },
  { kind: 'recognising_company', programmeSeq: 1, occurredOn: '2024-04-01', details: { companyName: '杭州云栖数据服务有限公司（演示）', note: '招聘时同等条件下优先录用持证者' } },
  { kind: 'school_implementation', programmeSeq: 1, occurredOn: '2024-09-01', details: { schoolName: '浙江机电职业技术学院', year: 2024, students: 150 } },
  { kind: 'evaluation', programmeSeq: 1, occurredOn: '2024-12-14', details: { candidates: 312, passed: 251, site: '杭州滨江考核站点' } },
  { kind: 'standard_version', programmeSeq: 1, occurredOn: '2025-05-10', details: v('2.0', '增加数据治理工作领域') },
  { kind: 'question_bank_version', programmeSeq: 1, occurredOn: '2025-05-20', details: v('2025', '按 2.0 版标准更新题库') },
  { kind: 'evaluation', programmeSeq: 1, occurredOn: '2025-06-21', details: { candidates: 287, passed: 230, site: '杭州滨江考核站点' } },
  { kind: 'teacher_training', programmeSeq: 1, occurredOn: '2025-07-12', details: { trainingName: '大数据应用开发师资培训（第二期）', participants: 64, place: '宁波' } },
  { kind: 'evaluation', programmeSeq: 1, occurredOn: '2026-06-20', details: { candidates: 305, passed: 244, site: '杭州滨江考核站点' } },
  // 云计算平台运维与开发 — seq 2.
  { kind: 'exam_site', programmeSeq: 2, occurredOn: '2024-09-10', details: { name: '金华考核站点', address: '浙江省金华市婺城区海棠西路 1188 号', province: '浙江省', filedOn: null, filingReference: null } },
  { kind: 'evaluation', programmeSeq: 2, occurredOn: '2024-10-19', details: { candidates: 41, passed: 30, site: '金华考核站点' } },
  { kind: 'school_implementation', programmeSeq: 2, occurredOn: '2025-09-01', details: { schoolName: '金华职业技术大学', year: 2025, students: 40 } },
  { kind: 'evaluation', programmeSeq: 2, occurredOn: '2025-10-18', details: { candidates: 0, passed: null, site: '金华考核站点' } },
]; // prettier-ignore

const INDICATOR_SET = {
  effectiveFrom: '2024-01-01',
  indicators: [
    { name: '考核人数', source: 'candidates' as const, weight: 30, target: 500, penalty: null },
    { name: '选择实施的院校', source: 'schools' as const, weight: 20, target: 3, penalty: null },
    { name: '标准、教材、题库更新', source: 'updates' as const, weight: 20, target: 1, penalty: null },
    { name: '师资培训', source: 'teacher_training' as const, weight: 10, target: 50, penalty: null },
    { name: '抽查发现问题', source: 'inspection_problems' as const, weight: 10, target: null, penalty: 50 },
    { name: '查实的投诉举报', source: 'leads_substantiated' as const, weight: 5, target: null, penalty: 25 },
    { name: '逾期未整改', source: 'rectifications_overdue' as const, weight: 5, target: null, penalty: 50 },
  ],
  bands: { A: 85, B: 70, C: 55 },
  reason:
    '依据年度监测评价工作方案：实施规模、院校覆盖、标准更新和师资培训为主，问题与整改为辅；分数线经办公室会议研究确定（演示数据）',
};

async function run(db: Database) {
  const org = await demoActor(db, 'inst_sz');
  for (const op of OPERATIONS) await recordProgrammeOperation(db, org, org.institutionId!, op);
  const jco = await demoActor(db, 'jco');
  await setChannelThreshold(db, jco, { unresolvedProblems: 5, reason: '同一组织未解决的投诉、逾期整改和抽查问题合计 5 个以上视为“反映问题较多”（办公室会议研究确定，演示数据）' }); // prettier-ignore
  await createIndicatorSet(db, jco, INDICATOR_SET);
  await runRating(db, jco, { periodFrom: '2025-01-01', periodTo: '2025-12-31' });
  const { runs } = await listRatings(db, jco);
  const deadline = addCalendarDays(todayInChina(), 60);
  for (const r of runs[0]?.ratings ?? [])
    await confirmRating(db, jco, r.id, r.grade === 'D' ? { deadline, subject: `${r.programmeName ?? r.institutionName} 2025 年度监测评价为 D 档：考核无人报名、标准和题库未更新，限期整改` } : {}); // prettier-ignore
}

export async function runSupervisionGroundsDemo(db: Database): Promise<boolean> {
  const org = await db.selectFrom('users').select('id').where('username', '=', 'inst_sz').executeTakeFirst();
  if (!org) return false;
  if (!(await runOnce(db, SUPERVISION_GROUNDS_STEP, async () => ({ claimed: 1 })))) return false;
  try {
    await run(db);
    return true;
  } catch (err) {
    console.warn(
      `演示监管依据与监测评价未能全部生成 / demo supervision grounds incomplete: ${(err as Error).message}`,
    );
    return false;
  }
}
