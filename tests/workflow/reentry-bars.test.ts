// 1x-exit §10 at a recruitment call (issue 15 point 7; docs/decisions/0046): an entity barred by a voluntary
// exit (3 years) or a revocation (5 years) — written by applyExit — is refused when it applies, matched by its
// USCC or, for a new company, by its legal representative's name however typed; on the last barred day the
// application is refused, the day after it is accepted; the refusal names the article, the kind, the exit
// date and the last barred day. A name-only match is cleared by the issuing office's record, a USCC match
// never. Through the generic case API the refusal is a problem+json with its stable code; the register
// lists the bars for the authorities only.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, addYears } from '../../src/calendar/calendar-days.js';
import { applyExit } from '../../src/use-cases/exits/apply-exit.js';
import {
  normalisePersonName,
  barNameMatches,
  recordBarClearance,
  withdrawBarClearance,
  reentryFindingsFor,
} from '../../src/use-cases/exits/reentry-bars.js';
import { selection1xProcedure } from '../../src/use-cases/selection-1x/procedure.js';
import { selection1xMachine } from '../../src/workflows/selection-1x/machine.js';
import { nextState } from '../../src/workflows/machine.js';
import { initialData } from '../../src/workflows/selection-1x/data.js';
import { exampleApplication } from '../../src/workflows/selection-1x/example.test-support.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { chinaDate } from '../../src/workflows/deadline.js';
import type { Actor } from '../../src/policies/actor.js';
import { openTestApp, TEST_DATA_KEY, type TestApp } from '../support/test-app.js';
import {
  loginPersonas,
  makeUscc,
  seedPersonas,
  type Client,
  type Fixture,
  type Persona,
} from '../support/personas.js';

let t: TestApp;
let f: Fixture;
let c: Record<Persona, Client>;
let jco: string;
let callId: string;
const TODAY = chinaDate(new Date());

async function institution(name: string, legalRepresentative: string, uscc = makeUscc('520100')) {
  const id = randomUUID();
  await t.handle.db
    .insertInto('institutions')
    .values({
      id,
      name,
      kind: 'training_org',
      uscc,
      legal_representative: legalRepresentative,
      address: '贵阳市观山湖区',
      jurisdiction_code: '520100',
      authority_id: null,
    })
    .execute();
  return { id, uscc };
}

async function exitWithBar(institutionId: string, kind: 'voluntary' | 'revocation', decidedOn: string) {
  return t.handle.db.transaction().execute((trx) =>
    applyExit(
      trx,
      { caller: null, requestId: 'reentry-test' },
      {
        institutionId,
        entryId: null,
        regime: '1x-exit',
        route: kind === 'voluntary' ? 'voluntary' : 'ordered',
        scope: { kind: 'institution' },
        terminatedOn: decidedOn,
        wrapUpDue: null,
        caseId: null,
        authorityId: jco,
        reason_zh: kind === 'voluntary' ? '依申请退出' : '取消资质',
        citations: [{ source: '1x-exit', article: kind === 'voluntary' ? 6 : 7 }],
        reentryBar: kind,
      },
    ),
  );
}

const applicant = (institutionId: string): Actor => ({
  userId: f.userIds.institutionY,
  username: 'p-inst-y',
  role: 'institution_staff',
  institutionId,
});
const applyOn = (institutionId: string, day: string) =>
  selection1xProcedure.resolveOpen(
    t.handle.db,
    applicant(institutionId),
    { callId, ...exampleApplication(day) },
    new Date(`${day}T02:00:00Z`),
  );

