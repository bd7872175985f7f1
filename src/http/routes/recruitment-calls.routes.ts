// /api/v1/recruitment-calls: the 招募公告 of the 1+X selection (1x-selection §12, §14). Reading is public
// (a published call is a public notice; drafts are shown to their issuer only and are 404 to everyone
// else); the joint-conference office or its delegated unit drafts, publishes and closes its own calls
// and sees the applications made to them. Applying is opening a case: POST /api/v1/cases with
// procedure '1x-selection' and the call's id.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireCaller } from '../session-plugin.js';
import {
  all,
  boolQuery,
  idParamsOf,
  isoDate,
  page,
  pageQuery,
  text,
  version,
} from '../schemas/common.schema.js';
import type { CallContext } from '../../use-cases/recruitment-calls/call-context.js';
import { listRecruitmentCalls } from '../../use-cases/recruitment-calls/list-recruitment-calls.js';
import { getRecruitmentCall } from '../../use-cases/recruitment-calls/get-recruitment-call.js';
import { createRecruitmentCall } from '../../use-cases/recruitment-calls/create-recruitment-call.js';
import { updateRecruitmentCall } from '../../use-cases/recruitment-calls/update-recruitment-call.js';
import {
  closeRecruitmentCall,
  publishRecruitmentCall,
} from '../../use-cases/recruitment-calls/change-call-status.js';
import { listCallApplications } from '../../use-cases/recruitment-calls/list-call-applications.js';

const TAG = '1+X 招募公告';
const status = z.enum(['draft', 'published', 'closed']);

const field = z.strictObject({
  name: text(100).describe('职业技能领域'),
  description: z.string().trim().max(1000).nullable().optional().describe('领域说明'),
});

const call = z.object({
  id: z.string(),
  authorityId: z.string(),
  authorityName: z.string(),
  title: z.string(),
  batch: z.string(),
  description: z.string().nullable(),
  openOn: z.string(),
  closeOn: z.string(),
  status,
  publishedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  fields: z.array(z.object({ name: z.string(), description: z.string().nullable() })),
  applications: z.number(),
  window: z.enum(['not_published', 'upcoming', 'open', 'ended', 'closed']),
  abilities: z.object({
    update: z.boolean(),
    publish: z.boolean(),
    close: z.boolean(),
    apply: z.boolean(),
    listApplications: z.boolean(),
  }),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const callQuery = z.strictObject({
  status: status.optional().describe('公告状态：draft 草稿（未发布） / published 已发布 / closed 已截止招募'),
  open: boolQuery.optional().describe('true：只列出今天正在受理申报的公告'),
  ...pageQuery,
});

const createBody = z.strictObject({
  title: text(200).describe('公告标题'),
  batch: text(100).describe('批次，如“2026年第一批”'),
  description: z.string().trim().max(10_000).nullable().optional().describe('公告正文（申报要求、联系方式）'),
  openOn: isoDate.describe('申报开始日'),
  closeOn: isoDate.describe('申报截止日（含当日）'),
  fields: z.array(field).min(1).max(50).describe('招募的职业技能领域'),
});

const updateBody = z.strictObject({
  version,
  title: text(200).optional().describe('公告标题'),
  batch: text(100).optional().describe('批次，如“2026年第一批”'),
  description: z.string().trim().max(10_000).nullable().optional().describe('公告正文（申报要求、联系方式）'),
  openOn: isoDate.optional().describe('申报开始日'),
  closeOn: isoDate.optional().describe('申报截止日（含当日）'),
  fields: z.array(field).min(1).max(50).optional().describe('招募的职业技能领域'),
});

const versionBody = z.strictObject({ version });

const application = z.object({
  caseId: z.string(),
  referenceNo: z.string(),
  institutionId: z.string(),
  institutionName: z.string(),
  field: z.string().nullable(),
  state: z.string(),
  stateLabel_zh: z.string(),
  stateLabel_en: z.string(),
  submittedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});

export const recruitmentCallRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: FastifyRequest): CallContext => ({
    db: app.db,
    caller: request.caller,
    requestId: String(request.id),
  });
  const signedIn = async (request: FastifyRequest) => {
    requireCaller(request);
  };

  app.get(
    '/recruitment-calls',
    {
      config: { policy: 'public' },
      schema: {
        tags: [TAG],
        summary: '招募公告列表（公众可见已发布、已截止的公告；发布机构另见本机构草稿）',
        querystring: callQuery,
        response: { 200: page(call) },
      },
    },
    async (request) => {
      const { page: p, pageSize, ...filters } = request.query;
      return listRecruitmentCalls(ctx(request), filters, { page: p, pageSize });
    },
  );
  app.get(
    '/recruitment-calls/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags: [TAG],
        summary: '招募公告详情',
        params: idParamsOf('招募公告 ID'),
        response: { 200: call },
      },
    },
    async (request) => getRecruitmentCall(ctx(request), request.params.id),
  );
  app.post(
    '/recruitment-calls',
    {
      config: { policy: 'recruitmentCall.create' },
      onRequest: signedIn,
      schema: {
        tags: [TAG],
        summary: '起草招募公告（部际联席会议办公室或受托机构）',
        body: createBody,
        response: { 201: call },
      },
    },
    async (request, reply) => reply.code(201).send(await createRecruitmentCall(ctx(request), request.body)),
  );
  app.patch(
    '/recruitment-calls/:id',
    {
      config: { policy: 'recruitmentCall.update' },
      onRequest: signedIn,
      schema: {
        tags: [TAG],
        summary: '修改招募公告草稿（乐观锁 version）',
        params: idParamsOf('招募公告 ID'),
        body: updateBody,
        response: { 200: call },
      },
    },
    async (request) => updateRecruitmentCall(ctx(request), request.params.id, request.body),
  );
  app.post(
    '/recruitment-calls/:id/publish',
    {
      config: { policy: 'recruitmentCall.publish' },
      onRequest: signedIn,
      schema: {
        tags: [TAG],
        summary: '发布招募公告（第十四条）',
        params: idParamsOf('招募公告 ID'),
        body: versionBody,
        response: { 200: call },
      },
    },
    async (request) => publishRecruitmentCall(ctx(request), request.params.id, request.body.version),
  );
  app.post(
    '/recruitment-calls/:id/close',
    {
      config: { policy: 'recruitmentCall.close' },
      onRequest: signedIn,
      schema: {
        tags: [TAG],
        summary: '截止招募（不再受理新的申报）',
        params: idParamsOf('招募公告 ID'),
        body: versionBody,
        response: { 200: call },
      },
    },
    async (request) => closeRecruitmentCall(ctx(request), request.params.id, request.body.version),
  );
  app.get(
    '/recruitment-calls/:id/applications',
    {
      config: { policy: 'recruitmentCall.applications' },
      onRequest: signedIn,
      schema: {
        tags: [TAG],
        summary: '该公告收到的申报（发布机构）',
        params: idParamsOf('招募公告 ID'),
        response: { 200: all(application) },
      },
    },
    async (request) => listCallApplications(ctx(request), request.params.id),
  );
};
