// The public directory (机构目录): publishing what a filing granted (entry, registry scope with the
// filing's validity, institution or branch active, audit rows — mohrss-filing 一(十)4, 二(十)),
// withdrawing it (二(十一): scopes ended unless another live entry grants them, institution exited),
// and GET /api/v1/directory for everyone: filters, lapsed and withdrawn entries left out, no personal data.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../support/test-app.js';
import { seedPersonas, type Fixture } from '../support/personas.js';
import type { Database } from '../../src/persistence/database.js';
import type { Citation } from '../../src/domain/citation.js';
import {
  publishDirectoryEntry,
  type PublishDirectoryEntryInput,
} from '../../src/use-cases/directory/publish-directory-entry.js';
import { withdrawDirectoryEntry } from '../../src/use-cases/directory/withdraw-directory-entry.js';

const PUBLICATION: Citation = { source: 'mohrss-filing', article: '二', item: '十' };
const CANCELLATION: Citation = { source: 'mohrss-filing', article: '二', item: '十一' };

let t: TestApp;
let f: Fixture;
let db: Database;
let serial = 0;

async function newCase(
  institutionId: string,
  authorityId: string,
  jurisdiction: string,
  branchId: string | null = null,
) {
  const id = randomUUID();
  await db
    .insertInto('cases')
    .values({
      id,
      procedure: 'directory-test',
      reference_no: `目录测试〔2026〕${++serial}号`,
      institution_id: institutionId,
      branch_id: branchId,
      authority_id: authorityId,
      jurisdiction_code: jurisdiction,
      parent_case_id: null,
      state: 'filed',
      awaiting: null,
      snapshot: '{}',
      submitted_at: null,
      closed_at: null,
      valid_from: null,
      valid_to: null,
      created_by: null,
    })
    .execute();
  return id;
}

const publish = (input: Omit<PublishDirectoryEntryInput, 'procedure' | 'regime' | 'citations'>) =>
  db.transaction().execute((trx) =>
    publishDirectoryEntry(
      trx,
      { caller: null, requestId: 'directory-test' },
      {
        procedure: 'directory-test',
        regime: 'mohrss-filing',
        citations: [PUBLICATION],
        ...input,
      },
    ),
  );

