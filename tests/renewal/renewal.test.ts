// Guizhou renewal (gz-rules §8–12, §14) on PGlite, through the generic case use cases and the renewal
// routes: the counts of §8(2), §9(2), §10(2) computed from the certificate register within the validity
// (the day before it / its first day / its last day / the day after; valid certificates only), the
// thresholds at and around each boundary (149/150 employer, 299/300 school, 599/600 total and 99/100 per
// occupation), the result per occupation (700 in total but 99 in one: the others renewed, that one
// lost), a late application refused (§14), the successor entry and the registry scopes continuing
// without a gap, and who may see the counts and the certificates behind them.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/persistence/sessions.repository.js';
import type { Actor } from '../../src/policies/actor.js';
import { builtInCalendar } from '../../src/calendar/calendar-data.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { pdfBytes } from '../../src/materials/sample-files.test-support.js';
import { checklistFor } from '../../src/materials/checklist.js';
import type { CaseContext } from '../../src/use-cases/cases/case-context.js';
import { openProcedureCase } from '../../src/use-cases/cases/open-procedure-case.js';
import { sendCaseEvent } from '../../src/use-cases/cases/send-case-event.js';
import { uploadCaseMaterial } from '../../src/use-cases/cases/upload-case-material.js';
import { gzRenewalProcedure } from '../../src/use-cases/gz-renewal/procedure.js';
import { renewalChecklist } from '../../src/use-cases/gz-renewal/checklist.js';
import { countForRenewal } from '../../src/use-cases/gz-renewal/counts.js';
import { renewalStatusOf } from '../../src/use-cases/gz-renewal/renewal-status.js';
import { evaluateRenewal } from '../../src/workflows/gz-renewal/results.js';
import type { GzRenewalData, RenewalKind } from '../../src/workflows/gz-renewal/data.js';
import { demoActor } from '../../src/persistence/seed/demo/demo-actor.js';
import type { InstitutionKind } from '../../src/persistence/schema.js';
import { openTestApp, type TestApp } from '../support/test-app.js';
import { loginPersonas, seedPersonas, type Client, type Fixture, type Persona } from '../support/personas.js';
import { caseVersion, findingsOf, refusal } from '../workflow/demo-fixtures.js';
import { OCC_A, OCC_B, OCC_C, certificates, entry, institution } from './renewal-fixture.js';

let t: TestApp;
let f: Fixture;
let guizhou: Actor;
let as: Record<Persona, Client>;
const store = databaseFileStore();
const calendar = builtInCalendar();
const at = (day: string) => new Date(`${day}T02:00:00Z`);
const ctx = (caller: Actor, day: string): CaseContext => ({
  db: t.handle.db,
  store,
  caller,
  procedures: [gzRenewalProcedure],
  calendar,
  now: at(day),
});
const FROM = '2024-01-01';
const TO = '2026-12-31';

beforeAll(async () => {
  t = await openTestApp(async (h) => {
    f = await seedPersonas(h.db);
  });
  guizhou = await demoActor(t.handle.db, 'p-guizhou');
  as = await loginPersonas(t.app, f);
}, 60_000);
afterAll(async () => t?.close());

/** An institution with an entry and certificates per occupation (all issued mid-validity). */
async function world(kind: InstitutionKind, perOccupation: Record<string, number>) {
  const inst = await institution(t.handle.db, f, kind);
  const codes = Object.keys(perOccupation);
  const entryId = await entry(t.handle.db, f, inst.id, codes, FROM, TO);
  for (const [code, count] of Object.entries(perOccupation))
    await certificates(t.handle.db, inst.id, code, count, '2025-06-30');
  return { ...inst, entryId, codes };
}

/** The per-occupation result as the procedure computes it, with every judged condition assessed as met. */
async function resultOf(kind: RenewalKind, perOccupation: Record<string, number>) {
  const w = await world(kind, perOccupation);
  const data: GzRenewalData = {
    entryId: w.entryId,
    filingCode: 'x',
    kind,
    validFrom: FROM,
    validTo: TO,
    entryOccupations: w.codes.map((code) => ({ code, levels: [3, 4] })),
    occupations: w.codes,
    assessment: {
      goodStanding: true,
      incentiveEvidence: true,
      coreConditionsMaintained: true,
      falseDeclarationFound: false,
      assessedOn: '2026-11-25',
      basis: '核查材料及现场',
    },
  };
  const counts = await countForRenewal(t.handle.db, w.id, data, '2026-11-25');
  const r = evaluateRenewal(data, counts, '2026-11-25');
  return { r, renewable: r.occupations.filter((o) => o.renewable).map((o) => o.code) };
}

