// /api/v1/evaluation-sessions (issue 11 point 1): an institution opens, closes and cancels its
// evaluation sessions 评价批次; it and the authorities over it read them. Signed-in users only; every
// list and get is scoped in the query and answers 404 outside the caller's scope.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireCaller } from '../session-plugin.js';
import { idParamsOf, problem } from '../schemas/common.schema.js';
import * as s from '../schemas/evaluation-sessions.schema.js';
import { registryContext } from './registry.routes.js';
import { openEvaluationSession } from '../../use-cases/evaluation-sessions/open-evaluation-session.js';
import { listEvaluationSessions } from '../../use-cases/evaluation-sessions/list-evaluation-sessions.js';
import { getEvaluationSession } from '../../use-cases/evaluation-sessions/get-evaluation-session.js';
import { openingOptions } from '../../use-cases/evaluation-sessions/opening-options.js';
import {
  cancelEvaluationSession,
  closeEvaluationSession,
} from '../../use-cases/evaluation-sessions/end-evaluation-session.js';

export const evaluationSessionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', async (request) => {
    requireCaller(request);
  });
  const tags = ['评价批次'];

  app.get(
    '/evaluation-sessions',
    {
      config: { policy: 'evaluationSession.list' },
      schema: {
        tags,
        summary: '评价批次列表（机构看本机构的，监管部门看辖区内的）',
        querystring: s.sessionListQuery,
        response: { 200: s.sessionList },
      },
    },
    async (request) => {
      const { page, pageSize, ...filters } = request.query;
      return listEvaluationSessions(registryContext(app, request), filters, { page, pageSize });
    },
  );
  app.post(
    '/evaluation-sessions',
    {
      config: { policy: 'evaluationSession.open' },
      schema: {
        tags,
        summary:
          '开设评价批次：检查备案范围及有效期、场地及区域、暂停与终止（mohrss-violations 第十三条、第十四条），评价科目取自职业标准；不符合的 422 并列出依据',
        body: s.openSessionBody,
        response: { 201: s.evaluationSession, 422: s.problemWithFindings },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await openEvaluationSession(registryContext(app, request), request.body)),
  );
  app.get(
    '/evaluation-sessions/opening-options',
    {
      config: { policy: 'evaluationSession.open' },
      schema: {
        tags,
        summary: '开设批次可选项：本机构及其分支机构的备案范围（含有效期）与登记场地',
        response: { 200: s.openingOptions },
      },
    },
    async (request) => openingOptions(registryContext(app, request)),
  );
  app.get(
    '/evaluation-sessions/:id',
    {
      config: { policy: 'evaluationSession.read' },
      schema: {
        tags,
        summary: '评价批次详情（含开设时的规则检查）',
        params: idParamsOf('评价批次 ID'),
        response: { 200: s.evaluationSession },
      },
    },
    async (request) => getEvaluationSession(registryContext(app, request), request.params.id),
  );
  app.post(
    '/evaluation-sessions/:id/close',
    {
      config: { policy: 'evaluationSession.close' },
      schema: {
        tags,
        summary: '关闭评价批次（结束日期之后；关闭后成绩只能经记录在案的更正修改）',
        params: idParamsOf('评价批次 ID'),
        body: s.closeSessionBody,
        response: { 200: s.evaluationSession, 409: problem, 422: problem },
      },
    },
    async (request) =>
      closeEvaluationSession(registryContext(app, request), request.params.id, request.body.version),
  );
  app.post(
    '/evaluation-sessions/:id/cancel',
    {
      config: { policy: 'evaluationSession.cancel' },
      schema: {
        tags,
        summary: '取消评价批次（须说明理由）',
        params: idParamsOf('评价批次 ID'),
        body: s.cancelSessionBody,
        response: { 200: s.evaluationSession, 409: problem },
      },
    },
    async (request) =>
      cancelEvaluationSession(
        registryContext(app, request),
        request.params.id,
        request.body.version,
        request.body.reason,
      ),
  );
};
