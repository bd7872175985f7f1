// The evaluation-session API's shapes as the pages use them (src/http/schemas/evaluation-sessions.schema.ts).
import type { FindingView } from '../cases/types';

export type SessionStatus = 'planned' | 'closed' | 'cancelled';
export type Subject = 'theory' | 'skills' | 'comprehensive_review';

export interface EvaluationSession {
  id: string;
  institutionId: string;
  institutionName: string;
  branchId: string | null;
  branchName: string | null;
  jurisdictionCode: string;
  siteId: string;
  siteName: string;
  siteAddress: string;
  occupationCode: string;
  occupationName: string;
  level: number;
  startsOn: string;
  endsOn: string;
  subjects: Subject[];
  standardTitle: string;
  status: SessionStatus;
  opening: { check: string; asOf: string; outcome: string; findings: FindingView[] };
  createdAt: string;
  closedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  version: number;
  abilities: { read: boolean; close: boolean; cancel: boolean };
}

export interface SessionPage {
  items: EvaluationSession[];
  total: number;
  page: number;
  pageSize: number;
  abilities: { open: boolean };
}

export interface OpeningOptions {
  openers: {
    branchId: string | null;
    name: string;
    jurisdictionCode: string;
    status: 'registered' | 'active' | 'suspended' | 'exited';
    grants: {
      occupationCode: string;
      occupationName: string;
      level: number;
      validFrom: string;
      validTo: string | null;
    }[];
  }[];
  sites: { id: string; name: string; address: string; branchId: string | null }[];
}
