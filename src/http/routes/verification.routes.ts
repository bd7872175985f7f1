// 证书核验 (issue 12 points 1 and 3): the public lookup — POST, so that no number or name lands in a URL
// or an access log — the published keys (also at /.well-known/skillreg-certificate-keys.json) and
// the signed status lists. The lookup is throttled per client and per target past the global budget:
// a few free, then each with a solved proof-of-work challenge, then refused for the rest of the
// window (decision 0034); every lookup, refused ones too, goes to the lookup log by keyed hash.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../domain/errors.js';
import { clientKey } from '../client-key.js';
import { tooManyRequests } from '../public-rate-limit.js';
import {
  keySet,
  statusList,
  statusListParams,
  holderDocumentBody,
  verification,
  verifyBody,
} from '../schemas/verification.schema.js';
import {
  lookupTarget,
  verifyCertificate,
  type VerificationQuery,
} from '../../use-cases/verification/verify-certificate.js';
import { STATUS_LIST_MAX_AGE_SECONDS } from '../../use-cases/verification/status-lists.js';
import type { LookupChannel } from '../../persistence/schema.js';
import { idParamsOf } from '../schemas/common.schema.js';
import { attachmentHeaders } from '../../materials/download-headers.js';
import {
  eCertificateCredential,
  eCertificatePdf,
  type CertificateRef,
} from '../../use-cases/verification/e-certificate.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';

const CHANNEL: Record<VerificationQuery['by'], LookupChannel> = {
  number: 'by_number',
  holder: 'by_holder',
  payload: 'by_payload',
};

function queryOf(b: z.infer<typeof verifyBody>): VerificationQuery {
  if (b.certificateNumber !== undefined) return { by: 'number', number: b.certificateNumber };
  if (b.payload !== undefined) return { by: 'payload', payload: b.payload, name: b.name };
  return {
    by: 'holder',
    name: b.name ?? '',
    docType: b.documentType ?? 'resident_id',
    docNumber: b.documentNumber ?? '',
  };
}

const challengeNeeded = () =>
  new AppError(
    400,
    'CHALLENGE_REQUIRED',
    '需要人机验证',
    '查询较为频繁：请先完成人机验证（页面上的“我不是机器人”）再查询',
    undefined,
    {
      title_en: 'Verification needed',
      detail_en: 'Many lookups: complete the check on the page, then look up again',
    },
  );

/** Where the QR and the credential point: this server as the client reached it. */
const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

