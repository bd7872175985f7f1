// /api/v1 candidates 考生 (issue 11 point 2): on a session the caller may read (outside it, 404 as for a
// random id) — list, register (422 with the findings and their articles when the ban register or a
// school's student register refuses), withdraw, fees, roster template / import / export; the national
// evaluation-ban register 评价禁考名单 (authority staff); a school's student register 学籍名册.
import multipart from '@fastify/multipart';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors.js';
import { attachmentHeaders } from '../../materials/download-headers.js';
import { requireCaller } from '../session-plugin.js';
import { idParamsOf, problem } from '../schemas/common.schema.js';
import { problemWithFindings } from '../schemas/cases.schema.js';
import * as s from '../schemas/candidates.schema.js';
import { registryContext } from './registry.routes.js';
import { listCandidates } from '../../use-cases/candidates/list-candidates.js';
import { registerCandidate } from '../../use-cases/candidates/register-candidate.js';
import { withdrawCandidate } from '../../use-cases/candidates/withdraw-candidate.js';
import { candidateFees, recordFee } from '../../use-cases/candidates/candidate-fees.js';
import { importRoster } from '../../use-cases/candidates/import-roster.js';
import { exportRoster } from '../../use-cases/candidates/export-roster.js';
import { rosterTemplate, XLSX } from '../../use-cases/candidates/roster-sheet.js';
import { listEvaluationBans, recordBan } from '../../use-cases/candidates/evaluation-bans.js';
import {
  importStudents,
  studentRegister,
  studentTemplate,
} from '../../use-cases/candidates/student-register.js';

const MAX_BYTES = 5 * 1024 * 1024;
const uploadRejected = (detail: string) => new AppError(422, 'UPLOAD_INVALID', '文件不符合要求', detail);

async function uploadedFile(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) throw uploadRejected('请以 multipart/form-data 方式上传 Excel 文件');
  let bytes: Buffer | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      if (bytes) throw uploadRejected('一次只能上传一个文件');
      bytes = await part.toBuffer();
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw uploadRejected('文件超过 5 MB 的大小限制');
    if (code?.startsWith('FST_')) throw uploadRejected('上传内容不符合要求（文件或字段过多、过大）');
    throw err;
  }
  if (!bytes) throw uploadRejected('未收到文件');
  return bytes;
}

