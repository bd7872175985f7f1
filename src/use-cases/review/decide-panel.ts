// The panel's decision, as a transition of the procedure (mohrss-filing 一(十)3 approve_review /
// reject_review / request_revision …): its loadGuardsCtx calls loadPanelOpinions under the case lock,
// so the guard counts exactly the opinions that are in when the authority records the decision, and
// an opinion arriving meanwhile waits for the lock and then finds the round closed.
import type { Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { CaseRecord } from '../../persistence/cases.repository.js';
import { findPanel, listOpinions, roundOf } from '../../persistence/reviews.repository.js';
import type { PanelOpinionsCtx } from '../../workflows/review/panel.js';

export async function loadPanelOpinions(
  trx: Transaction<DB>,
  c: CaseRecord,
  today: string,
  purpose = 'technical_review',
): Promise<PanelOpinionsCtx | undefined> {
  const panel = await findPanel(trx, c.id, purpose);
  if (!panel) return undefined;
  const round = roundOf(c.data);
  const opinions = await listOpinions(trx, panel.id, round);
  return {
    memberIds: panel.members.filter((m) => m.status === 'drawn').map((m) => m.expertId),
    round,
    votes: opinions.map((o) => ({
      expertId: o.expertId,
      recommendation: o.recommendation,
      opinion: o.opinion,
    })),
    today,
  };
}
