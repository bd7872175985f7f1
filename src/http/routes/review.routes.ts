// /api/v1 review panels (技术评审): a case's panel as the caller may see it, the draw screen's preview
// of who in a pool may review the applicant and who is left out and why, an expert's opinion, and an
// expert's own reviews. The draw and the panel's decision are events of the case (POST
// /cases/:id/events/draw_panel, …/approve_review …), run by the generic case API. Also the one read the
// branch filing form needs: the branches the caller may file (mohrss-filing 一(十)5).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireCaller } from '../session-plugin.js';
import { idParamsOf } from '../schemas/common.schema.js';
import * as s from '../schemas/review.schema.js';
import { getReviewPanel } from '../../use-cases/review/get-review-panel.js';
import { previewPanelDraw } from '../../use-cases/review/preview-panel-draw.js';
import { submitExpertOpinion } from '../../use-cases/review/submit-expert-opinion.js';
import { listMyReviews } from '../../use-cases/review/list-my-reviews.js';
import { listBranchesForFiling } from '../../use-cases/employer-filing/list-filing-branches.js';

const TAG = '技术评审';

export const reviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', async (request) => {
    requireCaller(request);
  });

  app.get(
    '/cases/:id/panel',
    {
      config: { policy: 'review.read' },
      schema: {
        tags: [TAG],
        summary: '案件的评审组（按身份显示：受理部门可见抽取种子、回避情况和全部意见）',
        params: idParamsOf('案件 ID'),
        response: { 200: s.panelView },
      },
    },
    async (request) => {
      const v = await getReviewPanel(app.db, { caller: request.caller, caseId: request.params.id });
      return {
        ...v,
        opinions: v.opinions.map((o) => ({ ...o, submittedAt: o.submittedAt.toISOString() })),
      };
    },
  );

  app.get(
    '/cases/:id/panel/candidates',
    {
      config: { policy: 'review.previewDraw' },
      schema: {
        tags: [TAG],
        summary: '抽取前预览：专家库中可抽取的专家与回避的专家及理由',
        params: idParamsOf('案件 ID'),
        querystring: s.candidatesQuery,
        response: { 200: s.candidates },
      },
    },
    async (request) =>
      previewPanelDraw(app.db, {
        caller: request.caller,
        caseId: request.params.id,
        poolId: request.query.poolId,
      }),
  );

  app.post(
    '/cases/:id/panel/opinions',
    {
      config: { policy: 'review.giveOpinion' },
      schema: {
        tags: [TAG],
        summary: '评审专家提交本轮评审意见（每轮一份，提交后不可修改）',
        params: idParamsOf('案件 ID'),
        body: s.opinionBody,
        response: { 201: s.submittedOpinion },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await submitExpertOpinion(app.db, {
          caller: requireCaller(request),
          caseId: request.params.id,
          recommendation: request.body.recommendation,
          opinion: request.body.opinion,
          requestId: String(request.id),
        }),
      ),
  );

  app.get(
    '/reviews',
    {
      config: { policy: 'review.listMine' },
      schema: { tags: [TAG], summary: '我的评审任务（评审专家）', response: { 200: s.assignedReviews } },
    },
    async (request) => {
      const items = await listMyReviews(app.db, request.caller);
      return { items, total: items.length };
    },
  );

  app.get(
    '/employer-filing/branches',
    {
      config: { policy: 'employerFiling.branches' },
      schema: {
        tags: [TAG],
        summary:
          '可申请省级备案的分支机构（用人单位本单位的；省级部门本省的），及用人单位是否已取得部级备案回执',
        response: { 200: s.filingBranches },
      },
    },
    async (request) => {
      const items = await listBranchesForFiling(app.db, request.caller);
      return { items, total: items.length };
    },
  );
};
