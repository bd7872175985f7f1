// The data of a violation case (mohrss-violations §16–20): whom it concerns, who decides, how it came
// about, the on-site record, the charge as recorded with the rules' proposal, the prior notice, the
// statements, the decision, its service, the review. The case snapshot keeps decisions only (who, when,
// why); the findings each step rested on are on its event in the archive (case_events, §20).
import type { Finding } from '../../rules/finding.js';
import type { Sanction } from '../../rules/mohrss-violations/sanctions.js';
import type { WorkingDayCalendar } from '../../calendar/calendar-data.js';

/** The subjects of an evaluation (the session's, as the standard sets them). */
export type EvaluationSubject = 'theory' | 'skills' | 'comprehensive_review';
export type ViolationSubject = 'candidate' | 'staff' | 'institution';
export type DecidingBody = 'institution' | 'authority';
export type StaffDuty = 'exam_admin' | 'assessor' | 'quality_supervisor';

/** How the case came about (issue 13 point 1; §8 after the event, §18 another body's decision). */
export const ORIGINS = [
  'on_site',
  'after_event',
  'inspection',
  'lead',
  'complaint',
  'other_authority',
  'data_access',
  // A ground the supervision data raised (issue 14 point 4: 1x-exit §5, §13(3)/§14(7)), acted on from 监管依据.
  'ground',
] as const;
export type ViolationOrigin = (typeof ORIGINS)[number];

/** 1x-exit §7(4): the measures short of revocation for a 1+X training-evaluation organisation. */
export const X_MEASURES = [
  'interview',
  'warning',
  'circular',
  'rectification',
  'scale_limit',
  'funding_cut',
] as const;
export type XMeasure = (typeof X_MEASURES)[number];
export const X_MEASURE_ZH: Record<XMeasure, string> = {
  interview: '约谈',
  warning: '警告',
  circular: '通报',
  rectification: '责令限期整改',
  scale_limit: '限制实施规模',
  funding_cut: '扣减有关经费',
};

export const X_MEASURE_EN: Record<XMeasure, string> = {
  interview: 'interview',
  warning: 'warning',
  circular: 'circular',
  rectification: 'rectification within a deadline',
  scale_limit: 'limit on scale',
  funding_cut: 'cut in funding',
};

export interface OtherAuthorityBasis {
  authorityName: string;
  documentNumber: string;
  conclusionOn: string;
  conclusion: string;
}

/** The facts of the conduct as the deciding body recorded them (record_charge). */
export interface Charge {
  violation: string;
  conductOn: string;
  facts: string;
  severity?: 'minor' | 'serious' | undefined;
  severityReason?: string | undefined;
  remindedAndRefused?: boolean | undefined;
  subject?: EvaluationSubject | undefined;
  adverseEffect?: boolean | undefined;
  section12Item?: number | undefined;
  justifiedReason?: boolean | undefined;
  rectification?: { dueOn: string; completedOn?: string | undefined } | undefined;
  verified?: boolean | undefined;
  outOfScopeRecords?: number | undefined;
  erroneousRecords?: number | undefined;
  certificateNumbers?: string[] | undefined;
  breaches?: ('over_scope_read' | 'privacy_leak' | 'paid_service' | 'other')[] | undefined;
  unlawful?: boolean | undefined;
  recordedOn: string;
}

/** What the rules propose for the charge: the sanctions of the passed findings and the open choices. */
export interface Proposal {
  sanctions: Sanction[];
  /** Judgements the text leaves to the deciding body, by rule id, with the article's options. */
  judgements: { ruleId: string; message_zh: string; message_en: string; options: string[] }[];
  /** The ban, where one follows, as computed on the day of the proposal (recomputed on the decision day). */
  ban: { lastDay: string; eligibleAgainOn: string } | null;
}

