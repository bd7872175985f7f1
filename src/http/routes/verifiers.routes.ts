// 核验单位 (issue 12 point 2; decision 0035): employers and subsidy offices verify certificates in
// batches. Three kinds of route:
// - POST /verifier/certificates/verify — the batch API, authenticated by `Authorization: Bearer <key>`
//   alone (policy 'verifier.apiKey': the session plugin neither reads a cookie nor asks a CSRF token
//   here, so a browser's session can never act through it and a key is all it takes);
// - /verifier/… — the signed-in verifier's own keys, usage and the web app's file upload;
// - /verifier-organisations/… — the system administrator's and the authorities' list, quotas and the
//   two acts of mohrss-violations §15 ¶2 (revoke the read rights; order deletion of what was read).
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import multipart from '@fastify/multipart';
import { AppError } from '../../domain/errors.js';
import { DOCUMENT_TYPES } from '../../domain/document-number.js';
import { attachmentHeaders } from '../../materials/download-headers.js';
import { API_KEY_POLICY, requireCaller } from '../session-plugin.js';
import { codeInput, idParamsOf, isoDate, line, problem, text, version } from '../schemas/common.schema.js';
import { exportCredentials, MAX_EXPORT_PAGE } from '../../use-cases/verifiers/credit-bank-export.js';
import { registryContext } from './registry.routes.js';
import { authenticateKey, MAX_BATCH, verifyBatch } from '../../use-cases/verifiers/batch-verify.js';
import { createApiKey, listApiKeys, revokeApiKey, rotateApiKey } from '../../use-cases/verifiers/api-keys.js';
import {
  createVerifierOrganisation,
  getVerifierOrganisation,
  listVerifierOrganisations,
  myVerifierOrganisation,
  orderDeletion,
  revokeReadRights,
  updateVerifierOrganisation,
} from '../../use-cases/verifiers/verifier-organisations.js';
import { verifierOnly } from '../../use-cases/verifiers/verifier-errors.js';
import { verifierPolicy } from '../../policies/verifier.policy.js';
import { verifyUploadedSheet } from '../../use-cases/verifiers/verify-sheet.js';
import { batchTemplate, MAX_BATCH_FILE_BYTES } from '../../use-cases/verifiers/batch-sheet.js';

const batchItem = z.union([
  z.strictObject({ certificateNumber: codeInput.describe('证书编号（22 位）') }),
  z.strictObject({
    name: line(50).describe('持证人姓名'),
    documentNumber: codeInput.describe('证件号码'),
    documentType: z.enum(DOCUMENT_TYPES).optional().describe('证件类型，默认 resident_id 居民身份证'),
  }),
]);
const batchResult = z.enum(['valid', 'invalid', 'not_found']).describe('有效 / 无效（已注销或撤销）/ 未查到');
const batchAnswer = z.object({
  checkedAt: z.string(),
  results: z.array(z.object({ index: z.number().int(), result: batchResult })),
});

const keyState = z
  .enum(['active', 'expiring', 'expired', 'revoked'])
  .describe('使用中 / 轮换宽限期内 / 已失效 / 已吊销');
const apiKey = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe('密钥前 12 位，用于辨认'),
  state: keyState,
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable().describe('轮换后旧密钥的失效时间'),
  revokedAt: z.string().nullable(),
  replacedBy: z.string().nullable(),
  version: z.number(),
});
const newKey = z.object({
  key: apiKey,
  secret: z.string().describe('完整密钥：只显示这一次，系统只保存其 SHA-256'),
});
const verifierKind = z
  .enum(['employer', 'subsidy_office', 'credit_bank', 'other'])
  .describe('用人单位 / 补贴经办机构 / 学分银行 / 其他');
