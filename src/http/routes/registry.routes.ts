// /api/v1 registry: institutions and what they hold (branches, staff, sites, scopes). Signed-in users
// only (the public directory is a separate feature); every list and get is scoped in the query and
// answers 404 outside the caller's scope; each record carries the caller's `abilities`.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCaller } from '../session-plugin.js';
import type { RegistryContext } from '../../use-cases/registry/registry-context.js';
import { idParamsOf, page } from '../schemas/common.schema.js';
import * as s from '../schemas/registry.schema.js';
import { listInstitutions } from '../../use-cases/registry/list-institutions.js';
import { getInstitution } from '../../use-cases/registry/get-institution.js';
import { createInstitution } from '../../use-cases/registry/create-institution.js';
import { updateInstitution } from '../../use-cases/registry/update-institution.js';
import { listBranches } from '../../use-cases/registry/list-branches.js';
import { getBranch } from '../../use-cases/registry/get-branch.js';
import { addBranch } from '../../use-cases/registry/add-branch.js';
import { updateBranch } from '../../use-cases/registry/update-branch.js';
import { listStaff } from '../../use-cases/registry/list-staff.js';
import { getStaff } from '../../use-cases/registry/get-staff.js';
import { addStaff } from '../../use-cases/registry/add-staff.js';
import { updateStaff } from '../../use-cases/registry/update-staff.js';
import { revealStaffDocumentNumber } from '../../use-cases/registry/reveal-staff-document-number.js';
import { listSites } from '../../use-cases/registry/list-sites.js';
import { getSite } from '../../use-cases/registry/get-site.js';
import { addSite } from '../../use-cases/registry/add-site.js';
import { updateSite } from '../../use-cases/registry/update-site.js';
import { listScopes } from '../../use-cases/registry/list-scopes.js';
import { getScope } from '../../use-cases/registry/get-scope.js';
import { grantScope } from '../../use-cases/registry/grant-scope.js';
import { updateScope } from '../../use-cases/registry/update-scope.js';

export function registryContext(app: FastifyInstance, request: FastifyRequest): RegistryContext {
  return {
    db: app.db,
    caller: request.caller,
    requestId: String(request.id),
    personalData: app.personalData,
  };
}

const split = <Q extends { page: number; pageSize: number }>(q: Q) => {
  const { page: p, pageSize, ...filters } = q;
  return { filters, paging: { page: p, pageSize } };
};

