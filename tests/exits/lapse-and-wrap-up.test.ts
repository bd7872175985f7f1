// gz-rules §14 lapse by the daily job (decision 0042) and the wrap-up checklist of 1x-exit §9 / gz-rules
// §13–15 with its waivers and completion, on PGlite (the two-process claim: lapse-two-processes.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { openTestDatabase } from '../support/test-database.js';
import { seedPersonas, type Fixture } from '../support/personas.js';
import { DAILY_EXITS_JOB, runExitsDay } from '../../src/jobs/daily-exits.js';
import { directoryChangesAfter } from '../../src/persistence/directory.repository.js';
import { wrapUpChecklist } from '../../src/use-cases/exits/wrap-up.js';
import {
  archiveSession,
  completeWrapUp,
  currentChecklist,
  getExit,
  listExits,
  waiveWrapUpItem,
} from '../../src/use-cases/exits/wrap-up-actions.js';
import type { Actor } from '../../src/policies/actor.js';
import type { RegistryContext } from '../../src/use-cases/registry/registry-context.js';
import { pd } from '../support/session-fixture.js';
import { candidate, gzEntry, renewalCase, session, upload } from './exit-fixture.js';

let h: DatabaseHandle;
let f: Fixture;
beforeAll(async () => {
  h = await openTestDatabase();
  f = await seedPersonas(h.db);
}, 60_000);
afterAll(async () => h.close());

const exitsOf = (entryId: string) =>
  h.db.selectFrom('institution_exits').selectAll().where('entry_id', '=', entryId).execute();

describe('gz-rules §14: the daily job lapses a filing at the start of the first day after its validity', () => {
  it('valid_to = yesterday lapses (terminated the day after, wrap-up due 15 days on); valid_to = today does not', async () => {
    const day = '2026-03-10';
    const lapsed = await gzEntry(h.db, f, '2026-03-09');
    const running = await gzEntry(h.db, f, '2026-03-10');
    const out = await runExitsDay(h.db, day, 'test');
    expect(out!.lapsed.map((l) => l.entryId)).toContain(lapsed);
    expect(out!.lapsed.map((l) => l.entryId)).not.toContain(running);
    const [x] = await exitsOf(lapsed);
    expect(x).toMatchObject({
      route: 'lapse',
      scope: 'institution',
      regime: 'gz-rules',
      terminated_on: '2026-03-10',
    });
    // 15 days counted from the last valid day (民法典 §201): 03-10 is day 1, 03-24 (a Tuesday) day 15.
    expect(x!.wrap_up_due).toBe('2026-03-24');
    expect(x!.citations).toEqual([{ source: 'gz-rules', article: 14 }]);
    const entry = await h.db
      .selectFrom('directory_entries')
      .selectAll()
      .where('id', '=', lapsed)
      .executeTakeFirstOrThrow();
    expect(entry.withdrawn_on).toBe('2026-03-10');
    // The open-data change feed says how the entry left, for a mirror of the directory (point 7).
    const feed = await directoryChangesAfter(
      h.db,
      { at: '2000-01-01T00:00:00Z', id: '00000000-0000-0000-0000-000000000000' },
      10_000,
      day,
    );
    expect(feed.find((c) => c.entryId === lapsed && c.change === 'withdrawn')?.ending).toEqual({
      kind: 'lapse',
      on: '2026-03-10',
      exitId: x!.id,
    });
    expect(await exitsOf(running)).toHaveLength(0);
    // The same day again: claimed already, nothing happens.
    expect(await runExitsDay(h.db, day, 'other')).toBeNull();
    const runs = await h.db
      .selectFrom('scheduled_runs')
      .selectAll()
      .where('job', '=', DAILY_EXITS_JOB)
      .where('run_on', '=', day)
      .execute();
    expect(runs).toHaveLength(1);
    expect(runs[0]!.ran_by).toBe('test');
  });

  it('a renewal submitted in time and not decided keeps the filing (pending); a refused one lapses it', async () => {
    const pending = await gzEntry(h.db, f, '2026-04-09');
    await renewalCase(h.db, f, pending, 'submitted', { submittedAt: '2026-03-01T02:00:00Z' });
    const refused = await gzEntry(h.db, f, '2026-04-09');
    await renewalCase(h.db, f, refused, 'refused', {
      submittedAt: '2026-03-01T02:00:00Z',
      decidedOn: '2026-04-01',
    });
    const out = await runExitsDay(h.db, '2026-04-10', 'test');
    expect(out!.waitingForRenewal).toContain(pending);
    expect(await exitsOf(pending)).toHaveLength(0);
    const [x] = await exitsOf(refused);
    expect(x).toMatchObject({ route: 'lapse', terminated_on: '2026-04-10' });
    expect(x!.reason).toContain('不通过');
  });

  it('the wrap-up due day across a holiday: validity to 2026-09-21 → day 15 is 10-06 (国庆), moved to 10-08', async () => {
    const e = await gzEntry(h.db, f, '2026-09-21');
    await runExitsDay(h.db, '2026-09-22', 'test');
    const [x] = await exitsOf(e);
    expect(x!.terminated_on).toBe('2026-09-22');
    expect(x!.wrap_up_due).toBe('2026-10-08');
  });

  it('renewal reminders at 90, 60 and 30 days: once each; a missed milestone sent late as the nearest one only', async () => {
    const e = await gzEntry(h.db, f, '2026-12-31');
    const reminders = () =>
      h.db
        .selectFrom('renewal_reminders')
        .select(['days_before', 'sent_on'])
        .where('entry_id', '=', e)
        .orderBy('days_before', 'desc')
        .execute();
    await runExitsDay(h.db, '2026-10-01', 'test'); // 91 days left: none
    expect(await reminders()).toHaveLength(0);
    await runExitsDay(h.db, '2026-10-02', 'test'); // 90 days left
    await runExitsDay(h.db, '2026-10-03', 'test');
    expect(await reminders()).toEqual([{ days_before: 90, sent_on: '2026-10-02' }]);
    await runExitsDay(h.db, '2026-12-05', 'test'); // 26 days left: the 60 was missed, only the 30 is sent
    expect(await reminders()).toEqual([
      { days_before: 90, sent_on: '2026-10-02' },
      { days_before: 30, sent_on: '2026-12-05' },
    ]);
  });
});

