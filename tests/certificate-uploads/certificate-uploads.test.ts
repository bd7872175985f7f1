// 证书数据上报 (issue 11 point 6, decision 0031) through the API and the job runner, on the test
// database (PGlite, or PostgreSQL with TEST_DATABASE_URL): every refusal reason with its column, the
// scope on the issue date by mohrss-violations §15 with the validity's ends, duplicates within the file
// and against the register, the same file twice, a crash inside a batch (all or nothing, resumed after
// the last committed batch), a failure stating what was committed, cancel, and scoping (404).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import {
  csvOf,
  goodRow,
  LEVEL,
  number,
  OCC,
  openUploadWorld,
  xlsxOf,
  type Row,
  type UploadView,
  type UploadWorld,
} from './upload-support.js';
import { makeIdNumber } from '../support/personas.js';
import { claimJob, newWorkerId } from '../../src/jobs/job-queue.js';
import { certificateUploadHandler } from '../../src/use-cases/certificate-uploads/run-upload.js';

let w: UploadWorld;
const db = () => w.t.handle.db;

beforeAll(async () => {
  w = await openUploadWorld();
});
afterAll(async () => {
  await w.t.close();
});

async function uploadAndRun(rows: Row[] | Buffer, fileName = 'certs.csv'): Promise<UploadView> {
  const res = await w.upload('institutionX', fileName, Buffer.isBuffer(rows) ? rows : csvOf(rows));
  expect(res.statusCode, res.body).toBe(202);
  const queued = res.json<UploadView>();
  expect(queued.status).toBe('queued');
  await w.runner().drain();
  return (
    await w.as.institutionX.inject('GET', `/api/v1/certificate-uploads/${queued.id}`)
  ).json<UploadView>();
}

async function rejections(id: string) {
  const res = await w.as.institutionX.inject('GET', `/api/v1/certificate-uploads/${id}/rejections`);
  expect(res.statusCode).toBe(200);
  return res.json<{ items: { row: number; column: string; code: string; reason: string }[] }>().items;
}

