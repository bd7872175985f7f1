// /api/v1/public-notices: the notices (公示) published before a decision (mohrss-filing 二(十)4,
// 1x-selection §16) and the public's objections. Reading and objecting need no account (policy
// 'public'; objections are rate-limited per client, carry a solved proof-of-work challenge
// (../challenge.ts) and are accepted only during the period); answering an objection is for the
// authority deciding the notice's case.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireCaller } from '../session-plugin.js';
import { id, line, pageQuery, text } from '../schemas/common.schema.js';
import { challengePayload } from '../challenge.js';
import { listPublicNotices } from '../../use-cases/public-notice/list-public-notices.js';
import { getPublicNotice } from '../../use-cases/public-notice/get-public-notice.js';
import { fileObjection } from '../../use-cases/public-notice/file-objection.js';
import { answerObjection } from '../../use-cases/public-notice/answer-objection.js';

const noticeId = id.describe('公示 ID');
const noticeParams = z.strictObject({ id: noticeId });

const listQuery = z.strictObject({
  status: z
    .enum(['current', 'past', 'all'])
    .default('current')
    .describe('current 公示中 / past 已结束 / all 全部'),
  procedure: line(100).optional().describe('办理事项（程序标识）'),
  ...pageQuery,
});

const CONTACT = /^(?:[0-9+\-()\s]{7,30}|[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,20})$/;

const objectionBody = z.strictObject({
  name: text(50).describe('异议人姓名（公开显示时隐去名字）'),
  contact: z
    .string()
    .trim()
    .regex(CONTACT, '联系方式应为电话号码或电子邮箱')
    .describe('联系电话或电子邮箱（仅受理部门可见，用于答复）'),
  text: z.string().trim().min(10).max(2000).describe('异议内容及事实依据（10–2000 字）'),
  altcha: challengePayload,
});

const answerBody = z.strictObject({
  answer: text(4000).describe('答复意见（核查情况及结论）'),
  finding: z.enum(['founded', 'unfounded']).describe('核查结论：founded 异议成立 / unfounded 异议不成立'),
});

export const publicNoticeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/public-notices',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['公示'],
        summary: '公示列表：公示中与已结束的公示（无需登录）',
        querystring: listQuery,
      },
    },
    async (request) => {
      const q = request.query;
      return listPublicNotices(app.db, {
        status: q.status,
        page: q.page,
        pageSize: q.pageSize,
        ...(q.procedure ? { procedure: q.procedure } : {}),
      });
    },
  );

  app.get(
    '/public-notices/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['公示'],
        summary: '公示详情：公示期及其计算方法、异议及答复（按查看者身份显示）',
        params: noticeParams,
      },
    },
    async (request) =>
      getPublicNotice(app.db, app.personalData, {
        caller: request.caller,
        noticeId: request.params.id,
        requestId: String(request.id),
      }),
  );

  app.post(
    '/public-notices/:id/objections',
    {
      config: { policy: 'public', rateLimit: { max: 10, timeWindow: '10 minutes' }, challenge: true },
      schema: {
        tags: ['公示'],
        summary: '提出异议（公示期内，无需登录）',
        params: noticeParams,
        body: objectionBody,
      },
    },
    async (request, reply) => {
      const { altcha: _solved, ...objection } = request.body;
      const filed = await fileObjection(app.db, app.personalData, {
        noticeId: request.params.id,
        ...objection,
        requestId: String(request.id),
      });
      return reply.code(201).send(filed);
    },
  );

  app.post(
    '/public-notices/:id/objections/:oid/answer',
    {
      config: { policy: 'public-notice.answer' },
      // Anonymous callers are refused before their input is looked at.
      onRequest: async (request) => {
        requireCaller(request);
      },
      schema: {
        tags: ['公示'],
        summary: '答复异议（作出决定的受理部门）',
        params: z.strictObject({ id: noticeId, oid: id.describe('异议 ID') }),
        body: answerBody,
      },
    },
    async (request) =>
      answerObjection(app.db, {
        caller: requireCaller(request),
        noticeId: request.params.id,
        objectionId: request.params.oid,
        answer: request.body.answer,
        finding: request.body.finding,
        requestId: String(request.id),
      }),
  );
};