describe('the thresholds, counted from the register', () => {
  it('gz-rules §8(2): an employer with 149 certificates is not renewed, with 150 it is', async () => {
    const below = await resultOf('employer', { [OCC_A]: 100, [OCC_B]: 49 });
    expect(below.r.counts.total).toBe(149);
    expect(below.renewable).toEqual([]);
    expect(below.r.institution.find((x) => x.ruleId === 'gz-rules/8/2')?.passed).toBe(false);
    const at150 = await resultOf('employer', { [OCC_A]: 100, [OCC_B]: 50 });
    expect(at150.r.counts.total).toBe(150);
    expect(at150.renewable).toEqual([OCC_A, OCC_B]);
  });

  it('gz-rules §9(2): a school with 299 certificates is not renewed, with 300 it is', async () => {
    expect((await resultOf('school', { [OCC_A]: 299 })).renewable).toEqual([]);
    expect((await resultOf('school', { [OCC_A]: 300 })).renewable).toEqual([OCC_A]);
  });

  it('gz-rules §10(2): a social organisation with 599 in total renews nothing, with 600 every occupation of 100 or more', async () => {
    const below = await resultOf('social_org', { [OCC_A]: 300, [OCC_B]: 299 });
    expect(below.r.counts.total).toBe(599);
    expect(below.renewable).toEqual([]);
    expect(below.r.overall).toBe('not_renewable');
    const at600 = await resultOf('social_org', { [OCC_A]: 300, [OCC_B]: 300 });
    expect(at600.renewable).toEqual([OCC_A, OCC_B]);
    expect(at600.r.overall).toBe('renewable');
  });

  it('gz-rules §10(2): 700 in total but 99 in one occupation — the others are renewed, that one is lost; 100 renews it', async () => {
    const lost = await resultOf('social_org', { [OCC_A]: 301, [OCC_B]: 300, [OCC_C]: 99 });
    expect(lost.r.counts.total).toBe(700);
    expect(lost.renewable).toEqual([OCC_A, OCC_B]);
    expect(lost.r.overall).toBe('partially_renewable');
    const c = lost.r.occupations.find((o) => o.code === OCC_C)!;
    expect(c.certificates).toBe(99);
    expect(c.findings[0]?.passed).toBe(false);
    const kept = await resultOf('social_org', { [OCC_A]: 300, [OCC_B]: 300, [OCC_C]: 100 });
    expect(kept.renewable).toEqual([OCC_A, OCC_B, OCC_C]);
  });
});

describe('gz-rules §8(2), §9(2), §10(2) "有效期内": which certificates count', () => {
  it('the day before the validity and the day after are not counted; its first and last day are; invalidated and withdrawn are not', async () => {
    const inst = await institution(t.handle.db, f, 'school');
    await entry(t.handle.db, f, inst.id, [OCC_A], '2024-03-01', '2026-02-28');
    const db = t.handle.db;
    await certificates(db, inst.id, OCC_A, 1, '2024-02-29'); // the day before
    await certificates(db, inst.id, OCC_A, 2, '2024-03-01'); // the first day
    await certificates(db, inst.id, OCC_A, 4, '2026-02-28'); // the last day
    await certificates(db, inst.id, OCC_A, 8, '2026-03-01'); // the day after
    await certificates(db, inst.id, OCC_A, 16, '2025-01-10', 'invalidated');
    await certificates(db, inst.id, OCC_A, 32, '2025-01-10', 'withdrawn');
    await certificates(db, inst.id, OCC_B, 64, '2025-01-10'); // an occupation outside the entry
    const counts = await countForRenewal(
      db,
      inst.id,
      { validFrom: '2024-03-01', validTo: '2026-02-28', entryOccupations: [{ code: OCC_A, levels: [3] }] },
      '2026-03-05',
    );
    expect(counts.total).toBe(6);
    expect(counts.statuses).toEqual(['valid']);
    // Counted while the validity runs: up to the day of counting.
    const early = await countForRenewal(
      db,
      inst.id,
      { validFrom: '2024-03-01', validTo: '2026-02-28', entryOccupations: [{ code: OCC_A, levels: [3] }] },
      '2026-02-27',
    );
    expect(early.total).toBe(2);
    expect(early.periodTo).toBe('2026-02-27');
  });
});