const organisation = z.object({
  id: z.string(),
  name: z.string(),
  uscc: z.string().nullable(),
  kind: verifierKind,
  contact: z.string(),
  dailyQuota: z.number().int().describe('每日可核验证书张数（全单位，含网页上传）'),
  usedToday: z.number().int(),
  readRights: z.object({
    revoked: z.boolean(),
    revokedAt: z.string().nullable(),
    reason: z.string().nullable(),
    revokedBy: z.string().nullable(),
  }),
  deletionOrder: z
    .object({ text: z.string(), orderedAt: z.string(), orderedBy: z.string().nullable() })
    .nullable(),
  decisionCaseId: z.string().nullable(),
  keys: z.object({ active: z.number().int(), total: z.number().int() }),
  last30Days: z.object({ requests: z.number().int(), certificates: z.number().int() }),
  createdAt: z.string(),
  version: z.number(),
  abilities: z.object({ update: z.boolean(), revokeReadRights: z.boolean(), orderDeletion: z.boolean() }),
});
const organisationDetail = organisation.extend({
  usage: z.array(
    z.object({
      day: z.string(),
      keyId: z.string().nullable().describe('null：网页上传'),
      keyPrefix: z.string().nullable(),
      requests: z.number().int(),
      certificates: z.number().int(),
    }),
  ),
  apiKeys: z.array(apiKey),
});
const sheetAnswer = z.object({
  checkedAt: z.string(),
  rows: z.array(
    z.object({
      row: z.number().int(),
      certificateNumber: z.string().nullable(),
      name: z.string().nullable(),
      documentMasked: z.string().nullable(),
      result: batchResult,
    }),
  ),
  counts: z.object({ valid: z.number().int(), invalid: z.number().int(), not_found: z.number().int() }),
  file: z.object({ fileName: z.string(), base64: z.string().describe('结果 XLSX（base64）') }),
});
const emptyBody = z.strictObject({}).nullish();
const quotaProblem = problem.extend({
  quota: z.number().int().optional().describe('每日额度（证书张数）'),
  used: z.number().int().optional().describe('今日已用'),
  remaining: z.number().int().optional(),
  resetsAt: z.string().optional().describe('额度恢复时间（北京时间次日零时）'),
  retryAfter: z.number().int().optional(),
});
const uscc = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z]{18}$/, '统一社会信用代码为 18 位数字或大写字母');