interface Entry {
  id: string;
  institutionName: string;
  filingCode: string;
  validFrom: string;
  validTo: string | null;
  current: boolean;
  branchName: string | null;
  authority: { name: string };
  scopes: { occupationCode: string; occupationName: string; level: number }[];
  programmes: { name: string; code: string | null; levels: string[] }[];
}
const list = async (query = '') => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/directory${query}` });
  expect(res.statusCode).toBe(200);
  return res.json<{ items: Entry[]; total: number }>();
};

beforeAll(async () => {
  t = await openTestApp();
  db = t.handle.db;
  f = await seedPersonas(db);
  await db.updateTable('institutions').set({ status: 'registered' }).execute();
});
afterAll(async () => t?.close());

describe('publishing a filing in the directory', () => {
  let entryX: string;
  let caseX: string;

  it('records the entry and sets the registry: scope active with the validity, institution active, audited', async () => {
    caseX = await newCase(f.institutions.x, f.authorities.guizhou, '520100');
    ({ entryId: entryX } = await publish({
      institutionId: f.institutions.x,
      caseId: caseX,
      filingCode: 'S000052010001',
      validFrom: '2026-03-02',
      validTo: '2029-03-01',
      scopes: [
        { occupationCode: '4-04-05-01', level: 3 },
        { occupationCode: '6-18-01-01', level: 4 },
        { occupationCode: '6-18-01-01', level: 4 },
      ],
      authorityId: f.authorities.guizhou,
      publishedOn: '2026-03-02',
    }));
    const scopes = await db
      .selectFrom('institution_scopes')
      .select(['occupation_code', 'level', 'status', 'valid_from', 'valid_to'])
      .where('institution_id', '=', f.institutions.x)
      .orderBy('occupation_code')
      .execute();
    expect(scopes).toEqual([
      {
        occupation_code: '4-04-05-01',
        level: 3,
        status: 'active',
        valid_from: '2026-03-02',
        valid_to: '2029-03-01',
      },
      {
        occupation_code: '6-18-01-01',
        level: 4,
        status: 'active',
        valid_from: '2026-03-02',
        valid_to: '2029-03-01',
      },
    ]);
    const inst = await db
      .selectFrom('institutions')
      .select('status')
      .where('id', '=', f.institutions.x)
      .executeTakeFirstOrThrow();
    expect(inst.status).toBe('active');
    const c = await db
      .selectFrom('cases')
      .select(['valid_from', 'valid_to'])
      .where('id', '=', caseX)
      .executeTakeFirstOrThrow();
    expect(c).toEqual({ valid_from: '2026-03-02', valid_to: '2029-03-01' });
    const audit = await db
      .selectFrom('audit_log')
      .select(['entity', 'action'])
      .where('request_id', '=', 'directory-test')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { entity: 'directory_entry', action: 'publish' },
      { entity: 'institution_scope', action: 'renew' },
      { entity: 'institution_scope', action: 'grant' },
      { entity: 'institution', action: 'status' },
    ]);
  });

  it('refuses a second live entry for the same case, and entries without code, scope or valid dates', async () => {
    const base = {
      institutionId: f.institutions.x,
      caseId: caseX,
      filingCode: 'S2',
      validFrom: '2026-03-02',
      validTo: '2029-03-01',
      scopes: [{ occupationCode: '4-04-05-01', level: 3 }],
      authorityId: f.authorities.guizhou,
    };
    await expect(publish(base)).rejects.toMatchObject({ status: 409, code: 'ALREADY_PUBLISHED' });
    const other = await newCase(f.institutions.x, f.authorities.guizhou, '520100');
    await expect(publish({ ...base, caseId: other, filingCode: ' ' })).rejects.toMatchObject({ status: 422 });
    await expect(publish({ ...base, caseId: other, scopes: [] })).rejects.toMatchObject({ status: 422 });
    await expect(publish({ ...base, caseId: other, validTo: '2026-03-01' })).rejects.toMatchObject({
      status: 422,
    });
    await expect(
      publish({ ...base, caseId: other, scopes: [{ occupationCode: '9-99-99-99', level: 3 }] }),
    ).rejects.toMatchObject({ status: 422, detail: expect.stringContaining('9-99-99-99') as unknown });
  });

  it('lists the entry for everyone with scope names, validity and the deciding authority — no personal data', async () => {
    const { items } = await list();
    const x = items.find((e) => e.id === entryX)!;
    expect(x).toMatchObject({
      institutionName: '贵阳机构X',
      filingCode: 'S000052010001',
      validFrom: '2026-03-02',
      validTo: '2029-03-01',
      authority: { name: '贵州省人力资源和社会保障厅' },
      scopes: [
        { occupationCode: '4-04-05-01', occupationName: '计算机程序设计员', level: 3 },
        { occupationCode: '6-18-01-01', occupationName: '车工', level: 4 },
      ],
    });
    const raw = (await t.app.inject({ method: 'GET', url: `/api/v1/directory/${entryX}` })).body;
    expect(raw).not.toMatch(/uscc|legalRepresentative|张三|contactPhone/);
  });

  it('publishes a branch filing under the branch: branch active, no institution scope rows of its own', async () => {
    const branchCase = await newCase(f.institutions.z, f.authorities.zhejiang, '330100', f.branches.z);
    const before = await db
      .selectFrom('institution_scopes')
      .select('id')
      .where('institution_id', '=', f.institutions.z)
      .execute();
    await publish({
      institutionId: f.institutions.z,
      branchId: f.branches.z,
      caseId: branchCase,
      filingCode: 'S0000330100B1',
      validFrom: '2026-04-01',
      validTo: null,
      scopes: [{ occupationCode: '4-03-02-01', level: 5 }],
      authorityId: f.authorities.zhejiang,
      certificateProgrammes: [
        { name: '中式烹调职业技能等级证书', code: 'ZS-01', levels: ['intermediate', 'senior'] },
      ],
    });
    const branch = await db
      .selectFrom('branches')
      .select('status')
      .where('id', '=', f.branches.z)
      .executeTakeFirstOrThrow();
    expect(branch.status).toBe('active');
    const after = await db
      .selectFrom('institution_scopes')
      .select('id')
      .where('institution_id', '=', f.institutions.z)
      .execute();
    expect(after).toHaveLength(before.length);
    const { items } = await list('?q=S0000330100B1');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      branchName: '分支机构',
      validTo: null,
      programmes: [{ name: '中式烹调职业技能等级证书', code: 'ZS-01', levels: ['intermediate', 'senior'] }],
    });
  });

  it('filters by occupation, level, jurisdiction (with subordinate areas), kind and name', async () => {
    const codes = async (q: string) => (await list(q)).items.map((e) => e.filingCode).sort();
    expect(await codes('?occupationCode=6-18-01-01')).toEqual(['S000052010001']);
    expect(await codes('?occupationCode=6-18-01-01&level=3')).toEqual([]);
    expect(await codes('?level=5')).toEqual(['S0000330100B1']);
    expect(await codes('?jurisdictionCode=520000')).toEqual(['S000052010001']);
    expect(await codes('?jurisdictionCode=330100')).toEqual(['S0000330100B1']);
    expect(await codes('?kind=employer')).toEqual([]);
    expect(await codes('?kind=social_org')).toEqual(['S0000330100B1', 'S000052010001']);
    expect(await codes('?q=机构X')).toEqual(['S000052010001']);
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/directory?level=7' });
    expect(bad.statusCode).toBe(400);
  });

  it('leaves out entries whose validity has ended unless asked for them', async () => {
    const lapsedCase = await newCase(f.institutions.y, f.authorities.guizhou, '520100');
    await publish({
      institutionId: f.institutions.y,
      caseId: lapsedCase,
      filingCode: 'LAPSED-1',
      validFrom: '2020-01-01',
      validTo: '2023-12-31',
      scopes: [{ occupationCode: '3-02-01-01', level: 2 }],
      authorityId: f.authorities.guizhou,
    });
    expect((await list('?q=LAPSED')).items).toEqual([]);
    const all = await list('?q=LAPSED&includeLapsed=true');
    expect(all.items).toEqual([expect.objectContaining({ filingCode: 'LAPSED-1', current: false })]);
  });
});

describe('withdrawing a filing (mohrss-filing 二(十一))', () => {
  it('keeps a scope another live entry still grants, ends the others and exits the institution with the last', async () => {
    const first = await newCase(f.institutions.x, f.authorities.guizhou, '520100');
    const second = await newCase(f.institutions.x, f.authorities.guizhou, '520100');
    await publish({
      institutionId: f.institutions.x,
      caseId: first,
      filingCode: 'W-1',
      validFrom: '2026-05-01',
      validTo: '2029-04-30',
      scopes: [{ occupationCode: '4-03-02-01', level: 3 }],
      authorityId: f.authorities.guizhou,
    });
    await publish({
      institutionId: f.institutions.x,
      caseId: second,
      filingCode: 'W-2',
      validFrom: '2026-05-01',
      validTo: '2029-04-30',
      scopes: [
        { occupationCode: '4-03-02-01', level: 3 },
        { occupationCode: '3-02-01-01', level: 4 },
      ],
      authorityId: f.authorities.guizhou,
    });
    const withdraw = (caseId: string) =>
      db.transaction().execute((trx) =>
        withdrawDirectoryEntry(
          trx,
          { caller: null, requestId: `withdraw-${caseId}` },
          {
            entry: { caseId },
            reason_zh: '提供虚假材料，撤销备案',
            citations: [CANCELLATION],
            withdrawnOn: '2026-06-15',
          },
        ),
      );
    const w = await withdraw(second);
    const scopeOf = (code: string) =>
      db
        .selectFrom('institution_scopes')
        .select(['status', 'valid_to'])
        .where('institution_id', '=', f.institutions.x)
        .where('occupation_code', '=', code)
        .executeTakeFirstOrThrow();
    expect(await scopeOf('4-03-02-01')).toEqual({ status: 'active', valid_to: '2029-04-30' });
    expect(await scopeOf('3-02-01-01')).toEqual({ status: 'ended', valid_to: '2026-06-15' });
    expect((await list('?q=W-2')).items).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/directory/${w.entryId}` })).statusCode).toBe(
      404,
    );
    await expect(
      db
        .transaction()
        .execute((trx) =>
          withdrawDirectoryEntry(
            trx,
            { caller: null },
            { entry: { id: w.entryId }, reason_zh: '再次', citations: [CANCELLATION] },
          ),
        ),
    ).rejects.toMatchObject({ status: 409, code: 'ALREADY_WITHDRAWN' });

    // X still has the entries of the earlier test and W-1: it stays active until its last one goes.
    const live = await db
      .selectFrom('directory_entries')
      .select('case_id')
      .where('institution_id', '=', f.institutions.x)
      .where('withdrawn_at', 'is', null)
      .execute();
    for (const e of live) await withdraw(e.case_id!);
    const inst = await db
      .selectFrom('institutions')
      .select('status')
      .where('id', '=', f.institutions.x)
      .executeTakeFirstOrThrow();
    expect(inst.status).toBe('exited');
    const history = await db
      .selectFrom('institution_status_history')
      .select(['from_status', 'to_status', 'reason'])
      .where('institution_id', '=', f.institutions.x)
      .where('to_status', '=', 'exited')
      .execute();
    expect(history).toEqual([
      { from_status: 'active', to_status: 'exited', reason: '提供虚假材料，撤销备案' },
    ]);
  });
});