beforeAll(async () => {
  t = await openTestApp(async (h) => {
    f = await seedPersonas(h.db);
  });
  c = await loginPersonas(t.app, f);
  jco = randomUUID();
  await t.handle.db
    .insertInto('authorities')
    .values({
      id: jco,
      name: '国务院职业教育工作部际联席会议办公室',
      kind: 'joint_conference_office',
      jurisdiction_code: '000000',
      industry: null,
    })
    .execute();
  callId = randomUUID();
  await t.handle.db
    .insertInto('recruitment_calls')
    .values({
      id: callId,
      authority_id: jco,
      title: '培训评价组织招募公告',
      batch: '测试批次',
      description: null,
      open_on: '2020-01-01',
      close_on: '2040-12-31',
      status: 'published',
      published_on: '2020-01-01',
      created_by: null,
    })
    .execute();
  await t.handle.db
    .insertInto('call_fields')
    .values({ call_id: callId, position: 1, name: '现代信息技术', description: null })
    .execute();
});
afterAll(() => t.close());

describe('1x-exit §10: matching the entity', () => {
  it('a legal representative’s name is compared trimmed, without spaces, full-width folded', () => {
    expect(normalisePersonName(' 王　小明 ')).toBe('王小明');
    expect(normalisePersonName('阿依古丽・买买提')).toBe(normalisePersonName('阿依古丽·买买提'));
    expect(normalisePersonName('ＪＯＨＮ　Ｓｍｉｔｈ')).toBe('JOHNSmith');
  });
});