const countOf = async (uploadId: string) =>
  Number(
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from certificates where upload_id = ${uploadId}`.execute(db())
    ).rows[0]!.n,
  );

describe('row checks (mohrss-violations §15: wrong data is not registered)', () => {
  it('refuses each wrong row with its column and a reason in Chinese, and registers the rest', async () => {
    const rows: Row[] = [
      goodRow(1), // row 2
      ['', '李四', '居民身份证', makeIdNumber(2), OCC, '3', '2024-06-30'], // 3 no number
      [number(2024, 3).slice(0, 20), '李四', '居民身份证', makeIdNumber(3), OCC, '3', '2024-06-30'], // 4 length
      [number(2024, 4), '李四', '居民身份证', '520102198001010001', OCC, '3', '2024-06-30'], // 5 checksum
      [number(2024, 5), '李四', '驾驶证', makeIdNumber(5), OCC, '3', '2024-06-30'], // 6 doc type
      [number(2024, 6), '李四2', '居民身份证', makeIdNumber(6), OCC, '3', '2024-06-30'], // 7 name
      [number(2024, 7), '李四', '居民身份证', makeIdNumber(7), '9-99-99-99', '3', '2024-06-30'], // 8 catalogue
      [number(2024, 8), '李四', '居民身份证', makeIdNumber(8), OCC, '6', '2024-06-30'], // 9 level
      [number(2024, 9), '李四', '居民身份证', makeIdNumber(9), OCC, '3', '2025-06-31'], // 10 date
      [number(2023, 10), '李四', '居民身份证', makeIdNumber(10), OCC, '3', '2024-06-30'], // 11 year
      [number(2024, 11, 4), '李四', '居民身份证', makeIdNumber(11), OCC, '3', '2024-06-30'], // 12 level digit
      [
        `S000033000101${number(2024, 12).slice(13)}`,
        '李四',
        '居民身份证',
        makeIdNumber(12),
        OCC,
        '3',
        '2024-06-30',
      ], // 13 not ours
      goodRow(13, '2024-07-01'), // 14
    ];
    const up = await uploadAndRun(rows);
    expect(up.status).toBe('succeeded');
    expect(up.accepted).toBe(2);
    expect(up.rejected).toBe(11);
    const r = await rejections(up.id);
    expect(r.map((x) => [x.row, x.column, x.code])).toEqual([
      [3, '证书编号', 'NUMBER_MISSING'],
      [4, '证书编号', 'CERTIFICATE_NUMBER_LENGTH'],
      [5, '证件号码', r[2]!.code],
      [6, '证件类型', 'DOC_TYPE_UNKNOWN'],
      [7, '姓名', 'NAME_FORM'],
      [8, '职业（工种）代码', 'OCCUPATION_UNKNOWN'],
      [9, '等级', 'LEVEL_RANGE'],
      [10, '发证日期', 'DATE_FORM'],
      [11, '证书编号', 'NUMBER_YEAR'],
      [12, '证书编号', 'NUMBER_LEVEL'],
      [13, '证书编号', 'NUMBER_NOT_OURS'],
    ]);
    for (const x of r) expect(x.reason).toMatch(/[\u4e00-\u9fff]/);
    expect(await countOf(up.id)).toBe(2);
    // Stored as everywhere else: encrypted, hashed, masked — never the plain number.
    const c = await db()
      .selectFrom('certificates')
      .selectAll()
      .where('upload_id', '=', up.id)
      .executeTakeFirstOrThrow();
    expect(c.holder_doc_enc).not.toContain(makeIdNumber(1));
    expect(c.holder_doc_masked).toMatch(/\*/);
    expect(c.queryable_at).toBeTruthy();
  });

  it('keeps a refused cell exactly in its reason, tabs, backslashes and line breaks included', async () => {
    // On PostgreSQL the rows reach the staging table as COPY text, where these characters are escapes.
    const cell = '驾驶证\t\\N\\\r\n第二行';
    const row = [number(2024, 40), '李四', `"${cell}"`, makeIdNumber(40), OCC, '3', '2024-06-30'];
    const file = Buffer.concat([csvOf([]), Buffer.from(`\n${row.join(',')}\n`)]);
    const up = await uploadAndRun(file);
    expect(up.rejected).toBe(1);
    expect((await rejections(up.id))[0]!.reason).toBe(`证件类型“${cell.trim()}”不受支持`);
  });
});

describe('mohrss-violations §15: out-of-scope rows refused by the issue date', () => {
  it('registers rows issued on the first and last day of the filing and refuses the day before and the day after', async () => {
    const up = await uploadAndRun([
      goodRow(101, '2024-02-29'),
      goodRow(102, '2024-03-01'),
      goodRow(103, '2025-02-28'),
      goodRow(104, '2025-03-01'),
      [number(2024, 105, 4), '王五', '居民身份证', makeIdNumber(105), OCC, '4', '2024-06-30'], // level not filed
    ]);
    expect([up.accepted, up.rejected]).toEqual([2, 3]);
    const r = await rejections(up.id);
    expect(r.map((x) => [x.row, x.code])).toEqual([
      [2, 'OUT_OF_SCOPE'],
      [5, 'OUT_OF_SCOPE'],
      [6, 'OUT_OF_SCOPE'],
    ]);
    for (const x of r) expect(x.reason).toContain('第十五条');
    expect(r[0]!.reason).toContain('2024-02-29');
  });
});

describe('duplicates and the same file twice', () => {
  it('refuses a number repeated in the file (within a batch and across batches), naming the first row', async () => {
    const up = await uploadAndRun([goodRow(201), goodRow(201), goodRow(202), goodRow(203), goodRow(201)]);
    expect([up.accepted, up.rejected]).toEqual([3, 2]);
    const r = await rejections(up.id);
    expect(r.map((x) => [x.row, x.code])).toEqual([
      [3, 'DUPLICATE_IN_FILE'],
      [6, 'DUPLICATE_IN_FILE'],
    ]);
    expect(r[0]!.reason).toContain('第 2 行');
  });

  it('creates nothing new when the same file is uploaded again, and says how many rows were already present', async () => {
    const file = csvOf([goodRow(301), goodRow(302), goodRow(303, '2025-03-01')]);
    const first = await uploadAndRun(file);
    expect([first.accepted, first.rejected, first.alreadyPresent]).toEqual([2, 1, 0]);
    const again = await uploadAndRun(file);
    expect([again.accepted, again.rejected, again.alreadyPresent]).toEqual([0, 1, 2]);
    expect(await countOf(again.id)).toBe(0);
  });

  it('refuses a number the register holds for another certificate', async () => {
    await uploadAndRun([goodRow(401)]);
    const other: Row = [...goodRow(401)];
    other[3] = makeIdNumber(499);
    const up = await uploadAndRun([other]);
    expect((await rejections(up.id)).map((x) => x.code)).toEqual(['NUMBER_TAKEN']);
  });

  it('finds a number the register holds even where the serial counter is behind it: the unique index has the last word', async () => {
    await uploadAndRun([goodRow(1001), goodRow(1002)]);
    // A register written without moving the counter (data from before the counters, say): the numbers
    // above the counter are written without a probe, and the register's unique index refuses them.
    await sql`update certificate_serials set last_serial = 0 where prefix = ${number(2024, 1).slice(0, 16)}`.execute(
      db(),
    );
    const taken: Row = [...goodRow(1002)];
    taken[3] = makeIdNumber(1099);
    // Batches of three rows: 1003, 1001, 1002' | 1004.
    const up = await uploadAndRun([goodRow(1003), goodRow(1001), taken, goodRow(1004)]);
    expect([up.status, up.accepted, up.rejected, up.alreadyPresent]).toEqual(['succeeded', 2, 1, 1]);
    expect((await rejections(up.id)).map((x) => [x.row, x.code])).toEqual([[4, 'NUMBER_TAKEN']]);
    expect(await countOf(up.id)).toBe(2);
    const holders = await sql<{ number: string; upload_id: string }>`
      select number, upload_id from certificates where number in (${number(2024, 1001)}, ${number(2024, 1002)},
        ${number(2024, 1003)}, ${number(2024, 1004)}) order by number`.execute(db());
    expect(holders.rows.map((r) => r.upload_id === up.id)).toEqual([false, false, true, true]);
    // The batch that wrote its numbers moved the counter past them again.
    const counter = await sql<{ last_serial: number }>`
      select last_serial from certificate_serials where prefix = ${number(2024, 1004).slice(0, 16)}`.execute(
      db(),
    );
    expect(counter.rows[0]!.last_serial).toBe(1004);
  });

  it('reads an XLSX file the same way', async () => {
    const up = await uploadAndRun(await xlsxOf([goodRow(501), goodRow(502, '2026-01-05')]), 'certs.xlsx');
    expect([up.accepted, up.rejected]).toEqual([1, 1]);
  });
});

describe('a batch is all or nothing; the job resumes after the last committed batch', () => {
  it('leaves nothing of a batch that crashed, and the next claim continues after the committed one', async () => {
    const rows = Array.from({ length: 8 }, (_, i) => goodRow(600 + i));
    const res = await w.upload('institutionX', 'crash.csv', csvOf(rows));
    const id = res.json<UploadView>().id;
    const crashing = certificateUploadHandler({
      db: db(),
      personalData: w.t.app.personalData,
      batchRows: 3,
      duringBatch: (n) => {
        if (n === 2) throw new Error('simulated crash inside batch 2');
      },
    });
    const job = await claimJob(db(), newWorkerId());
    expect(job?.id).toBe(id);
    await expect(crashing.run(job!)).rejects.toThrow('simulated crash');
    // Batch 1 (rows 2–4) committed; nothing of batch 2.
    expect(await countOf(id)).toBe(3);
    const mid = await db()
      .selectFrom('certificate_uploads')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect([mid.rows_done, mid.batches_done]).toEqual([4, 1]);
    // The process is gone: its lease runs out and another worker resumes.
    await sql`update background_jobs set locked_until = now() - interval '1 second' where id = ${id}`.execute(
      db(),
    );
    await w.runner().drain();
    const done = (
      await w.as.institutionX.inject('GET', `/api/v1/certificate-uploads/${id}`)
    ).json<UploadView>();
    expect([done.status, done.accepted, done.rejected, done.alreadyPresent]).toEqual(['succeeded', 8, 0, 0]);
    expect(await countOf(id)).toBe(8);
  });

  it('marks a job failed after its last attempt, stating exactly what was committed', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => goodRow(700 + i));
    const id = (await w.upload('institutionX', 'fails.csv', csvOf(rows))).json<UploadView>().id;
    const runner = w.runner({
      duringBatch: (n) => {
        if (n >= 2) throw new Error('disk full');
      },
    });
    await runner.drain();
    const up = (
      await w.as.institutionX.inject('GET', `/api/v1/certificate-uploads/${id}`)
    ).json<UploadView>();
    expect(up.status).toBe('failed');
    expect(up.failure).toContain('已提交至文件第 4 行（共 1 批）：登记 3 张、拒绝 0 行、已存在 0 行');
    expect(await countOf(id)).toBe(3);
  });
});

describe('cancel', () => {
  it('cancels a queued upload at once; the uploader only; an ended one answers 409', async () => {
    const id = (await w.upload('institutionX', 'cancel.csv', csvOf([goodRow(801)]))).json<UploadView>().id;
    expect((await w.as.provinceA.inject('POST', `/api/v1/certificate-uploads/${id}/cancel`)).statusCode).toBe(
      403,
    );
    const res = await w.as.institutionX.inject('POST', `/api/v1/certificate-uploads/${id}/cancel`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<UploadView>().status).toBe('cancelled');
    await w.runner().drain();
    expect(await countOf(id)).toBe(0);
    const again = await w.as.institutionX.inject('POST', `/api/v1/certificate-uploads/${id}/cancel`);
    expect(again.statusCode).toBe(409);
  });

  it('stops a running upload before its next batch, keeping the committed ones', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => goodRow(850 + i));
    const id = (await w.upload('institutionX', 'stop.csv', csvOf(rows))).json<UploadView>().id;
    await w
      .runner({
        // The cancel request arrives while batch 1 is being written.
        duringBatch: async (n, trx) => {
          if (n === 1)
            await trx
              .updateTable('background_jobs')
              .set({ cancel_requested: true })
              .where('id', '=', id)
              .execute();
        },
      })
      .drain();
    const up = (
      await w.as.institutionX.inject('GET', `/api/v1/certificate-uploads/${id}`)
    ).json<UploadView>();
    expect([up.status, up.accepted]).toEqual(['cancelled', 3]);
    expect(await countOf(id)).toBe(3);
  });
});

describe('scope: an upload is its institution’s and its authorities’', () => {
  it('answers 404 to another institution and another province exactly as to a random id', async () => {
    const up = await uploadAndRun([goodRow(901)]);
    const random = '00000000-0000-4000-8000-00000000abcd';
    for (const who of ['institutionY', 'provinceB'] as const) {
      const a = await w.as[who].inject('GET', `/api/v1/certificate-uploads/${up.id}`);
      const b = await w.as[who].inject('GET', `/api/v1/certificate-uploads/${random}`);
      expect([a.statusCode, b.statusCode]).toEqual([404, 404]);
      expect(a.json<{ detail: string }>().detail).toBe(b.json<{ detail: string }>().detail);
      expect(
        (await w.as[who].inject('GET', `/api/v1/certificate-uploads/${up.id}/rejections.xlsx`)).statusCode,
      ).toBe(404);
      const list = (await w.as[who].inject('GET', '/api/v1/certificate-uploads')).json<{
        items: UploadView[];
      }>();
      expect(list.items.map((i) => i.id)).not.toContain(up.id);
    }
    expect(
      (await w.as.institutionY.inject('POST', `/api/v1/certificate-uploads/${up.id}/cancel`)).statusCode,
    ).toBe(404);
    expect((await w.as.provinceA.inject('GET', `/api/v1/certificate-uploads/${up.id}`)).statusCode).toBe(200);
  });

  it('lets only institution staff upload', async () => {
    expect((await w.upload('provinceA', 'a.csv', csvOf([goodRow(950)]))).statusCode).toBe(403);
  });

  it('refuses a file that is neither CSV nor XLSX, with a Chinese message and nothing queued', async () => {
    const res = await w.upload('institutionX', 'certs.txt', Buffer.from('x'));
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string }>().code).toBe('UPLOAD_FORMAT');
  });
});

describe('files', () => {
  it('fails a CSV it cannot read at once, naming the line, and keeps the batches before it', async () => {
    const bad = `${number(2024, 1103)},"李四,居民身份证,${makeIdNumber(1103)},${OCC},3,2024-06-30`;
    const file = Buffer.concat([
      csvOf([goodRow(1101), goodRow(1102), goodRow(1104)]),
      Buffer.from(`\n${bad}\n`),
    ]);
    const up = await uploadAndRun(file);
    expect(up.status).toBe('failed');
    expect(up.failure).toContain('CSV 文件第 5 行无法解析：引号没有闭合');
    expect(up.failure).toContain('登记 3 张');
    expect(await countOf(up.id)).toBe(3);
  });

  it('serves the template with the columns and their notes in Chinese', async () => {
    const res = await w.as.institutionX.inject('GET', '/api/v1/certificate-uploads/template?format=xlsx');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const header = wb.worksheets[0]!.getRow(1);
    expect(header.getCell(1).value).toBe('证书编号');
    expect(String(header.getCell(7).note)).toContain('第十五条');
    const csv = await w.as.institutionX.inject('GET', '/api/v1/certificate-uploads/template?format=csv');
    expect(csv.body).toContain('证书编号,姓名,证件类型,证件号码,职业（工种）代码,等级,发证日期');
  });

  it('downloads the rejected rows as XLSX: row, column, reason', async () => {
    const up = await uploadAndRun([goodRow(960), goodRow(961, '2023-01-01')]);
    const res = await w.as.institutionX.inject('GET', `/api/v1/certificate-uploads/${up.id}/rejections.xlsx`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([undefined, '行号', '列', '原因']);
    expect(ws.getRow(2).getCell(1).value).toBe(3);
    expect(String(ws.getRow(2).getCell(3).value)).toContain('超出备案范围');
    expect(LEVEL).toBe(3);
  });
});

