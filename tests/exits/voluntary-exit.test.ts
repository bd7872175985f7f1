// Voluntary exits run through the generic case use cases on PGlite: 1+X (1x-exit §2, §4, §6, §9–10) and
// Guizhou (gz-rules §13, §16). Boundaries: the first anniversary of the approval; the intakes of §6(1)
// (March → July, January → January, July → July, December → next January); 29 and 30 days' notice; a
// single-programme organisation leaves whole, a multi-programme one keeps the others; the wrap-up blocks
// until cleared or waived; the 3-year bar's last day.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import type { Actor } from '../../src/policies/actor.js';
import { builtInCalendar } from '../../src/calendar/calendar-data.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { pdfBytes } from '../../src/materials/sample-files.test-support.js';
import type { CaseContext } from '../../src/use-cases/cases/case-context.js';
import { openProcedureCase } from '../../src/use-cases/cases/open-procedure-case.js';
import { sendCaseEvent } from '../../src/use-cases/cases/send-case-event.js';
import { uploadCaseMaterial } from '../../src/use-cases/cases/upload-case-material.js';
import { submitExpertOpinion } from '../../src/use-cases/review/submit-expert-opinion.js';
import { voluntaryExitProcedures } from '../../src/use-cases/x-voluntary-exit/procedures.js';
import { reentryFindingsFor } from '../../src/use-cases/exits/reentry-bars.js';
import { demoActor } from '../../src/persistence/seed/demo/demo-actor.js';
import { openTestDatabase } from '../support/test-database.js';
import { insertExpert, makeUscc, seedPersonas, type Fixture } from '../support/personas.js';
import { caseVersion, findingsOf, refusal } from '../workflow/demo-fixtures.js';
import { gzEntry, session } from './exit-fixture.js';
import { insertBareCase } from '../support/bare-case.js';

let h: DatabaseHandle;
let f: Fixture;
let office: Actor;
let guizhou: Actor;
const experts: Actor[] = [];
const POOL = randomUUID();
const store = databaseFileStore();
const calendar = builtInCalendar();
const at = (day: string) => new Date(`${day}T02:00:00Z`);
const ctx = (caller: Actor, day: string): CaseContext => ({
  db: h.db,
  store,
  caller,
  procedures: [...voluntaryExitProcedures],
  calendar,
  now: at(day),
});

beforeAll(async () => {
  h = await openTestDatabase();
  f = await seedPersonas(h.db);
  office = await demoActor(h.db, 'p-national');
  guizhou = await demoActor(h.db, 'p-guizhou');
  // §6(2): a pool of three, so that the panel is exactly these experts.
  await h.db
    .insertInto('expert_pools')
    .values({ id: POOL, authority_id: f.authorities.national, name: '部门推荐专家库', description: null })
    .execute();
  for (const name of ['甲专家', '乙专家', '丙专家']) {
    const expertId = await insertExpert(h.db, f, {
      name,
      authorityId: f.authorities.national,
      poolId: POOL,
    });
    const userId = randomUUID();
    await h.db
      .insertInto('users')
      .values({
        id: userId,
        username: `x-${userId.slice(0, 8)}`,
        display_name: name,
        password_hash: 'x',
        role: 'expert',
        authority_id: null,
        institution_id: null,
        expert_id: expertId,
      })
      .execute();
    experts.push({ userId, username: name, role: 'expert', expertId });
  }
}, 60_000);
afterAll(async () => h?.close());