describe('1x-exit §10: 3 years after a voluntary exit', () => {
  const DECIDED = '2026-03-31';
  const LAST = addYears(DECIDED, 3); // 2029-03-31, the anniversary (decision 0037)
  let exited: { id: string; uscc: string };
  let newCompany: { id: string; uscc: string };

  beforeAll(async () => {
    exited = await institution('甲培训评价有限公司', '王小明');
    const applied = await exitWithBar(exited.id, 'voluntary', DECIDED);
    expect(applied.barredUntil).toBe(LAST);
    // A new company under the same person, the name typed with a full-width space.
    newCompany = await institution('新甲科技有限公司', '王　小明 ');
  });

  it('1x-exit §10 boundary, by USCC: an application on the last barred day is refused, the day after accepted', async () => {
    const refused = await applyOn(exited.id, LAST).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ status: 422, code: 'REENTRY_BARRED' });
    const detail = (refused as { detail: string }).detail;
    for (const part of ['第十条', '自愿退出', DECIDED, LAST, '3 年', addCalendarDays(LAST, 1)])
      expect(detail).toContain(part);
    const findings = (
      refused as { extra: { findings: { ruleId: string; values: Record<string, unknown> }[] } }
    ).extra.findings;
    expect(findings[0]).toMatchObject({
      ruleId: '1x-exit/10/voluntary',
      values: { decidedOn: DECIDED, lastBannedDay: LAST, banYears: 3, matchedBy: 'uscc' },
    });
    await expect(applyOn(exited.id, addCalendarDays(LAST, 1))).resolves.toMatchObject({
      institutionId: exited.id,
    });
  });

  it('1x-exit §10 boundary, by legal representative: a new company of the same person is refused on the last barred day, accepted the day after', async () => {
    const refused = await applyOn(newCompany.id, LAST).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ status: 422, code: 'REENTRY_BARRED' });
    expect((refused as { detail: string }).detail).toContain('法定代表人');
    expect((refused as { detail: string }).detail).toContain(exited.uscc);
    await expect(applyOn(newCompany.id, addCalendarDays(LAST, 1))).resolves.toMatchObject({
      institutionId: newCompany.id,
    });
  });

  it('the submission (the day of 申报) is asked again: the guard carries the §10 finding', async () => {
    const findings = await reentryFindingsFor(t.handle.db, exited.id, LAST);
    const data = {
      ...initialData(
        callId,
        { title: '招募', batch: '测试批次', openOn: '2020-01-01', closeOn: '2040-12-31' },
        exampleApplication(LAST),
      ),
    };
    const r = nextState(
      selection1xMachine,
      { state: 'draft', data },
      { type: 'submit', actor: 'applicant' },
      {
        today: LAST,
        call: { status: 'published', openOn: '2020-01-01', closeOn: '2040-12-31', fields: ['现代信息技术'] },
        materials: { complete: true, missing: [] },
        reentry: findings,
      },
    );
    expect(r.ok).toBe(false);
    expect(r.findings.find((x) => x.ruleId === '1x-exit/10/voluntary')?.passed).toBe(false);
    const after = await reentryFindingsFor(t.handle.db, exited.id, addCalendarDays(LAST, 1));
    expect(after.every((x) => x.passed === true)).toBe(true);
  });

  it('a name-only match is cleared by the issuing office’s record; a USCC match cannot be', async () => {
    const barId = (
      await t.handle.db
        .selectFrom('reentry_bars')
        .select('id')
        .where('institution_id', '=', exited.id)
        .executeTakeFirstOrThrow()
    ).id;
    const office: Actor = {
      userId: f.userIds.national,
      username: 'p-national',
      role: 'authority_staff',
      authorityId: jco,
      authorityKind: 'joint_conference_office',
      jurisdictionCode: '000000',
    };
    const ctx = {
      db: t.handle.db,
      caller: office,
      personalData: createPersonalDataProtector(TEST_DATA_KEY),
      now: new Date('2027-01-04T02:00:00Z'),
    };
    // A provincial authority reads the register but does not record clearances.
    await expect(
      recordBarClearance({ ...ctx, caller: { ...office, authorityKind: 'provincial_hrss' } }, barId, {
        institutionId: newCompany.id,
        reason: '核对身份证件，系同名的不同人员',
      }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      recordBarClearance(ctx, barId, { institutionId: exited.id, reason: '同一主体' }),
    ).rejects.toMatchObject({ status: 409, code: 'CLEARANCE_NOT_APPLICABLE' });
    await expect(applyOn(newCompany.id, '2027-01-04')).rejects.toMatchObject({ code: 'REENTRY_BARRED' });
    // The office finds the applicant among the bar's name-only matches (it has no case: it was refused).
    const matches = await barNameMatches(ctx, barId);
    expect(matches.items.map((m) => m.institutionId)).toContain(newCompany.id);
    expect(matches.items.map((m) => m.institutionId)).not.toContain(exited.id);
    await expect(
      barNameMatches({ ...ctx, caller: { ...office, authorityKind: 'provincial_hrss' } }, barId),
    ).rejects.toMatchObject({ status: 403 });
    const cleared = await recordBarClearance(ctx, barId, {
      institutionId: newCompany.id,
      reason: '核对身份证件，系同名的不同人员',
    });
    expect(cleared.clearances).toHaveLength(1);
    await expect(applyOn(newCompany.id, '2027-01-04')).resolves.toMatchObject({
      institutionId: newCompany.id,
    });
    // The exited entity itself stays barred.
    await expect(applyOn(exited.id, '2027-01-04')).rejects.toMatchObject({ code: 'REENTRY_BARRED' });
    // A clearance recorded in error is withdrawn by the office (a province cannot): the match counts again,
    // and the audit keeps what the record said.
    await expect(
      withdrawBarClearance(
        { ...ctx, caller: { ...office, authorityKind: 'provincial_hrss' } },
        barId,
        newCompany.id,
        {
          reason: '复核发现系同一人',
        },
      ),
    ).rejects.toMatchObject({ status: 403 });
    const withdrawn = await withdrawBarClearance(ctx, barId, newCompany.id, { reason: '复核发现系同一人' });
    expect(withdrawn.clearances).toHaveLength(0);
    await expect(applyOn(newCompany.id, '2027-01-04')).rejects.toMatchObject({ code: 'REENTRY_BARRED' });
    await expect(
      withdrawBarClearance(ctx, barId, newCompany.id, { reason: '复核发现系同一人' }),
    ).rejects.toMatchObject({ status: 404 });
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity', '=', 'reentry_bar')
      .where('entity_id', '=', barId)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['clear_match', 'withdraw_clearance']);
  });
});

