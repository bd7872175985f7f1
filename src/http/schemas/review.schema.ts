// Schemas of the review panel API (src/http/routes/review.routes.ts).
import { z } from 'zod';
import { id, text } from './common.schema.js';

export const recommendation = z.enum(['approve', 'reject', 'revise']);

export const opinionBody = z.strictObject({
  recommendation: recommendation.describe('评审建议：approve 通过 / reject 不通过 / revise 修改后再审'),
  opinion: text(10000).describe('评审意见'),
});

export const candidatesQuery = z.strictObject({ poolId: id.describe('专家库') });

const reason = z.object({ code: z.string(), detail_zh: z.string(), relation: z.string().optional() });

export const candidates = z.object({
  pool: z.object({ id: z.string(), name: z.string(), size: z.number() }),
  eligible: z.array(z.object({ expertId: z.string(), name: z.string(), employerName: z.string() })),
  excluded: z.array(
    z.object({ expertId: z.string(), name: z.string(), employerName: z.string(), reasons: z.array(reason) }),
  ),
});

const counts = z.object({ approve: z.number(), reject: z.number(), revise: z.number() });

export const opinion = z.object({
  id: z.string(),
  expertId: z.string(),
  expertName: z.string(),
  round: z.number(),
  recommendation,
  opinion: z.string(),
  submittedAt: z.string(),
});

export const panelView = z.object({
  view: z.enum(['authority', 'expert', 'applicant']),
  caseId: z.string(),
  caseState: z.string(),
  awaitingExperts: z.boolean(),
  round: z.number(),
  panel: z
    .object({
      id: z.string(),
      purpose: z.string(),
      poolId: z.string(),
      poolName: z.string(),
      seed: z.string().nullable(),
      size: z.number(),
      eligibleCount: z.number(),
      drawnOn: z.string(),
      reproducible: z.boolean().nullable(),
    })
    .nullable(),
  members: z.array(
    z.object({
      expertId: z.string(),
      name: z.string(),
      employerName: z.string(),
      status: z.enum(['drawn', 'reserve', 'excluded']),
      drawRank: z.number().nullable(),
      drawKey: z.string().nullable(),
      excludedReasons: z.array(reason),
    }),
  ),
  opinions: z.array(opinion),
  standing: z
    .object({
      complete: z.boolean(),
      missing: z.array(z.string()),
      missingNames: z.array(z.string()),
      counts,
      majority: recommendation.nullable(),
      options: z.array(recommendation),
    })
    .nullable(),
  mine: z.object({ member: z.boolean(), opinionGiven: z.boolean() }).nullable(),
});

export const submittedOpinion = z.object({
  id: z.string(),
  panelId: z.string(),
  round: z.number(),
  recommendation,
});

export const assignedReviews = z.object({
  items: z.array(
    z.object({
      caseId: z.string(),
      referenceNo: z.string(),
      procedure: z.string(),
      state: z.string(),
      institutionName: z.string(),
      authorityName: z.string(),
      panelId: z.string(),
      purpose: z.string(),
      drawnOn: z.string(),
      round: z.number(),
      opinionGiven: z.boolean(),
    }),
  ),
  total: z.number(),
});

export const filingBranches = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      name: z.string(),
      institutionId: z.string(),
      institutionName: z.string(),
      jurisdictionCode: z.string(),
      parentReceipt: z.string().nullable(),
    }),
  ),
  total: z.number(),
});
