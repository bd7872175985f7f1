// The panel's decision from its experts' opinions (合议): each expert recommends approve, reject or
// revise; the recommendation of more than half of the panel is the panel's decision. Without such a
// majority (a tie, or votes spread over three recommendations) the panel has not decided by itself:
// the deciding authority makes the judgement among the recommendations the experts gave, with its
// reasons, and the case records it. Only complete rounds decide: every member's opinion is in.
// The texts set no voting rule (mohrss-filing 一(十)3 "组织专家…进行技术评审"; 1x-exit §7(3)
// "经合议后形成专家评议意见"); the rule is the system's (docs/decisions/0012).

export const RECOMMENDATIONS = ['approve', 'reject', 'revise'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const RECOMMENDATION_ZH: Record<Recommendation, string> = {
  approve: '通过',
  reject: '不通过',
  revise: '修改后再审',
};

export interface OpinionVote {
  expertId: string;
  recommendation: Recommendation;
}

export interface PanelDecision {
  /** Every member has given an opinion in this round. */
  complete: boolean;
  /** Members whose opinion is still awaited. */
  missing: string[];
  counts: Record<Recommendation, number>;
  /** The recommendation of more than half of the panel, if any. */
  majority: Recommendation | null;
  /** Without a majority: the recommendations the experts gave, most votes first — the authority's options. */
  options: Recommendation[];
}

export function panelDecision(memberIds: readonly string[], votes: readonly OpinionVote[]): PanelDecision {
  const members = new Set(memberIds);
  const byMember = new Map<string, Recommendation>();
  for (const v of votes) if (members.has(v.expertId)) byMember.set(v.expertId, v.recommendation);
  const missing = memberIds.filter((id) => !byMember.has(id));
  const counts: Record<Recommendation, number> = { approve: 0, reject: 0, revise: 0 };
  for (const r of byMember.values()) counts[r] += 1;
  const ranked = RECOMMENDATIONS.filter((r) => counts[r] > 0).sort((a, b) => counts[b] - counts[a]);
  const top = ranked[0];
  const majority = top !== undefined && counts[top] * 2 > members.size ? top : null;
  return {
    complete: missing.length === 0 && members.size > 0,
    missing,
    counts,
    majority,
    options: majority ? [majority] : ranked,
  };
}

/** 3 票：通过 2、不通过 1、修改后再审 0 */
export function countsZh(d: Pick<PanelDecision, 'counts'>): string {
  const total = RECOMMENDATIONS.reduce((n, r) => n + d.counts[r], 0);
  return `${total} 票：${RECOMMENDATIONS.map((r) => `${RECOMMENDATION_ZH[r]} ${d.counts[r]}`).join('、')}`;
}