async function uploadAll(caller: Actor, caseId: string, kind: string, day: string) {
  for (const item of checklistFor(renewalChecklist(day), kind).items)
    await uploadCaseMaterial(ctx(caller, day), {
      caseId,
      checklistItem: item.id,
      bytes: pdfBytes(item.id),
      fileName: `${item.id}.pdf`,
      declaredType: 'application/pdf',
    });
}

const send = async (caller: Actor, caseId: string, event: string, day: string, payload?: unknown) =>
  sendCaseEvent(ctx(caller, day), {
    caseId,
    event,
    version: await caseVersion(t.handle.db, caseId),
    ...(payload === undefined ? {} : { payload }),
  });

const ASSESSMENT = {
  goodStanding: true,
  coreConditionsMaintained: true,
  falseDeclarationFound: false,
  assessedOn: '2026-11-26',
  basis: '核查工作报告、场地租赁合同及信用中国记录',
};

describe('gz-rules §14: a renewal is applied for before the validity ends', () => {
  it('opening on the last day of the validity is accepted; the day after is refused with §14', async () => {
    const w = await world('social_org', { [OCC_A]: 600 });
    const late = await refusal(
      openProcedureCase(ctx(w.staff, '2027-01-01'), {
        procedure: 'gz-renewal',
        input: { entryId: w.entryId },
      }),
    );
    expect(late.status).toBe(422);
    expect(findingsOf(late)[0]?.citation).toEqual({ source: 'gz-rules', article: 14 });
    const opened = await openProcedureCase(ctx(w.staff, TO), {
      procedure: 'gz-renewal',
      input: { entryId: w.entryId },
    });
    expect(opened.state).toBe('draft');
    // A second application for the same entry is refused while the first stands.
    const again = await refusal(
      openProcedureCase(ctx(w.staff, TO), { procedure: 'gz-renewal', input: { entryId: w.entryId } }),
    );
    expect(again.status).toBe(409);
  });

  it('a draft opened in time but submitted after the validity ended is refused (§14)', async () => {
    const w = await world('social_org', { [OCC_A]: 600 });
    const opened = await openProcedureCase(ctx(w.staff, '2026-12-30'), {
      procedure: 'gz-renewal',
      input: { entryId: w.entryId },
    });
    await uploadAll(w.staff, opened.id, 'social_org', '2026-12-30');
    const late = await refusal(send(w.staff, opened.id, 'submit', '2027-01-01'));
    expect(findingsOf(late).find((x) => x.passed === false)?.citation).toEqual({
      source: 'gz-rules',
      article: 14,
    });
    expect((await renewalStatusOf(t.handle.db, w.entryId)).state).toBe('none');
  });

  it('another institution cannot renew an entry that is not its own (404)', async () => {
    const w = await world('social_org', { [OCC_A]: 600 });
    const other = await institution(t.handle.db, f, 'social_org');
    const e = await refusal(
      openProcedureCase(ctx(other.staff, '2026-11-25'), {
        procedure: 'gz-renewal',
        input: { entryId: w.entryId },
      }),
    );
    expect(e.status).toBe(404);
  });
});

