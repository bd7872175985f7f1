// Demo step 'demo/violations' (issue 13 point 6): violation cases in every state, run through the case
// use cases as the people would, each event on the day the story dates it, so that every effect is the
// decision's own (results cancelled, a certificate declared invalid, bans and a staff bar in the
// registers, a suspended institution, a published decision and the bad-credit register):
// - 黔康 (inst_qk) at its 2025-11-08 session: 谢春花 caught colluding — two staff sign the on-site record,
//   the room head confirms (§16 ¶1), §7(5) minor, notice, paper statement, decision, served: results
//   cancelled, banned for two years and published; she then tries to register at 钱塘 in Zhejiang and is
//   refused. 唐明辉's record at the same session has one signature so far (the case waits for the second).
// - 黔康's archive review finds 何秀英 took questions out (§6(4), §8): notice served, her statement
//   awaited — she can answer on the party page (当事人查询) with her name and document number.
// - 黔康 handles the exam administrator of that session (§9(3)): decided, to be served; the bar to the
//   end of the year is in the staff-sanction register (§16 ¶2: guiyang sees the report).
// - 贵阳市人社局 (guiyang): after a complaint, 蒋文静's 2025 certificate was obtained by impersonation
//   (§7(4) serious, §8): certificate invalid, five-year ban, referral; archived. An interview of 黔康 for
//   incomplete archives (§12(3)) whose review 黔康 asked for (§19: in guiyang's 待办); a complaint of
//   false advertising dropped after checking.
// - 贵州省人社厅 (guizhou): 梵净 warned, suspended until its rectification deadline and entered in the
//   bad-credit register (§13(1) with §12(2) serious); a filed institution a year without evaluations
//   under investigation (§14(7), raised from the session data; whether there was a good reason is open);
//   a data-access threshold (§15 ¶2) that flags a verifier's reading, and 遵义智聘's lead marked handled.
// A one-time step (seed_runs); a failure is reported and the demo goes on.
import type { Database } from '../../database.js';
import type { FileStore } from '../../file-store.js';
import type { PersonalDataProtector } from '../../../identity/personal-data.js';
import { AppError } from '../../../domain/errors.js';
import { runOnce } from '../seed-runs.js';
import { demoActor } from './demo-actor.js';
import { beijing, daysAgo, demoRunEnv, isoDay, sendDemoEvent, type DemoRunEnv } from './run-procedure.js';
import { openProcedureCase } from '../../../use-cases/cases/open-procedure-case.js';
import { registerCandidate } from '../../../use-cases/candidates/register-candidate.js';
import {
  handleDataAccessAlert,
  listDataAccessAlerts,
  setDataAccessThreshold,
} from '../../../use-cases/violation-case/data-access-alerts.js';
import { listInactivityGrounds } from '../../../use-cases/violation-case/inactivity-grounds.js';
import { addCalendarDays } from '../../../calendar/calendar-days.js';

export const VIOLATIONS_STEP = 'demo/violations' as const;

type Step = { as: string; on: Date; event: string; payload?: unknown };

async function story(env: DemoRunEnv, as: string, on: Date, input: Record<string, unknown>, steps: Step[]) {
  const opened = await openProcedureCase(env.ctx(await env.actor(as), on), { procedure: 'violation-case', input });
  for (const s of steps) {
    try {
      await sendDemoEvent(env, opened.id, s);
    } catch (err) {
      const e = err as Error & { extra?: { findings?: { passed: unknown; message_zh: string }[] } };
      const failed = (e.extra?.findings ?? []).filter((f) => f.passed === false).map((f) => f.message_zh);
      throw new Error(`violation-case ${s.event}: ${e.message}${failed.length ? ` — ${failed.join('；')}` : ''}`, { cause: err });
    }
  }
  return opened.id;
} // prettier-ignore

const day = (d: string) => beijing(d);

async function sessionOf(db: Database, institutionId: string, startsOn: string) {
  return db
    .selectFrom('evaluation_sessions')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('starts_on', '=', startsOn)
    .executeTakeFirstOrThrow();
}
async function candidateOf(db: Database, sessionId: string, name: string) {
  return db
    .selectFrom('candidates')
    .select('id')
    .where('session_id', '=', sessionId)
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
}
const staffOf = (db: Database, sessionId: string) =>
  db
    .selectFrom('session_staff')
    .select(['staff_id', 'duty'])
    .where('session_id', '=', sessionId)
    .orderBy('duty')
    .execute();

const notice = (servedOn: string, dueOn: string, reasons: string, extra: Record<string, unknown> = {}) => ({
  servedOn,
  means: 'in_person',
  statementDueOn: dueOn,
  periodReason: '给予当事人五个工作日陈述和申辩（本单位违纪违规处理制度）',
  reasons,
  choiceReason: '依规则建议及本案情节',
  ...extra,
});

