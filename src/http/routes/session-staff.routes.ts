// /api/v1/evaluation-sessions/:id/staff and /api/v1/staff-sanctions (issue 11 point 3): the institution
// puts its staff on its planned sessions (checked against mohrss-violations §9, §10, §12(2)) and removes
// them; it and the authorities over it read them; the authorities keep the staff-sanction register.
// Signed-in users only; a session outside the caller's scope answers 404 like a random id.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireCaller } from '../session-plugin.js';
import { idParamsOf, problem } from '../schemas/common.schema.js';
import { problemWithFindings } from '../schemas/cases.schema.js';
import * as s from '../schemas/session-staff.schema.js';
import { registryContext } from './registry.routes.js';
import { attachmentHeaders } from '../../materials/download-headers.js';
import {
  assignSessionStaff,
  listSessionStaff,
  removeSessionStaff,
} from '../../use-cases/session-staff/session-staff.js';
import { exportSessionStaff } from '../../use-cases/session-staff/session-staff-sheet.js';
import { exportStaffSanctions } from '../../use-cases/session-staff/staff-sanctions-sheet.js';
import {
  getStaffSanction,
  listStaffSanctions,
  recordStaffSanction,
} from '../../use-cases/session-staff/staff-sanctions.js';

export const sessionStaffRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', async (request) => {
    requireCaller(request);
  });
  const tags = ['批次工作人员'];

  app.get(
    '/evaluation-sessions/:id/staff',
    {
      config: { policy: 'sessionStaff.read' },
      schema: {
        tags,
        summary: '批次工作人员',
        params: idParamsOf('评价批次 ID'),
        response: { 200: s.sessionStaffList },
      },
    },
    async (request) => listSessionStaff(registryContext(app, request), request.params.id),
  );
  app.get(
    '/evaluation-sessions/:id/staff/export.xlsx',
    {
      config: { policy: 'sessionStaff.read' },
      schema: { tags, summary: '导出批次工作人员（Excel，证件号码脱敏）', params: idParamsOf('评价批次 ID') },
    },
    async (request, reply) => {
      const f = await exportSessionStaff(registryContext(app, request), request.params.id);
      return reply.headers(attachmentHeaders(f.fileName, f.contentType, f.bytes.length)).send(f.bytes);
    },
  );
  app.post(
    '/evaluation-sessions/:id/staff',
    {
      config: { policy: 'sessionStaff.assign' },
      schema: {
        tags,
        summary:
          '安排批次工作人员：检查类别与考评资格（职业及等级一致）、取消资格与吊销证书（mohrss-violations 第九条、第十条、第十二条第（二）项）；不符合的 422 并列出依据',
        params: idParamsOf('评价批次 ID'),
        body: s.assignStaffBody,
        response: { 201: s.sessionStaffItem, 409: problem, 422: problemWithFindings },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await assignSessionStaff(registryContext(app, request), request.params.id, request.body)),
  );
  app.delete(
    '/evaluation-sessions/:id/staff/:assignmentId',
    {
      config: { policy: 'sessionStaff.assign' },
      schema: { tags, summary: '移出批次工作人员（批次关闭或取消前）', params: s.sessionStaffParams },
    },
    async (request, reply) => {
      await removeSessionStaff(registryContext(app, request), request.params.id, request.params.assignmentId);
      return reply.code(204).send();
    },
  );

  const sanctionTags = ['工作人员处理登记'];
  app.get(
    '/staff-sanctions',
    {
      config: { policy: 'staffSanction.list' },
      schema: {
        tags: sanctionTags,
        summary: '工作人员处理登记（取消参加评价工作资格、吊销考评人员证书），监管部门查阅',
        querystring: s.staffSanctionQuery,
        response: { 200: s.staffSanctionList },
      },
    },
    async (request) => {
      const { page, pageSize, ...f } = request.query;
      return listStaffSanctions(registryContext(app, request), f, { page, pageSize });
    },
  );
  app.get(
    '/staff-sanctions/export.xlsx',
    {
      config: { policy: 'staffSanction.list' },
      schema: {
        tags: sanctionTags,
        summary: '导出工作人员处理登记（Excel，证件号码脱敏；可按处理类别筛选）',
        querystring: s.staffSanctionExportQuery,
      },
    },
    async (request, reply) => {
      const f = await exportStaffSanctions(registryContext(app, request), request.query);
      return reply.headers(attachmentHeaders(f.fileName, f.contentType, f.bytes.length)).send(f.bytes);
    },
  );
  app.get(
    '/staff-sanctions/:id',
    {
      config: { policy: 'staffSanction.list' },
      schema: {
        tags: sanctionTags,
        summary: '工作人员处理记录',
        params: idParamsOf('工作人员处理记录 ID'),
        response: { 200: s.staffSanction },
      },
    },
    async (request) => getStaffSanction(registryContext(app, request), request.params.id),
  );
  app.post(
    '/staff-sanctions',
    {
      config: { policy: 'staffSanction.record' },
      schema: {
        tags: sanctionTags,
        summary: '登记工作人员处理（监管部门）：证件号码以密钥散列存放，全国各机构安排人员时据此核对',
        body: s.recordSanctionBody,
        response: { 201: s.staffSanction },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordStaffSanction(registryContext(app, request), request.body)),
  );
};
