// /api/v1 generic case API: every entry procedure (src/use-cases/workflow/procedure-registry.ts) runs
// through these routes — what the caller may apply for, opening a case, the queues (待办/已办, 我的申请,
// assigned reviews), the case page, acting on a case (409 on a stale version, 422 with the rules'
// findings when a guard refuses), uploading materials (multipart) and downloading materials and
// decision documents (attachments, nosniff; 404 outside the case's parties).
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import multipart from '@fastify/multipart';
import { AppError } from '../../domain/errors.js';
import { requireCaller } from '../session-plugin.js';
import { fileStoreFor, type FileStore } from '../../persistence/file-store.js';
import { loadCalendar } from '../../persistence/calendar.repository.js';
import { MAX_UPLOAD_BYTES } from '../../materials/check-upload.js';
import { procedures as registeredProcedures } from '../../use-cases/workflow/procedure-registry.js';
import type { AnyProcedureModule } from '../../use-cases/workflow/procedure-module.js';
import type { CaseContext } from '../../use-cases/cases/case-context.js';
import { listProcedures } from '../../use-cases/cases/list-procedures.js';
import { openProcedureCase } from '../../use-cases/cases/open-procedure-case.js';
import { listCaseQueue } from '../../use-cases/cases/list-cases.js';
import { exportCaseQueue } from '../../use-cases/cases/export-cases.js';
import { attentionCounts } from '../../use-cases/cases/attention-counts.js';
import { attachmentHeaders } from '../../materials/download-headers.js';
import { getCaseDetail } from '../../use-cases/cases/get-case-detail.js';
import { sendCaseEvent } from '../../use-cases/cases/send-case-event.js';
import { uploadCaseMaterial } from '../../use-cases/cases/upload-case-material.js';
import { downloadCaseFile } from '../../use-cases/workflow/download-case-file.js';
import { page, problem } from '../schemas/common.schema.js';
import * as s from '../schemas/cases.schema.js';

export interface CaseRoutesOptions {
  /** The procedures to run; default the registry (tests pass their own). */
  procedures?: readonly AnyProcedureModule[];
  /** Where materials and documents are stored; default from the configuration. */
  store?: FileStore;
  /** For tests: the current time. */
  now?: () => Date;
}

/** Multipart text fields are short: the checklist item id and the id of the file replaced. */
const MAX_FIELD_BYTES = 200;

const uploadRejected = (detail: string) => new AppError(422, 'UPLOAD_INVALID', '文件不符合要求', detail);

