// What the supervision routes answer (src/http/routes/supervision.routes.ts).
export interface Programme {
  seq: number;
  name: string;
  code: string | null;
}
export interface Organisation {
  institutionId: string;
  name: string;
  approvedOn: string;
  programmes: Programme[];
}
export interface OperationRecord {
  id: string;
  programmeSeq: number | null;
  kind: string;
  occurredOn: string;
  details: Record<string, unknown>;
  recordedAt: string;
  withdrawn: boolean;
  withdrawalReason: string | null;
}
export interface Operations {
  organisation: Organisation;
  mayRecord: boolean;
  items: OperationRecord[];
}
export interface Evidence {
  kind: string;
  id: string | null;
  on: string;
  text: string;
}
export interface Ground {
  key: string;
  institutionId: string;
  institutionName: string;
  programmeSeq: number;
  programmeName: string | null;
  ruleId: string;
  since: string;
  message_zh: string;
  message_en: string;
  evidence: Evidence[];
  state: 'open' | 'acted' | 'dismissed';
  action: 'violation_case' | 'rectification' | 'exit' | null;
  caseId: string | null;
  rectificationId: string | null;
  reason: string | null;
  actedAt: string | null;
}
export interface RatingInput {
  name: string;
  source: string;
  weight: number;
  raw: number;
  score: number;
  evidence: { id: string; on: string; text: string }[];
}
export interface Rating {
  id: string;
  institutionId: string;
  institutionName: string;
  programmeSeq: number | null;
  programmeName: string | null;
  score: number;
  grade: 'A' | 'B' | 'C' | 'D';
  inputs: RatingInput[];
  confirmedOn: string | null;
  rectificationId: string | null;
  rectificationDeadline: string | null;
  rectificationStatus: string | null;
}
export interface RatingRun {
  id: string;
  periodFrom: string;
  periodTo: string;
  indicatorSetVersion: number;
  ratings: Rating[];
}
export interface Indicator {
  name: string;
  source: string;
  weight: number;
  target: number | null;
  penalty: number | null;
}
export interface IndicatorSet {
  id: string;
  version: number;
  effectiveFrom: string;
  indicators: Indicator[];
  bands: { A: number; B: number; C: number };
  reason: string;
}