export const registryRoutes: FastifyPluginAsyncZod = async (app) => {
  // Anonymous callers are refused before their input is even looked at.
  app.addHook('onRequest', async (request) => {
    requireCaller(request);
  });
  const ctx = (request: FastifyRequest) => registryContext(app, request);

  // ---- institutions ----
  app.get(
    '/institutions',
    {
      config: { policy: 'institution.list' },
      schema: {
        tags: ['评价机构'],
        summary: '评价机构列表（按调用者辖区过滤）',
        querystring: s.institutionListQuery,
        response: {
          200: page(s.institution).extend({ abilities: z.object({ create: z.boolean() }) }),
        },
      },
    },
    async (request) => {
      const { filters, paging } = split(request.query);
      return listInstitutions(ctx(request), filters, paging);
    },
  );
  app.post(
    '/institutions',
    {
      config: { policy: 'institution.create' },
      schema: {
        tags: ['评价机构'],
        summary: '登记评价机构（校验统一社会信用代码）',
        body: s.createInstitutionBody,
        response: { 201: s.institutionDetail },
      },
    },
    async (request, reply) => reply.code(201).send(await createInstitution(ctx(request), request.body)),
  );
  app.get(
    '/institutions/:id',
    {
      config: { policy: 'institution.read' },
      schema: {
        tags: ['评价机构'],
        summary: '评价机构详情（含数量统计与权限）',
        params: idParamsOf('评价机构 ID'),
        response: { 200: s.institutionDetail },
      },
    },
    async (request) => getInstitution(ctx(request), request.params.id),
  );
  app.patch(
    '/institutions/:id',
    {
      config: { policy: 'institution.update' },
      schema: {
        tags: ['评价机构'],
        summary: '修改评价机构登记信息（乐观锁 version）',
        params: idParamsOf('评价机构 ID'),
        body: s.updateInstitutionBody,
        response: { 200: s.institutionDetail },
      },
    },
    async (request) => updateInstitution(ctx(request), request.params.id, request.body),
  );

  // ---- branches ----
  app.get(
    '/institutions/:id/branches',
    {
      config: { policy: 'branch.list' },
      schema: {
        tags: ['分支机构'],
        summary: '评价机构的分支机构列表',
        params: idParamsOf('评价机构 ID'),
        querystring: s.branchListQuery,
        response: { 200: page(s.branch) },
      },
    },
    async (request) => {
      const { filters, paging } = split(request.query);
      return listBranches(ctx(request), request.params.id, filters, paging);
    },
  );
  app.post(
    '/institutions/:id/branches',
    {
      config: { policy: 'branch.create' },
      schema: {
        tags: ['分支机构'],
        summary: '新增分支机构',
        params: idParamsOf('评价机构 ID'),
        body: s.createBranchBody,
        response: { 201: s.branch },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addBranch(ctx(request), request.params.id, request.body)),
  );
  app.get(
    '/branches/:id',
    {
      config: { policy: 'branch.read' },
      schema: {
        tags: ['分支机构'],
        summary: '分支机构详情',
        params: idParamsOf('分支机构 ID'),
        response: { 200: s.branch },
      },
    },
    async (request) => getBranch(ctx(request), request.params.id),
  );
  app.patch(
    '/branches/:id',
    {
      config: { policy: 'branch.update' },
      schema: {
        tags: ['分支机构'],
        summary: '修改分支机构（乐观锁 version）',
        params: idParamsOf('分支机构 ID'),
        body: s.updateBranchBody,
        response: { 200: s.branch },
      },
    },
    async (request) => updateBranch(ctx(request), request.params.id, request.body),
  );

  // ---- staff ----
  app.get(
    '/institutions/:id/staff',
    {
      config: { policy: 'staff.list' },
      schema: {
        tags: ['工作人员'],
        summary: '评价机构的工作人员列表（证件号码脱敏）',
        params: idParamsOf('评价机构 ID'),
        querystring: s.staffListQuery,
        response: { 200: page(s.staff) },
      },
    },
    async (request) => {
      const { filters, paging } = split(request.query);
      return listStaff(ctx(request), request.params.id, filters, paging);
    },
  );
  app.post(
    '/institutions/:id/staff',
    {
      config: { policy: 'staff.create' },
      schema: {
        tags: ['工作人员'],
        summary: '新增工作人员及其角色（校验证件号码，加密存储）',
        params: idParamsOf('评价机构 ID'),
        body: s.createStaffBody,
        response: { 201: s.staff },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addStaff(ctx(request), request.params.id, request.body)),
  );
  app.get(
    '/staff/:id',
    {
      config: { policy: 'staff.read' },
      schema: {
        tags: ['工作人员'],
        summary: '工作人员详情（证件号码脱敏）',
        params: idParamsOf('工作人员 ID'),
        response: { 200: s.staff },
      },
    },
    async (request) => getStaff(ctx(request), request.params.id),
  );
  app.patch(
    '/staff/:id',
    {
      config: { policy: 'staff.update' },
      schema: {
        tags: ['工作人员'],
        summary: '修改工作人员（roles 为完整角色集合；乐观锁 version）',
        params: idParamsOf('工作人员 ID'),
        body: s.updateStaffBody,
        response: { 200: s.staff },
      },
    },
    async (request) => updateStaff(ctx(request), request.params.id, request.body),
  );
  app.get(
    '/staff/:id/document-number',
    {
      config: { policy: 'staff.revealPersonalData' },
      schema: {
        tags: ['工作人员'],
        summary: '查看完整证件号码（限有权角色，记入审计）',
        params: idParamsOf('工作人员 ID'),
        response: { 200: s.revealedDocument },
      },
    },
    async (request, reply) => {
      const doc = await revealStaffDocumentNumber(ctx(request), request.params.id);
      return reply.header('cache-control', 'no-store').send(doc);
    },
  );

  // ---- sites ----
  app.get(
    '/institutions/:id/sites',
    {
      config: { policy: 'site.list' },
      schema: {
        tags: ['场地'],
        summary: '评价机构的场地列表',
        params: idParamsOf('评价机构 ID'),
        querystring: s.siteListQuery,
        response: { 200: page(s.site) },
      },
    },
    async (request) => {
      const { filters, paging } = split(request.query);
      return listSites(ctx(request), request.params.id, filters, paging);
    },
  );
  app.post(
    '/institutions/:id/sites',
    {
      config: { policy: 'site.create' },
      schema: {
        tags: ['场地'],
        summary: '新增场地（自有或租赁、面积、功能区、考场、监控）',
        params: idParamsOf('评价机构 ID'),
        body: s.createSiteBody,
        response: { 201: s.site },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addSite(ctx(request), request.params.id, request.body)),
  );
  app.get(
    '/sites/:id',
    {
      config: { policy: 'site.read' },
      schema: {
        tags: ['场地'],
        summary: '场地详情',
        params: idParamsOf('场地 ID'),
        response: { 200: s.site },
      },
    },
    async (request) => getSite(ctx(request), request.params.id),
  );
  app.patch(
    '/sites/:id',
    {
      config: { policy: 'site.update' },
      schema: {
        tags: ['场地'],
        summary: '修改场地（乐观锁 version）',
        params: idParamsOf('场地 ID'),
        body: s.updateSiteBody,
        response: { 200: s.site },
      },
    },
    async (request) => updateSite(ctx(request), request.params.id, request.body),
  );

  // ---- scopes ----
  app.get(
    '/institutions/:id/scopes',
    {
      config: { policy: 'scope.list' },
      schema: {
        tags: ['认定范围'],
        summary: '评价机构的认定范围（职业 × 等级）',
        params: idParamsOf('评价机构 ID'),
        querystring: s.scopeListQuery,
        response: { 200: page(s.scope) },
      },
    },
    async (request) => {
      const { filters, paging } = split(request.query);
      return listScopes(ctx(request), request.params.id, filters, paging);
    },
  );
  app.post(
    '/institutions/:id/scopes',
    {
      config: { policy: 'scope.grant' },
      schema: {
        tags: ['认定范围'],
        summary: '登记认定范围（职业 × 等级，含有效期）',
        params: idParamsOf('评价机构 ID'),
        body: s.grantScopeBody,
        response: { 201: s.scope },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await grantScope(ctx(request), request.params.id, request.body)),
  );
  app.get(
    '/scopes/:id',
    {
      config: { policy: 'scope.read' },
      schema: {
        tags: ['认定范围'],
        summary: '认定范围详情',
        params: idParamsOf('职业范围 ID'),
        response: { 200: s.scope },
      },
    },
    async (request) => getScope(ctx(request), request.params.id),
  );
  app.patch(
    '/scopes/:id',
    {
      config: { policy: 'scope.update' },
      schema: {
        tags: ['认定范围'],
        summary: '修改认定范围的有效期或状态（乐观锁 version）',
        params: idParamsOf('职业范围 ID'),
        body: s.updateScopeBody,
        response: { 200: s.scope },
      },
    },
    async (request) => updateScope(ctx(request), request.params.id, request.body),
  );
};
