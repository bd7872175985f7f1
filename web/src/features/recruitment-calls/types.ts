// The recruitment calls API's answers as the pages use them (src/http/routes/recruitment-calls.routes.ts).
export type CallStatus = 'draft' | 'published' | 'closed';
export type CallWindow = 'not_published' | 'upcoming' | 'open' | 'ended' | 'closed';

export interface RecruitmentCall {
  id: string;
  authorityId: string;
  authorityName: string;
  title: string;
  batch: string;
  description: string | null;
  openOn: string;
  closeOn: string;
  status: CallStatus;
  publishedOn: string | null;
  closedOn: string | null;
  fields: { name: string; description: string | null }[];
  applications: number;
  window: CallWindow;
  abilities: { update: boolean; publish: boolean; close: boolean; apply: boolean; listApplications: boolean };
  version: number;
}

export interface CallApplication {
  caseId: string;
  referenceNo: string;
  institutionId: string;
  institutionName: string;
  field: string | null;
  state: string;
  stateLabel_zh: string;
  submittedAt: string | null;
  closedAt: string | null;
}

/** The procedure that answers a call (src/workflows/selection-1x/machine.ts). */
export const SELECTION_PROCEDURE = '1x-selection';
