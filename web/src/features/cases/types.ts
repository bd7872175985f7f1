// The generic case API's answers as the pages use them (docs/api.md "Cases and directory").

export interface JsonSchema {
  type?: string | string[];
  /** The English twin of `description`, added by the server (form-descriptions-en.ts). */
  description_en?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  description?: string;
  title?: string;
  minimum?: number;
  maximum?: number;
  format?: string;
  minItems?: number;
  maxItems?: number;
  maxLength?: number;
  default?: unknown;
  pattern?: string;
  /**
   * A procedure's hint for the input to draw (zod .meta({ widget })): occupation, level, levels,
   * jurisdiction, authority, textarea, or remote (options from GET `source`: items[].id / items[][labelField]).
   */
  widget?: string;
  source?: string;
  labelField?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

export interface ProcedureItem {
  id: string;
  title_zh: string;
  title_en: string;
  procedure_zh: string;
  procedure_en: string;
  regimes: string[];
  openSchema: JsonSchema;
}

export type Awaiting = 'applicant' | 'authority' | 'experts' | 'public';
export type Standing = 'running' | 'due_today' | 'overdue' | 'paused' | 'met' | 'met_late' | 'cancelled';
export type Unit = 'working_days' | 'calendar_days';

export interface CaseListItem {
  id: string;
  procedure: string;
  procedure_zh: string;
  procedure_en: string;
  referenceNo: string;
  institutionId: string;
  institutionName: string;
  branchName: string | null;
  authorityName: string;
  state: string;
  stateLabel_zh: string;
  stateLabel_en: string;
  final: boolean;
  awaiting: Awaiting | null;
  awaiting_zh: string | null;
  awaiting_en: string | null;
  /** Unanswered objections to the running 公示: the authority's to answer (待办). */
  openObjections: number;
  task_zh: string | null;
  task_en: string | null;
  version: number;
  summary: string | null;
  summary_en: string | null;
  submittedAt: string | null;
  updatedAt: string;
  validFrom: string | null;
  validTo: string | null;
  dueDate: string | null;
  deadlineLabel: string | null;
  deadlineLabel_en: string | null;
  deadlineUnit: Unit | null;
  standing: Standing | null;
  remaining: number | null;
  overdue: boolean;
}

export interface CitationView {
  source: string;
  citationText: string;
  citationZh: string;
}

export interface FindingView {
  ruleId: string;
  passed: boolean | 'needs_judgement';
  message_zh: string;
  message_en: string;
  values: Record<string, unknown>;
  options?: string[];
  citationText: string;
  citationZh: string;
}

export interface MaterialFile {
  id: string;
  version: number;
  originalName: string;
  mediaType: string;
  size: number;
  uploadedAt: string;
  current: boolean;
  supersededAt: string | null;
  removedAt: string | null;
}

export interface ChecklistItemView {
  id: string;
  title_zh: string;
  title_en: string;
  required: boolean;
  status: 'provided' | 'missing' | 'optional' | string;
  maxFiles: number;
  accepts: string[];
  extensions: string[];
  note_zh: string | null;
  note_en: string | null;
  citation: CitationView;
  files: MaterialFile[];
}

export interface DirectoryEntry {
  id: string;
  institutionName: string;
  institutionKind: string;
  branchName: string | null;
  jurisdictionCode: string;
  jurisdictionName: string;
  procedure: string;
  regime: string;
  filingCode: string;
  validFrom: string;
  validTo: string | null;
  current: boolean;
  authority: { id: string; name: string };
  publishedOn: string;
  publishedAt: string;
  /** endedOn: the day an exit ended this occupation × level alone (issue 15 point 7). */
  scopes: { occupationCode: string; occupationName: string; level: number; endedOn?: string | null }[];
  /** 1+X certificate programmes, with their levels (junior / intermediate / senior); withdrawnOn: exited. */
  programmes: { name: string; code: string | null; levels: string[]; withdrawnOn?: string | null }[];
  /** How and when the entry left the directory (自动终止, 自愿退出, 责令终止, 取消资格); null while live. */
  ending?: { kind: string; on: string; exitId: string | null } | null;
}

export interface CaseDetail {
  case: {
    id: string;
    procedure: string;
    procedure_zh: string;
    procedure_en: string;
    title_zh: string;
    title_en: string;
    referenceNo: string;
    institutionId: string;
    institutionName: string;
    branchName: string | null;
    authorityName: string;
    state: string;
    stateLabel_zh: string;
    stateLabel_en: string;
    final: boolean;
    awaiting: Awaiting | null;
    version: number;
    submittedAt: string | null;
    closedAt: string | null;
    createdAt: string;
    validFrom: string | null;
    validTo: string | null;
    summary: string | null;
    summary_en: string | null;
    /** The procedure's own data (decisions only; findings are on the events). */
    data: Record<string, unknown>;
  };
  roles: string[];
  awaiting: {
    party: Awaiting;
    party_zh: string;
    party_en: string;
    dueDate: string | null;
    explanation_zh: string | null;
    standing: Standing | null;
    remaining: number | null;
    unit: Unit | null;
  } | null;
  states: {
    id: string;
    label_zh: string;
    label_en: string;
    final: boolean;
    visited: boolean;
    current: boolean;
  }[];
  deadlines: {
    id: string;
    label_zh: string;
    label_en: string;
    unit: Unit;
    n: number;
    startDate: string;
    dueDate: string;
    status: string;
    standing: Standing;
    remaining: number | null;
    metOn: string | null;
    explanation_zh: string;
    citation: CitationView;
    pauses?: { from: string; to?: string; days?: number }[];
  }[];
  events: {
    seq: number;
    event: string;
    description_zh: string;
    description_en: string;
    fromLabel_zh: string | null;
    fromLabel_en: string | null;
    toLabel_zh: string;
    toLabel_en: string;
    actorRole_zh: string;
    actorRole_en: string;
    occurredAt: string;
    citations: CitationView[];
    findings: FindingView[];
    comment: string | null;
    /** The reason the event recorded (a refusal's, a cancellation's, an exception's …). */
    reason: string | null;
    reasonKind: ReasonKind | null;
    /** The points to correct the event listed (a correction, a return at the review step). */
    correctionPoints?: CorrectionPoint[];
  }[];
  /** While the case waits on the applicant's correction: the points to correct and why. */
  correction?: {
    seq: number;
    event: string;
    requestedAt: string;
    points: CorrectionPoint[];
    reason: string | null;
    citations: CitationView[];
  } | null;
  /** The findings the latest decision rests on, with their articles. */
  decisionFindings: FindingView[];
  decisionFindingsEvent: {
    seq: number;
    event: string;
    description_zh: string;
    description_en: string;
  } | null;
  notice: CaseNotice | null;
  documents: {
    id: string;
    kind: string;
    kind_zh: string;
    kind_en: string;
    number: string;
    title: string;
    issuedOn: string;
  }[];
  materials: {
    canUpload: boolean;
    complete: boolean;
    provided: number;
    required: number;
    missing: string[];
    items: ChecklistItemView[];
  };
  available: {
    event: string;
    to: string;
    toLabel_zh: string;
    toLabel_en: string;
    description_zh: string;
    description_en: string;
    citations: CitationView[];
    payloadSchema: JsonSchema | null;
    /** The form's starting values (an amendment opens with the application as it stands). */
    initialPayload?: Record<string, unknown> | null;
    /** Starting values from what the system holds (registry, application, earlier assessment), with their sources. */
    defaults?: {
      values: Record<string, unknown>;
      basis: { field: string; basis_zh: string; basis_en: string }[];
    } | null;
    enabled: boolean | null;
    findings: FindingView[];
  }[];
  directoryEntry: DirectoryEntry | null;
}

export type ReasonKind =
  | 'refusal'
  | 'cancellation'
  | 'withdrawal'
  | 'exception'
  | 'correction'
  | 'notice_basis'
  | 'validity_basis'
  | 'other';

/** A case's public notice as the case page shows it (objectors named for the deciding authority only). */
export interface CaseNotice {
  id: string;
  title: string;
  publishedOn: string;
  startsOn: string;
  endsOn: string;
  periodDays: number;
  periodUnit: Unit;
  explanation_zh: string;
  basis: { kind: 'parameter' | 'authority'; parameterId: string | null; reason: string | null };
  standing: string;
  acceptsObjections: boolean;
  closedOn: string | null;
  outcome: string | null;
  outcome_en?: string | null;
  objectionCount: number;
  answeredCount: number;
  foundedCount: number;
  viewer: 'public' | 'applicant' | 'reader' | 'authority';
  objections: {
    id: string;
    seq: number;
    state: 'open' | 'answered';
    submittedOn: string;
    submitter: string;
    contact: string | null;
    text: string;
    answer: string | null;
    finding: 'founded' | 'unfounded' | null;
    answeredAt: string | null;
  }[];
}

/** A point to correct: the checklist item it is about (its title), and/or the authority's words. */
export interface CorrectionPoint {
  item: string | null;
  title_zh: string | null;
  title_en: string | null;
  text: string | null;
}
