// An expert's reviews (我的评审): the cases whose panel they were drawn onto, with the round under way
// and whether they have written their opinion in it. Only experts have any.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { forbidden } from '../../domain/errors.js';
import { listAssignedReviews, type AssignedReview } from '../../persistence/reviews.repository.js';

export async function listMyReviews(db: Kysely<DB>, caller: Caller): Promise<AssignedReview[]> {
  if (caller?.role !== 'expert' || !caller.expertId) throw forbidden('只有评审专家有评审任务');
  return listAssignedReviews(db, caller.expertId);
}
