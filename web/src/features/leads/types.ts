// The shapes the ledger's API answers with (src/use-cases/leads/lead-lists.ts, response-requests.ts,
// complaints.ts).
export interface LeadListItem {
  id: string;
  source: string;
  status: string;
  summary: string;
  subject: string | null;
  receivedOn: string;
  ageDays: number;
  outcome: string | null;
  duplicateOf: string | null;
  violationCaseId: string | null;
  rectificationId: string | null;
  authorityName: string;
  mine: boolean;
}

export interface ResponseRequestView {
  id: string;
  question: string;
  requestedOn: string;
  dueOn: string;
  dueReason?: string;
  response: string | null;
  respondedOn: string | null;
  overdue: boolean;
  authorityName?: string;
}

export interface LeadEvent {
  seq: number;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  on: string;
  authorityName: string | null;
  actorName: string | null;
  note: string | null;
  details: Record<string, unknown>;
}

export interface LeadDetail {
  id: string;
  source: string;
  sourceRef: string | null;
  status: string;
  summary: string;
  institutionId: string | null;
  institutionName: string | null;
  subjectText: string | null;
  authorityId: string;
  authorityName: string;
  handles: boolean;
  receivedOn: string;
  triagedOn: string | null;
  answeredOn: string | null;
  answer: string | null;
  closedOn: string | null;
  outcome: string | null;
  ageDays: number;
  tracked: boolean;
  hasContact: boolean;
  contact: { name: string | null; phone: string | null; email: string | null } | null;
  duplicateOf: { id: string; receivedOn: string; status: string } | null;
  duplicates: { id: string; receivedOn: string; source: string; status: string }[];
  violationCase: { id: string; referenceNo: string; state: string } | null;
  rectification: { id: string; status: string; deadline: string } | null;
  responseRequests: ResponseRequestView[];
  history: LeadEvent[];
  version: number;
}

export interface Tracked {
  status: string;
  receivedOn: string;
  answeredOn: string | null;
  answer: string | null;
  closedOn: string | null;
  outcome: string | null;
  routedTo: string | null;
  originalAnswer: string | null;
}

export interface RouteTarget {
  id: string;
  label: string;
  kind: string;
}
