// The review panel as a procedure carries it (any machine with a technical review: mohrss-filing
// 一(十)3, 1x-selection §15 …): what the draw put in the procedure data, the guard facts of a draw and
// of a decision, the guards' findings and the data updates. The experts drawn are kept in
// data.expertIds — the engine's convention (src/use-cases/workflow/case-parties.ts) that makes them
// 'expert' on the case, so they, and only they, see it.
import type { Citation } from '../../domain/citation.js';
import type { Finding } from '../../rules/finding.js';
import type { ExclusionReason } from './eligibility.js';
import type { DrawnPosition } from './draw.js';
import {
  countsZh,
  panelDecision,
  RECOMMENDATION_ZH,
  type OpinionVote,
  type PanelDecision,
  type Recommendation,
} from './decision.js';

/** The panel as the case data records it. */
export interface PanelData {
  panelId: string;
  poolId: string;
  poolName: string;
  seed: string;
  size: number;
  memberIds: string[];
  /** Review round: 1, then +1 after each revision the panel asked for. */
  round: number;
  drawnOn: string;
}

/** Each round's decision, as the case data records it. */
export interface PanelDecisionRecord {
  round: number;
  outcome: Recommendation;
  counts: PanelDecision['counts'];
  /** true: the panel's majority; false: the authority's judgement without one. */
  byMajority: boolean;
  reason: string | null;
  decidedOn: string;
  /** The opinions of the round, without the experts' names (the applicant reads the case). */
  opinions: { recommendation: Recommendation; opinion: string }[];
}

/** What a procedure with a review panel keeps in its data (beside its own fields). */
export interface ReviewData {
  expertIds?: string[];
  panel?: PanelData;
  panelDecisions?: PanelDecisionRecord[];
}

/** Guard facts of a draw, loaded under the case lock (src/use-cases/review/load-panel-draw.ts). */
export interface PanelDrawCtx {
  panelId: string;
  pool: { id: string; name: string; usable: boolean; size: number } | null;
  seed: string;
  size: number;
  /** Every member of the pool at the draw, as named then. */
  roster: { expertId: string; name: string; employerName: string }[];
  eligibleIds: string[];
  excluded: { expertId: string; name: string; reasons: ExclusionReason[] }[];
  /** drawPanel(seed, eligibleIds, size): the draw order of the eligible, and the first `size`. */
  order: DrawnPosition[];
  members: string[];
  today: string;
}

/** Guard facts of a decision: the panel and the opinions of its current round. */
export interface PanelOpinionsCtx {
  memberIds: string[];
  round: number;
  votes: (OpinionVote & { opinion: string })[];
  today: string;
}

const f = (
  ruleId: string,
  citation: Citation,
  passed: Finding['passed'],
  message_zh: string,
  message_en: string,
  values: Record<string, unknown>,
  options?: string[],
): Finding => ({
  ruleId: `review/${ruleId}`,
  citation,
  passed,
  message_zh,
  message_en,
  values,
  ...(options ? { options } : {}),
});

/** Whether the draw may stand: a pool the authority may draw on, and enough eligible experts. */
export function panelDrawFindings(ctx: PanelDrawCtx | undefined, citation: Citation): Finding[] {
  if (!ctx?.pool || !ctx.pool.usable)
    return [f('pool', citation, false, '专家库不存在或本部门不能使用', 'No usable expert pool', {})];
  return [
    f('pool', citation, true, `专家库：${ctx.pool.name}（${ctx.pool.size} 人）`, `Pool ${ctx.pool.name}`, {
      poolId: ctx.pool.id,
      poolSize: ctx.pool.size,
    }),
    f(
      'panel-size',
      citation,
      ctx.size >= 1 && ctx.eligibleIds.length >= ctx.size,
      ctx.eligibleIds.length >= ctx.size
        ? `可抽取专家 ${ctx.eligibleIds.length} 人（回避 ${ctx.excluded.length} 人），抽取 ${ctx.size} 人`
        : `可抽取专家仅 ${ctx.eligibleIds.length} 人（回避 ${ctx.excluded.length} 人），不足评审组人数 ${ctx.size} 人`,
      `${ctx.eligibleIds.length} eligible (${ctx.excluded.length} excluded) for a panel of ${ctx.size}`,
      { eligible: ctx.eligibleIds.length, excluded: ctx.excluded.length, size: ctx.size },
    ),
  ];
}