export const caseRoutes: FastifyPluginAsyncZod<CaseRoutesOptions> = async (app, opts) => {
  const procedures = opts.procedures ?? registeredProcedures;
  const store = opts.store ?? fileStoreFor(app.config);
  // Only this plugin's routes parse multipart bodies; the file limit is the materials' own.
  await app.register(multipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 4, fieldSize: MAX_FIELD_BYTES, parts: 5 },
  });

  app.addHook('onRequest', async (request) => {
    requireCaller(request);
  });
  const ctx = async (request: FastifyRequest): Promise<CaseContext> => ({
    db: app.db,
    store,
    caller: request.caller,
    requestId: String(request.id),
    procedures,
    calendar: await loadCalendar(app.db),
    personalData: app.personalData,
    uploadQuota: app.config.uploadQuota,
    ...(opts.now ? { now: opts.now() } : {}),
  });

  app.get(
    '/procedures',
    {
      config: { policy: 'case.open' },
      schema: {
        tags: ['申请办理'],
        summary: '当前账号可以提出的申请事项（含申请表结构 JSON Schema）',
        response: { 200: s.procedureList },
      },
    },
    async (request) => listProcedures(await ctx(request)),
  );

  app.post(
    '/cases',
    {
      config: { policy: 'case.open' },
      schema: {
        tags: ['申请办理'],
        summary: '提出申请（创建案件，生成申请编号）',
        body: s.openCaseBody,
        response: { 201: s.openedCase, 422: s.problemWithFindings },
      },
    },
    async (request, reply) => reply.code(201).send(await openProcedureCase(await ctx(request), request.body)),
  );

  app.get(
    '/cases',
    {
      config: { policy: 'case.list' },
      schema: {
        tags: ['申请办理'],
        summary: '案件列表：待办/已办（受理部门）、我的申请、分配给我的评审、辖区内案件',
        querystring: s.caseListQuery,
        response: { 200: page(s.caseListItem) },
      },
    },
    async (request) => listCaseQueue(await ctx(request), request.query),
  );

  app.get(
    '/cases/attention',
    {
      config: { policy: 'case.list' },
      schema: {
        tags: ['申请办理'],
        summary: '监管部门首页：待受理、已逾期、本周结束的公示、90 天内到期的备案（本部门范围）',
        response: { 200: s.attentionCounts },
      },
    },
    async (request) => attentionCounts(await ctx(request)),
  );

  app.get(
    '/cases/export.xlsx',
    {
      config: { policy: 'case.list' },
      schema: {
        tags: ['申请办理'],
        summary: '导出案件列表（Excel）：与列表相同的视图、范围与筛选条件，中文表头，不含证件号码',
        querystring: s.caseExportQuery,
      },
    },
    async (request, reply) => {
      const file = await exportCaseQueue(await ctx(request), request.query);
      return reply
        .headers(attachmentHeaders(file.fileName, file.contentType, file.bytes.length))
        .send(file.bytes);
    },
  );

  app.get(
    '/cases/:id',
    {
      config: { policy: 'case.read' },
      schema: {
        tags: ['申请办理'],
        summary: '案件办理进度：当前状态、等待谁、期限及计算说明、办理记录、材料清单、文书、可办理事项',
        params: s.caseIdParams,
        response: { 200: s.caseDetail },
      },
    },
    async (request) => getCaseDetail(await ctx(request), request.params.id),
  );

  app.post(
    '/cases/:id/events/:event',
    {
      config: { policy: 'case.act' },
      schema: {
        tags: ['申请办理'],
        summary: '办理事项（提交、受理、补正、评审、备案…）；版本过期 409，不符合条件 422 并附规则结论',
        params: s.eventParams,
        body: s.eventBody,
        response: { 200: s.sentEvent, 409: problem, 422: s.problemWithFindings },
      },
    },
    async (request) =>
      sendCaseEvent(await ctx(request), {
        caseId: request.params.id,
        event: request.params.event,
        version: request.body.version,
        payload: request.body.payload,
        comment: request.body.comment,
      }),
  );

  app.post(
    '/cases/:id/materials',
    {
      config: { policy: 'case.uploadMaterial' },
      schema: {
        tags: ['申请办理'],
        summary: '上传申请材料（multipart/form-data：checklistItem、可选 replaces、file）',
        params: s.caseIdParams,
        response: { 201: s.uploadedMaterial, 413: problem, 422: problem },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw uploadRejected('请以 multipart/form-data 方式上传文件');
      const fields: Record<string, string> = {};
      let file: { bytes: Buffer; fileName: string; declaredType: string } | undefined;
      try {
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            if (file) throw uploadRejected('一次只能上传一个文件');
            file = { bytes: await part.toBuffer(), fileName: part.filename, declaredType: part.mimetype };
          } else if (typeof part.value === 'string') {
            fields[part.fieldname] = part.value;
          }
        }
      } catch (err) {
        if (err instanceof AppError) throw err;
        const code = (err as { code?: string }).code;
        if (code === 'FST_REQ_FILE_TOO_LARGE')
          throw uploadRejected(`文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB 的大小限制`);
        if (code?.startsWith('FST_')) throw uploadRejected('上传内容不符合要求（文件或字段过多、过大）');
        throw err;
      }
      if (!file) throw uploadRejected('未收到文件');
      const checklistItem = fields.checklistItem?.trim();
      if (!checklistItem) throw uploadRejected('缺少材料项目（checklistItem）');
      const replaces = fields.replaces?.trim();
      if (replaces && !/^[0-9a-f-]{36}$/i.test(replaces)) throw uploadRejected('被替换材料的编号格式不正确');
      const uploaded = await uploadCaseMaterial(await ctx(request), {
        caseId: request.params.id,
        checklistItem,
        replaces: replaces || undefined,
        bytes: file.bytes,
        fileName: file.fileName,
        declaredType: file.declaredType,
      });
      return reply.code(201).send(uploaded);
    },
  );

  app.get(
    '/cases/:id/materials/:materialId/file',
    {
      config: { policy: 'case.read' },
      schema: {
        tags: ['申请办理'],
        summary: '下载申请材料（附件方式，仅案件当事方）',
        params: s.materialParams,
      },
    },
    async (request, reply) => {
      const file = await downloadCaseFile(app.db, store, {
        caller: request.caller,
        caseId: request.params.id,
        kind: 'material',
        id: request.params.materialId,
        requestId: String(request.id),
      });
      return reply.headers(file.headers).send(file.bytes);
    },
  );

  app.get(
    '/cases/:id/documents/:documentId/file',
    {
      config: { policy: 'case.read' },
      schema: {
        tags: ['申请办理'],
        summary: '下载决定文书 PDF（附件方式，仅案件当事方）',
        params: s.documentParams,
      },
    },
    async (request, reply) => {
      const file = await downloadCaseFile(app.db, store, {
        caller: request.caller,
        caseId: request.params.id,
        kind: 'document',
        id: request.params.documentId,
        requestId: String(request.id),
      });
      return reply.headers(file.headers).send(file.bytes);
    },
  );
};
