// /api/v1/certificate-uploads (issue 11 point 6, decision 0031): an institution uploads its certificate
// data 证书数据上报 (CSV or XLSX, multipart, streamed), follows the background job, cancels it and
// downloads the rejected rows; the authorities over it read its uploads. Signed-in users only; outside
// the caller's scope an upload answers 404 as a random id does.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import multipart from '@fastify/multipart';
import { AppError } from '../../domain/errors.js';
import { requireCaller } from '../session-plugin.js';
import { idParamsOf, problem } from '../schemas/common.schema.js';
import { attachmentHeaders } from '../../materials/download-headers.js';
import { registryContext } from './registry.routes.js';
import { kickJobs } from '../../jobs/kick.js';
import { MAX_UPLOAD_BYTES, startUpload } from '../../use-cases/certificate-uploads/start-upload.js';
import { firstRejections, getUpload, listUploads } from '../../use-cases/certificate-uploads/get-upload.js';
import { cancelUpload } from '../../use-cases/certificate-uploads/cancel-upload.js';
import {
  rejectionReport,
  uploadTemplate,
  XLSX_TYPE,
} from '../../use-cases/certificate-uploads/upload-files.js';

const upload = z.object({
  id: z.string(),
  institutionId: z.string(),
  institutionName: z.string(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  sha256: z.string(),
  fileSize: z.number(),
  status: z
    .enum(['queued', 'running', 'succeeded', 'failed', 'cancelled'])
    .describe('排队中 / 处理中 / 已完成 / 失败 / 已取消'),
  cancelRequested: z.boolean(),
  failure: z.string().nullable().describe('失败原因，并写明已提交到哪一行'),
  rowsRead: z.number().int().describe('已处理的数据行'),
  accepted: z.number().int().describe('已登记的证书'),
  rejected: z.number().int().describe('未登记的行'),
  alreadyPresent: z.number().int().describe('登记册中已有的行（重复上传）'),
  batches: z.number().int(),
  progress: z.number().describe('0–1'),
  rowsPerSecond: z.number().nullable(),
  secondsLeft: z.number().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  abilities: z.object({ cancel: z.boolean(), report: z.boolean() }),
});
const rejection = z.object({
  row: z.number().int(),
  column: z.string(),
  code: z.string(),
  reason: z.string(),
});

export const certificateUploadRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 0, parts: 1 } });
  app.addHook('onRequest', async (request) => {
    requireCaller(request);
  });
  const tags = ['证书数据上报'];

  app.get(
    '/certificate-uploads/template',
    {
      config: { policy: 'certificateUpload.read' },
      schema: {
        tags,
        summary: '下载证书数据上报模板（Excel 含各列填写说明，或 CSV）',
        querystring: z.strictObject({ format: z.enum(['xlsx', 'csv']).default('xlsx').describe('模板格式') }),
      },
    },
    async (request, reply) => {
      const t = await uploadTemplate(request.query.format);
      return reply.headers(attachmentHeaders(t.fileName, t.contentType, t.bytes.length)).send(t.bytes);
    },
  );
  app.get(
    '/certificate-uploads',
    {
      config: { policy: 'certificateUpload.read' },
      schema: {
        tags,
        summary: '上报任务（机构看本机构的，监管部门看辖区内的；最近 100 个）',
        response: { 200: z.object({ items: z.array(upload) }) },
      },
    },
    async (request) => ({ items: await listUploads(registryContext(app, request)) }),
  );
  app.post(
    '/certificate-uploads',
    {
      config: { policy: 'certificateUpload.create' },
      schema: {
        tags,
        summary: '上报证书数据（CSV 或 XLSX，最多 100 万行）：在后台逐批校验和登记，立即返回任务',
        consumes: ['multipart/form-data'],
        response: { 202: upload, 413: problem, 422: problem },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw new AppError(422, 'UPLOAD_INVALID', '文件不符合要求', '请以 multipart/form-data 上传文件');
      const part = await request.file();
      if (!part) throw new AppError(422, 'UPLOAD_INVALID', '文件不符合要求', '没有收到文件');
      const view = await startUpload(registryContext(app, request), {
        fileName: part.filename,
        stream: part.file,
        truncated: () => part.file.truncated,
      });
      kickJobs();
      return reply.code(202).send(view);
    },
  );
  app.get(
    '/certificate-uploads/:id',
    {
      config: { policy: 'certificateUpload.read' },
      schema: {
        tags,
        summary: '一个上报任务及其进度',
        params: idParamsOf('证书数据上报 ID'),
        response: { 200: upload, 404: problem },
      },
    },
    async (request) => getUpload(registryContext(app, request), request.params.id),
  );
  app.get(
    '/certificate-uploads/:id/rejections',
    {
      config: { policy: 'certificateUpload.read' },
      schema: {
        tags,
        summary: '未登记的前 50 行（全部见 XLSX 报告）',
        params: idParamsOf('证书数据上报 ID'),
        response: { 200: z.object({ items: z.array(rejection) }), 404: problem },
      },
    },
    async (request) => ({ items: await firstRejections(registryContext(app, request), request.params.id) }),
  );
  app.get(
    '/certificate-uploads/:id/rejections.xlsx',
    {
      config: { policy: 'certificateUpload.read' },
      schema: {
        tags,
        summary: '下载未登记行报告（行号、列、原因；XLSX）',
        params: idParamsOf('证书数据上报 ID'),
      },
    },
    async (request, reply) => {
      const view = await getUpload(registryContext(app, request), request.params.id);
      const name = `未登记行-${view.fileName.replace(/\.(csv|xlsx)$/i, '')}.xlsx`;
      const headers = attachmentHeaders(name, XLSX_TYPE, 0);
      delete headers['content-length'];
      return reply.headers(headers).send(rejectionReport(app.db, view.id));
    },
  );
  app.post(
    '/certificate-uploads/:id/cancel',
    {
      config: { policy: 'certificateUpload.create' },
      schema: {
        tags,
        summary: '取消上报（已提交的批次保留）',
        params: idParamsOf('证书数据上报 ID'),
        response: { 200: upload, 404: problem, 409: problem },
      },
    },
    async (request) => cancelUpload(registryContext(app, request), request.params.id),
  );
};
