// /api/v1 reference data. Jurisdictions, skill levels, the occupation catalogue and the occupation
// standards are public to read; standards are written by national and provincial authorities
// (reference.policy.ts); the authorities list is for signed-in users and scoped.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { all, idParamsOf, page } from '../schemas/common.schema.js';
import * as s from '../schemas/reference.schema.js';
import { registryContext } from './registry.routes.js';
import { requireCaller } from '../session-plugin.js';
import { listJurisdictions } from '../../use-cases/registry/list-jurisdictions.js';
import { listSkillLevels } from '../../use-cases/registry/list-skill-levels.js';
import { listOccupations } from '../../use-cases/registry/list-occupations.js';
import { getOccupation } from '../../use-cases/registry/get-occupation.js';
import { listOccupationStandards } from '../../use-cases/registry/list-occupation-standards.js';
import { getOccupationStandard } from '../../use-cases/registry/get-occupation-standard.js';
import { upsertOccupationStandard } from '../../use-cases/registry/upsert-occupation-standard.js';
import { exportOccupationStandards } from '../../use-cases/registry/export-occupation-standards.js';
import { attachmentHeaders } from '../../materials/download-headers.js';
import { listAuthorities } from '../../use-cases/registry/list-authorities.js';
import { getAuthority } from '../../use-cases/registry/get-authority.js';

const TAG = '参考数据';

export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof registryContext>[1]) => registryContext(app, request);

  app.get(
    '/jurisdictions',
    {
      config: { policy: 'public' },
      schema: {
        tags: [TAG],
        summary: '行政区划（GB/T 2260；000000 表示全国）',
        querystring: s.jurisdictionQuery,
        response: { 200: all(s.jurisdiction) },
      },
    },
    async (request) => listJurisdictions(ctx(request), request.query),
  );
  app.get(
    '/skill-levels',
    {
      config: { policy: 'public' },
      schema: { tags: [TAG], summary: '职业技能等级（一级至五级）', response: { 200: all(s.skillLevel) } },
    },
    async (request) => listSkillLevels(ctx(request)),
  );
  app.get(
    '/occupations',
    {
      config: { policy: 'public' },
      schema: {
        tags: [TAG],
        summary: '职业分类大典（按名称或编码检索，分页）',
        querystring: s.occupationQuery,
        response: { 200: page(s.occupation) },
      },
    },
    async (request) => {
      const { page: p, pageSize, ...filters } = request.query;
      return listOccupations(ctx(request), filters, { page: p, pageSize });
    },
  );
  app.get(
    '/occupations/:code',
    {
      config: { policy: 'public' },
      schema: {
        tags: [TAG],
        summary: '职业详情（含国家职业技能标准或评价规范）',
        params: s.occupationParams,
        response: { 200: s.occupationDetail },
      },
    },
    async (request) => getOccupation(ctx(request), request.params.code),
  );
  app.get(
    '/occupation-standards',
    {
      config: { policy: 'public' },
      schema: {
        tags: [TAG],
        summary: '国家职业技能标准与评价规范目录',
        querystring: s.occupationStandardQuery,
        response: { 200: page(s.occupationStandard) },
      },
    },
    async (request) => {
      const { page: p, pageSize, ...filters } = request.query;
      return listOccupationStandards(ctx(request), filters, { page: p, pageSize });
    },
  );
  app.get(
    '/occupation-standards/export.xlsx',
    {
      config: { policy: 'public' },
      schema: {
        tags: [TAG],
        summary: '导出职业标准目录（Excel，含各等级评价科目；筛选条件同列表）',
        querystring: s.occupationStandardExportQuery,
      },
    },
    async (request, reply) => {
      const f = await exportOccupationStandards(ctx(request), request.query);
      return reply.headers(attachmentHeaders(f.fileName, f.contentType, f.bytes.length)).send(f.bytes);
    },
  );
  app.get(
    '/occupation-standards/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags: [TAG],
        summary: '职业标准详情',
        params: idParamsOf('职业标准 ID'),
        response: { 200: s.occupationStandard },
      },
    },
    async (request) => getOccupationStandard(ctx(request), request.params.id),
  );
  app.post(
    '/occupation-standards',
    {
      config: { policy: 'occupationStandard.write' },
      onRequest: async (request) => void requireCaller(request),
      schema: {
        tags: [TAG],
        summary: '登记职业的国家职业技能标准或评价规范（国家级、省级监管部门）',
        body: s.createOccupationStandardBody,
        response: { 201: s.occupationStandard },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await upsertOccupationStandard(ctx(request), null, request.body)),
  );
  app.patch(
    '/occupation-standards/:id',
    {
      config: { policy: 'occupationStandard.write' },
      onRequest: async (request) => void requireCaller(request),
      schema: {
        tags: [TAG],
        summary: '修改职业标准记录（乐观锁 version）',
        params: idParamsOf('职业标准 ID'),
        body: s.updateOccupationStandardBody,
        response: { 200: s.occupationStandard },
      },
    },
    async (request) => {
      const { version, ...fields } = request.body;
      return upsertOccupationStandard(ctx(request), { id: request.params.id, version }, fields);
    },
  );
  app.get(
    '/authorities',
    {
      config: { policy: 'authority.list' },
      onRequest: async (request) => void requireCaller(request),
      schema: {
        tags: ['监管部门'],
        summary: '监管部门列表（按调用者范围过滤）',
        querystring: s.authorityQuery,
        response: { 200: page(s.authority) },
      },
    },
    async (request) => {
      const { page: p, pageSize, ...filters } = request.query;
      return listAuthorities(ctx(request), filters, { page: p, pageSize });
    },
  );
  app.get(
    '/authorities/:id',
    {
      config: { policy: 'authority.read' },
      onRequest: async (request) => void requireCaller(request),
      schema: {
        tags: ['监管部门'],
        summary: '监管部门详情',
        params: idParamsOf('监管部门 ID'),
        response: { 200: s.authority },
      },
    },
    async (request) => getAuthority(ctx(request), request.params.id),
  );
};