/** A 1+X organisation selected on `approvedOn` with the programmes named, and a staff account. */
async function organisation(approvedOn: string, programmes: string[]) {
  const id = randomUUID();
  const name = `培训评价组织${id.slice(0, 6)}`;
  await h.db
    .insertInto('institutions')
    .values({
      id,
      name,
      kind: 'training_org',
      uscc: makeUscc('330100'),
      legal_representative: `法人${id.slice(0, 4)}`,
      address: '杭州市',
      jurisdiction_code: '330100',
      authority_id: f.authorities.national,
      status: 'active',
      contact_phone: null,
      established_on: '2015-03-01',
    })
    .execute();
  const entryId = randomUUID();
  const selectionCase = await insertBareCase(h.db, {
    procedure: '1x-selection',
    referenceNo: `T-1XSEL-${id.slice(0, 8)}`,
    institutionId: id,
    authorityId: f.authorities.national,
    jurisdictionCode: '000000',
    state: 'published',
  });
  await h.db
    .insertInto('directory_entries')
    .values({
      id: entryId,
      institution_id: id,
      branch_id: null,
      case_id: selectionCase,
      procedure: '1x-selection',
      regime: '1x-selection',
      filing_code: `T-${id.slice(0, 6)}`,
      institution_name: name,
      institution_kind: 'training_org',
      branch_name: null,
      jurisdiction_code: '000000',
      authority_id: f.authorities.national,
      valid_from: approvedOn,
      valid_to: null,
      citations: JSON.stringify([]),
      published_on: approvedOn,
      published_by: null,
      withdrawn_on: null,
      withdrawn_at: null,
      withdrawn_by: null,
      withdrawal_reason: null,
      withdrawal_citations: null,
      withdrawal_case_id: null,
    })
    .execute();
  await h.db
    .insertInto('directory_entry_programmes')
    .values(
      programmes.map((p, i) => ({
        entry_id: entryId,
        seq: i + 1,
        name: p,
        code: null,
        levels: ['junior', 'intermediate', 'senior'],
      })),
    )
    .execute();
  const userId = randomUUID();
  await h.db
    .insertInto('users')
    .values({
      id: userId,
      username: `s-${userId.slice(0, 8)}`,
      display_name: '经办人',
      password_hash: 'x',
      role: 'institution_staff',
      authority_id: null,
      institution_id: id,
      expert_id: null,
    })
    .execute();
  const staff: Actor = { userId, username: '经办人', role: 'institution_staff', institutionId: id };
  return { id, entryId, staff };
}

const APPLICATION = { reason: '业务调整，不再开展该证书工作', workCompleted: true };

async function apply1x(staff: Actor, day: string, input: Record<string, unknown>) {
  const opened = await openProcedureCase(ctx(staff, day), {
    procedure: '1x-voluntary-exit',
    input: { ...APPLICATION, ...input },
  });
  for (const item of ['exit_application', 'wrap_up_statement'])
    await uploadCaseMaterial(ctx(staff, day), {
      caseId: opened.id,
      checklistItem: item,
      bytes: pdfBytes(item),
      fileName: `${item}.pdf`,
      declaredType: 'application/pdf',
    });
  await send(staff, day, opened.id, 'submit');
  return opened.id;
}

async function send(caller: Actor, day: string, caseId: string, event: string, payload?: unknown) {
  return sendCaseEvent(ctx(caller, day), {
    caseId,
    event,
    version: await caseVersion(h.db, caseId),
    ...(payload === undefined ? {} : { payload }),
  });
}

