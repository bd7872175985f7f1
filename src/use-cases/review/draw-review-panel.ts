// Drawing a review panel, as a transition of the procedure that needs one (mohrss-filing 一(十)3
// draw_panel, 1x-selection §15 …). A procedure's loadGuardsCtx calls loadPanelDraw for the draw event,
// its machine's update stores the draw with withDrawnPanel (src/workflows/review/panel.ts) and its
// effects call recordPanelDraw, so the draw, the case's new state (the drawn experts in
// data.expertIds), the panel record and their audit rows are one transaction:
//   1. the seed is made (or given by a test) and recorded with the pool before the experts are ordered;
//   2. the pool is screened against the applicant (employees and declared conflicts left out, why kept);
//   3. the eligible experts are ordered by SHA-256(seed ":" id) and the first `size` drawn;
//   4. the machine's guard refuses a pool the authority may not use, or too few eligible experts.
// The seed is the one committed publicly before the draw (公布抽取承诺, commit-panel-draw.ts) when the
// authority announced one; the draw then reveals it with the inputs and the result as a public draw
// (decision 0038), which anyone re-runs at /draws/:id. Without an announced commitment the draw is
// published all the same, marked as committed only at the draw.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import type { CaseRecord } from '../../persistence/cases.repository.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import { expertPoolPolicy } from '../../policies/expert-pool.policy.js';
import {
  findApplicant,
  insertPanel,
  listConflictsWith,
  loadDrawPool,
} from '../../persistence/reviews.repository.js';
import { screenExperts } from '../../workflows/review/eligibility.js';
import { drawPanel } from '../../workflows/review/draw.js';
import type { PanelData, PanelDrawCtx } from '../../workflows/review/panel.js';
import type { Citation } from '../../domain/citation.js';
import { findCaseDraw, insertCommitment, revealDraw } from '../../persistence/public-draws.repository.js';
import {
  canonicalIds,
  commitmentOf,
  type DrawInputs,
  type DrawResult,
} from '../../workflows/draw/public-draw.js';

/** 128 bits from the operating system's CSPRNG, hex. */
export const newDrawSeed = (): string => randomBytes(16).toString('hex');

export interface PanelDrawRequest {
  caller: Caller;
  poolId: string;
  size: number;
  today: string;
  /** A recorded seed (re-running a draw) or a test's; otherwise a fresh one. */
  seed?: string;
  panelId?: string;
}

/** Screens the pool against the case's applicant and draws; the guard judges the result. */
export async function loadPanelDraw(
  trx: Transaction<DB>,
  c: CaseRecord,
  req: PanelDrawRequest,
): Promise<PanelDrawCtx> {
  const committed = req.seed ? undefined : await findCaseDraw(trx, c.id);
  const seed = req.seed ?? (committed && !committed.revealed_at ? committed.seed : newDrawSeed());
  const pool = await loadDrawPool(trx, req.poolId);
  const applicant = await findApplicant(trx, c.institutionId);
  const empty: PanelDrawCtx = {
    panelId: req.panelId ?? randomUUID(),
    pool: null,
    seed,
    size: req.size,
    roster: [],
    eligibleIds: [],
    excluded: [],
    order: [],
    members: [],
    today: req.today,
  };
  if (!pool || !applicant) return empty;
  const usable = expertPoolPolicy.abilities(req.caller, {
    id: pool.id,
    authorityId: pool.authorityId,
    authorityJurisdictionCode: pool.authorityJurisdictionCode,
  }).read;
  const conflicts = await listConflictsWith(
    trx,
    pool.experts.map((e) => e.id),
    applicant,
  );
  const screening = screenExperts(pool.experts, applicant, conflicts);
  const eligibleIds = screening.eligible.map((e) => e.id);
  const draw = drawPanel(seed, eligibleIds, req.size);
  return {
    ...empty,
    pool: { id: pool.id, name: pool.name, usable, size: pool.experts.length },
    roster: pool.experts.map((e) => ({ expertId: e.id, name: e.name, employerName: e.employerName })),
    eligibleIds,
    excluded: screening.excluded.map((x) => ({
      expertId: x.expert.id,
      name: x.expert.name,
      reasons: x.reasons,
    })),
    order: draw.order,
    members: draw.members,
  };
}

