// The review panel of a case as the caller may see it. The deciding authority (and the authorities
// supervising the case) see everything: the seed and whether re-running the draw gives the same
// panel, every pool member with their standing and, for those left out, why; all opinions; and how
// the round stands (who is still to write, the counts, the majority). An expert on the panel sees
// the panel's members and their own opinions. The applicant sees that a panel sits and its round,
// not who sits on it: the opinions reach it without names, in the panel decision.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { notFound } from '../../domain/errors.js';
import { findCase } from '../../persistence/cases.repository.js';
import {
  findPanel,
  listOpinions,
  roundOf,
  type OpinionRecord,
} from '../../persistence/reviews.repository.js';
import { canReadCase, caseRolesOf } from '../../workflows/case-roles.js';
import { verifyDraw } from '../../workflows/review/draw.js';
import type { ExclusionReason } from '../../workflows/review/eligibility.js';
import { panelDecision, type PanelDecision } from '../../workflows/review/decision.js';
import { partiesOf } from '../workflow/case-parties.js';

export type PanelView = 'authority' | 'expert' | 'applicant';

export interface ReviewPanelView {
  view: PanelView;
  caseId: string;
  caseState: string;
  awaitingExperts: boolean;
  round: number;
  panel: {
    id: string;
    purpose: string;
    poolId: string;
    poolName: string;
    seed: string | null;
    size: number;
    eligibleCount: number;
    drawnOn: string;
    /** Re-running the draw from the recorded seed and eligible experts gives the recorded panel. */
    reproducible: boolean | null;
  } | null;
  members: {
    expertId: string;
    name: string;
    employerName: string;
    status: 'drawn' | 'reserve' | 'excluded';
    drawRank: number | null;
    drawKey: string | null;
    excludedReasons: ExclusionReason[];
  }[];
  opinions: OpinionRecord[];
  standing: (PanelDecision & { missingNames: string[] }) | null;
  mine: { member: boolean; opinionGiven: boolean } | null;
}

export async function getReviewPanel(
  db: Kysely<DB>,
  input: { caller: Caller; caseId: string; purpose?: string },
): Promise<ReviewPanelView> {
  const c = await findCase(db, input.caseId);
  if (!c || !canReadCase(input.caller, partiesOf(c))) throw notFound('案件');
  const roles = caseRolesOf(input.caller, partiesOf(c));
  const view: PanelView =
    input.caller?.role === 'authority_staff'
      ? 'authority'
      : roles.includes('expert')
        ? 'expert'
        : 'applicant';
  const round = roundOf(c.data);
  const base = { view, caseId: c.id, caseState: c.state, awaitingExperts: c.awaiting === 'experts', round };
  const panel = await findPanel(db, c.id, input.purpose);
  if (!panel) return { ...base, panel: null, members: [], opinions: [], standing: null, mine: null };

  const drawn = panel.members.filter((m) => m.status === 'drawn');
  const eligibleIds = panel.members.filter((m) => m.status !== 'excluded').map((m) => m.expertId);
  const members = panel.members.map((m) => ({
    expertId: m.expertId,
    name: m.expertName,
    employerName: m.employerName,
    status: m.status,
    drawRank: m.drawRank,
    drawKey: m.drawKey,
    // Written by recordPanelDraw from screenExperts: the recorded reasons are ExclusionReasons.
    excludedReasons: m.excludedReasons as ExclusionReason[],
  }));
  const summary = {
    id: panel.id,
    purpose: panel.purpose,
    poolId: panel.poolId,
    poolName: panel.poolName,
    size: panel.size,
    eligibleCount: panel.eligibleCount,
    drawnOn: panel.drawnOn,
  };
  const opinions = await listOpinions(db, panel.id);

  if (view === 'authority') {
    const current = opinions.filter((o) => o.round === round);
    const standing = panelDecision(
      drawn.map((m) => m.expertId),
      current,
    );
    return {
      ...base,
      panel: {
        ...summary,
        seed: panel.seed,
        reproducible: verifyDraw({
          seed: panel.seed,
          size: panel.size,
          eligibleIds,
          members: [...drawn].sort((a, b) => (a.drawRank ?? 0) - (b.drawRank ?? 0)).map((m) => m.expertId),
        }),
      },
      members,
      opinions,
      standing: {
        ...standing,
        missingNames: standing.missing.map((id) => drawn.find((m) => m.expertId === id)?.expertName ?? id),
      },
      mine: null,
    };
  }
  if (view === 'expert') {
    const me = input.caller?.expertId;
    const own = opinions.filter((o) => o.expertId === me);
    return {
      ...base,
      panel: { ...summary, seed: null, reproducible: null },
      members: members.filter((m) => m.status === 'drawn'),
      opinions: own,
      standing: null,
      mine: {
        member: drawn.some((m) => m.expertId === me),
        opinionGiven: own.some((o) => o.round === round),
      },
    };
  }
  return {
    ...base,
    panel: { ...summary, seed: null, reproducible: null },
    members: [],
    opinions: [],
    standing: null,
    mine: null,
  };
}