export const candidateRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, {
    limits: { fileSize: MAX_BYTES, files: 1, fields: 2, fieldSize: 20, parts: 3 },
  });
  app.addHook('onRequest', async (request) => {
    requireCaller(request);
  });
  const tags = ['考生'];

  app.get(
    '/evaluation-sessions/:id/candidates',
    {
      config: { policy: 'candidate.list' },
      schema: {
        tags,
        summary: '评价批次的考生（证件号码脱敏）',
        params: idParamsOf('评价批次 ID'),
        response: { 200: s.candidateList },
      },
    },
    async (request) => listCandidates(registryContext(app, request), request.params.id),
  );
  app.post(
    '/evaluation-sessions/:id/candidates',
    {
      config: { policy: 'candidate.register' },
      schema: {
        tags,
        summary:
          '登记考生：查询评价禁考名单（mohrss-violations 第六条、第七条）；贵州院校另查学籍名册（gz-rules 第五条第（一）项）；不符合的 422 并列出依据',
        params: idParamsOf('评价批次 ID'),
        body: s.registerCandidateBody,
        response: { 201: s.candidate, 409: problem, 422: problemWithFindings },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await registerCandidate(registryContext(app, request), request.params.id, request.body)),
  );
  app.post(
    '/evaluation-sessions/:id/candidates/:candidateId/withdraw',
    {
      config: { policy: 'candidate.withdraw' },
      schema: {
        tags,
        summary: '撤回考生（批次开设期间，须说明理由）',
        params: s.candidateParams,
        body: s.withdrawBody,
        response: { 200: s.candidate, 409: problem },
      },
    },
    async (request) =>
      withdrawCandidate(
        registryContext(app, request),
        request.params.id,
        request.params.candidateId,
        request.body,
      ),
  );
  app.get(
    '/evaluation-sessions/:id/candidates/:candidateId/fees',
    {
      config: { policy: 'candidate.list' },
      schema: {
        tags,
        summary: '考生的收费与退费记录（1x-selection 第二十四条；1x-exit 第九条）',
        params: s.candidateParams,
        response: { 200: s.feeLedger },
      },
    },
    async (request) =>
      candidateFees(registryContext(app, request), request.params.id, request.params.candidateId),
  );
  app.post(
    '/evaluation-sessions/:id/candidates/:candidateId/fees',
    {
      config: { policy: 'candidate.fees' },
      schema: {
        tags,
        summary: '记录收费或退费（金额以分计；退费合计不得超过已收费用）',
        params: s.candidateParams,
        body: s.feeBody,
        response: { 201: s.feeLedger, 422: problem },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordFee(
            registryContext(app, request),
            request.params.id,
            request.params.candidateId,
            request.body,
          ),
        ),
  );
  app.get(
    '/candidates/roster-template',
    {
      config: { policy: 'candidate.list' },
      schema: { tags, summary: '下载考生名单导入模板（Excel，列说明为中文批注）' },
    },
    async (_request, reply) => {
      const bytes = await rosterTemplate();
      return reply.headers(attachmentHeaders('考生名单导入模板.xlsx', XLSX, bytes.length)).send(bytes);
    },
  );
  app.post(
    '/evaluation-sessions/:id/candidates/import',
    {
      config: { policy: 'candidate.register' },
      schema: {
        tags,
        summary:
          '导入考生名单（multipart/form-data：file，Excel）；逐行登记，报告每行结果（行号、列、原因）；已登记的证件号码不重复登记',
        params: idParamsOf('评价批次 ID'),
        response: { 200: s.rosterReport, 409: problem, 422: problem },
      },
    },
    async (request) => {
      const ctx = registryContext(app, request);
      return importRoster(ctx, request.params.id, await uploadedFile(request));
    },
  );
  app.get(
    '/evaluation-sessions/:id/candidates/export',
    {
      config: { policy: 'candidate.list' },
      schema: { tags, summary: '导出考生名单（Excel，证件号码脱敏）', params: idParamsOf('评价批次 ID') },
    },
    async (request, reply) => {
      const file = await exportRoster(registryContext(app, request), request.params.id);
      return reply.headers(attachmentHeaders(file.fileName, XLSX, file.bytes.length)).send(file.bytes);
    },
  );

  app.get(
    '/evaluation-bans',
    {
      config: { policy: 'evaluationBan.keep' },
      schema: {
        tags: ['评价禁考名单'],
        summary: '评价禁考名单（人力资源社会保障部门；全国通查）',
        querystring: s.banListQuery,
        response: { 200: s.banList },
      },
    },
    async (request) => listEvaluationBans(registryContext(app, request), request.query),
  );
  app.post(
    '/evaluation-bans',
    {
      config: { policy: 'evaluationBan.keep' },
      schema: {
        tags: ['评价禁考名单'],
        summary: '记录一条评价禁考（依 mohrss-violations 第六条、第七条作出的处理决定）',
        body: s.banBody,
        response: { 201: s.ban },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordBan(registryContext(app, request), request.body)),
  );

  app.get(
    '/school-students',
    {
      config: { policy: 'schoolStudent.keep' },
      schema: {
        tags: ['学籍名册'],
        summary: '本校学籍名册（院校；证件号码脱敏）',
        response: { 200: z.object({ items: z.array(s.student) }) },
      },
    },
    async (request) => studentRegister(registryContext(app, request)),
  );
  app.get(
    '/school-students/template',
    {
      config: { policy: 'schoolStudent.keep' },
      schema: { tags: ['学籍名册'], summary: '下载学籍名册导入模板（Excel）' },
    },
    async (_request, reply) => {
      const bytes = await studentTemplate();
      return reply.headers(attachmentHeaders('学籍名册导入模板.xlsx', XLSX, bytes.length)).send(bytes);
    },
  );
  app.post(
    '/school-students/import',
    {
      config: { policy: 'schoolStudent.keep' },
      schema: {
        tags: ['学籍名册'],
        summary: '导入学籍名册（multipart/form-data：file，Excel）；逐行导入，同一证件号码更新原记录',
        response: { 200: s.studentImportReport, 422: problem },
      },
    },
    async (request) => importStudents(registryContext(app, request), await uploadedFile(request)),
  );
};
