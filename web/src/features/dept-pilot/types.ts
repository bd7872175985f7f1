// The dept-pilot milestones as GET /api/v1/dept-pilot/cases/:id/milestones returns them.
import type { CitationView } from '../cases/types';

export type MilestoneStanding = 'met' | 'met_late' | 'pending' | 'overdue';

export interface Milestone {
  ruleId: string;
  citation: CitationView;
  message_zh: string;
  message_en: string;
  due: string;
  explanation_zh: string;
  explanation_en: string;
  doneOn: string | null;
  standing: MilestoneStanding;
}

export interface BranchFiling {
  caseId: string;
  referenceNo: string;
  branchName: string | null;
  state: string;
  stateLabel_zh: string;
  stateLabel_en: string;
  submittedOn: string | null;
  authorityName: string;
}

export interface PilotMilestones {
  caseId: string;
  referenceNo: string;
  state: string;
  asOf: string;
  milestones: Milestone[];
  branchFilings: BranchFiling[];
}
