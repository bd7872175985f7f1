// Shared set-up of the upload tests: institution X filed for one occupation × level over a known
// validity, its issuer code, multipart uploads through the API, and a job runner the test drives.
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import ExcelJS from 'exceljs';
import { openTestApp, type TestApp } from '../support/test-app.js';
import {
  loginPersonas,
  makeIdNumber,
  seedPersonas,
  type Client,
  type Fixture,
  type Persona,
} from '../support/personas.js';
import { publishDirectoryEntry } from '../../src/use-cases/directory/publish-directory-entry.js';
import { createSession } from '../../src/persistence/sessions.repository.js';
import { startJobRunner, type JobRunner } from '../../src/jobs/job-runner.js';
import {
  certificateUploadHandler,
  type UploadJobOptions,
} from '../../src/use-cases/certificate-uploads/run-upload.js';
import { UPLOAD_COLUMNS } from '../../src/use-cases/certificate-uploads/columns.js';

export const OCC = '4-04-05-01';
export const LEVEL = 3;
export const VALID_FROM = '2024-03-01';
export const VALID_TO = '2025-02-28';
/** Positions 1–13 of X's numbers: S, provincial 0000, Guizhou 52, site 000101. */
export const PREFIX = 'S000052000101';

export interface UploadWorld {
  t: TestApp;
  f: Fixture;
  as: Record<Persona, Client>;
  upload(persona: Persona, fileName: string, bytes: Buffer): Promise<LightMyRequestResponse>;
  runner(opts?: Partial<UploadJobOptions>): JobRunner;
}

export const number = (year: number, serial: number, level = LEVEL) =>
  `${PREFIX}${String(year % 100).padStart(2, '0')}${level}${String(serial).padStart(6, '0')}`;

export type Row = [
  number: string,
  name: string,
  docType: string,
  doc: string,
  occ: string,
  level: string,
  date: string,
];

export const goodRow = (serial: number, date = '2024-06-30', person = serial): Row => [
  number(Number(date.slice(0, 4)), serial),
  '张三',
  '居民身份证',
  makeIdNumber(person),
  OCC,
  String(LEVEL),
  date,
];

export const csvOf = (rows: Row[]): Buffer =>
  Buffer.from(
    [UPLOAD_COLUMNS.map((c) => c.header).join(','), ...rows.map((r) => r.join(','))].join('\n'),
    'utf8',
  );

export async function xlsxOf(rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('证书数据');
  ws.addRow(UPLOAD_COLUMNS.map((c) => c.header));
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function multipart(fileName: string, bytes: Buffer): { body: Buffer; contentType: string } {
  const boundary = `----skillreg${randomUUID()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
    'utf8',
  );
  return {
    body: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8')]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

export async function openUploadWorld(): Promise<UploadWorld> {
  const t = await openTestApp();
  const db = t.handle.db;
  const f = await seedPersonas(db);
  const as = await loginPersonas(t.app, f);
  const caseId = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('cases')
      .values({
        id: caseId,
        procedure: 'upload-test-filing',
        reference_no: '上报测试申〔2024〕1号',
        institution_id: f.institutions.x,
        branch_id: null,
        authority_id: f.authorities.guizhou,
        jurisdiction_code: '520100',
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
        institutionId: f.institutions.x,
        branchId: null,
        caseId,
        procedure: 'upload-test-filing',
        regime: 'mohrss-filing',
        filingCode: '上报测试备案码〔2024〕1号',
        validFrom: VALID_FROM,
        validTo: VALID_TO,
        scopes: [{ occupationCode: OCC, level: LEVEL }],
        authorityId: f.authorities.guizhou,
        citations: [{ source: 'mohrss-filing', article: '二', item: '十' }],
      },
    );
    await trx
      .insertInto('certificate_issuer_codes')
      .values({
        id: randomUUID(),
        institution_id: f.institutions.x,
        kind_letter: 'S',
        institution_code: '0000',
        province_code: '52',
        site_sequence: '000101',
      })
      .execute();
  });
  const cookies = new Map<Persona, { token: string; csrfToken: string }>();
  for (const p of ['institutionX', 'institutionY', 'provinceA'] as const)
    cookies.set(
      p,
      await createSession(db, { userId: f.userIds[p], absoluteExpiresAt: new Date(Date.now() + 3_600_000) }),
    );
  return {
    t,
    f,
    as,
    async upload(persona, fileName, bytes) {
      const s = cookies.get(persona);
      const m = multipart(fileName, bytes);
      return t.app.inject({
        method: 'POST',
        url: '/api/v1/certificate-uploads',
        headers: {
          'content-type': m.contentType,
          ...(s ? { cookie: `sid=${s.token}`, 'x-csrf-token': s.csrfToken } : {}),
        },
        payload: m.body,
      });
    },
    runner(opts = {}) {
      const handler = certificateUploadHandler({
        db,
        personalData: t.app.personalData,
        batchRows: 3,
        ...opts,
      });
      return startJobRunner(db, { certificate_upload: handler }, { autoStart: false, pollMs: 50 });
    },
  };
}

export interface UploadView {
  id: string;
  status: string;
  accepted: number;
  rejected: number;
  alreadyPresent: number;
  rowsRead: number;
  failure: string | null;
  abilities: { cancel: boolean; report: boolean };
}