async function run(db: Database, store: FileStore, personalData: PersonalDataProtector, now: Date) {
  const env = await demoRunEnv(db, store);
  const qk = (await demoActor(db, 'inst_qk')).institutionId!;
  const today = isoDay(now);
  const L5 = (await sessionOf(db, qk, '2025-11-08')).id;
  const L4 = (await sessionOf(db, qk, '2025-06-14')).id;
  const l5Staff = await staffOf(db, L5);

  // 1. 谢春花 (§16 ¶1, §7(5) minor): banned two years, published; then refused at 钱塘.
  const xie = (await candidateOf(db, L5, '谢春花')).id;
  await story(env, 'inst_qk', day('2025-11-08'), { subject: 'candidate', origin: 'on_site', sessionId: L5, candidateId: xie, summary: '理论知识考试中与邻座考生传递纸条，监考人员当场收缴纸条并记录' }, [
    { as: 'inst_qk', on: day('2025-11-08'), event: 'sign_record', payload: { staffId: l5Staff[0]!.staff_id, signedOn: '2025-11-08' } },
    { as: 'inst_qk', on: day('2025-11-08'), event: 'sign_record', payload: { staffId: l5Staff[1]!.staff_id, signedOn: '2025-11-08' } },
    { as: 'inst_qk', on: day('2025-11-08'), event: 'confirm_record', payload: { siteHeadName: '罗建国', confirmedOn: '2025-11-08' } },
    { as: 'inst_qk', on: day('2025-11-10'), event: 'record_charge', payload: { violation: '7(5)', conductOn: '2025-11-08', facts: '在理论知识考试中与邻座考生传递写有答案的纸条，串通作弊', severity: 'minor', severityReason: '两人之间传递一次，未形成组织，当场即被制止' } },
    { as: 'inst_qk', on: day('2025-11-10'), event: 'serve_notice', payload: notice('2025-11-10', '2025-11-17', '现场收缴的纸条、两名监考人员签字并经考场负责人确认的现场记录及考场录像相互印证', { publish: true }) },
    { as: 'inst_qk', on: day('2025-11-14'), event: 'submit_statement', payload: { text: '承认传递纸条，系一时糊涂，请求从轻处理。', receivedOn: '2025-11-14', form: 'paper' } },
    { as: 'inst_qk', on: day('2025-11-18'), event: 'decide', payload: { statementAnswer: '当事人承认违纪事实，已按情节轻微处理' } },
    { as: 'inst_qk', on: day('2025-11-19'), event: 'serve_decision', payload: { servedOn: '2025-11-19', means: 'in_person' } },
  ]); // prettier-ignore
  const xieDoc = await db
    .selectFrom('candidates')
    .select(['doc_enc', 'doc_type'])
    .where('id', '=', xie)
    .executeTakeFirstOrThrow();
  const qt = await db
    .selectFrom('evaluation_sessions')
    .select('id')
    .where('institution_id', '=', (await demoActor(db, 'inst_qt')).institutionId!)
    .where('status', '=', 'planned')
    .orderBy('starts_on')
    .executeTakeFirst();
  if (qt)
    try {
      await registerCandidate({ db, caller: await demoActor(db, 'inst_qt'), personalData }, qt.id, { name: '谢春花', docType: xieDoc.doc_type, docNumber: personalData.reveal(xieDoc.doc_enc) }); // prettier-ignore
      throw new Error('the candidate banned by 黔康 was registered at 钱塘');
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'CANDIDATE_REFUSED') throw err;
    }

  // 2. 唐明辉: the on-site record has one signature; the second is awaited.
  const tang = (await candidateOf(db, L5, '唐明辉')).id;
  await story(env, 'inst_qk', day('2025-11-08'), { subject: 'candidate', origin: 'on_site', sessionId: L5, candidateId: tang, summary: '操作技能考核中擅自离开考位，经提醒拒不改正' }, [
    { as: 'inst_qk', on: day('2025-11-08'), event: 'sign_record', payload: { staffId: l5Staff[0]!.staff_id, signedOn: '2025-11-08' } },
  ]); // prettier-ignore

  // 3. 何秀英 (§6(4), §8): notice served, her statement awaited (the party page).
  const he = (await candidateOf(db, L4, '何秀英')).id;
  await story(env, 'inst_qk', daysAgo(now, 12), { subject: 'candidate', origin: 'after_event', candidateId: he, summary: '档案复查时发现其理论试卷照片出现在网络平台，发布时间为考试当日' }, [
    { as: 'inst_qk', on: daysAgo(now, 10), event: 'record_charge', payload: { violation: '6(4)', conductOn: '2025-06-14', facts: '考试后将理论知识试题拍照带出考场并在网络平台发布' } },
    { as: 'inst_qk', on: daysAgo(now, 3), event: 'serve_notice', payload: notice(isoDay(daysAgo(now, 3)), addCalendarDays(today, 7), '网络平台发布记录与考场座位表、试卷编号相互印证') },
  ]); // prettier-ignore

  // 4. The exam administrator of the 2025-11-08 session (§9(3)): decided, to be served.
  const admin = l5Staff.find((s) => s.duty === 'exam_admin')!;
  await story(env, 'inst_qk', daysAgo(now, 15), { subject: 'staff', origin: 'after_event', staffId: admin.staff_id, sessionId: L5, summary: '复查 2025-11-08 批次考场录像，发现串通作弊时考务人员未及时制止' }, [
    { as: 'inst_qk', on: daysAgo(now, 14), event: 'record_charge', payload: { violation: '9(3)', conductOn: '2025-11-08', facts: '负责考场发生考生传递纸条时未及时制止和上报' } },
    { as: 'inst_qk', on: daysAgo(now, 12), event: 'serve_notice', payload: notice(isoDay(daysAgo(now, 12)), isoDay(daysAgo(now, 5)), '考场录像显示传递纸条持续约两分钟，该考务人员在场未予制止') },
    { as: 'inst_qk', on: daysAgo(now, 1), event: 'decide', payload: { statementAnswer: '当事人在期限内未陈述和申辩' } },
  ]); // prettier-ignore

  // 5. A holder of a 2025 certificate (§7(4) serious, §8) by guiyang: certificate invalid, five-year ban, archived.
  const jiang = await db
    .selectFrom('candidates as c')
    .innerJoin('certificates as x', 'x.candidate_id', 'c.id')
    .select(['c.id', 'c.session_id'])
    .where('c.session_id', 'in', [L4, L5])
    .where('x.status', '=', 'valid')
    .where('c.name', 'not in', ['何秀英', '谢春花', '唐明辉']) // they have cases of their own above
    .orderBy('c.name')
    .executeTakeFirst();
  if (jiang)
    await story(env, 'guiyang', day('2026-10-08'), { subject: 'candidate', origin: 'complaint', candidateId: jiang.id, summary: '群众举报：2025 年 6 月养老护理员（四级）考核由他人代考' }, [
      { as: 'guiyang', on: day('2026-10-09'), event: 'record_charge', payload: { violation: '7(4)', conductOn: jiang.session_id === L4 ? '2025-06-14' : '2025-11-08', facts: '由他人冒名顶替参加理论知识考试和操作技能考核并取得证书', severity: 'serious', severityReason: '代考人收取费用，且持证后已用于求职' } },
      { as: 'guiyang', on: day('2026-10-10'), event: 'serve_notice', payload: notice('2026-10-10', '2026-10-17', '准考证照片、考场录像与本人照片比对不一致，代考人已供认') },
      { as: 'guiyang', on: day('2026-10-20'), event: 'decide', payload: { statementAnswer: '当事人在期限内未陈述和申辩' } },
      { as: 'guiyang', on: day('2026-10-21'), event: 'serve_decision', payload: { servedOn: '2026-10-21', means: 'post' } },
      { as: 'guiyang', on: day('2026-10-30'), event: 'close' },
    ]); // prettier-ignore

  // 6. 黔康's interview for incomplete archives (§12(3)); 黔康 asked for a review (§19).
  await story(env, 'guiyang', daysAgo(now, 40), { subject: 'institution', origin: 'inspection', institutionId: qk, summary: '双随机抽查发现 2025 年两个批次的考生档案材料不全' }, [
    { as: 'guiyang', on: daysAgo(now, 38), event: 'record_charge', payload: { violation: '12(3)', severity: 'minor', severityReason: '两个批次中各有少量材料缺失，未影响评价结果的核查', conductOn: '2025-11-09', facts: '2025 年 6 月、11 月两个批次的考生报名材料和考场记录未按规定归档' } },
    { as: 'guiyang', on: daysAgo(now, 36), event: 'serve_notice', payload: notice(isoDay(daysAgo(now, 36)), isoDay(daysAgo(now, 30)), '抽查记录及机构自查说明', { voidResults: 'none' }) },
    { as: 'inst_qk', on: daysAgo(now, 33), event: 'submit_statement', payload: { text: '档案已于抽查后补齐，请予以考虑。', receivedOn: isoDay(daysAgo(now, 33)), form: 'online' } },
    { as: 'guiyang', on: daysAgo(now, 28), event: 'decide', payload: { statementAnswer: '补齐档案属事后整改，不影响认定' } },
    { as: 'guiyang', on: daysAgo(now, 27), event: 'serve_decision', payload: { servedOn: isoDay(daysAgo(now, 27)), means: 'electronic' } },
    { as: 'inst_qk', on: daysAgo(now, 25), event: 'request_review', payload: { grounds: '档案缺失系搬迁期间暂存他处，并非管理不规范，请求复核。', requestedOn: isoDay(daysAgo(now, 25)), form: 'online' } },
  ]); // prettier-ignore

  // 7. A complaint of false advertising dropped after checking.
  await story(env, 'guiyang', daysAgo(now, 20), { subject: 'institution', origin: 'complaint', institutionId: qk, summary: '投诉称该机构在网络上发布“包过”广告' }, [
    { as: 'guiyang', on: daysAgo(now, 15), event: 'drop', payload: { reason: '经核实，该广告系他人冒用机构名义发布，机构已报警处理，不属该机构的违规行为' } },
  ]); // prettier-ignore

  // 8. 梵净 (§13(1) with §12(2) serious): warned, suspended, bad-credit register, published.
  const fanjing = await db
    .selectFrom('institutions')
    .select('id')
    .where('name', '=', '铜仁市梵净职业技能评价中心')
    .executeTakeFirst();
  if (fanjing)
    await story(env, 'guizhou', day('2026-09-01'), { subject: 'institution', origin: 'inspection', institutionId: fanjing.id, summary: '专项检查发现同一批次考生分散在两个考场、采用不同的考核方式' }, [
      { as: 'guizhou', on: day('2026-09-03'), event: 'record_charge', payload: { violation: '13(1)', section12Item: 2, severity: 'serious', severityReason: '涉及 3 个批次 240 余名考生，且此前已被提醒', conductOn: '2026-08-22', facts: '未按规定配备工作人员，同批次考生未处于同等考核评价环境' } },
      { as: 'guizhou', on: day('2026-09-07'), event: 'serve_notice', payload: notice('2026-09-07', '2026-09-11', '检查记录、考场安排表及考生反映相互印证', { creditBlacklist: true, rectificationDueOn: '2026-12-31', publish: true }) },
      { as: 'guizhou', on: day('2026-09-10'), event: 'submit_statement', payload: { text: '承认考务安排不当，已制定整改方案。', receivedOn: '2026-09-10', form: 'paper' } },
      { as: 'guizhou', on: day('2026-09-14'), event: 'decide', payload: { statementAnswer: '整改方案可行，但不影响违规事实的认定' } },
      { as: 'guizhou', on: day('2026-09-15'), event: 'serve_decision', payload: { servedOn: '2026-09-15', means: 'in_person' } },
    ]); // prettier-ignore

  // 9. A filed institution a year without evaluations (§14(7)), raised from the session data.
  const grounds = await listInactivityGrounds(db, await demoActor(db, 'guizhou'), today);
  const free = (g: (typeof grounds)[number]) =>
    g.openCaseId === null && g.institutionId !== fanjing?.id && g.institutionId !== qk;
  // Preferably one that never evaluated since its filing: the ground is then the filing's own date.
  // (The demo's Guizhou directory is small: 黔康 itself, last evaluated 2025-11-09, is the fallback.)
  const idle =
    grounds.find((g) => free(g) && g.basis === 'filing') ??
    grounds.find(free) ??
    grounds.find((g) => g.openCaseId === null && g.institutionId !== fanjing?.id);
  if (idle)
    await story(env, 'guizhou', daysAgo(now, 6), { subject: 'institution', origin: 'inspection', institutionId: idle.institutionId, summary: `系统提示：自 ${idle.lastEvaluationOn} 起一年以上未开展评价活动` }, [
      { as: 'guizhou', on: daysAgo(now, 5), event: 'record_charge', payload: { violation: '14(7)', conductOn: idle.lastEvaluationOn, facts: `自 ${idle.lastEvaluationOn} 起未组织任何评价批次` } },
    ]); // prettier-ignore

  // 10. §15 ¶2: guizhou's threshold; 遵义智聘's lead handled (its rights were revoked already).
  const guizhou = await demoActor(db, 'guizhou');
  await setDataAccessThreshold(db, guizhou, { certificatesPerDay: 100, reason: '本省核验单位日常每日核验量多在 100 条以内，超过即核查用途（演示数据）' }, undefined, now); // prettier-ignore
  for (const a of await listDataAccessAlerts(db, guizhou, true))
    if (a.readRightsRevoked)
      await handleDataAccessAlert(db, guizhou, a.id, { outcome: 'revoked', note: '已取消其证书数据读取权限并责令删除（见证书数据读取单位）' }); // prettier-ignore
}

export async function runViolationsDemo(
  db: Database,
  store: FileStore,
  personalData: PersonalDataProtector,
  now = new Date(),
): Promise<boolean> {
  if (!(await runOnce(db, VIOLATIONS_STEP, async () => ({ claimed: 1 })))) return false;
  try {
    await run(db, store, personalData, now);
    return true;
  } catch (err) {
    console.warn(`演示违纪违规案件未能全部生成 / demo violation cases incomplete: ${(err as Error).message}`);
    return false;
  }
}
