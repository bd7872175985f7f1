// The violation API as the web app reads it (src/http/routes/violations.routes.ts; issue 13). The cases
// themselves run on the generic case API (procedure 'violation-case').
export type ViolationView = 'deciding' | 'concerning' | 'supervised';
export type ViolationSubject = 'candidate' | 'staff' | 'institution';
export type DecidingBody = 'institution' | 'authority';

export interface ViolationListItem {
  id: string;
  referenceNo: string;
  subject: ViolationSubject;
  decidedBy: DecidingBody;
  origin: string;
  partyName: string;
  institutionId?: string;
  institutionName: string;
  state: string;
  state_zh: string;
  state_en: string;
  awaiting: string | null;
  /** The charge's article code (6(1), 15p2) and its citation in Chinese. */
  charge: string | null;
  charge_zh: string | null;
  sanctions_zh: string | null;
  /** The English twin, once the server sends it (the page falls back to the Chinese words). */
  sanctions_en?: string | null;
  decidedOn: string | null;
  /** A review's outcome (mohrss-violations §19): a revoked decision no longer stands. */
  reviewOutcome?: 'upheld' | 'varied' | 'revoked' | null;
  createdAt: string;
}

/** What a decision did (GET /violation-cases/:id/effects). */
export interface CaseEffect {
  kind: string;
  kind_zh: string;
  kind_en: string;
  target: string;
  target_en?: string;
  appliedOn: string;
  undoneOn: string | null;
  until: string | null;
}

export interface CaseEffects {
  items: CaseEffect[];
  suspension: { startsOn: string; dueOn: string | null; endedOn: string | null } | null;
}

/** A published decision or bad-credit entry (GET /public/violation-decisions; a person's name masked). */
export interface PublishedDecision {
  id: string;
  publishedOn: string;
  subjectKind: ViolationSubject;
  subjectName: string;
  institutionName: string;
  jurisdiction: string;
  decidedBy: string;
  decisionNumber: string;
  decidedOn: string;
  /** The charge's article, cited in Chinese (第六条第（一）项). */
  charge: string;
  charge_en?: string;
  sanctions: string;
  sanctions_en: string;
  badCredit: boolean;
  revokedOn: string | null;
  /** The period of the decision's measures; periodTo null where the text sets no end. */
  periodFrom: string | null;
  periodTo: string | null;
}

export interface PartyCredentials {
  referenceNo: string;
  name: string;
  documentNumber: string;
}

/** The party's view of their case (POST /public/violation-cases/party). */
export interface PartyCase {
  id: string;
  referenceNo: string;
  version: number;
  state: string;
  state_zh: string;
  state_en: string;
  institutionName: string;
  charge_zh: string | null;
  charge_en?: string | null;
  notice: {
    servedOn: string;
    statementDueOn: string;
    proposed_zh: string;
    proposed_en?: string;
  } | null;
  decision: { decidedOn: string; sanctions_zh: string; sanctions_en?: string } | null;
  statements: { receivedOn: string; form: 'online' | 'paper'; stage: 'notice' | 'review' }[];
  review: { requestedOn: string } | null;
  reviewDecision: { decidedOn: string; outcome: 'upheld' | 'varied' | 'revoked'; reason: string } | null;
  canState: boolean;
  canRequestReview: boolean;
  documents: { id: string; kind: string; number: string; title: string; issuedOn: string }[];
}

/** mohrss-violations §15 ¶2: the authority's daily threshold of certificates read per organisation. */
export interface DataAccessThreshold {
  certificatesPerDay: number;
  reason: string;
  updatedAt: string;
}

export type AlertOutcome = 'revoked' | 'case_opened' | 'no_breach';

export interface DataAccessAlert {
  id: string;
  organisationId: string;
  organisationName: string;
  day: string;
  certificates: number;
  threshold: number;
  raisedAt: string;
  handledAt: string | null;
  outcome: AlertOutcome | null;
  note: string | null;
  readRightsRevoked: boolean;
}
