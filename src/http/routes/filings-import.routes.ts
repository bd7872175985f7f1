// /api/v1 import of existing filings (备案/遴选存量导入, docs/decisions/0022-filings-import.md), for the
// system administrator: download the template (Excel or CSV), upload a sheet (multipart; optionally a
// dry run) and get the row-by-row report — 200 when imported, 422 problem+json carrying the same
// report when any row is wrong (nothing written) — and list the batches imported so far.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import multipart from '@fastify/multipart';
import { AppError, forbidden } from '../../domain/errors.js';
import { requireCaller } from '../session-plugin.js';
import { attachmentHeaders } from '../../materials/download-headers.js';
import { filingsImportPolicy } from '../../policies/filings-import.policy.js';
import { importFilings } from '../../use-cases/filings-import/import-filings.js';
import { buildImportTemplate } from '../../use-cases/filings-import/template.js';
import { listImportBatches } from '../../persistence/filings-import.repository.js';
import { isoTime } from '../../persistence/paging.js';
import { problem } from '../schemas/common.schema.js';

/** A province's register as Excel stays well under this. */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;

const issue = z.object({
  row: z.number().int().describe('表格中的行号（表头为第 1 行；0 表示整个文件）'),
  column: z.string().optional().describe('出错的列（表头名称）'),
  message: z.string().describe('错误说明'),
});
const report = z.object({
  fileName: z.string(),
  sha256: z.string(),
  batchId: z.string().nullable().describe('导入批次；未写入（试导入或有错误）时为 null'),
  importedOn: z.string(),
  dryRun: z.boolean(),
  written: z.boolean(),
  rowsTotal: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  issues: z.array(issue),
  rows: z.array(
    z.object({
      row: z.number().int(),
      filingCode: z.string(),
      institutionName: z.string(),
      outcome: z.enum(['inserted', 'updated', 'unchanged']).describe('新增 / 更新 / 未变'),
    }),
  ),
});
const batch = z.object({
  id: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  importedOn: z.string(),
  importedAt: z.string(),
  importedBy: z.string().nullable().describe('导入人（命令行或演示数据导入时为空）'),
  rowsTotal: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

const uploadRejected = (detail: string) => new AppError(422, 'UPLOAD_INVALID', '文件不符合要求', detail);

export const filingsImportRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, {
    limits: { fileSize: MAX_IMPORT_FILE_BYTES, files: 1, fields: 2, fieldSize: 20, parts: 3 },
  });
  // Every route is the administrator's: 401 without a session, 403 for anyone else.
  app.addHook('onRequest', async (request) => {
    const caller = requireCaller(request);
    if (!filingsImportPolicy.canImport(caller)) throw forbidden('只有系统管理员可以导入存量备案');
  });

  app.get(
    '/filings-import/template',
    {
      config: { policy: 'filings-import.run' },
      schema: {
        tags: ['存量导入'],
        summary: '下载存量备案导入模板（Excel 或 CSV）',
        querystring: z.strictObject({
          format: z.enum(['xlsx', 'csv']).default('xlsx').describe('模板格式'),
        }),
      },
    },
    async (request, reply) => {
      const t = await buildImportTemplate(request.query.format);
      return reply.headers(attachmentHeaders(t.fileName, t.contentType, t.bytes.length)).send(t.bytes);
    },
  );

  app.get(
    '/filings-import/batches',
    {
      config: { policy: 'filings-import.run' },
      schema: {
        tags: ['存量导入'],
        summary: '已导入的批次（最近 50 个）',
        response: { 200: z.object({ items: z.array(batch) }) },
      },
    },
    async () => ({
      items: (await listImportBatches(app.db, 50)).map((b) => ({
        id: b.id,
        fileName: b.file_name,
        sha256: b.file_sha256,
        importedOn: b.imported_on,
        importedAt: isoTime(b.imported_at),
        importedBy: b.imported_by_name,
        rowsTotal: b.rows_total,
        inserted: b.inserted,
        updated: b.updated,
        unchanged: b.unchanged,
      })),
    }),
  );

  app.post(
    '/filings-import',
    {
      config: { policy: 'filings-import.run' },
      schema: {
        tags: ['存量导入'],
        summary:
          '上传存量备案表格（multipart/form-data：file，可选 dryRun=true 只校验）；逐行校验，有任何错误则不导入（422，附报告）',
        response: { 200: report, 422: problem.extend({ report: report.optional() }) },
      },
    },
    async (request) => {
      if (!request.isMultipart()) throw uploadRejected('请以 multipart/form-data 方式上传文件');
      let file: { bytes: Buffer; fileName: string } | undefined;
      let dryRun = false;
      try {
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            if (file) throw uploadRejected('一次只能上传一个文件');
            file = { bytes: await part.toBuffer(), fileName: part.filename };
          } else if (part.fieldname === 'dryRun') {
            dryRun = part.value === 'true';
          }
        }
      } catch (err) {
        if (err instanceof AppError) throw err;
        const code = (err as { code?: string }).code;
        if (code === 'FST_REQ_FILE_TOO_LARGE')
          throw uploadRejected(`文件超过 ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB 的大小限制`);
        if (code?.startsWith('FST_')) throw uploadRejected('上传内容不符合要求（文件或字段过多、过大）');
        throw err;
      }
      if (!file) throw uploadRejected('未收到文件');
      return importFilings(
        { db: app.db, caller: request.caller, requestId: String(request.id) },
        { fileName: file.fileName, bytes: file.bytes, dryRun },
      );
    },
  );
};