/** The case data once the panel is drawn: the members become the case's experts. */
export function withDrawnPanel<D extends ReviewData>(data: D, ctx: PanelDrawCtx): D {
  if (!ctx.pool) return data;
  return {
    ...data,
    expertIds: [...ctx.members],
    panel: {
      panelId: ctx.panelId,
      poolId: ctx.pool.id,
      poolName: ctx.pool.name,
      seed: ctx.seed,
      size: ctx.size,
      memberIds: [...ctx.members],
      round: 1,
      drawnOn: ctx.today,
    },
  };
}

/** The data for the next review round (after the applicant revised): the same panel reviews again. */
export function withNextRound<D extends ReviewData>(data: D): D {
  return data.panel ? { ...data, panel: { ...data.panel, round: data.panel.round + 1 } } : data;
}

const reasonOf = (payload: unknown): string | null => {
  const r = (payload as { reason?: unknown } | null | undefined)?.reason;
  return typeof r === 'string' && r.trim() !== '' ? r.trim() : null;
};

/**
 * Whether the panel's opinions support `outcome`: the round is complete, and `outcome` is the
 * majority's — or, without a majority, one of the recommendations given, chosen with a reason.
 */
export function panelOutcomeFindings(
  ctx: PanelOpinionsCtx | undefined,
  outcome: Recommendation,
  payload: unknown,
  citation: Citation,
): Finding[] {
  if (!ctx) return [f('opinions-complete', citation, false, '尚未抽取评审专家', 'No panel drawn', {})];
  const d = panelDecision(ctx.memberIds, ctx.votes);
  const complete = f(
    'opinions-complete',
    citation,
    d.complete,
    d.complete
      ? `第 ${ctx.round} 轮评审意见已全部提交（${ctx.memberIds.length} 人）`
      : `第 ${ctx.round} 轮尚有 ${d.missing.length} 位专家未提交评审意见`,
    d.complete ? 'All opinions are in' : `${d.missing.length} opinions awaited`,
    { round: ctx.round, members: ctx.memberIds.length, missing: d.missing },
  );
  if (!d.complete) return [complete];
  const values = { round: ctx.round, counts: d.counts, majority: d.majority, outcome };
  if (d.majority) {
    return [
      complete,
      f(
        'majority',
        citation,
        d.majority === outcome,
        d.majority === outcome
          ? `评审组多数意见为“${RECOMMENDATION_ZH[outcome]}”（${countsZh(d)}）`
          : `评审组多数意见为“${RECOMMENDATION_ZH[d.majority]}”（${countsZh(d)}），不能作出“${RECOMMENDATION_ZH[outcome]}”的结论`,
        `The panel's majority recommends ${d.majority}`,
        values,
      ),
    ];
  }
  const reason = reasonOf(payload);
  const allowed = d.options.includes(outcome);
  return [
    complete,
    f(
      'majority',
      citation,
      !allowed ? false : reason ? 'needs_judgement' : false,
      !allowed
        ? `评审组未形成多数意见（${countsZh(d)}），且没有专家建议“${RECOMMENDATION_ZH[outcome]}”`
        : reason
          ? `评审组未形成多数意见（${countsZh(d)}），由受理部门认定为“${RECOMMENDATION_ZH[outcome]}”：${reason}`
          : `评审组未形成多数意见（${countsZh(d)}），受理部门认定时须说明理由`,
      `No majority (${JSON.stringify(d.counts)}); the authority's judgement`,
      { ...values, reason },
      d.options.map((o) => RECOMMENDATION_ZH[o]),
    ),
  ];
}

/** The data once the panel has decided a round. */
export function withPanelDecision<D extends ReviewData>(
  data: D,
  ctx: PanelOpinionsCtx | undefined,
  outcome: Recommendation,
  payload: unknown,
): D {
  if (!ctx) return data;
  const d = panelDecision(ctx.memberIds, ctx.votes);
  const record: PanelDecisionRecord = {
    round: ctx.round,
    outcome,
    counts: d.counts,
    byMajority: d.majority === outcome,
    reason: reasonOf(payload),
    decidedOn: ctx.today,
    opinions: ctx.votes
      .filter((v) => ctx.memberIds.includes(v.expertId))
      .map((v) => ({ recommendation: v.recommendation, opinion: v.opinion })),
  };
  return { ...data, panelDecisions: [...(data.panelDecisions ?? []), record] };
}
