// /api/v1/evaluation-sessions/:id/results (issue 11 point 4): the institution enters pass marks (from the
// standard) and each candidate's subject results while the session is planned, imports them from the
// Excel template, and after closing corrects them only through a recorded correction; it and the
// authorities over it read and export them. A session outside the caller's scope answers 404.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../domain/errors.js';
import { requireCaller } from '../session-plugin.js';
import { idParamsOf, problem } from '../schemas/common.schema.js';
import * as s from '../schemas/results.schema.js';
import { registryContext } from './registry.routes.js';
import { attachmentHeaders } from '../../materials/download-headers.js';
import { getSessionResults } from '../../use-cases/results/session-results.js';
import { enterResults, setPassMarks } from '../../use-cases/results/enter-results.js';
import { correctResult } from '../../use-cases/results/correct-result.js';
import { exportResults, importResults, resultsTemplate } from '../../use-cases/results/results-sheet.js';

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const uploadRejected = (detail: string) => new AppError(422, 'UPLOAD_INVALID', '文件不符合要求', detail);

export const resultsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, {
    limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 2, fieldSize: 20, parts: 3 },
  });
  app.addHook('onRequest', async (request) => {
    requireCaller(request);
  });
  const tags = ['成绩'];

  app.get(
    '/evaluation-sessions/:id/results',
    {
      config: { policy: 'results.read' },
      schema: {
        tags,
        summary: '批次成绩：合格分数线、考生各科目结果与评价结果、关闭后的更正',
        params: idParamsOf('评价批次 ID'),
        response: { 200: s.sessionResults },
      },
    },
    async (request) => getSessionResults(registryContext(app, request), request.params.id),
  );
  app.put(
    '/evaluation-sessions/:id/pass-marks',
    {
      config: { policy: 'results.enter' },
      schema: {
        tags,
        summary:
          '录入各科目满分和合格分数线（取自职业技能标准，系统不设默认值；mohrss-violations 第十二条第（一）项）',
        params: idParamsOf('评价批次 ID'),
        body: s.passMarksBody,
        response: { 200: s.sessionResults, 409: problem, 422: problem },
      },
    },
    async (request) => setPassMarks(registryContext(app, request), request.params.id, request.body.marks),
  );
  app.put(
    '/evaluation-sessions/:id/candidates/:candidateId/results',
    {
      config: { policy: 'results.enter' },
      schema: {
        tags,
        summary:
          '录入考生各科目结果：分数、缺考或取消成绩（注明第五条至第七条的条和项及事实经过；依第六条、第七条取消全部科目）',
        params: s.candidateParams,
        body: s.enterResultsBody,
        response: { 200: s.sessionResults, 409: problem, 422: problem },
      },
    },
    async (request) =>
      enterResults(
        registryContext(app, request),
        request.params.id,
        request.params.candidateId,
        request.body.results,
      ),
  );
  app.post(
    '/evaluation-sessions/:id/candidates/:candidateId/corrections',
    {
      config: { policy: 'results.correct' },
      schema: {
        tags,
        summary: '更正已关闭批次的成绩（记录理由、原值与新值；已颁发证书的考生不能更正）',
        params: s.candidateParams,
        body: s.correctResultBody,
        response: { 200: s.correctedResults, 409: problem, 422: problem },
      },
    },
    async (request) =>
      correctResult(
        registryContext(app, request),
        request.params.id,
        request.params.candidateId,
        request.body,
      ),
  );
  app.get(
    '/evaluation-sessions/:id/results/template.xlsx',
    {
      config: { policy: 'results.read' },
      schema: {
        tags,
        summary: '下载成绩导入模板（已填好在册考生及科目）',
        params: idParamsOf('评价批次 ID'),
      },
    },
    async (request, reply) => {
      const f = await resultsTemplate(registryContext(app, request), request.params.id);
      return reply.headers(attachmentHeaders(f.fileName, f.contentType, f.bytes.length)).send(f.bytes);
    },
  );
  app.get(
    '/evaluation-sessions/:id/results/export.xlsx',
    {
      config: { policy: 'results.read' },
      schema: { tags, summary: '导出批次成绩（Excel，证件号码脱敏）', params: idParamsOf('评价批次 ID') },
    },
    async (request, reply) => {
      const f = await exportResults(registryContext(app, request), request.params.id);
      return reply.headers(attachmentHeaders(f.fileName, f.contentType, f.bytes.length)).send(f.bytes);
    },
  );
  app.post(
    '/evaluation-sessions/:id/results/import',
    {
      config: { policy: 'results.enter' },
      schema: {
        tags,
        summary:
          '导入成绩（multipart/form-data：file，可选 dryRun=true 只校验）；逐行校验，有任何问题则不导入（422，附逐行报告）',
        params: idParamsOf('评价批次 ID'),
        response: { 200: s.importReport, 422: problem.extend({ report: s.importReport.optional() }) },
      },
    },
    async (request) => {
      if (!request.isMultipart()) throw uploadRejected('请以 multipart/form-data 方式上传文件');
      let bytes: Buffer | undefined;
      let dryRun = false;
      try {
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            if (bytes) throw uploadRejected('一次只能上传一个文件');
            bytes = await part.toBuffer();
          } else if (part.fieldname === 'dryRun') dryRun = part.value === 'true';
        }
      } catch (err) {
        if (err instanceof AppError) throw err;
        const code = (err as { code?: string }).code;
        if (code === 'FST_REQ_FILE_TOO_LARGE') throw uploadRejected('文件超过 5 MB 的大小限制');
        if (code?.startsWith('FST_')) throw uploadRejected('上传内容不符合要求（文件或字段过多、过大）');
        throw err;
      }
      if (!bytes) throw uploadRejected('未收到文件');
      return importResults(registryContext(app, request), request.params.id, { bytes, dryRun });
    },
  );
};