export const verifierRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, {
    limits: { fileSize: MAX_BATCH_FILE_BYTES, files: 1, fields: 0, parts: 1 },
  });

  app.post(
    '/verifier/certificates/verify',
    {
      // Bearer keys are their own budget (the organisation's daily quota); a generous per-client limit
      // in place of the anonymous one keeps a flood of wrong keys off the database.
      config: { policy: API_KEY_POLICY, rateLimit: { max: 600, timeWindow: 60_000 } },
      schema: {
        tags: ['批量核验'],
        summary: `批量核验证书（API 密钥：Authorization: Bearer srk_…）：每次 1–${MAX_BATCH} 条，按证书编号或姓名 + 证件号码；只回答 valid / invalid / not_found`,
        security: [{ apiKey: [] }],
        body: z.strictObject({
          items: z
            .array(batchItem)
            .min(1)
            .max(MAX_BATCH)
            .describe('待核验的证书（每条按证书编号，或按持证人姓名和证件号码）'),
        }),
        response: { 200: batchAnswer, 401: problem, 403: problem, 429: quotaProblem },
      },
    },
    async (request, reply) => {
      const channel = await authenticateKey(app.db, request.headers.authorization);
      try {
        const answer = await verifyBatch(app.db, app.personalData, channel, request.body.items);
        request.log.info(
          {
            verifierKey: channel.keyId,
            organisation: channel.organisationId,
            certificates: answer.results.length,
          },
          'batch verification',
        );
        return answer;
      } catch (err) {
        const retry = err instanceof AppError ? err.extra?.retryAfter : undefined;
        if (typeof retry === 'number') void reply.header('retry-after', String(retry));
        throw err;
      }
    },
  );

  app.get(
    '/verifier/credentials',
    {
      config: { policy: API_KEY_POLICY, rateLimit: { max: 600, timeWindow: 60_000 } },
      schema: {
        tags: ['批量核验'],
        summary: `学分银行导出证书凭证（API 密钥，仅学分银行）：某职业（工种）在日期范围内颁发的证书，每页至多 ${MAX_EXPORT_PAGE} 份 W3C 可验证凭证（Open Badges 3.0，eddsa-jcs-2022 签名），按翻页标记续取；计入每日额度`,
        security: [{ apiKey: [] }],
        querystring: z.strictObject({
          occupationCode: text(20).optional().describe('职业（工种）代码，如 4-10-01-05；不填为全部'),
          from: isoDate.describe('发证日期起（含）'),
          to: isoDate.describe('发证日期止（含）'),
          cursor: z.string().max(80).optional().describe('上一页返回的 nextCursor'),
          limit: z.coerce.number().int().min(1).max(MAX_EXPORT_PAGE).default(100).describe('每页份数'),
        }),
        response: {
          200: z.object({
            credentials: z
              .array(z.record(z.string(), z.unknown()))
              .describe('OpenBadgeCredential（W3C VC 2.0），各带 eddsa-jcs-2022 证明'),
            nextCursor: z.string().nullable(),
          }),
          401: problem,
          403: problem,
          429: quotaProblem,
        },
      },
    },
    async (request, reply) => {
      const channel = await authenticateKey(app.db, request.headers.authorization);
      try {
        return await exportCredentials(
          app.db,
          app.verification.keys,
          channel,
          request.query,
          `${request.protocol}://${request.host}`,
        );
      } catch (err) {
        const retry = err instanceof AppError ? err.extra?.retryAfter : undefined;
        if (typeof retry === 'number') void reply.header('retry-after', String(retry));
        throw err;
      }
    },
  );

  // ---- the signed-in verifier ----
  const signedIn = async (request: Parameters<typeof requireCaller>[0]) => {
    requireCaller(request);
  };
  const tags = ['核验单位'];

  app.get(
    '/verifier/organisation',
    {
      config: { policy: 'verifier.self' },
      onRequest: signedIn,
      schema: {
        tags,
        summary: '本单位：额度、用量（近 30 天）、密钥与主管部门的处理',
        response: { 200: organisationDetail },
      },
    },
    async (request) => myVerifierOrganisation(registryContext(app, request)),
  );
  app.get(
    '/verifier/api-keys',
    {
      config: { policy: 'verifier.self' },
      onRequest: signedIn,
      schema: {
        tags,
        summary: '本单位的 API 密钥（只显示前缀）',
        response: { 200: z.object({ items: z.array(apiKey) }) },
      },
    },
    async (request) => ({ items: await listApiKeys(registryContext(app, request)) }),
  );
  app.post(
    '/verifier/api-keys',
    {
      config: { policy: 'verifier.self' },
      onRequest: signedIn,
      schema: {
        tags,
        summary: '新建 API 密钥（完整密钥只在此次返回）',
        body: z.strictObject({ name: line(60).describe('用途，如“招聘系统”') }),
        response: { 201: newKey, 403: problem, 409: problem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createApiKey(registryContext(app, request), request.body)),
  );
  app.post(
    '/verifier/api-keys/:id/rotate',
    {
      config: { policy: 'verifier.self' },
      onRequest: signedIn,
      schema: {
        tags,
        summary: '轮换密钥：返回新密钥（只显示一次），旧密钥 24 小时后失效',
        params: idParamsOf('API 密钥 ID'),
        body: emptyBody,
        response: { 200: newKey, 404: problem, 409: problem },
      },
    },
    async (request) => rotateApiKey(registryContext(app, request), request.params.id),
  );
  app.post(
    '/verifier/api-keys/:id/revoke',
    {
      config: { policy: 'verifier.self' },
      onRequest: signedIn,
      schema: {
        tags,
        summary: '吊销密钥（立即生效：下一次请求即被拒绝）',
        params: idParamsOf('API 密钥 ID'),
        body: emptyBody,
        response: { 200: apiKey, 404: problem, 409: problem },
      },
    },
    async (request) => revokeApiKey(registryContext(app, request), request.params.id),
  );
  app.get(
    '/verifier/batch-template',
    {
      config: { policy: 'verifier.self' },
      onRequest: signedIn,
      schema: {
        tags,
        summary: '下载批量核验模板（Excel 或 CSV）',
        querystring: z.strictObject({
          format: z
            .enum(['xlsx', 'csv'])
            .default('xlsx')
            .describe('模板格式：xlsx Excel 表格 / csv CSV 文本'),
        }),
      },
    },
    async (request, reply) => {
      if (!verifierPolicy.ownOrganisation(request.caller)) throw verifierOnly();
      const t = await batchTemplate(request.query.format);
      return reply.headers(attachmentHeaders(t.fileName, t.contentType, t.bytes.length)).send(t.bytes);
    },
  );
  app.post(
    '/verifier/batch-checks',
    {
      config: { policy: 'verifier.self' },
      onRequest: signedIn,
      schema: {
        tags,
        summary: `上传 CSV 或 XLSX 批量核验（最多 ${MAX_BATCH} 行，计入本单位每日额度）：返回每行结果与结果 XLSX`,
        consumes: ['multipart/form-data'],
        response: { 200: sheetAnswer, 403: problem, 413: problem, 422: problem, 429: quotaProblem },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw new AppError(
          422,
          'VERIFIER_FILE_INVALID',
          '文件不符合要求',
          '请以 multipart/form-data 上传文件',
        );
      const part = await request.file();
      if (!part) throw new AppError(422, 'VERIFIER_FILE_INVALID', '文件不符合要求', '没有收到文件');
      const bytes = await part.toBuffer();
      try {
        return await verifyUploadedSheet(registryContext(app, request), { bytes, fileName: part.filename });
      } catch (err) {
        const retry = err instanceof AppError ? err.extra?.retryAfter : undefined;
        if (typeof retry === 'number') void reply.header('retry-after', String(retry));
        throw err;
      }
    },
  );

  // ---- the overseers: the system administrator and authority staff ----
  const otags = ['证书数据读取单位'];

  app.get(
    '/verifier-organisations',
    {
      config: { policy: 'verifierOrganisation.oversee' },
      onRequest: signedIn,
      schema: {
        tags: otags,
        summary: '证书数据读取单位（系统管理员、主管部门）：状态与近 30 天用量',
        querystring: z.strictObject({
          q: line(100).optional().describe('按名称筛选（账号管理中选择所属核验单位）'),
          pageSize: z.coerce.number().int().min(1).max(500).optional().describe('最多列出的条数'),
        }),
        response: { 200: z.object({ items: z.array(organisation) }) },
      },
    },
    async (request) => {
      const items = await listVerifierOrganisations(registryContext(app, request));
      const q = request.query.q;
      const found = q ? items.filter((o) => o.name.includes(q)) : items;
      return { items: found.slice(0, request.query.pageSize ?? 500) };
    },
  );
  app.post(
    '/verifier-organisations',
    {
      config: { policy: 'verifierOrganisation.oversee' },
      onRequest: signedIn,
      schema: {
        tags: otags,
        summary: '新建核验单位（其账号在账号管理中新建，角色“核验单位”）',
        body: z.strictObject({
          name: line(100).describe('单位名称'),
          uscc: uscc.nullish().describe('统一社会信用代码（可不填）'),
          kind: verifierKind,
          contact: text(200).describe('联系人与电话'),
          dailyQuota: z.number().int().min(1).max(1_000_000).optional().describe('每日额度（证书张数）'),
        }),
        response: { 201: organisationDetail, 403: problem, 409: problem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createVerifierOrganisation(registryContext(app, request), request.body)),
  );
  app.get(
    '/verifier-organisations/:id',
    {
      config: { policy: 'verifierOrganisation.oversee' },
      onRequest: signedIn,
      schema: {
        tags: otags,
        summary: '一个核验单位：密钥（只显示前缀）与每日用量',
        params: idParamsOf('核验单位 ID'),
        response: { 200: organisationDetail, 404: problem },
      },
    },
    async (request) => getVerifierOrganisation(registryContext(app, request), request.params.id),
  );
  app.patch(
    '/verifier-organisations/:id',
    {
      config: { policy: 'verifierOrganisation.oversee' },
      onRequest: signedIn,
      schema: {
        tags: otags,
        summary: '修改每日额度或联系人',
        params: idParamsOf('核验单位 ID'),
        body: z.strictObject({
          version,
          dailyQuota: z.number().int().min(1).max(1_000_000).optional().describe('每日额度（证书张数）'),
          contact: text(200).optional().describe('联系人与电话'),
        }),
        response: { 200: organisationDetail, 404: problem, 409: problem },
      },
    },
    async (request) =>
      updateVerifierOrganisation(registryContext(app, request), request.params.id, request.body),
  );
  app.post(
    '/verifier-organisations/:id/revoke-read-rights',
    {
      config: { policy: 'verifierOrganisation.sanction' },
      onRequest: signedIn,
      schema: {
        tags: otags,
        summary: '取消证书数据读取权限（《违规行为处理办法》第十五条第二款；立即生效，须写明理由）',
        params: idParamsOf('核验单位 ID'),
        body: z.strictObject({ version, reason: text(500).describe('理由') }),
        response: { 200: organisationDetail, 403: problem, 404: problem, 409: problem },
      },
    },
    async (request) => revokeReadRights(registryContext(app, request), request.params.id, request.body),
  );
  app.post(
    '/verifier-organisations/:id/deletion-order',
    {
      config: { policy: 'verifierOrganisation.sanction' },
      onRequest: signedIn,
      schema: {
        tags: otags,
        summary: '责令删除已读取的证书数据（记录责令内容与日期；须先取消读取权限）',
        params: idParamsOf('核验单位 ID'),
        body: z.strictObject({ version, order: text(2000).describe('责令内容') }),
        response: { 200: organisationDetail, 403: problem, 404: problem, 409: problem },
      },
    },
    async (request) => orderDeletion(registryContext(app, request), request.params.id, request.body),
  );
};