export const verificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.verification;

  async function sendDocument(
    request: FastifyRequest,
    reply: FastifyReply,
    ref: CertificateRef,
    format: 'pdf' | 'credential',
  ) {
    void reply.header('cache-control', 'no-store');
    if (format === 'pdf') {
      const { pdf, number } = await eCertificatePdf(
        app.db,
        app.personalData,
        service.keys,
        ref,
        originOf(request),
      );
      return reply
        .headers(attachmentHeaders(`职业技能等级证书-${number}.pdf`, 'application/pdf', pdf.length))
        .send(pdf);
    }
    const { credential, number } = await eCertificateCredential(
      app.db,
      app.personalData,
      service.keys,
      ref,
      originOf(request),
    );
    const body = Buffer.from(JSON.stringify(credential, null, 2), 'utf8');
    return reply
      .headers(
        attachmentHeaders(
          `职业技能等级证书-${number}.credential.json`,
          'application/vc+ld+json',
          body.length,
        ),
      )
      .send(body);
  }

  for (const format of ['pdf', 'credential'] as const) {
    app.get(
      format === 'pdf' ? '/certificates/:id/e-certificate.pdf' : '/certificates/:id/credential.json',
      {
        config: { policy: 'certificate.read' },
        schema: {
          tags: ['证书核验'],
          summary:
            format === 'pdf'
              ? '电子证书（PDF，A4，带签名二维码，可离线核验）'
              : '证书的可验证凭证（W3C VC 2.0 / Open Badges 3.0，eddsa-jcs-2022 签名），供学分银行使用',
          params: idParamsOf('证书 ID'),
        },
      },
      async (request, reply) =>
        sendDocument(request, reply, { by: 'id', caller: request.caller, id: request.params.id }, format),
    );
  }

  app.post(
    '/public/certificates/e-certificate',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['证书核验'],
        summary:
          '持证人下载本人电子证书（PDF）或可验证凭证（无需登录）：证书编号、姓名与证件号码须一致；与证书核验同样限流',
        body: holderDocumentBody,
      },
    },
    async (request, reply) => {
      const b = request.body;
      const ref: CertificateRef = {
        by: 'holder',
        number: b.certificateNumber,
        name: b.name,
        docType: b.documentType ?? 'resident_id',
        docNumber: b.documentNumber,
      };
      const target = service.log.hash(
        lookupTarget({ by: 'holder', name: b.name, docType: '', docNumber: '' }),
      );
      const client = service.log.hash(clientKey(request.ip));
      const verdict = service.throttle.assess(client, target);
      if (verdict.kind === 'refused') {
        void reply.header('retry-after', String(verdict.retryAfterSeconds));
        throw tooManyRequests(verdict.retryAfterSeconds);
      }
      if (verdict.kind === 'challenge') {
        if (b.altcha === undefined) throw challengeNeeded();
        await app.challenge.verify(b.altcha);
      }
      service.throttle.record(client, target);
      const entry = { channel: 'by_holder' as const, target, client };
      try {
        const sent = await sendDocument(request, reply, ref, b.format);
        service.log.add({ ...entry, outcome: 'found', matches: 1 });
        return sent;
      } catch (err) {
        service.log.add({ ...entry, outcome: 'not_found', matches: 0 });
        throw err;
      }
    },
  );

  app.post(
    '/public/certificates/verify',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['证书核验'],
        summary:
          '证书核验（无需登录）：按证书编号、按姓名 + 证件号码或按电子证书二维码数据查询；查无结果时返回同一形态的空列表。查询较多时须附人机验证（altcha）',
        body: verifyBody,
        response: { 200: verification },
      },
    },
    async (request, reply) => {
      const query = queryOf(request.body);
      const target = service.log.hash(lookupTarget(query));
      const client = service.log.hash(clientKey(request.ip));
      const entry = { channel: CHANNEL[query.by], target, client };
      const verdict = service.throttle.assess(client, target);
      if (verdict.kind === 'refused') {
        service.log.add({ ...entry, outcome: 'refused', matches: 0 });
        void reply.header('retry-after', String(verdict.retryAfterSeconds));
        throw tooManyRequests(verdict.retryAfterSeconds);
      }
      if (verdict.kind === 'challenge') {
        if (request.body.altcha === undefined) throw challengeNeeded();
        await app.challenge.verify(request.body.altcha);
      }
      service.throttle.record(client, target);
      const result = await verifyCertificate(service.reads, app.personalData, service.keys, query);
      service.log.add({
        ...entry,
        outcome: result.certificates.length > 0 ? 'found' : 'not_found',
        matches: result.certificates.length,
      });
      void reply.header('cache-control', 'no-store');
      return result;
    },
  );

  app.get(
    '/public/certificate-keys',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['证书核验'],
        summary: '证书签名公钥（JWKS，Ed25519）：离线核验电子证书与状态列表用，含各密钥的启用与停用日期',
        response: { 200: keySet },
      },
    },
    async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=300');
      return service.keys.keySet();
    },
  );

  app.get(
    '/public/status-lists/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['证书核验'],
        summary:
          '证书状态列表（已签名）：一个发证代码一年一份，宣布无效或撤销的证书位为 1；离线核验在 validUntil 前刷新',
        params: statusListParams,
        response: { 200: statusList },
      },
    },
    async (request, reply) => {
      const doc = await service.statusLists.get(request.params.id);
      if (!doc) throw new AppError(404, 'NOT_FOUND', '未找到', '该状态列表不存在');
      void reply.header('cache-control', `public, max-age=${STATUS_LIST_MAX_AGE_SECONDS}`);
      return doc;
    },
  );
};

/** The key set where verifiers look for it without knowing the API. */
export const wellKnownRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/.well-known/skillreg-certificate-keys.json',
    { schema: { hide: true } },
    async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=300');
      return app.verification.keys.keySet();
    },
  );
};
