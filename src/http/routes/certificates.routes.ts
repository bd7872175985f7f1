// /api/v1/certificate-issuer-codes and /api/v1/certificates (issue 11 points 5 and 7): the authorities
// record the issuer codes of certificate numbers; institutions issue certificates from closed sessions;
// the register is listed, searched, counted and exported within the caller's scope, and authorities
// change a certificate's status. Signed-in users only; outside scope answers 404 like a random id.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireCaller } from '../session-plugin.js';
import { problem } from '../schemas/common.schema.js';
import * as s from '../schemas/certificates.schema.js';
import { registryContext } from './registry.routes.js';
import { assignIssuerCode, listIssuerCodes } from '../../use-cases/certificates/issuer-codes.js';

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
};