describe('1x-exit §10: 5 years after a revocation', () => {
  const DECIDED = '2026-05-20';
  const LAST = addYears(DECIDED, 5); // 2031-05-20

  it('1x-exit §10 boundary (5 years), both match paths: refused on the last barred day, accepted the day after', async () => {
    const revoked = await institution('乙评价中心', '李 四');
    await exitWithBar(revoked.id, 'revocation', DECIDED);
    const sameRep = await institution('乙新公司', '李四');
    for (const who of [revoked.id, sameRep.id]) {
      const refused = await applyOn(who, LAST).then(
        () => null,
        (e: unknown) => e,
      );
      expect(refused).toMatchObject({ status: 422, code: 'REENTRY_BARRED' });
      const detail = (refused as { detail: string }).detail;
      for (const part of ['第十条', '取消资格', DECIDED, LAST, '5 年']) expect(detail).toContain(part);
      await expect(applyOn(who, addCalendarDays(LAST, 1))).resolves.toMatchObject({ institutionId: who });
    }
  });
});

describe('through the API', () => {
  it('the refusal is a problem+json with the stable code, on the real day; a bar ended yesterday does not refuse', async () => {
    // Institution Y (persona institutionY) takes the legal representative of an entity whose bar ended yesterday.
    const barredToday = await institution('丙退出公司', '赵 六');
    await exitWithBar(barredToday.id, 'voluntary', addYears(TODAY, -3));
    const endedYesterday = await institution('丁退出公司', '钱七');
    await exitWithBar(endedYesterday.id, 'voluntary', addCalendarDays(addYears(TODAY, -3), -1));

    await t.handle.db
      .updateTable('institutions')
      .set({ legal_representative: '钱七' })
      .where('id', '=', f.institutions.y)
      .execute();
    const input = { callId, ...exampleApplication(TODAY) };
    const ok = await c.institutionY.inject('POST', '/api/v1/cases', { procedure: '1x-selection', input });
    expect(ok.statusCode, ok.body).toBe(201);

    // Institution X (persona institutionX) has the legal representative of the entity barred until today.
    await t.handle.db
      .updateTable('institutions')
      .set({ legal_representative: '赵六' })
      .where('id', '=', f.institutions.x)
      .execute();
    const res = await c.institutionX.inject('POST', '/api/v1/cases', { procedure: '1x-selection', input });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json<{
      code: string;
      detail: string;
      detail_en: string;
      findings: { ruleId: string }[];
    }>();
    expect(body.code).toBe('REENTRY_BARRED');
    expect(body.detail).toContain(TODAY);
    expect(body.detail).toContain('第十条');
    expect(body.detail_en).toContain('1x-exit §10');
    expect(body.findings.map((x) => x.ruleId)).toEqual(['1x-exit/10/voluntary']);
  });

  it('the register: authorities read it (in force by default), others do not', async () => {
    const list = await c.provinceA.inject('GET', '/api/v1/reentry-bars');
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json<{
      items: { institutionName: string; kind: string; lastBarredDay: string; inForce: boolean }[];
    }>().items;
    expect(items.map((i) => i.institutionName)).toContain('丙退出公司');
    expect(items.map((i) => i.institutionName)).not.toContain('丁退出公司');
    const all = await c.provinceA.inject('GET', '/api/v1/reentry-bars?status=all');
    expect(
      all.json<{ items: { institutionName: string }[] }>().items.map((i) => i.institutionName),
    ).toContain('丁退出公司');
    expect((await c.institutionX.inject('GET', '/api/v1/reentry-bars')).statusCode).toBe(403);
    expect((await c.anonymous.inject('GET', '/api/v1/reentry-bars')).statusCode).toBe(401);
    const someBar = (await t.handle.db.selectFrom('reentry_bars').select('id').executeTakeFirstOrThrow()).id;
    const clear = await c.provinceA.inject('POST', `/api/v1/reentry-bars/${someBar}/clearances`, {
      institutionId: f.institutions.y,
      reason: '核对身份证件',
    });
    expect(clear.statusCode).toBe(403);
  });
});
