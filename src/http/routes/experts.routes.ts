// /api/v1 experts and expert pools. Authorities see the experts they registered, those in their pools
// and those in national pools; an expert sees only their own record; institutions see none
// (expert.policy.ts). Signed-in users only.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireCaller } from '../session-plugin.js';
import { all, idParamsOf, page } from '../schemas/common.schema.js';
import { revealedDocument } from '../schemas/registry.schema.js';
import * as s from '../schemas/experts.schema.js';
import { registryContext } from './registry.routes.js';
import { listExperts } from '../../use-cases/registry/list-experts.js';
import { getExpert } from '../../use-cases/registry/get-expert.js';
import { createExpert } from '../../use-cases/registry/create-expert.js';
import { updateExpert } from '../../use-cases/registry/update-expert.js';
import { revealExpertDocumentNumber } from '../../use-cases/registry/reveal-expert-document-number.js';
import { listExpertConflicts } from '../../use-cases/registry/list-expert-conflicts.js';
import { declareExpertConflict } from '../../use-cases/registry/declare-expert-conflict.js';
import { listExpertPools } from '../../use-cases/registry/list-expert-pools.js';
import { getExpertPool } from '../../use-cases/registry/get-expert-pool.js';
import { createExpertPool } from '../../use-cases/registry/create-expert-pool.js';
import { updateExpertPool } from '../../use-cases/registry/update-expert-pool.js';
import { listPoolMembers } from '../../use-cases/registry/list-pool-members.js';
import { addPoolMember } from '../../use-cases/registry/add-pool-member.js';
import { removePoolMember } from '../../use-cases/registry/remove-pool-member.js';

const EXPERTS = '专家';
const POOLS = '专家库';

export const expertRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', async (request) => {
    requireCaller(request);
  });
  const ctx = (request: FastifyRequest) => registryContext(app, request);

  app.get(
    '/experts',
    {
      config: { policy: 'expert.list' },
      schema: {
        tags: [EXPERTS],
        summary: '专家列表（按调用者范围过滤；证件号码脱敏）',
        querystring: s.expertQuery,
        response: { 200: page(s.expert) },
      },
    },
    async (request) => {
      const { page: p, pageSize, ...filters } = request.query;
      return listExperts(ctx(request), filters, { page: p, pageSize });
    },
  );
  app.post(
    '/experts',
    {
      config: { policy: 'expert.create' },
      schema: {
        tags: [EXPERTS],
        summary: '登记专家（工作单位及其统一社会信用代码用于回避）',
        body: s.createExpertBody,
        response: { 201: s.expert },
      },
    },
    async (request, reply) => reply.code(201).send(await createExpert(ctx(request), request.body)),
  );
  app.get(
    '/experts/:id',
    {
      config: { policy: 'expert.read' },
      schema: {
        tags: [EXPERTS],
        summary: '专家详情',
        params: idParamsOf('专家 ID'),
        response: { 200: s.expert },
      },
    },
    async (request) => getExpert(ctx(request), request.params.id),
  );
  app.patch(
    '/experts/:id',
    {
      config: { policy: 'expert.update' },
      schema: {
        tags: [EXPERTS],
        summary: '修改专家信息（乐观锁 version）',
        params: idParamsOf('专家 ID'),
        body: s.updateExpertBody,
        response: { 200: s.expert },
      },
    },
    async (request) => updateExpert(ctx(request), request.params.id, request.body),
  );
  app.get(
    '/experts/:id/document-number',
    {
      config: { policy: 'expert.revealPersonalData' },
      schema: {
        tags: [EXPERTS],
        summary: '查看专家完整证件号码（限有权角色，记入审计）',
        params: idParamsOf('专家 ID'),
        response: { 200: revealedDocument },
      },
    },
    async (request, reply) => {
      const doc = await revealExpertDocumentNumber(ctx(request), request.params.id);
      return reply.header('cache-control', 'no-store').send(doc);
    },
  );
  app.get(
    '/experts/:id/conflicts',
    {
      config: { policy: 'expert.read' },
      schema: {
        tags: [EXPERTS],
        summary: '专家申报的利益冲突（回避）',
        params: idParamsOf('专家 ID'),
        response: { 200: all(s.conflict) },
      },
    },
    async (request) => listExpertConflicts(ctx(request), request.params.id),
  );
  app.post(
    '/experts/:id/conflicts',
    {
      config: { policy: 'expert.declareConflict' },
      schema: {
        tags: [EXPERTS],
        summary: '申报利益冲突（本人或登记部门）',
        params: idParamsOf('专家 ID'),
        body: s.declareConflictBody,
        response: { 201: s.conflict },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await declareExpertConflict(ctx(request), request.params.id, request.body)),
  );

  app.get(
    '/expert-pools',
    {
      config: { policy: 'expertPool.list' },
      schema: {
        tags: [POOLS],
        summary: '专家库列表（本部门及国家级专家库）',
        querystring: s.poolQuery,
        response: { 200: page(s.pool) },
      },
    },
    async (request) => {
      const { page: p, pageSize, ...filters } = request.query;
      return listExpertPools(ctx(request), filters, { page: p, pageSize });
    },
  );
  app.post(
    '/expert-pools',
    {
      config: { policy: 'expertPool.create' },
      schema: { tags: [POOLS], summary: '建立专家库', body: s.createPoolBody, response: { 201: s.pool } },
    },
    async (request, reply) => reply.code(201).send(await createExpertPool(ctx(request), request.body)),
  );
  app.get(
    '/expert-pools/:id',
    {
      config: { policy: 'expertPool.read' },
      schema: {
        tags: [POOLS],
        summary: '专家库详情',
        params: idParamsOf('专家库 ID'),
        response: { 200: s.pool },
      },
    },
    async (request) => getExpertPool(ctx(request), request.params.id),
  );
  app.patch(
    '/expert-pools/:id',
    {
      config: { policy: 'expertPool.update' },
      schema: {
        tags: [POOLS],
        summary: '修改专家库（乐观锁 version）',
        params: idParamsOf('专家库 ID'),
        body: s.updatePoolBody,
        response: { 200: s.pool },
      },
    },
    async (request) => updateExpertPool(ctx(request), request.params.id, request.body),
  );
  app.get(
    '/expert-pools/:id/members',
    {
      config: { policy: 'expertPool.read' },
      schema: {
        tags: [POOLS],
        summary: '专家库成员',
        params: idParamsOf('专家库 ID'),
        querystring: s.memberQuery,
        response: { 200: page(s.poolMember) },
      },
    },
    async (request) => listPoolMembers(ctx(request), request.params.id, request.query),
  );
  app.post(
    '/expert-pools/:id/members',
    {
      config: { policy: 'expertPool.manageMembers' },
      schema: {
        tags: [POOLS],
        summary: '将专家加入专家库',
        params: idParamsOf('专家库 ID'),
        body: s.addMemberBody,
        response: { 201: s.poolMember },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addPoolMember(ctx(request), request.params.id, request.body.expertId)),
  );
  app.delete(
    '/expert-pools/:id/members/:expertId',
    {
      config: { policy: 'expertPool.manageMembers' },
      schema: { tags: [POOLS], summary: '将专家移出专家库', params: s.memberParams },
    },
    async (request, reply) => {
      await removePoolMember(ctx(request), request.params.id, request.params.expertId);
      return reply.code(204).send();
    },
  );
};