/** The choices the deciding body makes where the text leaves judgement, each with its reason. */
export interface Choices {
  /** §12 视情况宣布当次评价颁发证书或评价成绩部分或全部无效. */
  voidResults?: 'none' | 'some' | 'all' | undefined;
  voidSessionId?: string | undefined;
  voidCertificateNumbers?: string[] | undefined;
  /** §13 视情况将其列入诚信不良档案，并向社会公布. */
  creditBlacklist?: boolean | undefined;
  /** §15 ¶1 视情节给予警告、暂停评价活动、直至终止备案. */
  ladder?: 'none' | 'warning' | 'suspension' | 'termination' | undefined;
  /** §14(6) where the conduct falls on the day the rectification was completed: a repeat or not. */
  escalate?: boolean | undefined;
  /** §13 限期整改: the deadline the authority sets (the text sets none). */
  rectificationDueOn?: string | undefined;
  /** 1x-exit §7(4), for a 1+X organisation. */
  xMeasures?: XMeasure[] | undefined;
  /** §17 ¶2 按有关规定进行公告: the decision is published on the public site. */
  publish?: boolean | undefined;
  reason: string;
}

export interface Notice {
  servedOn: string;
  means: ServiceMeans;
  /** The period for the statement and defence, set by the deciding body (the text sets none). */
  statementDueOn: string;
  periodReason: string;
  reasons: string;
  choices: Choices;
  sanctions: Sanction[];
}

export type ServiceMeans = 'in_person' | 'post' | 'electronic' | 'announcement';

export interface Statement {
  text: string;
  receivedOn: string;
  form: 'online' | 'paper';
  stage: 'notice' | 'review';
}

export interface ViolationCaseData extends Record<string, unknown> {
  subject: ViolationSubject;
  decidedBy: DecidingBody;
  origin: ViolationOrigin;
  /** The party: the candidate's or staff member's name, or the institution's. */
  partyName: string;
  institutionName: string;
  /** A 1+X training-evaluation organisation (1x-exit §7(3)–(4) apply). */
  xOrganisation: boolean;
  sessionId: string | null;
  candidateId: string | null;
  staffId: string | null;
  staffDuty: StaffDuty | null;
  summary: string;
  basis: OtherAuthorityBasis | null;
  /** §16 ¶1: the on-site record of a candidate's conduct, signed by staff and confirmed by the room head. */
  record: {
    signatures: { staffId: string; name: string; signedOn: string }[];
    confirmedBy: { name: string; confirmedOn: string } | null;
  } | null;
  charge: Charge | null;
  proposal: Proposal | null;
  notice: Notice | null;
  statements: Statement[];
  decision: { decidedOn: string; sanctions: Sanction[]; choices: Choices; departure: string | null } | null;
  service: { servedOn: string; means: ServiceMeans } | null;
  review: { requestedOn: string; grounds: string; form: 'online' | 'paper' } | null;
  reviewDecision: { decidedOn: string; outcome: 'upheld' | 'varied' | 'revoked'; reason: string } | null;
  rectification: { completedOn: string; note: string } | null;
  dropped: { reason: string; on: string } | null;
}

/** The facts the guards need, loaded under the case lock. */
export interface ViolationCtx {
  today: string;
  calendar: WorkingDayCalendar;
  session: {
    id: string;
    status: string;
    subjects: EvaluationSubject[];
    endsOn: string;
  } | null;
  /** Staff on the session who may sign the on-site record. */
  sessionStaff: { staffId: string; name: string; duty: StaffDuty }[];
  /** The candidate's certificates from the session (§8). */
  certificates: { id: string; number: string; status: string }[];
  institution: { id: string; name: string; kind: string; status: string };
  /** §14(6): the latest earlier §13 warning of this institution, with its rectification. */
  priorWarning: { warnedOn: string; rectificationCompletedOn: string | null } | null;
  /** §13(3), §14(7): the last day an evaluation session ended (or the filing's start). */
  lastEvaluationOn: string | null;
  /** Findings of the payload's own lookups (a staff member not on the session …), built by the loader. */
  lookups: Finding[];
}