describe('a renewal decided per occupation, and its effects', () => {
  let w: Awaited<ReturnType<typeof world>>;
  let caseId: string;
  let staffClient: Client;

  beforeAll(async () => {
    w = await world('social_org', { [OCC_A]: 301, [OCC_B]: 300, [OCC_C]: 99 });
    const opened = await openProcedureCase(ctx(w.staff, '2026-11-25'), {
      procedure: 'gz-renewal',
      input: { entryId: w.entryId },
    });
    caseId = opened.id;
    const { token, csrfToken } = await createSession(t.handle.db, {
      userId: w.staff.userId,
      absoluteExpiresAt: new Date(Date.now() + 3_600_000),
    });
    staffClient = {
      persona: 'institutionX',
      inject: (method, url, body) =>
        t.app.inject({
          method,
          url,
          headers: { cookie: `sid=${token}`, ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }) },
          ...(body === undefined ? {} : { payload: body as object }),
        }),
    };
  });

  it('gz-rules §11: submission needs every material; then the application is pending', async () => {
    const missing = await refusal(send(w.staff, caseId, 'submit', '2026-11-25'));
    expect(findingsOf(missing).find((x) => x.ruleId === 'gz-renewal/materials')?.passed).toBe(false);
    await uploadAll(w.staff, caseId, 'social_org', '2026-11-25');
    const sent = await send(w.staff, caseId, 'submit', '2026-11-25');
    expect(sent.case.state).toBe('submitted');
    const s = await renewalStatusOf(t.handle.db, w.entryId);
    expect(s.state).toBe('pending');
    expect(s.submittedOn).toBe('2026-11-25');
  });

  it('gz-rules §8–10: renewal needs the assessment first; the new validity is the authority’s, never invented', async () => {
    const noAssessment = await refusal(
      send(guizhou, caseId, 'renew', '2026-11-26', {
        validTo: '2029-12-31',
        validityReason: '与原有效期相同',
      }),
    );
    expect(findingsOf(noAssessment).find((x) => x.ruleId === 'gz-renewal/assessment')?.passed).toBe(false);
    await send(guizhou, caseId, 'record_assessment', '2026-11-26', ASSESSMENT);
    const before = await refusal(
      send(guizhou, caseId, 'renew', '2026-11-26', {
        validTo: '2026-12-31',
        validityReason: '与原有效期相同',
      }),
    );
    expect(findingsOf(before).find((x) => x.ruleId === 'gz-renewal/validity')?.passed).toBe(false);
  });

  it('gz-rules §10(2): renewed for the two occupations of 300 and more; the one of 99 is not renewed', async () => {
    const scopesBefore = await t.handle.db
      .selectFrom('institution_scopes')
      .selectAll()
      .where('institution_id', '=', w.id)
      .orderBy('occupation_code')
      .orderBy('level')
      .execute();
    const done = await send(guizhou, caseId, 'renew', '2026-11-26', {
      validTo: '2029-12-31',
      validityReason: '与原遴选有效期（三年）相同',
    });
    expect(done.case.state).toBe('renewed');
    const status = await renewalStatusOf(t.handle.db, w.entryId);
    expect(status.state).toBe('approved');
    const successor = await t.handle.db
      .selectFrom('directory_entries')
      .selectAll()
      .where('id', '=', status.successorEntryId!)
      .executeTakeFirstOrThrow();
    expect(successor.renews_entry_id).toBe(w.entryId);
    expect(String(successor.valid_from).slice(0, 10)).toBe('2027-01-01');
    const scopes = await t.handle.db
      .selectFrom('directory_entry_scopes')
      .select(['occupation_code', 'level'])
      .where('entry_id', '=', successor.id)
      .orderBy('occupation_code')
      .orderBy('level')
      .execute();
    expect(scopes.map((s) => s.occupation_code)).toEqual([OCC_A, OCC_A, OCC_B, OCC_B].sort());
    // The old entry is untouched: it runs to its end.
    const old = await t.handle.db
      .selectFrom('directory_entries')
      .selectAll()
      .where('id', '=', w.entryId)
      .executeTakeFirstOrThrow();
    expect(old.withdrawn_at).toBeNull();
    // Scopes: the renewed run on from their old start without a gap; the lost one keeps its old end.
    const after = await t.handle.db
      .selectFrom('institution_scopes')
      .selectAll()
      .where('institution_id', '=', w.id)
      .orderBy('occupation_code')
      .orderBy('level')
      .execute();
    for (const s of after) {
      const b = scopesBefore.find((x) => x.id === s.id)!;
      expect(String(s.valid_from).slice(0, 10)).toBe(String(b.valid_from).slice(0, 10));
      expect(s.status).toBe(b.status);
      expect(String(s.valid_to).slice(0, 10)).toBe(s.occupation_code === OCC_C ? TO : '2029-12-31');
    }
    const doc = await t.handle.db
      .selectFrom('documents as d')
      .innerJoin('stored_file_contents as f', 'f.sha256', 'd.sha256')
      .select(['d.kind', 'd.title', 'f.bytes'])
      .where('d.case_id', '=', caseId)
      .where('d.kind', '=', 'renewal_decision')
      .executeTakeFirstOrThrow();
    expect(doc.title).toContain('续期决定书');
    expect(Buffer.from(doc.bytes).subarray(0, 5).toString()).toBe('%PDF-');
    // Kept for a look at the rendered decision (pdftoppm): tmp/renewal-decision.pdf.
    writeFileSync(join(tmpdir(), 'renewal-decision.pdf'), doc.bytes);
  });

  it('the counts page and the certificates behind a number: the institution and its province see them, others get 404', async () => {
    const mine = await staffClient.inject('GET', `/api/v1/gz-renewal/cases/${caseId}/counts`);
    expect(mine.statusCode).toBe(200);
    const body = mine.json<{
      current: { counts: { total: number }; occupations: { code: string; renewable: boolean }[] };
    }>();
    expect(body.current.counts.total).toBe(700);
    expect(body.current.occupations.find((o) => o.code === OCC_C)?.renewable).toBe(false);
    expect((await as.provinceA.inject('GET', `/api/v1/gz-renewal/cases/${caseId}/counts`)).statusCode).toBe(
      200,
    );
    for (const p of ['provinceB', 'institutionY', 'anonymous'] as const)
      expect([401, 404]).toContain(
        (await as[p].inject('GET', `/api/v1/gz-renewal/cases/${caseId}/counts`)).statusCode,
      );
    const page1 = await staffClient.inject(
      'GET',
      `/api/v1/gz-renewal/cases/${caseId}/certificates?occupationCode=${OCC_C}&limit=50`,
    );
    expect(page1.statusCode).toBe(200);
    const p1 = page1.json<{
      items: { holderDocMasked: string; occupationCode: string }[];
      nextCursor: string | null;
    }>();
    expect(p1.items).toHaveLength(50);
    expect(p1.items.every((c) => c.occupationCode === OCC_C && c.holderDocMasked.includes('*'))).toBe(true);
    const page2 = await staffClient.inject(
      'GET',
      `/api/v1/gz-renewal/cases/${caseId}/certificates?occupationCode=${OCC_C}&limit=50&cursor=${p1.nextCursor}`,
    );
    expect(page2.json<{ items: unknown[]; nextCursor: string | null }>().items).toHaveLength(49);
    expect(
      (
        await as.provinceB.inject(
          'GET',
          `/api/v1/gz-renewal/cases/${caseId}/certificates?occupationCode=${OCC_C}`,
        )
      ).statusCode,
    ).toBe(404);
  });

  it('续期到期: the province lists entries ending within 90 days with their renewal state; another province none of them', async () => {
    const due = await as.provinceA.inject('GET', '/api/v1/gz-renewal/due');
    expect(due.statusCode).toBe(200);
    const zhejiang = await as.provinceB.inject('GET', '/api/v1/gz-renewal/due');
    expect(zhejiang.json<{ items: { entryId: string }[] }>().items.map((i) => i.entryId)).not.toContain(
      w.entryId,
    );
    // Validity ends 2026-12-31: within 90 days only from 2026-10-02 (the server's clock is today's).
    const items = due.json<{ items: { entryId: string; renewal: { state: string } }[] }>().items;
    const mine = items.find((i) => i.entryId === w.entryId);
    if (mine) expect(mine.renewal.state).toBe('approved');
    const own = await staffClient.inject('GET', '/api/v1/gz-renewal/due');
    expect(
      own.json<{ items: { institutionId: string }[] }>().items.every((i) => i.institutionId === w.id),
    ).toBe(true);
  });
});

