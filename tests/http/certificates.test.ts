// The certificate register through the API (issue 11 points 5 and 7; decision 0024, 0029) on the test
// database: issuer codes recorded by the authority over the institution (positions 2–13 of the number),
// certificates issued from a closed session to its passed candidates with numbers from the shared
// counters, status changes by the authorities, and the views — lists, search by number or by name and
// document, counts, delays and exports — scoped, a foreign certificate answering exactly like a random id.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openTestApp, TEST_DATA_KEY, type TestApp } from '../support/test-app.js';
import {
  ID_NUMBER_PATTERN,
  loginPersonas,
  makeIdNumber,
  seedPersonas,
  type Client,
  type Fixture,
  type Persona,
} from '../support/personas.js';
import { publishDirectoryEntry } from '../../src/use-cases/directory/publish-directory-entry.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import type { Database } from '../../src/persistence/database.js';
import { allocateSerials } from '../../src/persistence/certificate-serials.js';
import { chinaDate } from '../../src/workflows/deadline.js';

let t: TestApp;
let f: Fixture;
let as: Record<Persona, Client>;
let db: Database;
const pd = createPersonalDataProtector(TEST_DATA_KEY);
const OCC = '4-04-05-01';
const YEAR = Number(chinaDate(new Date()).slice(0, 4));
const YY = String(YEAR % 100).padStart(2, '0');

interface Problem {
  code: string;
  detail: string;
}

let filingSerial = 0;
/** A filing of an institution published in the directory by `authorityId`. */
async function file(institutionId: string, authorityId: string, jurisdiction: string) {
  const caseId = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('cases')
      .values({
        id: caseId,
        procedure: 'certificate-test-filing',
        reference_no: `证书测试申〔2026〕${++filingSerial}号`,
        institution_id: institutionId,
        branch_id: null,
        authority_id: authorityId,
        jurisdiction_code: jurisdiction,
        parent_case_id: null,
        state: 'filed',
        awaiting: null,
        snapshot: '{}',
        submitted_at: new Date(),
        closed_at: null,
        valid_from: null,
        valid_to: null,
        created_by: null,
      })
      .execute();
    await publishDirectoryEntry(
      trx,
      { caller: null },
      {
        institutionId,
        branchId: null,
        caseId,
        procedure: 'certificate-test-filing',
        regime: 'mohrss-filing',
        filingCode: `证书测试备案码〔2026〕${filingSerial}号`,
        validFrom: '2024-01-01',
        validTo: '2030-12-31',
        scopes: [{ occupationCode: OCC, level: 3 }],
        authorityId,
        citations: [{ source: 'mohrss-filing', article: '二', item: '十' }],
      },
    );
  });
}

/** A closed session of `institutionId` with candidates; `passed` of them passed. */
async function closedSession(institutionId: string, siteId: string, names: string[], passed: number) {
  const id = randomUUID();
  await db
    .insertInto('evaluation_sessions')
    .values({
      id,
      institution_id: institutionId,
      branch_id: null,
      site_id: siteId,
      occupation_code: OCC,
      level: 3,
      starts_on: '2026-01-10',
      ends_on: '2026-01-11',
      subjects: ['theory', 'skills'],
      standard_id: f.standard,
      status: 'closed',
      findings: '{}',
      created_by: null,
      closed_at: new Date(),
    })
    .execute();
  const docs: string[] = [];
  for (const [i, name] of names.entries()) {
    const number = makeIdNumber();
    docs.push(number);
    f.documentNumbers.push(number);
    const p = pd.protect(number);
    await db
      .insertInto('candidates')
      .values({
        id: randomUUID(),
        session_id: id,
        institution_id: institutionId,
        name,
        doc_type: 'resident_id',
        doc_enc: p.enc,
        doc_hmac: p.hmac,
        doc_masked: p.masked,
        overall_result: i < passed ? 'passed' : 'failed',
        result_decided_at: new Date(),
      })
      .execute();
  }
  return { id, docs };
}

