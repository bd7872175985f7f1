// The public page of one directory entry (issue 10 points 1 and 5): GET /api/v1/directory/{id} with the
// procedure by name, the decision date, the days of validity left, the branches filed under it (each
// with its province and own code), the institution's entry for a branch, the import it came from, and
// the published documents of the case that put it there; GET …/documents/{documentId}/file sends those
// PDFs to anyone. A withdrawn entry, a document that is not public and a document of another case answer
// exactly what a random id answers.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { loadConfig } from '../../src/config.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';
import { seedPersonas, type Fixture } from '../support/personas.js';
import { insertBareCase } from '../support/bare-case.js';
import type { Database, DatabaseHandle } from '../../src/persistence/database.js';
import { fileStoreFor, type FileStore } from '../../src/persistence/file-store.js';
import { insertDirectoryEntry } from '../../src/persistence/directory.repository.js';
import { publishDirectoryEntry } from '../../src/use-cases/directory/publish-directory-entry.js';
import { withdrawDirectoryEntry } from '../../src/use-cases/directory/withdraw-directory-entry.js';
import { pdfBytes } from '../../src/materials/sample-files.test-support.js';
import { addCalendarDays } from '../../src/calendar/calendar-days.js';
import { chinaDate } from '../../src/workflows/deadline.js';

const PUBLICATION = { source: 'mohrss-filing', article: '二', item: '十' } as const;

let handle: DatabaseHandle;
let app: FastifyInstance;
let db: Database;
let f: Fixture;
let store: FileStore;
let dataDir: string;
let serial = 0;
const today = chinaDate(new Date());

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  f = await seedPersonas(db);
  // The documents are on disk, as in the embedded deployment; the route uses the configured store.
  dataDir = await mkdtemp(join(tmpdir(), 'skillreg-dir-entry-'));
  const config = { ...loadConfig({}), cookieSecure: false, dataDir };
  store = fileStoreFor(config);
  app = await buildApp({ db, config, dataKey: TEST_DATA_KEY });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await handle?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const newCase = (institutionId: string, authorityId: string, jurisdictionCode: string, branchId?: string) =>
  insertBareCase(db, {
    procedure: branchId ? 'mohrss-branch-filing' : 'social-org-filing',
    referenceNo: `目录条目测试〔2026〕${++serial}号`,
    institutionId,
    branchId: branchId ?? null,
    authorityId,
    jurisdictionCode,
  });

/** A document of the case with its PDF in the store; returns its id and bytes. */
async function issue(caseId: string, kind: string, issuedOn: string) {
  const id = randomUUID();
  const bytes = pdfBytes(`${kind} ${id}`);
  await db.transaction().execute(async (trx) => {
    const file = await store.put(trx, bytes, 'application/pdf');
    await trx
      .insertInto('documents')
      .values({
        id,
        case_id: caseId,
        case_event_seq: null,
        kind,
        number: `测试文〔2026〕${++serial}号`,
        title: `${kind} 文书`,
        sha256: file.sha256,
        issued_on: issuedOn,
        issued_by: null,
        issuer_authority_id: f.authorities.guizhou,
        citations: '[]',
      })
      .execute();
  });
  return { id, bytes };
}

const publish = (input: {
  institutionId: string;
  branchId?: string;
  caseId: string;
  filingCode: string;
  validTo: string | null;
  authorityId: string;
}) =>
  db.transaction().execute((trx) =>
    publishDirectoryEntry(
      trx,
      { caller: null, requestId: 'directory-entry-test' },
      {
        procedure: input.branchId ? 'mohrss-branch-filing' : 'social-org-filing',
        regime: 'mohrss-filing',
        citations: [PUBLICATION],
        validFrom: '2026-03-02',
        scopes: [
          { occupationCode: '4-04-05-01', level: 3 },
          { occupationCode: '4-04-05-01', level: 4 },
        ],
        publishedOn: '2026-03-02',
        ...input,
      },
    ),
  );

const get = (url: string) => app.inject({ method: 'GET', url });
/** A problem's answer without what names the request (instance, requestId). */
const answerOf = (res: LightMyRequestResponse) => {
  const { instance: _i, requestId: _r, ...rest } = res.json<Record<string, unknown>>();
  return { status: res.statusCode, ...rest };
};

interface Detail {
  id: string;
  institutionName: string;
  filingCode: string;
  procedure_zh: string;
  procedure_en: string;
  current: boolean;
  asOf: string;
  daysLeft: number | null;
  decidedOn: string;
  validTo: string | null;
  branches: { entryId: string; name: string; filingCode: string; provinceName: string }[];
  institutionEntry: { entryId: string; filingCode: string } | null;
  documents: { id: string; kind: string; kind_zh: string; kind_en: string; issuedOn: string }[];
  imported: { fileName: string; row: number | null } | null;
}

