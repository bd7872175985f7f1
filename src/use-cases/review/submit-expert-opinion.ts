// An expert on a case's panel writes their opinion (专家评审意见) for the round under way, with the
// recommendation the panel decision counts (approve / reject / revise). Under the case lock: only
// while the case awaits the experts, only a drawn member, once per round — and the opinion is a
// record, never edited. It does not move the case (experts write independently, in any order; the
// authority records the panel's decision), so it needs no case version; the audit row keeps it.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, ReviewRecommendation } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { AppError, forbidden, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { lockCase } from '../../persistence/cases.repository.js';
import {
  OpinionAlreadyGivenError,
  findPanel,
  insertOpinion,
  roundOf,
} from '../../persistence/reviews.repository.js';
import { canReadCase, caseRolesOf } from '../../workflows/case-roles.js';
import { partiesOf } from '../workflow/case-parties.js';

export interface SubmitExpertOpinionInput {
  caller: Actor;
  caseId: string;
  recommendation: ReviewRecommendation;
  opinion: string;
  purpose?: string;
  requestId?: string;
  /** The moment of writing (default: now): the demo's stories dated in the past pass their day. */
  at?: Date;
}

export interface SubmittedOpinion {
  id: string;
  panelId: string;
  round: number;
  recommendation: ReviewRecommendation;
}

export const reviewClosed = (): AppError =>
  new AppError(409, 'REVIEW_CLOSED', '评审未在进行', '案件当前不在专家评审阶段，不能提交评审意见');

export async function submitExpertOpinion(
  db: Kysely<DB>,
  input: SubmitExpertOpinionInput,
): Promise<SubmittedOpinion> {
  return db.transaction().execute(async (trx) => {
    const c = await lockCase(trx, input.caseId);
    if (!c || !canReadCase(input.caller, partiesOf(c))) throw notFound('案件');
    if (!caseRolesOf(input.caller, partiesOf(c)).includes('expert'))
      throw forbidden('只有本案评审组的专家可以提交评审意见');
    const panel = await findPanel(trx, c.id, input.purpose);
    const member = panel?.members.find((m) => m.expertId === input.caller.expertId && m.status === 'drawn');
    if (!panel || !member) throw forbidden('您不是本案评审组成员');
    if (c.awaiting !== 'experts') throw reviewClosed();
    const round = roundOf(c.data);
    const id = randomUUID();
    await insertOpinion(trx, {
      id,
      panelId: panel.id,
      expertId: member.expertId,
      round,
      recommendation: input.recommendation,
      opinion: input.opinion,
      submittedBy: input.caller.userId,
      ...(input.at ? { submittedAt: input.at } : {}),
    }).catch((err: unknown) => {
      if (err instanceof OpinionAlreadyGivenError)
        throw new AppError(
          409,
          'OPINION_ALREADY_GIVEN',
          '已提交评审意见',
          `本轮（第 ${round} 轮）评审意见已提交，不能重复提交`,
        );
      throw err;
    });
    await writeAudit(
      trx,
      { caller: input.caller, requestId: input.requestId },
      {
        entity: 'expert_opinion',
        entityId: id,
        action: 'submit',
        after: {
          caseId: c.id,
          panelId: panel.id,
          round,
          recommendation: input.recommendation,
          opinion: input.opinion,
        },
      },
    );
    return { id, panelId: panel.id, round, recommendation: input.recommendation };
  });
}
