// The review panel API's answers (src/http/schemas/review.schema.ts).
export type Recommendation = 'approve' | 'reject' | 'revise';

export interface ExclusionReason {
  code: 'employee' | 'declared_conflict' | 'inactive';
  detail_zh: string;
  relation?: string;
}

export interface PanelMember {
  expertId: string;
  name: string;
  employerName: string;
  status: 'drawn' | 'reserve' | 'excluded';
  drawRank: number | null;
  drawKey: string | null;
  excludedReasons: ExclusionReason[];
}

export interface Opinion {
  id: string;
  expertId: string;
  expertName: string;
  round: number;
  recommendation: Recommendation;
  opinion: string;
  submittedAt: string;
}

export interface PanelView {
  view: 'authority' | 'expert' | 'applicant';
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
    reproducible: boolean | null;
  } | null;
  members: PanelMember[];
  opinions: Opinion[];
  standing: {
    complete: boolean;
    missing: string[];
    missingNames: string[];
    counts: Record<Recommendation, number>;
    majority: Recommendation | null;
    options: Recommendation[];
  } | null;
  mine: { member: boolean; opinionGiven: boolean } | null;
}

export interface Candidates {
  pool: { id: string; name: string; size: number };
  eligible: { expertId: string; name: string; employerName: string }[];
  excluded: { expertId: string; name: string; employerName: string; reasons: ExclusionReason[] }[];
}

export interface AssignedReview {
  caseId: string;
  referenceNo: string;
  procedure: string;
  state: string;
  institutionName: string;
  authorityName: string;
  panelId: string;
  purpose: string;
  drawnOn: string;
  round: number;
  opinionGiven: boolean;
}