/**
 * Records the panel the transition drew (the case data's `panel`: seed, pool, size, members) with every
 * pool member's standing and the audit row, in the transition's transaction. The draw is re-run here
 * from the recorded seed on the same snapshot of the pool: it must give the same members.
 */
export async function recordPanelDraw(
  trx: Transaction<DB>,
  audit: AuditContext,
  input: { case: CaseRecord; panel: PanelData; purpose?: string; citations: readonly Citation[] },
): Promise<void> {
  const { panel } = input;
  const draw = await loadPanelDraw(trx, input.case, {
    caller: audit.caller,
    poolId: panel.poolId,
    size: panel.size,
    today: panel.drawnOn,
    seed: panel.seed,
    panelId: panel.panelId,
  });
  if (!draw.pool || draw.members.join() !== panel.memberIds.join())
    throw new Error('recordPanelDraw: the recorded draw does not re-run to the same panel');
  const drawn = new Set(draw.members);
  const rank = new Map(draw.order.map((p) => [p.expertId, p]));
  const excluded = new Map(draw.excluded.map((x) => [x.expertId, x.reasons]));
  await insertPanel(trx, {
    id: draw.panelId,
    caseId: input.case.id,
    purpose: input.purpose ?? 'technical_review',
    poolId: draw.pool.id,
    seed: draw.seed,
    size: draw.size,
    eligibleCount: draw.eligibleIds.length,
    drawnOn: draw.today,
    drawnBy: audit.caller?.userId ?? null,
    members: draw.roster.map((m) => {
      const position = rank.get(m.expertId);
      return {
        expertId: m.expertId,
        status: drawn.has(m.expertId) ? 'drawn' : position ? 'reserve' : 'excluded',
        drawRank: position?.rank ?? null,
        drawKey: position?.key ?? null,
        expertName: m.name,
        employerName: m.employerName,
        excludedReasons: excluded.get(m.expertId) ?? [],
      };
    }),
  });
  await publishPanelDraw(trx, audit, input.case, draw);
  await writeAudit(trx, audit, {
    entity: 'review_panel',
    entityId: draw.panelId,
    action: 'draw',
    after: {
      caseId: input.case.id,
      poolId: draw.pool.id,
      seed: draw.seed,
      size: draw.size,
      eligible: draw.eligibleIds,
      excluded: draw.excluded.map((x) => ({ expertId: x.expertId, reasons: x.reasons.map((r) => r.code) })),
      members: draw.members,
    },
    citations: [...input.citations],
  });
}

/**
 * The panel's public draw: the commitment announced before (or, without one, recorded now and marked so),
 * revealed with the published inputs — the screened pool sorted by id, the exclusions' reasons — and the
 * members. Expert ids only: the public page names no expert (decision 0038).
 */
async function publishPanelDraw(
  trx: Transaction<DB>,
  audit: AuditContext,
  c: CaseRecord,
  draw: PanelDrawCtx,
): Promise<void> {
  const inputs: DrawInputs = {
    algorithm: 'skillreg-panel/1',
    targets: null,
    experts: {
      perTarget: draw.size,
      groups: [
        {
          targetId: c.institutionId,
          candidates: canonicalIds(draw.eligibleIds),
          excluded: draw.excluded
            .map((x) => ({ id: x.expertId, reasons: [...new Set(x.reasons.map((r) => r.code))] }))
            .sort((a, b) => (a.id < b.id ? -1 : 1)),
        },
      ],
    },
  };
  const result: DrawResult = {
    targets: [c.institutionId],
    experts: [{ targetId: c.institutionId, expertIds: draw.members }],
  };
  let row = await findCaseDraw(trx, c.id);
  if (row && row.seed !== draw.seed)
    throw new Error('publishPanelDraw: the panel was not drawn with the committed seed');
  if (!row) {
    await insertCommitment(trx, {
      id: randomUUID(),
      purpose: 'review_panel',
      authorityId: c.authorityId,
      caseId: c.id,
      algorithm: 'skillreg-panel/1',
      commitment: commitmentOf(draw.seed),
      seed: draw.seed,
      committedBy: audit.caller?.userId ?? null,
      committedBeforeDraw: false,
    });
    row = await findCaseDraw(trx, c.id);
  }
  if (
    !row ||
    !(await revealDraw(trx, row.id, { drawnOn: draw.today, inputs, result, panelId: draw.panelId }))
  )
    throw new Error('publishPanelDraw: the public draw could not be revealed');
}
