// The renewal API's answers (src/http/routes/gz-renewal.routes.ts).
import type { FindingView } from '../cases/types';

export type RenewalKind = 'employer' | 'school' | 'social_org';
export type RenewalOverall = 'renewable' | 'partially_renewable' | 'not_renewable' | 'needs_judgement';

export interface RenewalCounts {
  asOf: string;
  periodFrom: string;
  periodTo: string;
  statuses: string[];
  total: number;
  occupations: { code: string; certificates: number }[];
}
export interface RenewalResults {
  asOf: string;
  kind: RenewalKind;
  counts: RenewalCounts;
  institution: FindingView[];
  occupations: {
    code: string;
    levels: number[];
    certificates: number;
    renewable: boolean;
    findings: FindingView[];
  }[];
  overall: RenewalOverall;
}
export interface RenewalCountsResponse {
  caseId: string;
  referenceNo: string;
  state: string;
  entry: { id: string; filingCode: string; validFrom: string; validTo: string };
  current: RenewalResults;
  recorded: RenewalResults | null;
  decision: {
    outcome: 'renewed' | 'refused';
    decidedOn: string;
    code: string | null;
    renewed: { code: string; levels: number[] }[];
    notRenewed: { code: string; reasons_zh: string[] }[];
    validFrom: string | null;
    validTo: string | null;
    validityReason: string | null;
    successorEntryId: string | null;
  } | null;
  countedStatuses: string[];
  occupationNames: Record<string, string>;
}
export interface CountedCertificate {
  id: string;
  number: string;
  issuedOn: string;
  holderName: string;
  holderDocMasked: string;
  occupationCode: string;
  level: number;
  branchName: string | null;
  source: 'issued' | 'uploaded';
}
export interface RenewalState {
  state: 'none' | 'pending' | 'approved' | 'refused';
  caseId: string | null;
  submittedOn: string | null;
  decidedOn: string | null;
  successorEntryId: string | null;
  caseState: string | null;
  referenceNo: string | null;
}
export interface RenewalDueItem {
  entryId: string;
  institutionId: string;
  institutionName: string;
  institutionKind: string;
  jurisdictionCode: string;
  filingCode: string;
  validFrom: string;
  validTo: string;
  daysLeft: number;
  occupations: { code: string; name: string | null; levels: number[] }[];
  reminders: { daysBefore: number; sentOn: string }[];
  renewal: RenewalState;
}
export interface RenewalsDue {
  asOf: string;
  horizonDays: number;
  items: RenewalDueItem[];
}