const snapshot = async (caseId: string) =>
  (await h.db
    .selectFrom('cases')
    .select(['state', 'snapshot'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow()) as {
    state: string;
    snapshot: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the test reads the case data as stored
  };

/** From the intake to the approval: panel, opinions, the two named departments. */
async function runToConsultation(caseId: string, day: string) {
  await send(office, day, caseId, 'start_processing');
  await send(office, day, caseId, 'draw_panel', { poolId: POOL, size: 3 });
  for (const e of experts)
    await submitExpertOpinion(h.db, {
      caller: e,
      caseId,
      at: at(day),
      recommendation: 'approve',
      opinion: '善后事项已处理，同意退出。',
    });
  await send(office, day, caseId, 'record_panel_opinion', { outcome: 'approve' });
  for (const department of ['ndrc', 'samr'])
    await send(office, day, caseId, 'record_consultation', {
      department,
      requestedOn: day,
      answeredOn: day,
      position: 'agree',
      opinion: '无不同意见',
    });
}

describe('1x-exit §4: an exit only after a full year since the programme’s approval', () => {
  it('one day before the first anniversary is refused; on the anniversary it is received', async () => {
    const o = await organisation('2025-03-10', ['工业机器人应用编程']);
    const e = await refusal(
      apply1x(o.staff, '2026-03-09', { level: 'certificate', programmes: ['工业机器人应用编程'] }),
    );
    expect(e.status).toBe(422);
    const year = findingsOf(e).find((x) => x.ruleId === '1x-exit/4/one-year')!;
    expect(year.passed).toBe(false);
    expect(year.message_zh).toContain('2026-03-10 方满');
    const caseId = await apply1x(o.staff, '2026-03-10', {
      level: 'certificate',
      programmes: ['工业机器人应用编程'],
    });
    expect((await snapshot(caseId)).state).toBe('queued');
  });
});

describe('1x-exit §6(1): received at any time, processed in the January and July intakes', () => {
  it('an application in March is accepted, queued for July and says so; processing refused on 30 June, started on 1 July', async () => {
    const o = await organisation('2024-01-05', ['数字媒体交互设计']);
    const caseId = await apply1x(o.staff, '2026-03-16', { level: 'organisation' });
    const s = await snapshot(caseId);
    expect(s.state).toBe('queued');
    expect(s.snapshot.intake).toEqual({ year: 2026, month: 7, opensOn: '2026-07-01' });
    expect(
      s.snapshot.admission.find((x: { ruleId: string }) => x.ruleId === '1x-exit/6/1/intake-window')
        .message_zh,
    ).toContain('列入2026 年 7 月集中受理');
    const early = await refusal(send(office, '2026-06-30', caseId, 'start_processing'));
    const held = findingsOf(early).find((x) => x.ruleId === '1x-exit/6/1/intake-processing')!;
    expect(held.passed).toBe(false);
    expect(held.citation).toMatchObject({ source: '1x-exit', article: 6, item: 1 });
    await send(office, '2026-07-01', caseId, 'start_processing');
    expect((await snapshot(caseId)).state).toBe('in_intake');
  });
  it('January is processed in January, July in July, December waits for next January', async () => {
    for (const [day, opens, startOk] of [
      ['2027-01-20', '2027-01-01', '2027-01-20'],
      ['2026-07-31', '2026-07-01', '2026-07-31'],
      ['2026-12-10', '2027-01-01', '2027-01-01'],
    ] as const) {
      const o = await organisation('2024-01-05', ['云计算开发与运维']);
      const caseId = await apply1x(o.staff, day, { level: 'organisation' });
      expect((await snapshot(caseId)).snapshot.intake.opensOn, day).toBe(opens);
      if (day === '2026-12-10') await refusal(send(office, '2026-12-31', caseId, 'start_processing'));
      await send(office, startOk, caseId, 'start_processing');
      expect((await snapshot(caseId)).state, day).toBe('in_intake');
    }
  });
});

describe('1x-exit §2, §6(2)–(5), §10: the whole procedure and its scope', () => {
  it('a multi-programme organisation gives up one programme: the other and the organisation stay; the 3-year bar ends on the anniversary', async () => {
    const o = await organisation('2024-01-05', ['网店运营推广', '直播电商']);
    const caseId = await apply1x(o.staff, '2026-07-02', { level: 'certificate', programmes: ['直播电商'] });
    await runToConsultation(caseId, '2026-07-06');
    await send(office, '2026-07-20', caseId, 'approve', { reason: '专家评议及各部门均同意' });
    const s = await snapshot(caseId);
    expect(s.state).toBe('approved');
    expect(s.snapshot.decision).toMatchObject({ organisationExits: false, barredUntil: '2029-07-20' });
    const programmes = await h.db
      .selectFrom('directory_entry_programmes')
      .select(['name', 'withdrawn_on'])
      .where('entry_id', '=', o.entryId)
      .orderBy('seq')
      .execute();
    expect(programmes).toEqual([
      { name: '网店运营推广', withdrawn_on: null },
      { name: '直播电商', withdrawn_on: '2026-07-20' },
    ]);
    const entry = await h.db
      .selectFrom('directory_entries')
      .select('withdrawn_on')
      .where('id', '=', o.entryId)
      .executeTakeFirstOrThrow();
    expect(entry.withdrawn_on).toBeNull();
    const inst = await h.db
      .selectFrom('institutions')
      .select('status')
      .where('id', '=', o.id)
      .executeTakeFirstOrThrow();
    expect(inst.status).toBe('active');
    // §10: barred to the anniversary inclusive (decision 0037), free the day after.
    const bar = await h.db
      .selectFrom('reentry_bars')
      .select(['last_barred_day', 'kind'])
      .where('institution_id', '=', o.id)
      .executeTakeFirstOrThrow();
    expect(bar).toEqual({ last_barred_day: '2029-07-20', kind: 'voluntary' });
    const onLastDay = await reentryFindingsFor(h.db, o.id, '2029-07-20');
    expect(onLastDay.some((x) => x.passed === false)).toBe(true);
    const dayAfter = await reentryFindingsFor(h.db, o.id, '2029-07-21');
    expect(dayAfter.some((x) => x.passed === false)).toBe(false);
    // §6(5): the written answer, then publication.
    await send(office, '2026-07-22', caseId, 'publish', { channel: '部际联席会议办公室网站' });
    expect((await snapshot(caseId)).state).toBe('published');
    const docs = await h.db.selectFrom('documents').select('kind').where('case_id', '=', caseId).execute();
    expect(docs.map((d) => d.kind).sort()).toEqual(['exit_reply', 'publication_record']);
  });

  it('a single-programme organisation that gives up its programme leaves the catalogue whole (§2 ¶2)', async () => {
    const o = await organisation('2024-01-05', ['智能财税']);
    const caseId = await apply1x(o.staff, '2026-07-03', { level: 'certificate', programmes: ['智能财税'] });
    await runToConsultation(caseId, '2026-07-06');
    await send(office, '2026-07-21', caseId, 'approve', { reason: '同意退出' });
    expect((await snapshot(caseId)).snapshot.decision.organisationExits).toBe(true);
    const entry = await h.db
      .selectFrom('directory_entries')
      .select('withdrawn_on')
      .where('id', '=', o.entryId)
      .executeTakeFirstOrThrow();
    expect(entry.withdrawn_on).toBe('2026-07-21');
    const inst = await h.db
      .selectFrom('institutions')
      .select('status')
      .where('id', '=', o.id)
      .executeTakeFirstOrThrow();
    expect(inst.status).toBe('exited');
  });

  it('§6(4): no approval before the departments the text names have answered; a refusal gives its reasons', async () => {
    const o = await organisation('2024-01-05', ['老年照护']);
    const caseId = await apply1x(o.staff, '2026-07-03', { level: 'organisation' });
    await send(office, '2026-07-06', caseId, 'start_processing');
    await send(office, '2026-07-06', caseId, 'draw_panel', { poolId: POOL, size: 3 });
    for (const e of experts)
      await submitExpertOpinion(h.db, {
        caller: e,
        caseId,
        at: at('2026-07-08'),
        recommendation: 'reject',
        opinion: '已收费学员尚未安排考核。',
      });
    await send(office, '2026-07-09', caseId, 'record_panel_opinion', { outcome: 'reject' });
    await send(office, '2026-07-10', caseId, 'record_consultation', {
      department: 'ndrc',
      requestedOn: '2026-07-09',
      answeredOn: '2026-07-10',
      position: 'comments',
      opinion: '请先处理已收费学员',
    });
    const e = await refusal(send(office, '2026-07-12', caseId, 'approve', { reason: '同意' }));
    expect(findingsOf(e).find((x) => x.ruleId === '1x-voluntary-exit/consultation/samr')!.passed).toBe(false);
    await send(office, '2026-07-13', caseId, 'refuse', {
      reason: '专家评议意见为不同意退出，已收费学员尚未安排考核（第九条）',
    });
    expect((await snapshot(caseId)).state).toBe('refused');
    expect(
      await h.db.selectFrom('reentry_bars').select('id').where('institution_id', '=', o.id).execute(),
    ).toEqual([]);
  });
});

describe('gz-rules §13: 30 days’ written notice, the wrap-up before evaluations stop', () => {
  const staffX = () => demoActor(h.db, 'p-inst-x');
  it('29 days’ notice is refused, 30 accepted (the application day not counted)', async () => {
    await gzEntry(h.db, f, '2028-12-31');
    const e = await refusal(
      openProcedureCase(ctx(await staffX(), '2026-03-02'), {
        procedure: 'gz-voluntary-exit',
        input: { intendedTerminationOn: '2026-03-31', reason: '停止评价业务' },
      }),
    );
    expect(findingsOf(e).find((x) => x.ruleId === 'gz-rules/13/notice')!.passed).toBe(false);
    const ok = await openProcedureCase(ctx(await staffX(), '2026-03-02'), {
      procedure: 'gz-voluntary-exit',
      input: { intendedTerminationOn: '2026-04-01', reason: '停止评价业务' },
    });
    expect(ok.state).toBe('draft');
    await uploadCaseMaterial(ctx(await staffX(), '2026-03-02'), {
      caseId: ok.id,
      checklistItem: 'written_application',
      bytes: pdfBytes('w'),
      fileName: 'w.pdf',
      declaredType: 'application/pdf',
    });
    // Submitted a day later, the same end is only 29 days away: refused on the day of submission.
    const late = await refusal(send(await staffX(), '2026-03-03', ok.id, 'submit'));
    expect(findingsOf(late).find((x) => x.ruleId === 'gz-rules/13/notice')!.passed).toBe(false);
    await send(await staffX(), '2026-03-02', ok.id, 'submit');
    expect((await snapshot(ok.id)).state).toBe('notice');
    await send(await staffX(), '2026-03-03', ok.id, 'withdraw');
  });

  it('an unarchived session blocks the termination until waived; not before the intended end; then the notice', async () => {
    const entryId = await gzEntry(h.db, f, '2028-12-31');
    await session(h.db, f, 'closed', '2026-02-10');
    const staff = await staffX();
    const opened = await openProcedureCase(ctx(staff, '2026-05-04'), {
      procedure: 'gz-voluntary-exit',
      input: {
        intendedTerminationOn: '2026-06-03',
        reason: '停止评价业务',
        occupations: [{ occupationCode: '6-18-01-01', level: 4 }],
      },
    });
    const refused = await refusal(send(staff, '2026-05-04', opened.id, 'submit'));
    expect(findingsOf(refused)[0]!.ruleId).toBe('gz-voluntary-exit/written-application');
    await uploadCaseMaterial(ctx(staff, '2026-05-04'), {
      caseId: opened.id,
      checklistItem: 'written_application',
      bytes: pdfBytes('w'),
      fileName: 'w.pdf',
      declaredType: 'application/pdf',
    });
    await send(staff, '2026-05-04', opened.id, 'submit');
    await send(guizhou, '2026-05-06', opened.id, 'acknowledge');
    const early = await refusal(send(guizhou, '2026-06-02', opened.id, 'terminate', {}));
    expect(findingsOf(early).find((x) => x.ruleId === 'gz-voluntary-exit/intended-end')!.passed).toBe(false);
    const blocked = await refusal(send(guizhou, '2026-06-03', opened.id, 'terminate', {}));
    expect(findingsOf(blocked).find((x) => x.ruleId === 'exit/wrap-up/records_not_archived')!.passed).toBe(
      false,
    );
    await send(guizhou, '2026-06-03', opened.id, 'waive_wrap_up', {
      item: 'records_not_archived',
      reason: '纸质档案已移交市职业技能鉴定指导中心',
    });
    await send(guizhou, '2026-06-03', opened.id, 'terminate', {});
    expect((await snapshot(opened.id)).state).toBe('terminated');
    // One of two occupations: the filing stays with the other (issue 15 point 5).
    const scopes = await h.db
      .selectFrom('directory_entries')
      .select('withdrawn_on')
      .where('id', '=', entryId)
      .executeTakeFirstOrThrow();
    expect(scopes.withdrawn_on).toBeNull();
    const exit = await h.db
      .selectFrom('institution_exits')
      .select(['id', 'route', 'regime', 'scope'])
      .where('case_id', '=', opened.id)
      .executeTakeFirstOrThrow();
    expect(exit).toMatchObject({ route: 'voluntary', regime: 'gz-rules', scope: 'occupations' });
    const waivers = await h.db
      .selectFrom('exit_wrap_up_waivers')
      .select(['item', 'reason'])
      .where('exit_id', '=', exit.id)
      .execute();
    expect(waivers).toEqual([
      { item: 'records_not_archived', reason: '纸质档案已移交市职业技能鉴定指导中心' },
    ]);
    const docs = await h.db.selectFrom('documents').select('kind').where('case_id', '=', opened.id).execute();
    expect(docs.map((d) => d.kind)).toEqual(['termination_notice']);
  });
});
