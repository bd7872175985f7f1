// The Guizhou selection results as GET /api/v1/gz-selection/cases/:id/results returns them.
import type { FindingView } from '../cases/types';

export type Outcome = 'pass' | 'fail' | 'needs_judgement';

export interface OccupationResult {
  code: string;
  levels: number[];
  outcome: Outcome;
  selectable: boolean;
  assessors: number;
  trainingVolume: number | null;
  findings: FindingView[];
}

export interface SelectionResults {
  asOf: string;
  applyingAs: 'employer' | 'school' | 'social_org';
  checks: string[];
  registry: { fullTimeStaff: number; qualitySupervisors: number; site: { id: string; name: string } | null };
  institution: { outcome: Outcome; findings: FindingView[] };
  occupations: OccupationResult[];
  overall: 'selectable' | 'partially_selectable' | 'not_selectable';
}

export interface SelectionResultsResponse {
  caseId: string;
  referenceNo: string;
  state: string;
  current: SelectionResults;
  recorded: SelectionResults | null;
  decision: {
    outcome: 'selected' | 'refused';
    decidedOn: string;
    code: string | null;
    selectedOccupations: { code: string; levels: number[] }[];
    excludedOccupations: { code: string; reasons_zh: string[] }[];
    validFrom: string | null;
    validTo: string | null;
    reason_zh?: string;
  } | null;
  occupationNames: Record<string, string>;
  sites: { id: string; name: string; branchId: string | null }[];
}
