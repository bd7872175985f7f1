// Demo step 'demo/ordered-exits' (issue 15 point 4; decision 0045), through the real procedure
// 'ordered-exit' and the use cases the HTTP routes call:
//   - 1+X: the office (jco) takes the exit route on a supervision ground of 杭州数智 (inst_sz: 云计算,
//     1x-exit §5(2), raised by demo/supervision-grounds) — the case is opened from the ground, the expert
//     opinion recorded, served and received four working days ago, and left in its 15-working-day appeal
//     period, so that inst_sz can lodge an appeal and jco review it. Nothing is revoked: inst_sz stays
//     listed (H3's voluntary application for it runs beside it);
//   - 1+X, completed: a world organisation with one certificate programme, revoked after the opinion, an
//     appeal period without appeal, consultation of NDRC and SAMR, the report to the joint conference and
//     5 working days' notice — its qualification ends (1x-exit §2), the 5-year bar runs (§10);
//   - Guizhou: the department (guizhou) orders a Guizhou social organisation (imported for the story) to terminate
//     (gz-rules §15) two weeks ago, with a wrap-up time running 30 days, issues the termination notice
//     and reports to the ministry (§16).
// A one-time step (seed_runs), claimed before it runs like the other procedure steps.
import type { Database } from '../../database.js';
import type { FileStore } from '../../file-store.js';
import { runOnce } from '../seed-runs.js';
import { addCalendarDays } from '../../../calendar/calendar-days.js';
import { workingDaysBetween } from '../../../calendar/working-days.js';
import { actOnGround } from '../../../use-cases/supervision-grounds/act-on-ground.js';
import { listGrounds } from '../../../use-cases/supervision-grounds/list-grounds.js';
import { openProcedureCase } from '../../../use-cases/cases/open-procedure-case.js';
import { beijing, demoRunEnv, isoDay, sendDemoEvent, type DemoRunEnv } from './run-procedure.js';
import { institutionId } from './load-registry.js';
import { demoId } from './ids.js';
import { importGuizhouFiling, type GuizhouDemoFiling } from './guizhou-filing-import.js';

export const ORDERED_EXITS_STEP = 'demo/ordered-exits' as const;

/** The day `n` working days before `day` on the Chinese calendar (the appeal clock's own count). */
function workingDaysBefore(env: DemoRunEnv, day: string, n: number): string {
  let d = day;
  while (workingDaysBetween(env.calendar, d, day) < n) d = addCalendarDays(d, -1);
  return d;
}

async function appealStage(env: DemoRunEnv, today: string) {
  const jco = await env.actor('jco');
  const inst = institutionId('tx-shuzhi');
  const { items } = await listGrounds(env.db, jco, today);
  const ground =
    items.find((g) => g.institutionId === inst && g.state === 'open' && g.ruleId === '1x-exit/5/2') ??
    items.find((g) => g.institutionId === inst && g.state === 'open');
  if (!ground) throw new Error('no open ground for 杭州数智');
  const receivedOn = workingDaysBefore(env, today, 4);
  const openedOn = addCalendarDays(receivedOn, -7);
  const acted = await actOnGround(env.ctx(jco, beijing(openedOn)), openedOn, {
    key: ground.key,
    action: 'exit',
    reason: '该证书批准后一年以上方启动，且标准和题库从未更新，转入取消证书实施资格程序',
  }).catch(async () =>
    // The ground is raised on the day the data shows it: if not yet on that day, act on it today.
    actOnGround(env.ctx(jco, beijing(today)), today, { key: ground.key, action: 'exit', reason: '转入取消证书实施资格程序' }),
  ); // prettier-ignore
  const caseId = acted.caseId!;
  const seq = ground.programmeSeq;
  await sendDemoEvent(env, caseId, { as: 'jco', on: beijing(addCalendarDays(receivedOn, -3)), event: 'record_opinion', payload: {
    experts: '王立群、陈思远、赵海燕（部际联席会议推荐专家库，演示）',
    facts: '云计算平台运维与开发证书 2023-06-08 批准，2024-09-10 方设立首个考核站点；标准和题库批准后从未更新；2025-10-18 的考核无人报名。',
    grounds: ['5(2)', '5(3)'], proposal: 'revoke', scope: 'programmes', programmeSeqs: [seq > 0 ? seq : 2],
  } }); // prettier-ignore
  const servedOn = addCalendarDays(receivedOn, -2);
  await sendDemoEvent(env, caseId, { as: 'jco', on: beijing(servedOn), event: 'serve_opinion', payload: { servedOn, means: 'post' } }); // prettier-ignore
  await sendDemoEvent(env, caseId, { as: 'jco', on: beijing(today), event: 'record_receipt', payload: { receivedOn } }); // prettier-ignore
}

/** A 1+X organisation of the world (imported, the office's) with one certificate programme. */
async function singleProgrammeOrganisation(db: Database) {
  const rows = await db
    .selectFrom('institutions as i')
    .innerJoin('directory_entries as e', 'e.institution_id', 'i.id')
    .innerJoin('directory_entry_programmes as p', 'p.entry_id', 'e.id')
    .select(['i.id', 'i.name', 'p.seq'])
    .where('i.kind', '=', 'training_org')
    .where('i.status', '=', 'active')
    .where('i.authority_id', '=', demoId('authority', 'jco'))
    .where('e.withdrawn_at', 'is', null)
    .where('e.import_batch_id', 'is not', null)
    .where('p.withdrawn_on', 'is', null)
    .orderBy('i.name')
    .execute();
  return rows.find((r) => rows.filter((x) => x.id === r.id).length === 1);
}

