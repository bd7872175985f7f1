// /api/v1/certificate-issuer-codes and /api/v1/certificates (issue 11 points 5 and 7): the authorities
// record the issuer codes of certificate numbers; institutions issue certificates from closed sessions;
// the register is listed, searched, counted and exported within the caller's scope, and authorities
// change a certificate's status. Signed-in users only; outside scope answers 404 like a random id.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireCaller } from '../session-plugin.js';
import { idParamsOf, problem } from '../schemas/common.schema.js';
import { attachmentHeaders } from '../../materials/download-headers.js';
import * as s from '../schemas/certificates.schema.js';
import { registryContext } from './registry.routes.js';
import { assignIssuerCode, listIssuerCodes } from '../../use-cases/certificates/issuer-codes.js';
import { issueCertificates } from '../../use-cases/certificates/issue-certificates.js';
import { changeCertificateStatus } from '../../use-cases/certificates/change-certificate-status.js';
import {
  certificateCounts,
  getCertificate,
  issuanceDelays,
  listCertificates,
  revealHolderDocument,
  searchCertificates,
} from '../../use-cases/certificates/certificate-views.js';
import {
  exportCertificateCounts,
  exportCertificateList,
  exportIssuanceDelays,
} from '../../use-cases/certificates/export-certificates.js';

export const certificateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', async (request) => {
    requireCaller(request);
  });
  const tags = ['证书登记'];

  app.get(
    '/certificate-issuer-codes',
    {
      config: { policy: 'certificate.issuerCode.read' },
      schema: {
        tags,
        summary: '证书编号的机构代码（第 2–13 位）：机构及其分支机构各自登记的代码与可登记的部门',
        querystring: s.issuerCodesQuery,
        response: { 200: s.issuerList },
      },
    },
    async (request) => listIssuerCodes(registryContext(app, request), request.query.institutionId),
  );
  app.put(
    '/certificate-issuer-codes',
    {
      config: { policy: 'certificate.issuerCode.assign' },
      schema: {
        tags,
        summary:
          '登记证书编号的机构代码：评价机构代码（部备案 0001–9999，省备案 0000）与省级部门赋予的 6 位机构序列码；已用于编号的不得更改',
        body: s.assignIssuerCodeBody,
        response: { 200: s.issuer, 409: problem, 422: problem },
      },
    },
    async (request) => assignIssuerCode(registryContext(app, request), request.body),
  );
  app.post(
    '/certificates/issue',
    {
      config: { policy: 'certificate.issue' },
      schema: {
        tags,
        summary:
          '颁发证书：向已关闭评价批次中成绩合格、未退出的考生各颁发一本（已颁发的不重复），统一编号，颁发即可查询；暂停、终止备案或尚未登记机构代码的拒绝并说明',
        body: s.issueBody,
        response: { 200: s.issuanceResult, 409: problem, 422: problem },
      },
    },
    async (request) => issueCertificates(registryContext(app, request), request.body.sessionId),
  );
  app.get(
    '/certificates',
    {
      config: { policy: 'certificate.list' },
      schema: {
        tags,
        summary: '证书列表（机构看本机构的；监管部门按评价机构查看辖区内的），按年份和编号翻页',
        querystring: s.listQuery,
        response: { 200: s.certificatePage },
      },
    },
    async (request) => {
      const { cursor, limit, ...filters } = request.query;
      return listCertificates(registryContext(app, request), filters, { cursor, limit });
    },
  );
  app.post(
    '/certificates/search',
    {
      config: { policy: 'certificate.list' },
      schema: {
        tags,
        summary:
          '辖区内证书查询：按证书编号，或按持证人姓名和证件号码（证件号码只在请求体中，不进地址栏和日志）',
        body: s.searchBody,
        response: { 200: s.certificateItems, 422: problem },
      },
    },
    async (request) => searchCertificates(registryContext(app, request), request.body),
  );
  app.get(
    '/certificates/counts',
    {
      config: { policy: 'certificate.list' },
      schema: {
        tags,
        summary: '证书数量：机构 × 职业（工种）× 年份 × 等级（续期评估依据，gz-rules 第八至十条）',
        querystring: s.countsQuery,
        response: { 200: s.counts },
      },
    },
    async (request) => certificateCounts(registryContext(app, request), request.query),
  );
  app.get(
    '/certificates/delays',
    {
      config: { policy: 'certificate.list' },
      schema: {
        tags,
        summary: '发证时效：各机构从评价批次结束到证书可查询的天数',
        querystring: s.countsQuery,
        response: { 200: s.delays },
      },
    },
    async (request) => issuanceDelays(registryContext(app, request), request.query),
  );
  app.get(
    '/certificates/export.xlsx',
    {
      config: { policy: 'certificate.list' },
      schema: {
        tags,
        summary:
          '导出 Excel（流式）：证书列表、证书数量或发证时效，与页面相同的范围和筛选条件，证件号码只导出脱敏后的',
        querystring: s.exportQuery,
      },
    },
    async (request, reply) => {
      const ctx = registryContext(app, request);
      const { view, year, ...filters } = request.query;
      const thisYear = Number(new Date().toISOString().slice(0, 4));
      const file =
        view === 'list'
          ? await exportCertificateList(ctx, { ...filters, year })
          : view === 'counts'
            ? await exportCertificateCounts(ctx, {
                year: year ?? thisYear,
                institutionId: filters.institutionId,
              })
            : await exportIssuanceDelays(ctx, {
                year: year ?? thisYear,
                institutionId: filters.institutionId,
              });
      const headers = attachmentHeaders(file.fileName, file.contentType, 0);
      delete (headers as Record<string, unknown>)['content-length'];
      return reply.headers(headers).send(file.stream);
    },
  );
  app.get(
    '/certificates/:id',
    {
      config: { policy: 'certificate.read' },
      schema: {
        tags,
        summary: '证书详情及其状态变更记录',
        params: idParamsOf('证书 ID'),
        response: { 200: s.certificateDetail },
      },
    },
    async (request) => getCertificate(registryContext(app, request), request.params.id),
  );
  app.post(
    '/certificates/:id/reveal-document',
    {
      config: { policy: 'certificate.revealDocument' },
      schema: {
        tags,
        summary: '查看持证人完整证件号码（监管部门；每次查看记入审计日志）',
        params: idParamsOf('证书 ID'),
        response: { 200: s.revealed },
      },
    },
    async (request) => revealHolderDocument(registryContext(app, request), request.params.id),
  );
  app.post(
    '/certificates/:id/status',
    {
      config: { policy: 'certificate.changeStatus' },
      schema: {
        tags,
        summary: '宣布证书无效或撤销证书：理由、生效日期、依据条款及处理决定，记入状态变更记录',
        params: idParamsOf('证书 ID'),
        body: s.statusBody,
        response: { 200: s.certificateDetail, 409: problem, 422: problem },
      },
    },
    async (request) =>
      changeCertificateStatus(registryContext(app, request), request.params.id, request.body),
  );
};
