// /api/v1 Guizhou renewal (gz-rules §8–12, §14) beyond the generic case API: the entries the opening
// form offers, the counts per occupation with the certificates behind each number, and the entries whose
// validity ends within 90 days (an institution's 续期提醒, an authority's 续期到期).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCaller } from '../session-plugin.js';
import { caseIdParams, finding } from '../schemas/cases.schema.js';
import { certificate } from '../schemas/certificates.schema.js';
import { chinaDate } from '../../workflows/deadline.js';
import {
  getRenewalCounts,
  listCountedCertificates,
  renewalEntryOptions,
  renewalsDue,
} from '../../use-cases/gz-renewal/renewal-views.js';
import { registryContext } from './registry.routes.js';
import { R } from '../schemas/gz-renewal-descriptions-en.js';

const tags = ['贵州省评价机构续期'];
const outcome = z.enum(['renewable', 'partially_renewable', 'not_renewable', 'needs_judgement']);
const counts = z.object({
  asOf: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  statuses: z.array(z.string()),
  total: z.number(),
  occupations: z.array(z.object({ code: z.string(), certificates: z.number() })),
});
const results = z.object({
  asOf: z.string(),
  kind: z.enum(['employer', 'school', 'social_org']),
  counts,
  institution: z.array(finding),
  occupations: z.array(
    z.object({
      code: z.string(),
      levels: z.array(z.number()),
      certificates: z.number(),
      renewable: z.boolean(),
      findings: z.array(finding),
    }),
  ),
  overall: outcome,
});
const countsResponse = z.object({
  caseId: z.string(),
  referenceNo: z.string(),
  state: z.string(),
  entry: z.object({ id: z.string(), filingCode: z.string(), validFrom: z.string(), validTo: z.string() }),
  current: results,
  recorded: results.nullable(),
  decision: z
    .object({
      outcome: z.enum(['renewed', 'refused']),
      decidedOn: z.string(),
      code: z.string().nullable(),
      renewed: z.array(z.object({ code: z.string(), levels: z.array(z.number()) })),
      notRenewed: z.array(z.object({ code: z.string(), reasons_zh: z.array(z.string()) })),
      validFrom: z.string().nullable(),
      validTo: z.string().nullable(),
      validityReason: z.string().nullable(),
      reason_zh: z.string().optional(),
      successorEntryId: z.string().nullable(),
    })
    .nullable(),
  countedStatuses: z.array(z.string()),
  occupationNames: z.record(z.string(), z.string()),
});
const certificatesQuery = z.strictObject({
  occupationCode: z
    .string()
    .regex(/^\d-\d{2}-\d{2}-\d{2}(-\d{2})?$/)
    .describe(R('计入人次的职业（工种）代码')),
  cursor: z.string().max(40).optional().describe(R('上一页返回的 nextCursor（按年份、编号翻页）')),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe(R('每页条数（续期计数证书）')),
});
const status = z.object({
  state: z.enum(['none', 'pending', 'approved', 'refused']),
  caseId: z.string().nullable(),
  submittedOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
  successorEntryId: z.string().nullable(),
  caseState: z.string().nullable(),
  referenceNo: z.string().nullable(),
});
const dueResponse = z.object({
  asOf: z.string(),
  horizonDays: z.number(),
  items: z.array(
    z.object({
      entryId: z.string(),
      institutionId: z.string(),
      institutionName: z.string(),
      institutionKind: z.string(),
      jurisdictionCode: z.string(),
      filingCode: z.string(),
      validFrom: z.string(),
      validTo: z.string(),
      daysLeft: z.number(),
      occupations: z.array(
        z.object({ code: z.string(), name: z.string().nullable(), levels: z.array(z.number()) }),
      ),
      reminders: z.array(z.object({ daysBefore: z.number(), sentOn: z.string() })),
      renewal: status,
    }),
  ),
});

export const gzRenewalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/gz-renewal/entries',
    {
      config: { policy: 'gzRenewal.entries' },
      schema: {
        tags,
        summary: '本机构可申请续期的评价机构目录条目（贵州省遴选结果，有效期未届满）',
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.string(), label: z.string() })),
            total: z.number(),
          }),
        },
      },
    },
    async (request) => {
      const items = await renewalEntryOptions(app.db, requireCaller(request), chinaDate(new Date()));
      return { items, total: items.length };
    },
  );

  app.get(
    '/gz-renewal/cases/:id/counts',
    {
      config: { policy: 'case.read' },
      onRequest: async (request) => {
        requireCaller(request);
      },
      schema: {
        tags,
        summary: '续期人次（第八条、第九条、第十条第（二）项）：按证书登记逐个职业统计，及逐个职业的续期结果',
        params: caseIdParams,
        response: { 200: countsResponse },
      },
    },
    async (request) =>
      getRenewalCounts(app.db, requireCaller(request), request.params.id, chinaDate(new Date())),
  );

  app.get(
    '/gz-renewal/cases/:id/certificates',
    {
      config: { policy: 'case.read' },
      onRequest: async (request) => {
        requireCaller(request);
      },
      schema: {
        tags,
        summary: '计入某职业续期人次的证书（按证书查询的权限和脱敏规则显示），按年份和编号翻页',
        params: caseIdParams,
        querystring: certificatesQuery,
        response: {
          200: z.object({
            items: z.array(certificate),
            nextCursor: z.string().nullable(),
            periodFrom: z.string(),
            periodTo: z.string(),
          }),
        },
      },
    },
    async (request) => {
      const { occupationCode, cursor, limit } = request.query;
      return listCountedCertificates(
        registryContext(app, request),
        request.params.id,
        occupationCode,
        { cursor, limit },
        chinaDate(new Date()),
      );
    },
  );

  app.get(
    '/gz-renewal/due',
    {
      config: { policy: 'gzRenewal.due' },
      onRequest: async (request) => {
        requireCaller(request);
      },
      schema: {
        tags,
        summary:
          '有效期在90日内届满的贵州省评价机构目录条目（机构：本机构的，含已发送的续期提醒；监管部门：辖区内的，含续期办理状态）',
        response: { 200: dueResponse },
      },
    },
    async (request) => renewalsDue(app.db, requireCaller(request), chinaDate(new Date())),
  );
};