/** 1x-exit §7 to its end: opinion, no appeal, consultation, notice, revocation, publication. */
async function completedRevocation(env: DemoRunEnv, today: string) {
  const org = await singleProgrammeOrganisation(env.db);
  if (!org) throw new Error('no single-programme 1+X organisation in the world');
  const jco = await env.actor('jco');
  const day = (n: number) => addCalendarDays(today, -n);
  const opened = await openProcedureCase(env.ctx(jco, beijing(day(80))), {
    procedure: 'ordered-exit',
    input: { institutionId: org.id, origin: 'lead', summary: '证书信息管理服务平台数据显示连续两年无人报名参加评价、无院校选择实施（演示）' },
  }); // prettier-ignore
  const steps: [number, string, unknown][] = [
    [78, 'record_opinion', { experts: '孙文博、李佳怡、周振华（部际联席会议推荐专家库，演示）', facts: '连续两年内未开展职业技能等级评价，亦无院校选择实施；问询中组织称已无实施计划。', grounds: ['5(4)'], proposal: 'revoke', scope: 'institution' }],
    [77, 'serve_opinion', { servedOn: day(77), means: 'electronic' }],
    [75, 'record_receipt', { receivedOn: day(75) }],
    [40, 'conclude_appeal_period', undefined],
    [39, 'record_consultation', { department: '国家发展改革委', opinion: '无不同意见', receivedOn: day(39) }],
    [38, 'record_consultation', { department: '市场监管总局', opinion: '未发现该组织其他违法信息，无不同意见', receivedOn: day(38) }],
    [37, 'report_conference', { reportedOn: day(37), reference: '教职联办〔2026〕演示15号' }],
    [36, 'start_notice', { days: 5, unit: 'working_days', basisReason: '参照遴选结果公示期，在本平台公示 5 个工作日' }],
    [20, 'revoke', { scope: 'institution', wrapUpDue: addCalendarDays(day(20), 30), wrapUpReason: '须处理已收费未考核事项、上报证书数据，30 日可完成', reason: '公示无异议，取消培训评价组织资质' }],
    [19, 'close', undefined],
  ]; // prettier-ignore
  for (const [n, event, payload] of steps)
    await sendDemoEvent(env, opened.id, { as: 'jco', on: beijing(day(n)), event, ...(payload === undefined ? {} : { payload }) }); // prettier-ignore
}

/**
 * The Guizhou institution of the story: a social organisation whose filing predates SkillReg, brought in
 * through the import of existing filings (the world leaves Guizhou out; the named Guizhou institutions
 * carry other stories), then ordered to terminate. Its occupation (健康管理师) is one no browser spec counts.
 */
const GZ_ORG: GuizhouDemoFiling = {
  name: '遵义市汇川区新蒲职业技能评价中心（演示）',
  division: '520102',
  body8: 'MJ000917',
  filingCode: 'S5220230917',
  scope: '4-14-02-02:3/4',
  legalRepresentative: '罗志强',
  address: '贵州省贵阳市南明区新华路 117 号',
  decisionDate: '2023-09-12',
  validFrom: '2023-09-15',
  validTo: '2028-09-14',
};

async function guizhouOrder(env: DemoRunEnv, today: string) {
  const target = await importGuizhouFiling(env.db, today, GZ_ORG);
  if (!target) throw new Error('the Guizhou organisation was not imported');
  const guizhou = await env.actor('guizhou');
  const openedOn = addCalendarDays(today, -16);
  const orderedOn = addCalendarDays(today, -14);
  const opened = await openProcedureCase(env.ctx(guizhou, beijing(openedOn)), {
    procedure: 'ordered-exit',
    input: { institutionId: target.id, origin: 'lead', summary: '群众实名举报：以“包过”为名收取高额费用并组织替考，经调查属实（演示）' },
  }); // prettier-ignore
  await sendDemoEvent(env, opened.id, { as: 'guizhou', on: beijing(orderedOn), event: 'order_termination', payload: {
    facts: '2026 年第三批评价中组织替考 17 人次，收取“包过费”共计 8.5 万元（演示）',
    seriousnessReason: '有组织地弄虚作假，涉及人数多、金额大，社会影响恶劣',
    scope: 'institution', wrapUpDue: addCalendarDays(orderedOn, 30),
    wrapUpReason: '已收费未考核的 23 名人员须退费，证书数据须合规上报，30 日可完成',
    reason: '存在严重违法违规行为，责令终止评价活动，移出目录并向社会公告',
  } }); // prettier-ignore
  await sendDemoEvent(env, opened.id, { as: 'guizhou', on: beijing(addCalendarDays(orderedOn, 2)), event: 'report_ministry', payload: { sentOn: addCalendarDays(orderedOn, 2), reference: '黔人社函〔2026〕演示1号' } }); // prettier-ignore
}

export async function runOrderedExitsDemo(
  db: Database,
  store: FileStore,
  now = new Date(),
): Promise<boolean> {
  if (!(await runOnce(db, ORDERED_EXITS_STEP, async () => ({ claimed: 1 })))) return false;
  const env = await demoRunEnv(db, store);
  const today = isoDay(now);
  let ok = true;
  for (const [what, step] of [
    ['1+X appeal stage', appealStage],
    ['1+X revocation', completedRevocation],
    ['Guizhou §15', guizhouOrder],
  ] as const)
    await step(env, today).catch((err: unknown) => {
      ok = false;
      console.warn(
        `演示责令终止与取消资格未能全部生成 / demo ordered exits incomplete (${what}): ${(err as Error).message}`,
      );
    });
  return ok;
}