describe('a refusal', () => {
  it('gz-rules §14: a refused renewal is recorded as refused; nothing is ended early', async () => {
    const w = await world('employer', { [OCC_A]: 149 });
    const opened = await openProcedureCase(ctx(w.staff, '2026-11-25'), {
      procedure: 'gz-renewal',
      input: { entryId: w.entryId },
    });
    await uploadAll(w.staff, opened.id, 'employer', '2026-11-25');
    await send(w.staff, opened.id, 'submit', '2026-11-25');
    await send(guizhou, opened.id, 'record_assessment', '2026-11-26', {
      ...ASSESSMENT,
      incentiveEvidence: true,
    });
    const cannot = await refusal(
      send(guizhou, opened.id, 'renew', '2026-11-26', {
        validTo: '2029-12-31',
        validityReason: '与原有效期相同',
      }),
    );
    expect(findingsOf(cannot).find((x) => x.ruleId === 'gz-rules/8/2')?.passed).toBe(false);
    await send(guizhou, opened.id, 'refuse', '2026-11-26', { reason: '有效期内核发证书不足150人次' });
    const s = await renewalStatusOf(t.handle.db, w.entryId);
    expect(s.state).toBe('refused');
    expect(s.decidedOn).toBe('2026-11-26');
    const scopes = await t.handle.db
      .selectFrom('institution_scopes')
      .select(['status', 'valid_to'])
      .where('institution_id', '=', w.id)
      .execute();
    expect(scopes.every((x) => x.status === 'active' && String(x.valid_to).slice(0, 10) === TO)).toBe(true);
  });
});
