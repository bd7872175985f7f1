export interface InspectionView {
  id: string;
  institutionId: string;
  institutionName: string;
  drawRank: number;
  status: string;
  outcome: string | null;
  conclusion: string | null;
  concludedOn: string | null;
  publishedOn: string | null;
  rectificationId: string | null;
  violationCaseId: string | null;
  experts: { expertId: string; rank: number; name: string | null }[];
  findings: { seq: number; item: string; method: string; result: string; note: string | null }[];
}
export interface RoundView {
  id: string;
  referenceNo: string;
  title: string;
  status: string;
  authorityName: string;
  jurisdictionName: string;
  institutionKinds: string[];
  occupationCodes: string[];
  targetCount: number;
  expertsPerTarget: number;
  methods: string[];
  plannedStart: string;
  plannedEnd: string;
  drawnOn: string | null;
  drawId: string;
  inspectionCount?: number;
  concludedCount?: number;
}
export interface RoundDetail extends RoundView {
  poolName: string;
  commitment: string;
  committedAt: string;
  revealed: boolean;
  canManage: boolean;
  inspections: InspectionView[];
}