describe('the public page of a published entry', () => {
  let entry: string;
  let branchEntry: string;
  let receipt: { id: string; bytes: Uint8Array };
  let record: { id: string; bytes: Uint8Array };
  let internal: { id: string }[];
  let branchReceipt: { id: string };
  let zhejiangBranch: string;

  beforeAll(async () => {
    const caseId = await newCase(f.institutions.x, f.authorities.guizhou, '520100');
    internal = [
      await issue(caseId, 'acceptance_notice', '2026-02-10'),
      await issue(caseId, 'review_opinion', '2026-02-20'),
      await issue(caseId, 'public_notice', '2026-02-21'),
    ];
    receipt = await issue(caseId, 'filing_receipt', '2026-03-01');
    record = await issue(caseId, 'publication_record', '2026-03-02');
    ({ entryId: entry } = await publish({
      institutionId: f.institutions.x,
      caseId,
      filingCode: 'S0000520100X1',
      validTo: addCalendarDays(today, 30),
      authorityId: f.authorities.guizhou,
    }));
    // Two branches of X: its Guiyang branch and one in Hangzhou, each filed where it is.
    const branchCase = await newCase(f.institutions.x, f.authorities.guizhou, '520100', f.branches.x);
    branchReceipt = await issue(branchCase, 'branch_filing_receipt', '2026-03-05');
    ({ entryId: branchEntry } = await publish({
      institutionId: f.institutions.x,
      branchId: f.branches.x,
      caseId: branchCase,
      filingCode: 'S0000520100X1-B1',
      validTo: null,
      authorityId: f.authorities.guizhou,
    }));
    zhejiangBranch = randomUUID();
    await db
      .insertInto('branches')
      .values({
        id: zhejiangBranch,
        institution_id: f.institutions.x,
        name: '杭州分中心',
        uscc: null,
        address: '杭州市某路 3 号',
        jurisdiction_code: '330100',
      })
      .execute();
    await publish({
      institutionId: f.institutions.x,
      branchId: zhejiangBranch,
      caseId: await newCase(f.institutions.x, f.authorities.zhejiang, '330100', zhejiangBranch),
      filingCode: 'S0000330100X1-B2',
      validTo: null,
      authorityId: f.authorities.zhejiang,
    });
  });

  it('names the procedure, dates the decision by the receipt and counts the days of validity left', async () => {
    const res = await get(`/api/v1/directory/${entry}`);
    expect(res.statusCode).toBe(200);
    const d = res.json<Detail>();
    expect(d).toMatchObject({
      institutionName: '贵阳机构X',
      filingCode: 'S0000520100X1',
      procedure_zh: '社会培训评价组织备案',
      asOf: today,
      daysLeft: 30,
      current: true,
      decidedOn: '2026-03-01',
      imported: null,
      institutionEntry: null,
    });
    expect(d.procedure_en).toMatch(/^[\x20-\x7e’]+$/);
  });

  it('lists exactly the receipt and the publication record, named in Chinese and English — never the case’s internal documents', async () => {
    const d = (await get(`/api/v1/directory/${entry}`)).json<Detail>();
    expect(d.documents.map((x) => [x.id, x.kind, x.kind_zh, x.kind_en, x.issuedOn])).toEqual([
      [receipt.id, 'filing_receipt', '备案回执', 'Filing receipt', '2026-03-01'],
      [record.id, 'publication_record', '公布记录', 'Publication record', '2026-03-02'],
    ]);
  });

  it('lists the branches filed under it with their province and own code; a branch points back to the institution', async () => {
    const d = (await get(`/api/v1/directory/${entry}`)).json<Detail>();
    expect(d.branches.map((b) => [b.name, b.provinceName, b.filingCode])).toEqual([
      ['杭州分中心', '浙江省', 'S0000330100X1-B2'],
      ['分支机构', '贵州省', 'S0000520100X1-B1'],
    ]);
    const b = (await get(`/api/v1/directory/${branchEntry}`)).json<Detail>();
    expect(b).toMatchObject({
      procedure_zh: '全国性用人单位分支机构省级备案',
      daysLeft: null,
      decidedOn: '2026-03-05',
      branches: [],
      institutionEntry: { entryId: entry, filingCode: 'S0000520100X1' },
    });
    expect(b.documents.map((x) => x.id)).toEqual([branchReceipt.id]);
  });

  it('sends a published document to anyone without an account, as a PDF attachment', async () => {
    for (const doc of [receipt, record]) {
      const res = await get(`/api/v1/directory/${entry}/documents/${doc.id}/file`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toMatch(/^attachment;/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(Buffer.compare(res.rawPayload, Buffer.from(doc.bytes))).toBe(0);
    }
  });

  it('answers a document that is not public, or of another case, exactly like a random id', async () => {
    const random = answerOf(await get(`/api/v1/directory/${entry}/documents/${randomUUID()}/file`));
    expect(random).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    for (const doc of internal)
      expect(answerOf(await get(`/api/v1/directory/${entry}/documents/${doc.id}/file`))).toEqual(random);
    // The branch's receipt is public, but under the branch's entry, not the institution's.
    expect(answerOf(await get(`/api/v1/directory/${entry}/documents/${branchReceipt.id}/file`))).toEqual(
      random,
    );
    expect(answerOf(await get(`/api/v1/directory/${randomUUID()}/documents/${receipt.id}/file`))).toEqual(
      random,
    );
    expect((await get(`/api/v1/directory/${entry}/documents/not-an-id/file`)).statusCode).toBe(400);
  });

  it('says a validity ended yesterday has -1 days left and is no longer current', async () => {
    const caseId = await newCase(f.institutions.y, f.authorities.guizhou, '520100');
    const { entryId } = await publish({
      institutionId: f.institutions.y,
      caseId,
      filingCode: 'S0000520100Y-LAPSED',
      validTo: addCalendarDays(today, -1),
      authorityId: f.authorities.guizhou,
    });
    const d = (await get(`/api/v1/directory/${entryId}`)).json<Detail>();
    expect(d).toMatchObject({ daysLeft: -1, current: false, documents: [] });
  });
});

describe('a withdrawn entry', () => {
  it('answers the entry and its documents exactly like random ids', async () => {
    const caseId = await newCase(f.institutions.y, f.authorities.guizhou, '520100');
    const receipt = await issue(caseId, 'filing_receipt', '2026-03-01');
    const { entryId } = await publish({
      institutionId: f.institutions.y,
      caseId,
      filingCode: 'S0000520100Y-WITHDRAWN',
      validTo: addCalendarDays(today, 300),
      authorityId: f.authorities.guizhou,
    });
    const url = `/api/v1/directory/${entryId}/documents/${receipt.id}/file`;
    expect((await get(`/api/v1/directory/${entryId}`)).statusCode).toBe(200);
    expect((await get(url)).statusCode).toBe(200);
    await db.transaction().execute((trx) =>
      withdrawDirectoryEntry(
        trx,
        { caller: null, requestId: 'directory-entry-test' },
        {
          entry: { id: entryId },
          reason_zh: '提供虚假材料，撤销备案',
          citations: [{ source: 'mohrss-filing', article: '二', item: '十一' }],
        },
      ),
    );
    const randomEntry = answerOf(await get(`/api/v1/directory/${randomUUID()}`));
    expect(randomEntry).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(answerOf(await get(`/api/v1/directory/${entryId}`))).toEqual(randomEntry);
    const randomFile = answerOf(
      await get(`/api/v1/directory/${randomUUID()}/documents/${randomUUID()}/file`),
    );
    expect(answerOf(await get(url))).toEqual(randomFile);
  });
});

describe('an imported entry (存量导入)', () => {
  it('carries the mark with its source file and row, no documents, and the sheet’s decision date', async () => {
    const batchId = randomUUID();
    await db
      .insertInto('filing_import_batches')
      .values({
        id: batchId,
        file_name: '存量备案2025.xlsx',
        file_sha256: 'a'.repeat(64),
        imported_on: '2026-01-15',
        imported_by: null,
        rows_total: 1,
        inserted: 1,
        updated: 0,
        unchanged: 0,
      })
      .execute();
    const entryId = await db.transaction().execute((trx) =>
      insertDirectoryEntry(trx, {
        institutionId: f.institutions.z,
        branchId: null,
        caseId: null,
        importBatchId: batchId,
        importRow: 7,
        procedure: 'filings-import',
        regime: 'mohrss-filing',
        filingCode: 'S2023330100007',
        institutionName: '杭州机构Z',
        institutionKind: 'social_org',
        branchName: null,
        jurisdictionCode: '330100',
        authorityId: f.authorities.zhejiang,
        validFrom: '2023-06-01',
        validTo: '2026-05-31',
        citations: [],
        publishedOn: '2023-05-20',
        publishedBy: null,
        scopes: [{ occupationCode: '4-03-02-01', level: 5 }],
        programmes: [],
      }),
    );
    const d = (await get(`/api/v1/directory/${entryId}`)).json<Detail>();
    expect(d).toMatchObject({
      procedure_zh: '存量导入（本系统启用前作出）',
      procedure_en: 'Imported (decided before SkillReg)',
      imported: { fileName: '存量备案2025.xlsx', row: 7 },
      decidedOn: '2023-05-20',
      documents: [],
    });
  });
});