describe('1x-exit §9, gz-rules §13–15: the wrap-up checklist from the data, waivers and completion', () => {
  const authority = (): Actor => ({
    userId: f.userIds.provinceA,
    username: 'provinceA',
    role: 'authority_staff',
    authorityId: f.authorities.guizhou,
    authorityKind: 'provincial_hrss',
    jurisdictionCode: '520000',
  });
  const zhejiang = (): Actor => ({
    userId: f.userIds.provinceB,
    username: 'provinceB',
    role: 'authority_staff',
    authorityId: f.authorities.zhejiang,
    authorityKind: 'provincial_hrss',
    jurisdictionCode: '330000',
  });
  const institution = (): Actor => ({
    userId: f.userIds.institutionX,
    username: 'institutionX',
    role: 'institution_staff',
    institutionId: f.institutions.x,
  });
  const ctx = (caller: Actor, day = '2026-06-20'): RegistryContext => ({
    db: h.db,
    caller,
    personalData: pd,
    now: new Date(`${day}T04:00:00Z`),
  });

  it('lists the records behind each item; clear only when every item is empty or waived', async () => {
    const held = await session(h.db, f, 'closed', '2026-05-20');
    const passedNoCert = await candidate(h.db, f, held, { result: 'passed', paidFen: 30000 });
    await candidate(h.db, f, held, { result: 'failed', paidFen: 30000 }); // examined: not a fee item
    const withdrawnPaid = await candidate(h.db, f, held, { withdrawn: true, paidFen: 30000 });
    await candidate(h.db, f, held, { withdrawn: true, paidFen: 30000, refundedFen: 30000 }); // refunded
    const cancelled = await session(h.db, f, 'cancelled', '2026-06-01');
    const cancelledPaid = await candidate(h.db, f, cancelled, { paidFen: 20000, refundedFen: 5000 });
    const failedUpload = await upload(h.db, f, 'failed');
    await upload(h.db, f, 'succeeded');
    await upload(h.db, f, 'cancelled');

    const c = await wrapUpChecklist(h.db, { institutionId: f.institutions.x }, '2026-06-20');
    const item = (k: string) => c.items.find((i) => i.item === k)!;
    expect(c.clear).toBe(false);
    expect(
      item('fees_without_exam')
        .records.map((r) => r.id)
        .sort(),
    ).toEqual([withdrawnPaid, cancelledPaid].sort());
    expect(item('fees_without_exam').records.find((r) => r.id === cancelledPaid)!.label).toContain('150.00');
    expect(item('exams_without_certificates').records.map((r) => r.id)).toEqual([passedNoCert]);
    expect(item('certificate_data_not_uploaded').records.map((r) => r.id)).toEqual([failedUpload]);
    expect(item('records_not_archived').records.map((r) => r.id)).toContain(held);
    // With no exit, the self-check follows the voluntary route of X's regimes: Guizhou only here, so
    // gz-rules §13 — 证书数据合规上报、评价资料归档 named, fees and exams under its "等收尾工作".
    expect(item('fees_without_exam')).toMatchObject({
      citations: [{ source: 'gz-rules', article: 13 }],
      basis: 'catch_all',
    });
    expect(item('records_not_archived')).toMatchObject({
      citations: [{ source: 'gz-rules', article: 13 }],
      basis: 'named',
    });
    // A procedure before its exit row names its frame: a 1+X voluntary exit rests on 1x-exit §9.
    const oneX = await wrapUpChecklist(
      h.db,
      { institutionId: f.institutions.x, frames: [{ regime: '1x-exit', route: 'voluntary' }] },
      '2026-06-20',
    );
    expect(oneX.items.find((i) => i.item === 'fees_without_exam')).toMatchObject({
      citations: [{ source: '1x-exit', article: 9 }],
      basis: 'named',
    });
    // extraWaivers (a procedure's waivers before its exit row exists) clear their item.
    const waived = await wrapUpChecklist(
      h.db,
      {
        institutionId: f.institutions.x,
        extraWaivers: [{ item: 'certificate_data_not_uploaded', reason: '已线下报送' }],
      },
      '2026-06-20',
    );
    expect(waived.items.find((i) => i.item === 'certificate_data_not_uploaded')).toMatchObject({
      cleared: true,
      count: 1,
    });
  });

  it('archive, waive, complete: refused with the open items until clear; scoped like other lists', async () => {
    const e = await gzEntry(h.db, f, '2026-06-14', f.institutions.y);
    await runExitsDay(h.db, '2026-06-15', 'test');
    const [x] = await exitsOf(e);
    // Institution Y's exit: institution X does not see it (404), nor does Zhejiang.
    await expect(getExit(ctx(institution()), x!.id)).rejects.toMatchObject({ status: 404 });
    await expect(getExit(ctx(zhejiang()), x!.id)).rejects.toMatchObject({ status: 404 });
    expect((await listExits(ctx(zhejiang()), { page: 1, pageSize: 20 })).items).toHaveLength(0);
    expect((await listExits(ctx(authority()), { page: 1, pageSize: 50 })).items.map((i) => i.id)).toContain(
      x!.id,
    );

    // Institution X's checklist (the one with records) — an exit of X by the same job.
    const ex = await gzEntry(h.db, f, '2026-06-18');
    await runExitsDay(h.db, '2026-06-19', 'test');
    const [xx] = await exitsOf(ex);
    const mine = await listExits(ctx(institution()), { page: 1, pageSize: 50 });
    expect(mine.items.every((i) => i.institutionId === f.institutions.x)).toBe(true);
    expect(mine.items.map((i) => i.id)).toContain(xx!.id);

    // The exit's own article: a lapse rests on gz-rules §14 (资料整理归档 named there).
    const lapseList = (await getExit(ctx(authority()), xx!.id)).checklist;
    expect(lapseList.items.find((i) => i.item === 'records_not_archived')).toMatchObject({
      citations: [{ source: 'gz-rules', article: 14 }],
      basis: 'named',
    });
    await expect(completeWrapUp(ctx(authority()), xx!.id)).rejects.toMatchObject({
      status: 409,
      code: 'WRAP_UP_NOT_CLEAR',
    });
    await expect(
      waiveWrapUpItem(ctx(institution()), xx!.id, { item: 'fees_without_exam', reason: '已退费' }),
    ).rejects.toMatchObject({ status: 403 });

    // Archive every closed session (the institution), waive the rest (the authority).
    const before = await currentChecklist(ctx(institution()), f.institutions.x);
    for (const r of before.items.find((i) => i.item === 'records_not_archived')!.records)
      await archiveSession(ctx(institution()), r.id, { location: '档案室 A-01 盒' });
    await expect(
      archiveSession(
        ctx(institution()),
        before.items.find((i) => i.item === 'records_not_archived')!.records[0]!.id,
        { location: '档案室' },
      ),
    ).rejects.toMatchObject({ status: 409 });
    const planned = await session(h.db, f, 'planned', '2026-07-01');
    await expect(archiveSession(ctx(institution()), planned, { location: '档案室' })).rejects.toMatchObject({
      code: 'SESSION_NOT_CLOSED',
    });
    const after = await getExit(ctx(authority()), xx!.id);
    expect(after.checklist.items.find((i) => i.item === 'records_not_archived')!.count).toBe(0);
    expect(after.canDecide).toBe(true);
    for (const i of after.checklist.items.filter((i) => !i.cleared))
      await waiveWrapUpItem(ctx(authority()), xx!.id, {
        item: i.item,
        reason: `经核实已线下处理：${i.title_zh}`,
      });
    const done = await completeWrapUp(ctx(authority()), xx!.id);
    expect(done.wrapUpCompletedOn).toBe('2026-06-20');
    expect(done.wrapUpStatus).toBe('completed');
    await expect(completeWrapUp(ctx(authority()), xx!.id)).rejects.toMatchObject({
      code: 'WRAP_UP_COMPLETED',
    });
    const audit = await h.db
      .selectFrom('audit_log')
      .select(['entity', 'action'])
      .where('entity_id', '=', xx!.id)
      .execute();
    expect(audit.map((a) => a.action)).toContain('wrap_up_complete');
  });
});