const assign = (c: Client, body: Record<string, unknown>) =>
  c.inject('PUT', '/api/v1/certificate-issuer-codes', body);

beforeAll(async () => {
  t = await openTestApp();
  db = t.handle.db;
  f = await seedPersonas(db);
  as = await loginPersonas(t.app, f);
  await file(f.institutions.x, f.authorities.guizhou, '520100');
  await file(f.institutions.z, f.authorities.zhejiang, '330100');
});
afterAll(async () => t?.close());

describe('issuer codes (positions 2–13, decision 0024)', () => {
  it('the filing authority records the site sequence; letter and province are derived, 0000 for a provincial filing', async () => {
    const res = await assign(as.provinceA, {
      institutionId: f.institutions.x,
      branchId: null,
      siteSequence: '000123',
    });
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json<{ code: { issuerPrefix: string }; kindLetter: string; ministryFiled: boolean }>();
    expect(v.code.issuerPrefix).toBe('S000052000123');
    expect(v.ministryFiled).toBe(false);
    // No number carries it yet: it may still be corrected.
    expect(res.json()).toMatchObject({ code: { inUse: false }, abilities: { assign: true } });
    const audit = await db
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity', '=', 'certificate_issuer_code')
      .execute();
    expect(audit.map((a) => a.action)).toContain('create');
  });

  it('refuses a ministry code on a provincial filing, and a sequence another issuer holds', async () => {
    const wrong = await assign(as.provinceA, {
      institutionId: f.institutions.x,
      branchId: null,
      institutionCode: '0007',
      siteSequence: '000123',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json<Problem>().code).toBe('INSTITUTION_CODE_INVALID');
    const taken = await assign(as.provinceA, {
      institutionId: f.institutions.y,
      branchId: null,
      siteSequence: '000123',
    });
    expect(taken.statusCode, taken.body).toBe(409);
    expect(taken.json<Problem>().code).toBe('ISSUER_CODE_TAKEN');
  });

  it('the institution reads its codes but may not record them; another province gets 404', async () => {
    const read = await as.institutionX.inject(
      'GET',
      `/api/v1/certificate-issuer-codes?institutionId=${f.institutions.x}`,
    );
    expect(read.statusCode).toBe(200);
    expect(read.json<{ items: { abilities: { assign: boolean } }[] }>().items[0]!.abilities.assign).toBe(
      false,
    );
    const own = await assign(as.institutionX, {
      institutionId: f.institutions.x,
      branchId: null,
      siteSequence: '000999',
    });
    expect(own.statusCode).toBe(403);
    const foreign = await assign(as.provinceB, {
      institutionId: f.institutions.x,
      branchId: null,
      siteSequence: '000999',
    });
    const random = await assign(as.provinceB, {
      institutionId: randomUUID(),
      branchId: null,
      siteSequence: '000999',
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json<Problem>()).toMatchObject({
      code: random.json<Problem>().code,
      detail: random.json<Problem>().detail,
    });
  });

  it('bad input is a problem+json 400, nothing changed', async () => {
    const res = await assign(as.provinceA, {
      institutionId: f.institutions.x,
      branchId: null,
      siteSequence: '12ab',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

describe('serial allocator', () => {
  it('takes consecutive ranges and refuses past 999999 without wrapping', async () => {
    const prefix = `S0000529999992${YY.slice(1)}3`.slice(0, 13) + `${YY}3`;
    const a = await db.transaction().execute((trx) => allocateSerials(trx, prefix, 10));
    const b = await db.transaction().execute((trx) => allocateSerials(trx, prefix, 5));
    expect([a.first, a.last, b.first, b.last]).toEqual([1, 10, 11, 15]);
    await db.transaction().execute((trx) => allocateSerials(trx, prefix, 999_984));
    await expect(db.transaction().execute((trx) => allocateSerials(trx, prefix, 1))).rejects.toMatchObject({
      code: 'CERTIFICATE_SERIALS_EXHAUSTED',
    });
    const row = await db
      .selectFrom('certificate_serials')
      .selectAll()
      .where('prefix', '=', prefix)
      .executeTakeFirst();
    expect(row?.last_serial).toBe(999_999);
  });
});

interface Issued {
  issued: number;
  alreadyIssued: number;
  firstNumber: string | null;
  lastNumber: string | null;
}
interface CertificateView {
  id: string;
  number: string;
  holderName: string;
  holderDocMasked: string;
  status: string;
  abilities: { changeStatus: boolean; revealDocument: boolean };
}
const issue = (c: Client, sessionId: string) => c.inject('POST', '/api/v1/certificates/issue', { sessionId });

describe('issuing from a closed session (issue 11 point 5)', () => {
  let session: { id: string; docs: string[] };
  let firstId: string;

  beforeAll(async () => {
    session = await closedSession(f.institutions.x, f.sites.x, ['王小明', '李小红', '张不过'], 2);
  });

  it('issues one certificate per passed candidate, numbered under the issuer code, year and level', async () => {
    const res = await issue(as.institutionX, session.id);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json<Issued>();
    expect(r).toMatchObject({ issued: 2, alreadyIssued: 0 });
    expect(r.firstNumber).toBe(`S000052000123${YY}3000001`);
    expect(r.lastNumber).toBe(`S000052000123${YY}3000002`);
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'evaluation_session')
      .where('entity_id', '=', session.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['issue_certificates']);
  });

  it('is idempotent: a second call issues nothing, a candidate never gets two', async () => {
    const r = (await issue(as.institutionX, session.id)).json<Issued>();
    expect(r).toMatchObject({ issued: 0, alreadyIssued: 2, firstNumber: null });
    const rows = await db
      .selectFrom('certificates')
      .select('candidate_id')
      .where('session_id', '=', session.id)
      .execute();
    expect(new Set(rows.map((x) => x.candidate_id)).size).toBe(2);
  });

  it('the issuer code is fixed once a number carries it: no assign ability, a correction is 409', async () => {
    const read = await as.provinceA.inject(
      'GET',
      `/api/v1/certificate-issuer-codes?institutionId=${f.institutions.x}`,
    );
    const own = read
      .json<{
        items: { branchId: string | null; code: { inUse: boolean }; abilities: { assign: boolean } }[];
      }>()
      .items.find((i) => i.branchId === null)!;
    expect(own).toMatchObject({ code: { inUse: true }, abilities: { assign: false } });
    const res = await assign(as.provinceA, {
      institutionId: f.institutions.x,
      branchId: null,
      siteSequence: '000124',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<Problem>().code).toBe('ISSUER_CODE_IN_USE');
  });

  it('a certificate is found at once by its number as a person types it (full-width, lower case, spaces)', async () => {
    const typed = `ｓ0000 52000123 ${YY}3 000001`.replace(/[0-9]/g, (d) =>
      String.fromCharCode(d.charCodeAt(0) + 0xfee0),
    );
    const res = await as.provinceA.inject('POST', '/api/v1/certificates/search', { number: typed });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json<{ items: CertificateView[] }>().items;
    expect(items.map((c) => c.holderName)).toEqual(['王小明']);
    firstId = items[0]!.id;
    expect(items[0]!.holderDocMasked).not.toMatch(ID_NUMBER_PATTERN);
    expect(res.body).not.toContain(session.docs[0]);
  });

  it('finds by name + document number (keyed hash), and not by the name with another document', async () => {
    const hit = await as.provinceA.inject('POST', '/api/v1/certificates/search', {
      name: '李小红',
      docNumber: session.docs[1],
    });
    expect(hit.json<{ items: CertificateView[] }>().items.map((c) => c.holderName)).toEqual(['李小红']);
    const miss = await as.provinceA.inject('POST', '/api/v1/certificates/search', {
      name: '李小红',
      docNumber: session.docs[0],
    });
    expect(miss.json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('another province finds nothing, and its detail answers exactly like a random id', async () => {
    const search = await as.provinceB.inject('POST', '/api/v1/certificates/search', {
      number: `S000052000123${YY}3000001`,
    });
    expect(search.json<{ items: unknown[] }>().items).toEqual([]);
    const foreign = await as.provinceB.inject('GET', `/api/v1/certificates/${firstId}`);
    const random = await as.provinceB.inject('GET', `/api/v1/certificates/${randomUUID()}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json<Problem>()).toEqual({
      ...random.json<Problem>(),
      instance: foreign.json<{ instance: string }>().instance,
      requestId: foreign.json<{ requestId: string }>().requestId,
    });
    const y = await as.institutionY.inject('GET', `/api/v1/certificates/${firstId}`);
    expect(y.statusCode).toBe(404);
  });

  it('reveal of the holder document: the authority only, audited without the number', async () => {
    const byInst = await as.institutionX.inject('POST', `/api/v1/certificates/${firstId}/reveal-document`);
    expect(byInst.statusCode).toBe(403);
    const res = await as.provinceA.inject('POST', `/api/v1/certificates/${firstId}/reveal-document`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ docNumber: string }>().docNumber).toBe(session.docs[0]);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'after_data'])
      .where('entity', '=', 'certificate')
      .where('entity_id', '=', firstId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['reveal_personal_data']);
    expect(JSON.stringify(audit)).not.toContain(session.docs[0]);
  });

  it('the institution lists its certificates with filters, a page at a time after the last key', async () => {
    const p1 = await as.institutionX.inject(
      'GET',
      `/api/v1/certificates?limit=1&year=${YEAR}&occupationCode=${OCC}&level=3`,
    );
    expect(p1.statusCode, p1.body).toBe(200);
    const page1 = p1.json<{ items: CertificateView[]; nextCursor: string }>();
    expect(page1.items.map((c) => c.number)).toEqual([`S000052000123${YY}3000002`]);
    const p2 = await as.institutionX.inject(
      'GET',
      `/api/v1/certificates?limit=1&year=${YEAR}&cursor=${page1.nextCursor}`,
    );
    const page2 = p2.json<{ items: CertificateView[]; nextCursor: string | null }>();
    expect(page2.items.map((c) => c.number)).toEqual([`S000052000123${YY}3000001`]);
    const none = await as.institutionX.inject(
      'GET',
      `/api/v1/certificates?status=withdrawn&sessionId=${session.id}`,
    );
    expect(none.json<{ items: unknown[] }>().items).toEqual([]);
    const authorityNoInstitution = await as.provinceA.inject('GET', '/api/v1/certificates');
    expect(authorityNoInstitution.statusCode).toBe(422);
    const bad = await as.institutionX.inject('GET', '/api/v1/certificates?cursor=garbage');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });

  it('counts per institution × occupation × year × level and the delay from session end', async () => {
    const counts = await as.provinceA.inject('GET', `/api/v1/certificates/counts?year=${YEAR}`);
    expect(counts.statusCode, counts.body).toBe(200);
    expect(counts.json<{ items: unknown[] }>().items).toEqual([
      expect.objectContaining({
        institutionId: f.institutions.x,
        occupationCode: OCC,
        year: YEAR,
        level: 3,
        issued: 2,
        valid: 2,
      }),
    ]);
    const delays = await as.institutionX.inject('GET', `/api/v1/certificates/delays?year=${YEAR}`);
    const d = delays.json<{ items: { sessions: number; issued: number; longestDays: number }[] }>().items;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ sessions: 1, issued: 2 });
    expect(d[0]!.longestDays).toBeGreaterThan(0);
    const foreign = await as.provinceB.inject('GET', `/api/v1/certificates/counts?year=${YEAR}`);
    expect(foreign.json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('exports the list as Excel with the masked document only', async () => {
    const res = await as.institutionX.inject('GET', '/api/v1/certificates/export.xlsx?view=list');
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('证书编号');
    expect(ws.rowCount).toBe(3);
    for (const d of session.docs) expect(res.rawPayload.includes(Buffer.from(d))).toBe(false);
    const counts = await as.provinceA.inject(
      'GET',
      `/api/v1/certificates/export.xlsx?view=counts&year=${YEAR}`,
    );
    expect(counts.statusCode).toBe(200);
  });

  it('an authority invalidates a certificate with reason, articles and date; history appended, audited, only once', async () => {
    const body = {
      to: 'invalidated',
      reason: '考生替考，成绩无效（测试）',
      effectiveOn: chinaDate(new Date()),
      articles: [{ regime: 'mohrss-violations', article: '第五条' }],
      decisionCaseId: null,
    };
    const byInst = await as.institutionX.inject('POST', `/api/v1/certificates/${firstId}/status`, body);
    expect(byInst.statusCode).toBe(403);
    const foreign = await as.provinceB.inject('POST', `/api/v1/certificates/${firstId}/status`, body);
    expect(foreign.statusCode).toBe(404);
    const res = await as.provinceA.inject('POST', `/api/v1/certificates/${firstId}/status`, body);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json<{ status: string; history: { toStatus: string; reason: string }[] }>();
    expect(d.status).toBe('invalidated');
    expect(d.history).toMatchObject([{ toStatus: 'invalidated', reason: body.reason }]);
    const again = await as.provinceA.inject('POST', `/api/v1/certificates/${firstId}/status`, {
      ...body,
      to: 'withdrawn',
    });
    expect(again.statusCode).toBe(409);
    const badCase = await as.provinceA.inject('POST', `/api/v1/certificates/${firstId}/status`, {
      ...body,
      decisionCaseId: randomUUID(),
    });
    expect([409, 422]).toContain(badCase.statusCode);
    const bad = await as.provinceA.inject('POST', `/api/v1/certificates/${firstId}/status`, {
      ...body,
      articles: [],
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('issuance refusals', () => {
  it('a session not closed yet: 409 with the reason', async () => {
    const s = await closedSession(f.institutions.x, f.sites.x, ['赵一'], 1);
    await db
      .updateTable('evaluation_sessions')
      .set({ status: 'planned', closed_at: null })
      .where('id', '=', s.id)
      .execute();
    const res = await issue(as.institutionX, s.id);
    expect(res.statusCode).toBe(409);
    expect(res.json<Problem>().code).toBe('SESSION_NOT_CLOSED');
  });

  it('an issuer without its code: 422 naming the authority that must record it', async () => {
    const s = await closedSession(f.institutions.y, f.sites.x, ['钱二'], 1);
    const res = await issue(as.institutionY, s.id);
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().code).toBe('ISSUER_CODE_MISSING');
    expect(res.json<Problem>().detail).toContain('52');
  });

  it('a suspended institution may not issue (mohrss-violations §13), nothing is written', async () => {
    const s = await closedSession(f.institutions.x, f.sites.x, ['孙三'], 1);
    await db
      .updateTable('institutions')
      .set({ status: 'suspended' })
      .where('id', '=', f.institutions.x)
      .execute();
    try {
      const res = await issue(as.institutionX, s.id);
      expect(res.statusCode).toBe(422);
      expect(res.json<Problem>().detail).toContain('第十三条');
      const rows = await db.selectFrom('certificates').select('id').where('session_id', '=', s.id).execute();
      expect(rows).toEqual([]);
    } finally {
      await db
        .updateTable('institutions')
        .set({ status: 'active' })
        .where('id', '=', f.institutions.x)
        .execute();
    }
  });

  it('another institution, or an authority, cannot issue a session: 404 / 403', async () => {
    const s = await closedSession(f.institutions.x, f.sites.x, ['周四'], 1);
    expect((await issue(as.institutionY, s.id)).statusCode).toBe(404);
    expect((await issue(as.provinceA, s.id)).statusCode).toBe(403);
    expect((await issue(as.institutionX, randomUUID())).statusCode).toBe(404);
  });
});

// A territorial authority sees the certificates of the institutions of its territory and those its
// branches working there issued for institutions filed elsewhere (certificateInScope): the lookups test
// that on the joined rows, the counts as two semi-joins (docs/scale.md, "What must change" 2). Both
// forms must still find the branch's certificate — and only for the territory the branch works in.
describe('a Zhejiang institution’s branch working in Guizhou', () => {
  const number = `S000033000777${YY}3000777`;
  const doc = makeIdNumber();
  let id: string;

  beforeAll(async () => {
    const branch = randomUUID();
    await db
      .insertInto('branches')
      .values({
        id: branch,
        institution_id: f.institutions.z,
        name: '浙江机构贵阳分支',
        uscc: null,
        address: '贵阳市某路 2 号',
        jurisdiction_code: '520100',
      })
      .execute();
    id = randomUUID();
    const p = pd.protect(doc);
    await db
      .insertInto('certificates')
      .values({
        id,
        issue_year: YEAR,
        number,
        issued_on: `${YEAR}-01-15`,
        institution_id: f.institutions.z,
        branch_id: branch,
        upload_id: randomUUID(),
        holder_name: '赵分支',
        holder_doc_type: 'resident_id',
        holder_doc_enc: p.enc,
        holder_doc_hmac: p.hmac,
        holder_doc_masked: p.masked,
        occupation_code: OCC,
        level: 3,
      })
      .execute();
  });

  it('Guizhou finds it by number, by name + document and by id, and lists it under the institution', async () => {
    const byNumber = await as.provinceA.inject('POST', '/api/v1/certificates/search', { number });
    expect(byNumber.json<{ items: { id: string }[] }>().items.map((c) => c.id)).toEqual([id]);
    const byHolder = await as.provinceA.inject('POST', '/api/v1/certificates/search', {
      name: '赵分支',
      docNumber: doc,
    });
    expect(byHolder.json<{ items: { id: string }[] }>().items.map((c) => c.id)).toEqual([id]);
    expect((await as.provinceA.inject('GET', `/api/v1/certificates/${id}`)).statusCode).toBe(200);
    const list = await as.provinceA.inject('GET', `/api/v1/certificates?institutionId=${f.institutions.z}`);
    expect(list.json<{ items: { id: string }[] }>().items.map((c) => c.id)).toEqual([id]);
  });

  it('Guizhou counts it, beside its own institutions’ certificates, and Zhejiang counts it as its institution’s', async () => {
    const a = await as.provinceA.inject('GET', `/api/v1/certificates/counts?year=${YEAR}`);
    const rows = a.json<{ items: { institutionId: string; issued: number }[] }>().items;
    expect(rows.find((r) => r.institutionId === f.institutions.z)).toMatchObject({ issued: 1 });
    expect(rows.find((r) => r.institutionId === f.institutions.x)).toMatchObject({ issued: 2 });
    const b = await as.provinceB.inject('GET', `/api/v1/certificates/counts?year=${YEAR}`);
    expect(b.json<{ items: { institutionId: string; issued: number }[] }>().items).toEqual([
      expect.objectContaining({ institutionId: f.institutions.z, issued: 1 }),
    ]);
  });

  it('the national centre counts it once', async () => {
    const all = await as.national.inject('GET', `/api/v1/certificates/counts?year=${YEAR}`);
    const z = all
      .json<{ items: { institutionId: string; issued: number }[] }>()
      .items.filter((r) => r.institutionId === f.institutions.z);
    expect(z).toEqual([expect.objectContaining({ issued: 1 })]);
  });
});