describe('job priority (migration 0021)', () => {
  it('an upload a person starts is claimed before bulk history queued earlier; first come first within each', async () => {
    const { enqueueJob } = await import('../../src/jobs/job-queue.js');
    const ids = { bulk1: randomUUID(), bulk2: randomUUID(), person1: randomUUID(), person2: randomUUID() };
    await db()
      .transaction()
      .execute(async (trx) => {
        await enqueueJob(trx, ids.bulk1, 'certificate_upload', 'bulk');
        await enqueueJob(trx, ids.bulk2, 'certificate_upload', 'bulk');
      });
    await db()
      .transaction()
      .execute((trx) => enqueueJob(trx, ids.person1, 'certificate_upload'));
    await db()
      .transaction()
      .execute((trx) => enqueueJob(trx, ids.person2, 'certificate_upload'));
    // Back-date the bulk jobs so that "first come" alone would pick them.
    await sql`update background_jobs set created_at = now() - interval '1 hour' where id in (${ids.bulk1}, ${ids.bulk2})`.execute(
      db(),
    );
    await sql`update background_jobs set created_at = created_at + interval '1 second' where id = ${ids.bulk2}`.execute(
      db(),
    );
    await sql`update background_jobs set created_at = now() + interval '1 second' where id = ${ids.person2}`.execute(
      db(),
    );
    const worker = newWorkerId();
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      const job = await claimJob(db(), worker);
      order.push(job!.id);
    }
    expect(order).toEqual([ids.person1, ids.person2, ids.bulk1, ids.bulk2]);
    // These jobs have no upload behind them: take them out of the queue for the other tests.
    await sql`update background_jobs set status = 'cancelled', finished_at = now() where id in (${ids.bulk1}, ${ids.bulk2}, ${ids.person1}, ${ids.person2})`.execute(
      db(),
    );
  });
});
