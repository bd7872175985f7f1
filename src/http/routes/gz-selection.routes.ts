// /api/v1 Guizhou selection (gz-rules §4–7) beyond the generic case API: the results per occupation as
// the registry stands now, for the case's parties and the authorities that supervise it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCaller } from '../session-plugin.js';
import { caseIdParams, finding } from '../schemas/cases.schema.js';
import { getSelectionResults } from '../../use-cases/gz-selection/get-selection-results.js';
import { chinaDate } from '../../workflows/deadline.js';
import { listOwnSites } from '../../use-cases/gz-selection/form-options.js';

const outcome = z.enum(['pass', 'fail', 'needs_judgement']);
const results = z.object({
  asOf: z.string(),
  applyingAs: z.enum(['employer', 'school', 'social_org']),
  checks: z.array(z.string()),
  registry: z.object({
    fullTimeStaff: z.number(),
    qualitySupervisors: z.number(),
    site: z.object({ id: z.string(), name: z.string() }).nullable(),
  }),
  institution: z.object({ outcome, findings: z.array(finding) }),
  occupations: z.array(
    z.object({
      code: z.string(),
      levels: z.array(z.number()),
      outcome,
      selectable: z.boolean(),
      assessors: z.number(),
      trainingVolume: z.number().nullable(),
      findings: z.array(finding),
    }),
  ),
  overall: z.enum(['selectable', 'partially_selectable', 'not_selectable']),
});

const resultsResponse = z.object({
  caseId: z.string(),
  referenceNo: z.string(),
  state: z.string(),
  current: results,
  recorded: results.nullable(),
  decision: z
    .object({
      outcome: z.enum(['selected', 'refused']),
      decidedOn: z.string(),
      code: z.string().nullable(),
      selectedOccupations: z.array(z.object({ code: z.string(), levels: z.array(z.number()) })),
      excludedOccupations: z.array(z.object({ code: z.string(), reasons_zh: z.array(z.string()) })),
      validFrom: z.string().nullable(),
      validTo: z.string().nullable(),
      reason_zh: z.string().optional(),
    })
    .nullable(),
  occupationNames: z.record(z.string(), z.string()),
  sites: z.array(z.object({ id: z.string(), name: z.string(), branchId: z.string().nullable() })),
});

export const gzSelectionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/gz-selection/cases/:id/results',
    {
      config: { policy: 'case.read' },
      onRequest: async (request) => {
        requireCaller(request);
      },
      schema: {
        tags: ['贵州省评价机构遴选'],
        summary: '逐个职业（工种）的遴选条件核验结果（按当前登记信息计算，另附最近一次办理时记录的结果）',
        params: caseIdParams,
        response: { 200: resultsResponse },
      },
    },
    async (request) =>
      getSelectionResults(app.db, requireCaller(request), request.params.id, chinaDate(new Date())),
  );

  app.get(
    '/gz-selection/sites',
    {
      config: { policy: 'gzSelection.sites' },
      schema: {
        tags: ['贵州省评价机构遴选'],
        summary: '申报单位登记的场地（遴选申请表中选择用于认定的场地）',
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.string(), label: z.string() })),
            total: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const items = await listOwnSites(app.db, requireCaller(request));
      return { items, total: items.length };
    },
  );
};
