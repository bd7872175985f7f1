// The candidate API's shapes as the pages use them (src/http/schemas/candidates.schema.ts).
import type { FindingView } from '../cases/types';

export interface CandidateAbilities {
  register: boolean;
  withdraw: boolean;
  fees: boolean;
}

export interface Candidate {
  id: string;
  sessionId: string;
  name: string;
  docType: string;
  docMasked: string;
  studentStatus: 'graduation_year' | 'all_courses_completed' | null;
  status: 'registered' | 'withdrawn';
  withdrawnReason: string | null;
  overallResult: 'passed' | 'failed' | null;
  createdAt: string;
  version: number;
  collectedFen: number;
  refundedFen: number;
  registration: { asOf: string | null; findings: FindingView[] };
  abilities: CandidateAbilities;
}

export interface CandidateList {
  items: Candidate[];
  abilities: CandidateAbilities;
}

export interface FeeLedger {
  items: {
    id: string;
    kind: 'collected' | 'refunded';
    amountFen: number;
    onDate: string;
    note: string | null;
    createdAt: string;
  }[];
  collectedFen: number;
  refundedFen: number;
}

export interface RosterReport {
  rows: number;
  registered: number;
  alreadyRegistered: number;
  refused: number;
  report: {
    row: number;
    column: string | null;
    outcome: 'registered' | 'already_registered' | 'refused';
    reason: string | null;
  }[];
}

export interface Ban {
  id: string;
  name: string;
  docType: string;
  docMasked: string;
  startsOn: string;
  endsOn: string;
  article: string;
  reason: string;
  decisionRef: string | null;
  authorityName: string;
  createdAt: string;
}

export interface Student {
  id: string;
  name: string;
  docType: string;
  docMasked: string;
  fullTime: boolean;
  graduationYear: number;
  allCoursesCompleted: boolean;
  updatedAt: string;
}

export interface StudentImportReport {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  refused: number;
  report: { row: number; column: string | null; reason: string }[];
}
