// Fees collected and refunded per candidate (issue 11 point 2): 1x-selection §24 wants the evaluation
// fees accounted for separately (考核费用单独核算), and 1x-exit §9 wants an exiting organisation to have
// settled 已收费但未实施考核 — both need a ledger per candidate. Amounts are integer fen ≥ 0; the refunds
// of a candidate never exceed what was collected (checked under a row lock, one transaction).
import { randomUUID } from 'node:crypto';
import { forbidden, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { candidatePolicy } from '../../policies/candidate.policy.js';
import {
  findSessionCandidate,
  insertFee,
  listFees,
  lockCandidate,
  type FeeRow,
} from '../../persistence/candidates.repository.js';
import type { FeeKind } from '../../persistence/schema.js';
import { auditContext, requireActor, type RegistryContext } from '../registry/registry-context.js';
import { refundExceedsCollected } from './candidate-errors.js';
import { sessionInScope } from './candidate-session.js';

const CITATIONS = [
  { source: '1x-selection' as const, article: 24 },
  { source: '1x-exit' as const, article: 9 },
];

export interface FeeLedger {
  items: FeeRow[];
  collectedFen: number;
  refundedFen: number;
}

async function candidateIn(ctx: RegistryContext, sessionId: string, candidateId: string) {
  const session = await sessionInScope(ctx, sessionId);
  const candidate = await findSessionCandidate(ctx.db, session.id, candidateId);
  if (!candidate) throw notFound('考生');
  return { session, candidate };
}

export async function candidateFees(
  ctx: RegistryContext,
  sessionId: string,
  candidateId: string,
): Promise<FeeLedger> {
  const { candidate } = await candidateIn(ctx, sessionId, candidateId);
  return {
    items: await listFees(ctx.db, candidate.id),
    collectedFen: candidate.collectedFen,
    refundedFen: candidate.refundedFen,
  };
}

export async function recordFee(
  ctx: RegistryContext,
  sessionId: string,
  candidateId: string,
  input: { kind: FeeKind; amountFen: number; onDate: string; note?: string | null | undefined },
): Promise<FeeLedger> {
  const actor = requireActor(ctx);
  const { session, candidate } = await candidateIn(ctx, sessionId, candidateId);
  if (!candidatePolicy.abilities(actor, session).fees) throw forbidden('考生费用由评价机构记录');
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await lockCandidate(trx, candidate.id);
    const now = (await findSessionCandidate(trx, session.id, candidate.id))!;
    if (input.kind === 'refunded' && now.refundedFen + input.amountFen > now.collectedFen)
      throw refundExceedsCollected(now.collectedFen, now.refundedFen);
    await insertFee(trx, {
      id,
      candidateId: candidate.id,
      institutionId: session.institutionId,
      kind: input.kind,
      amountFen: input.amountFen,
      onDate: input.onDate,
      note: input.note?.trim() || null,
      createdBy: actor.userId,
    });
    await writeAudit(trx, auditContext(ctx), {
      entity: 'candidate_fee',
      entityId: id,
      action: input.kind === 'collected' ? 'collect' : 'refund',
      after: { candidateId: candidate.id, ...input },
      citations: CITATIONS,
    });
  });
  return candidateFees(ctx, sessionId, candidateId);
}
