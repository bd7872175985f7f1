// Row types of the database, as Kysely sees them (snake_case, as stored). Domain objects are
// camelCase and mapped explicitly in each repository.
import type { ColumnType, Generated } from 'kysely';
import type { WrapUpItemId } from '../rules/wrap-up-basis.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Created = ColumnType<Date, Date | string | undefined, never>;
type DateString = string; // 'YYYY-MM-DD'
type Json<T = unknown> = ColumnType<T, string, string>;

export interface JurisdictionsTable {
  code: string;
  name: string;
  level: 'national' | 'province' | 'prefecture' | 'county';
  parent_code: string | null;
  source: string;
}
export interface SkillLevelsTable {
  level: number;
  name_zh: string;
  title_zh: string;
  name_en: string;
}
export interface OccupationEditionsTable {
  edition: string;
  title: string;
  source: string;
  row_count: Generated<number>;
  loaded_at: Generated<Date>;
}
export interface OccupationsTable {
  code: string;
  name: string;
  major_code: string;
  major_name: string;
  middle_code: string;
  middle_name: string;
  minor_code: string;
  minor_name: string;
  edition: string;
}
export interface OccupationStandardsTable {
  id: string;
  occupation_code: string;
  kind: 'national_standard' | 'evaluation_norm';
  title: string;
  document_no: string | null;
  issued_on: DateString | null;
  notes: string | null;
  /** 0016: the subjects the standard prescribes per level ({"3": ["theory", "skills"]}); null = not recorded. */
  subjects_by_level: ColumnType<SubjectsByLevel | null, string | null, string | null>;
  version: Generated<number>;
  created_at: Created;
  updated_at: Timestamp;
}
export type AuthorityKind =
  | 'national_centre'
  | 'mohrss'
  | 'provincial_hrss'
  | 'prefectural_hrss'
  | 'industry_department'
  | 'joint_conference_office'
  | 'delegated_unit';
export interface AuthoritiesTable {
  id: string;
  name: string;
  kind: AuthorityKind;
  jurisdiction_code: string;
  industry: string | null;
  version: Generated<number>;
  created_at: Created;
  updated_at: Timestamp;
}
export type InstitutionKind = 'employer' | 'school' | 'social_org' | 'industry_org' | 'training_org';
export type RegistryStatus = 'registered' | 'active' | 'suspended' | 'exited';
export interface InstitutionsTable {
  id: string;
  name: string;
  kind: InstitutionKind;
  uscc: string;
  legal_representative: string;
  address: string;
  jurisdiction_code: string;
  authority_id: string | null;
  status: Generated<RegistryStatus>;
  contact_phone: string | null;
  established_on: DateString | null;
  version: Generated<number>;
  created_at: Created;
  updated_at: Timestamp;
}
export interface BranchesTable {
  id: string;
  institution_id: string;
  name: string;
  uscc: string | null;
  address: string;
  jurisdiction_code: string;
  status: Generated<RegistryStatus>;
  version: Generated<number>;
  created_at: Created;
  updated_at: Timestamp;
}
export interface StaffTable {
  id: string;
  institution_id: string;
  branch_id: string | null;
  name: string;
  id_doc_type: string;
  id_number_enc: string;
  id_number_hmac: string;
  id_number_masked: string;
  phone: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Created;
  updated_at: Timestamp;
}
export type StaffRole = 'full_time_staff' | 'assessor' | 'quality_supervisor' | 'exam_admin';
export interface StaffRolesTable {
  id: string;
  staff_id: string;
  role: StaffRole;
  occupation_code: string | null;
  level: number | null;
}
export interface SitesTable {
  id: string;
  institution_id: string;
  branch_id: string | null;
  name: string;
  address: string;
  tenure: 'owned' | 'leased';
  lease_start: DateString | null;
  lease_end: DateString | null;
  floor_area_m2: number;
  functional_rooms: ColumnType<string[], string[] | undefined, string[]>;
  exam_rooms: Generated<number>;
  computer_seats: Generated<number>;
  desk_spacing_cm: number | null;
  cctv_exam_rooms: Generated<boolean>;
  cctv_full_coverage: Generated<boolean>;
  version: Generated<number>;
  created_at: Created;
  updated_at: Timestamp;
}
export interface InstitutionScopesTable {
  id: string;
  institution_id: string;
  occupation_code: string;
  level: number;
  valid_from: DateString | null;
  valid_to: DateString | null;
  status: Generated<'pending' | 'active' | 'suspended' | 'ended'>;
  version: Generated<number>;
  created_at: Created;
  /** 0003 */
  updated_at: Timestamp;
}
export interface InstitutionStatusHistoryTable {
  id: string;
  institution_id: string;
  from_status: string | null;
  to_status: string;
  reason: string | null;
  changed_at: Created;
  changed_by: string | null;
}
export interface ExpertsTable {
  id: string;
  name: string;
  employer_name: string;
  employer_uscc: string | null;
  title: string | null;
  specialties: ColumnType<string[], string[] | undefined, string[]>;
  phone: string | null;
  id_number_enc: string | null;
  id_number_hmac: string | null;
  id_number_masked: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Created;
  updated_at: Timestamp;
  /** 0003 */
  id_doc_type: string | null;
  /** 0003: the authority that registered the expert. */
  registered_by_authority_id: string | null;
}
/** 0003: conflicts of interest declared by or for an expert. */
export type ExpertConflictRelation =
  'former_employment' | 'part_time' | 'relative' | 'financial' | 'training' | 'other';
export interface ExpertConflictsTable {
  id: string;
  expert_id: string;
  institution_id: string | null;
  institution_uscc: string | null;
  institution_name: string;
  relation: ExpertConflictRelation;
  reason: string | null;
  declared_at: Created;
  declared_by: string | null;
}
export interface ExpertPoolsTable {
  id: string;
  authority_id: string;
  name: string;
  description: string | null;
  version: Generated<number>;
  created_at: Created;
  updated_at: Timestamp;
}
export interface ExpertPoolMembersTable {
  pool_id: string;
  expert_id: string;
  added_at: Created;
}
export type UserRole = 'authority_staff' | 'institution_staff' | 'expert' | 'sysadmin' | 'verifier';
export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: UserRole;
  authority_id: string | null;
  institution_id: string | null;
  expert_id: string | null;
  disabled: Generated<boolean>;
  failed_login_count: Generated<number>;
  locked_until: Date | null;
  password_changed_at: Timestamp;
  version: Generated<number>;
  created_at: Created;
  updated_at: Timestamp;
  // 0011_accounts.sql
  must_change_password: Generated<boolean>;
  totp_secret_enc: string | null;
  totp_pending_secret_enc: string | null;
  totp_enabled_at: Date | null;
  totp_last_step: ColumnType<string | number | null, number | null, number | null>;
  // 0023_verifiers.sql
  verifier_id: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Created;
  last_seen_at: Timestamp;
  absolute_expires_at: Date;
  revoked_at: Date | null;
  ip: string | null;
  user_agent: string | null;
  /** 0011_accounts.sql: the second factor is still awaited; such a session carries no privileges. */
  pending: 'second_factor' | 'enrolment' | null;
}
export interface CalendarYearsTable {
  year: number;
  source: string;
  version: Generated<number>;
  updated_at: Timestamp;
}
export interface CalendarDaysTable {
  day: DateString;
  year: number;
  kind: 'holiday' | 'workday';
  name: string;
}
export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: Created;
  request_id: string | null;
  actor_user_id: string | null;
  actor_role: string | null;
  actor_authority_id: string | null;
  actor_institution_id: string | null;
  entity: string;
  entity_id: string;
  action: string;
  before_hash: string | null;
  after_hash: string | null;
  before_data: Json | null;
  after_data: Json | null;
  citations: Json<unknown[]>;
  chain_seq: number | null;
  prev_hash: string | null;
  row_hash: string | null;
}
export interface AuditChainHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface DB {
  jurisdictions: JurisdictionsTable;
  skill_levels: SkillLevelsTable;
  occupation_editions: OccupationEditionsTable;
  occupations: OccupationsTable;
  occupation_standards: OccupationStandardsTable;
  authorities: AuthoritiesTable;
  institutions: InstitutionsTable;
  branches: BranchesTable;
  staff: StaffTable;
  staff_roles: StaffRolesTable;
  sites: SitesTable;
  institution_scopes: InstitutionScopesTable;
  institution_status_history: InstitutionStatusHistoryTable;
  experts: ExpertsTable;
  expert_pools: ExpertPoolsTable;
  expert_pool_members: ExpertPoolMembersTable;
  expert_conflicts: ExpertConflictsTable;
  users: UsersTable;
  sessions: SessionsTable;
  calendar_years: CalendarYearsTable;
  calendar_days: CalendarDaysTable;
  audit_log: AuditLogTable;
  audit_chain_head: AuditChainHeadTable;
}

// 0002_seed_runs.sql — one-time data loads already applied (src/persistence/seed/seed-runs.ts).
export interface SeedRunsTable {
  name: string;
  loaded_at: Generated<Date>;
}
// Declaration merging adds the table to DB without editing the interface above.
export interface DB {
  seed_runs: SeedRunsTable;
}

// 0004_workflow.sql — cases of the entry procedures, their events, deadlines, materials, files and
// documents (issue 4; src/workflows, src/use-cases/workflow).
export type CaseAwaiting = 'applicant' | 'authority' | 'experts' | 'public';
export interface DocumentCountersTable {
  scope: string;
  year: number;
  next: Generated<number>;
}
export interface CasesTable {
  id: string;
  procedure: string;
  reference_no: string;
  institution_id: string;
  branch_id: string | null;
  authority_id: string;
  jurisdiction_code: string;
  parent_case_id: string | null;
  state: string;
  awaiting: CaseAwaiting | null;
  snapshot: Json<Record<string, unknown>>;
  version: Generated<number>;
  submitted_at: Date | null;
  closed_at: Date | null;
  valid_from: DateString | null;
  valid_to: DateString | null;
  created_by: string | null;
  created_at: Created;
  updated_at: Timestamp;
  /** 0026: the institution that determines a violation case (mohrss-violations §16 ¶1–2). */
  decider_institution_id: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface CaseEventsTable {
  case_id: string;
  seq: number;
  event: string;
  from_state: string | null;
  to_state: string;
  actor_user_id: string | null;
  actor_role: string;
  citations: Json<unknown[]>;
  findings: Json<unknown[]>;
  payload: Json | null;
  comment: string | null;
  request_id: string | null;
  occurred_at: Created;
}
export type CaseDeadlineStatus = 'running' | 'paused' | 'met' | 'cancelled';
export interface CaseDeadlinesTable {
  id: string;
  case_id: string;
  kind: string;
  label_zh: string;
  awaiting: CaseAwaiting | null;
  unit: 'working_days' | 'calendar_days';
  n: number;
  roll_to_working_day: Generated<boolean>;
  parameter_id: string;
  citation: Json;
  start_date: DateString;
  due_date: DateString;
  pauses: Json<unknown[]>;
  paused_from: DateString | null;
  paused_days: Generated<number>;
  status: CaseDeadlineStatus;
  met_on: DateString | null;
  explanation_zh: string;
  calendar_known: Generated<boolean>;
  created_at: Created;
  updated_at: Timestamp;
}
export interface StoredFilesTable {
  sha256: string;
  size: number;
  media_type: string;
  created_at: Created;
}
export interface StoredFileContentsTable {
  sha256: string;
  bytes: Buffer;
}
export interface CaseMaterialsTable {
  id: string;
  case_id: string;
  checklist_item: string;
  version: number;
  sha256: string;
  original_name: string;
  media_type: string;
  size: number;
  uploaded_by: string | null;
  uploaded_at: Created;
  superseded_by: string | null;
  superseded_at: Date | null;
  removed_at: Date | null;
}
export interface DocumentsTable {
  id: string;
  case_id: string;
  case_event_seq: number | null;
  kind: string;
  number: string;
  title: string;
  sha256: string;
  issued_on: DateString;
  issued_at: Created;
  issued_by: string | null;
  issuer_authority_id: string | null;
  citations: Json<unknown[]>;
}
export interface DB {
  document_counters: DocumentCountersTable;
  cases: CasesTable;
  case_events: CaseEventsTable;
  case_deadlines: CaseDeadlinesTable;
  stored_files: StoredFilesTable;
  stored_file_contents: StoredFileContentsTable;
  case_materials: CaseMaterialsTable;
  documents: DocumentsTable;
}

// 0005 directory (issue 4, P0): the public directory of filed and selected institutions.
export interface DirectoryEntriesTable {
  id: string;
  institution_id: string;
  branch_id: string | null;
  /** null for an entry brought in by an import of existing filings (0014). */
  case_id: string | null;
  procedure: string;
  regime: string;
  filing_code: string;
  institution_name: string;
  institution_kind: string;
  branch_name: string | null;
  jurisdiction_code: string;
  authority_id: string;
  valid_from: DateString;
  valid_to: DateString | null;
  citations: Json<unknown[]>;
  published_on: DateString;
  published_at: Created;
  published_by: string | null;
  withdrawn_on: DateString | null;
  withdrawn_at: Timestamp | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
  withdrawal_citations: Json<unknown[]> | null;
  withdrawal_case_id: string | null;
  version: Generated<number>;
  /** 0014: the import batch that last wrote the entry, and its row in the sheet. */
  import_batch_id: Generated<string | null>;
  import_row: Generated<number | null>;
}
export interface DirectoryEntryScopesTable {
  entry_id: string;
  occupation_code: string;
  level: number;
}
export interface DirectoryEntryProgrammesTable {
  entry_id: string;
  seq: number;
  name: string;
  code: string | null;
  /** 0009: the certificate levels (junior 初级 / intermediate 中级 / senior 高级), in that order. */
  levels: ColumnType<string[], string[] | undefined, string[]>;
}
export interface DB {
  directory_entries: DirectoryEntriesTable;
  directory_entry_scopes: DirectoryEntryScopesTable;
  directory_entry_programmes: DirectoryEntryProgrammesTable;
}

// 0008 1+X selection (issue 4, P3): recruitment calls, their fields, and credit check records.
export type RecruitmentCallStatus = 'draft' | 'published' | 'closed';
export interface RecruitmentCallsTable {
  id: string;
  authority_id: string;
  title: string;
  batch: string;
  description: string | null;
  open_on: DateString;
  close_on: DateString;
  status: Generated<RecruitmentCallStatus>;
  published_on: DateString | null;
  published_by: string | null;
  closed_on: DateString | null;
  closed_by: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: Created;
  updated_at: Timestamp;
}
export interface CallFieldsTable {
  call_id: string;
  position: number;
  name: string;
  description: string | null;
}
export type CreditCheckPlatform = 'ndrc' | 'samr' | 'tax';
export interface CreditChecksTable {
  id: string;
  case_id: string;
  case_event_seq: number;
  platform: CreditCheckPlatform;
  source: string;
  checked_on: DateString;
  result: 'clear' | 'adverse';
  reference: string | null;
  note: string | null;
  recorded_by: string | null;
  recorded_at: Created;
}
export interface DB {
  recruitment_calls: RecruitmentCallsTable;
  call_fields: CallFieldsTable;
  credit_checks: CreditChecksTable;
}

// 0006_reviews.sql — expert review panels, their members at the draw and the experts' opinions
// (src/workflows/review, src/use-cases/review).
export type PanelMemberStatus = 'drawn' | 'reserve' | 'excluded';
export type ReviewRecommendation = 'approve' | 'reject' | 'revise';
export interface ReviewPanelsTable {
  id: string;
  case_id: string;
  purpose: Generated<string>;
  pool_id: string;
  seed: string;
  size: number;
  eligible_count: number;
  drawn_on: DateString;
  drawn_at: Created;
  drawn_by: string | null;
}
export interface PanelMembersTable {
  panel_id: string;
  expert_id: string;
  status: PanelMemberStatus;
  draw_rank: number | null;
  draw_key: string | null;
  expert_name: string;
  employer_name: string;
  excluded_reasons: Json<unknown[]>;
}
export interface ExpertOpinionsTable {
  id: string;
  panel_id: string;
  expert_id: string;
  round: number;
  recommendation: ReviewRecommendation;
  opinion: string;
  submitted_at: Created;
  submitted_by: string | null;
}
export interface DB {
  review_panels: ReviewPanelsTable;
  panel_members: PanelMembersTable;
  expert_opinions: ExpertOpinionsTable;
}

// 0007 public notices (issue 4, P2): notices before a decision and the public's objections.
export interface PublicNoticesTable {
  id: string;
  case_id: string;
  procedure: string;
  authority_id: string;
  jurisdiction_code: string;
  title: string;
  body: string;
  subject_name: string;
  published_on: DateString;
  starts_on: DateString;
  ends_on: DateString;
  period_days: number;
  period_unit: 'calendar_days' | 'working_days';
  basis_kind: 'parameter' | 'authority';
  basis_parameter_id: string | null;
  basis_reason: string | null;
  explanation_zh: string;
  citations: Json<unknown[]>;
  document_id: string | null;
  published_by: string | null;
  published_at: Created;
  closed_on: DateString | null;
  outcome: string | null;
  // 0015: the English beside the Chinese (NULL on notices published before it).
  title_en: string | null;
  explanation_en: string | null;
  summary_en: string | null;
  outcome_en: string | null;
  version: Generated<number>;
}
export interface ObjectionsTable {
  id: string;
  notice_id: string;
  seq: number;
  submitter_name_enc: string;
  submitter_name_masked: string;
  contact_enc: string;
  contact_masked: string;
  text: string;
  submitted_on: DateString;
  submitted_at: Created;
  answer: string | null;
  finding: 'founded' | 'unfounded' | null;
  answered_by: string | null;
  answered_at: Timestamp | null;
  version: Generated<number>;
}
export interface DB {
  public_notices: PublicNoticesTable;
  objections: ObjectionsTable;
}

// 0010_demo_clock.sql — how far the demonstration clock runs ahead of the real one (src/demo).
export interface DemoClockTable {
  id: Generated<boolean>;
  offset_days: number;
  updated_at: Generated<Date>;
}
export interface DB {
  demo_clock: DemoClockTable;
}

// 0011_accounts.sql — failed logins of unknown names (keyed hash only) and second-factor recovery codes.
export interface LoginFailuresTable {
  name_hash: string;
  failed_count: Generated<number>;
  locked_until: Date | null;
  updated_at: Timestamp;
}
export interface RecoveryCodesTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: Date | null;
  created_at: Created;
}
export interface DB {
  login_failures: LoginFailuresTable;
  recovery_codes: RecoveryCodesTable;
}

// 0014 import of existing filings (issue 10): one row per import run (src/persistence/filings-import.repository.ts).
export interface FilingImportBatchesTable {
  id: string;
  file_name: string;
  file_sha256: string;
  imported_on: DateString;
  imported_at: Created;
  imported_by: string | null;
  rows_total: number;
  inserted: number;
  updated: number;
  unchanged: number;
}
export interface DB {
  filing_import_batches: FilingImportBatchesTable;
}

// 0016 evaluation sessions 评价批次 (issue 11 point 1; src/persistence/evaluation-sessions.repository.ts).
/** 理论知识考试, 技能考核, 综合评审 — as the occupation's standard prescribes them for a level. */
export type EvaluationSubject = 'theory' | 'skills' | 'comprehensive_review';
/** Keyed by level ('1'…'5'); a level absent = not recorded for that level. */
export type SubjectsByLevel = Partial<Record<'1' | '2' | '3' | '4' | '5', EvaluationSubject[]>>;
export type EvaluationSessionStatus = 'planned' | 'closed' | 'cancelled';
export interface EvaluationSessionsTable {
  id: string;
  institution_id: string;
  branch_id: string | null;
  site_id: string;
  occupation_code: string;
  level: number;
  starts_on: DateString;
  ends_on: DateString;
  subjects: EvaluationSubject[];
  standard_id: string;
  status: Generated<EvaluationSessionStatus>;
  findings: Json<Record<string, unknown>>;
  created_by: string | null;
  created_at: Created;
  closed_at: Date | null;
  closed_by: string | null;
  cancelled_at: Date | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
  version: Generated<number>;
}
export interface DB {
  evaluation_sessions: EvaluationSessionsTable;
}

// 0017 the certificate register 证书登记 and candidates 考生 (issue 11 points 2, 5).
export type StudentStatus = 'graduation_year' | 'all_courses_completed';
export type CandidateStatus = 'registered' | 'withdrawn';
export interface CandidatesTable {
  id: string;
  session_id: string;
  institution_id: string;
  name: string;
  doc_type: string;
  doc_enc: string;
  doc_hmac: string;
  doc_masked: string;
  student_status: StudentStatus | null;
  status: Generated<CandidateStatus>;
  withdrawn_reason: string | null;
  overall_result: 'passed' | 'failed' | null;
  result_decided_at: Date | null;
  findings: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_by: string | null;
  created_at: Created;
  version: Generated<number>;
}
export interface CertificateIssuerCodesTable {
  id: string;
  institution_id: string;
  branch_id: string | null;
  kind_letter: 'Y' | 'S';
  institution_code: string;
  province_code: string;
  site_sequence: string;
  assigned_by_authority_id: string | null;
  assigned_by: string | null;
  assigned_at: Created;
}
export interface CertificateSerialsTable {
  prefix: string;
  last_serial: number;
}
export type CertificateStatus = 'valid' | 'invalidated' | 'withdrawn';
export interface CertificatesTable {
  id: string;
  issue_year: number;
  number: string;
  issued_on: DateString;
  institution_id: string;
  branch_id: string | null;
  session_id: string | null;
  candidate_id: string | null;
  upload_id: string | null;
  holder_name: string;
  holder_doc_type: string;
  holder_doc_enc: string;
  holder_doc_hmac: string;
  holder_doc_masked: string;
  occupation_code: string;
  level: number;
  status: Generated<CertificateStatus>;
  status_changed_at: Date | null;
  queryable_at: Created;
  created_at: Created;
}
export interface CertificateStatusHistoryTable {
  id: string;
  certificate_id: string;
  issue_year: number;
  from_status: CertificateStatus;
  to_status: CertificateStatus;
  reason: string;
  /** [{"regime": "mohrss-violations", "article": "§6"}, …] */
  articles: Json<{ regime: string; article: string }[]>;
  decision_case_id: string | null;
  decision_document_id: string | null;
  effective_on: DateString;
  changed_by: string | null;
  changed_at: Created;
}
export interface DB {
  candidates: CandidatesTable;
  certificate_issuer_codes: CertificateIssuerCodesTable;
  certificate_serials: CertificateSerialsTable;
  certificates: CertificatesTable;
  certificate_status_history: CertificateStatusHistoryTable;
}

// 0019 staff on a session and results (issue 11 points 3, 4; decision 0028).
export type SessionDuty = 'exam_admin' | 'assessor' | 'quality_supervisor';
export type StaffSanctionKind = 'work_ban' | 'assessor_card_revoked';
export type SubjectOutcome = 'scored' | 'absent' | 'cancelled';
/** numeric(6,2): read as a string by both drivers, written as a number. */
type Numeric = ColumnType<string, number | string, number | string>;
export interface SessionStaffTable {
  id: string;
  session_id: string;
  institution_id: string;
  staff_id: string;
  duty: SessionDuty;
  findings: Json<Record<string, unknown>>;
  assigned_by: string | null;
  assigned_at: Created;
}
export interface StaffSanctionsTable {
  id: string;
  kind: StaffSanctionKind;
  name: string;
  doc_type: string;
  doc_enc: string;
  doc_hmac: string;
  doc_masked: string;
  from_on: DateString;
  to_on: DateString | null;
  article: string;
  reason: string;
  decision_ref: string | null;
  decision_case_id: string | null;
  recorded_by_authority_id: string;
  recorded_by: string | null;
  recorded_at: Created;
  /** 0026: a review (mohrss-violations §19) revoked the decision. */
  lifted_on: ColumnType<DateString | null, DateString | null | undefined, DateString | null>;
}
export interface SessionPassMarksTable {
  session_id: string;
  subject: EvaluationSubject;
  full_mark: Numeric;
  pass_mark: Numeric;
  source: string;
  set_by: string | null;
  set_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
export interface SubjectResultsTable {
  candidate_id: string;
  subject: EvaluationSubject;
  session_id: string;
  institution_id: string;
  outcome: SubjectOutcome;
  score: ColumnType<string | null, number | null, number | null>;
  cancel_article: string | null;
  cancel_reason: string | null;
  entered_by: string | null;
  entered_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
export interface ResultCorrectionsTable {
  id: string;
  candidate_id: string;
  session_id: string;
  institution_id: string;
  subject: EvaluationSubject;
  before: Json<Record<string, unknown>>;
  after: Json<Record<string, unknown>>;
  overall_before: 'passed' | 'failed' | null;
  overall_after: 'passed' | 'failed' | null;
  reason: string;
  corrected_by: string | null;
  corrected_at: Created;
}
export interface DB {
  session_staff: SessionStaffTable;
  staff_sanctions: StaffSanctionsTable;
  session_pass_marks: SessionPassMarksTable;
  subject_results: SubjectResultsTable;
  result_corrections: ResultCorrectionsTable;
}

/** 0020 background jobs and certificate uploads (issue 11 point 6; decisions 0030, 0031). */
export interface BackgroundJobsTable {
  id: string;
  kind: 'certificate_upload';
  status: Generated<'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled'>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_by: string | null;
  locked_until: Timestamp | null;
  cancel_requested: Generated<boolean>;
  failure: string | null;
  /** Higher first (migration 0021): 0 what a person waits for, JOB_PRIORITY.bulk the system's bulk work. */
  priority: Generated<number>;
  created_at: Created;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
}
export interface CertificateUploadsTable {
  id: string;
  institution_id: string;
  file_name: string;
  file_format: 'csv' | 'xlsx';
  file_sha256: string;
  file_size: number;
  chunk_count: number;
  rows_done: Generated<number>;
  accepted: Generated<number>;
  rejected: Generated<number>;
  already_present: Generated<number>;
  batches_done: Generated<number>;
  bytes_done: Generated<number>;
  rules_applied: Generated<Json<Record<string, unknown>>>;
  uploaded_by: string | null;
  created_at: Created;
  updated_at: Timestamp;
}
export interface CertificateUploadChunksTable {
  upload_id: string;
  seq: number;
  bytes: Buffer | Uint8Array;
}
export interface CertificateUploadRejectionsTable {
  upload_id: string;
  row_no: number;
  column_name: string;
  code: string;
  reason: string;
}
export interface DB {
  background_jobs: BackgroundJobsTable;
  certificate_uploads: CertificateUploadsTable;
  certificate_upload_chunks: CertificateUploadChunksTable;
  certificate_upload_rejections: CertificateUploadRejectionsTable;
}

// 0018 evaluation bans, candidates' fees and schools' student registers (issue 11 point 2; decision 0027).
export type FeeKind = 'collected' | 'refunded';
export interface EvaluationBansTable {
  id: string;
  name: string;
  doc_type: string;
  doc_enc: string;
  doc_hmac: string;
  doc_masked: string;
  starts_on: DateString;
  ends_on: DateString;
  article: string;
  reason: string;
  decision_case_id: string | null;
  decision_ref: string | null;
  recorded_by_authority_id: string;
  recorded_by: string | null;
  created_at: Created;
  /** 0026: a review (mohrss-violations §19) revoked the decision the ban came from. */
  lifted_on: ColumnType<DateString | null, DateString | null | undefined, DateString | null>;
}
export interface CandidateFeesTable {
  id: string;
  candidate_id: string;
  institution_id: string;
  kind: FeeKind;
  /** bigint, read as a number (database.ts): amounts stay far below 2^53 fen. */
  amount_fen: number;
  on_date: DateString;
  note: string | null;
  created_by: string | null;
  created_at: Created;
}
export interface SchoolStudentsTable {
  id: string;
  institution_id: string;
  name: string;
  doc_type: string;
  doc_enc: string;
  doc_hmac: string;
  doc_masked: string;
  full_time: boolean;
  graduation_year: number;
  all_courses_completed: Generated<boolean>;
  updated_by: string | null;
  updated_at: Created;
}
export interface DB {
  evaluation_bans: EvaluationBansTable;
  candidate_fees: CandidateFeesTable;
  school_students: SchoolStudentsTable;
}

// 0022 certificate verification (issue 12; decisions 0033, 0034).
export interface CertificateSigningKeysTable {
  key_id: string;
  public_x: string;
  not_before: DateString;
  not_after: DateString | null;
  created_at: Created;
}
export type LookupChannel = 'by_number' | 'by_holder' | 'by_payload';
export interface CertificateLookupsTable {
  id: Generated<string>;
  at: Date | string;
  channel: LookupChannel;
  target_hash: string;
  client_hash: string;
  outcome: 'found' | 'not_found' | 'refused';
  matches: Generated<number>;
}
export interface DB {
  certificate_signing_keys: CertificateSigningKeysTable;
  certificate_lookups: CertificateLookupsTable;
}

// ---- 0023_verifiers.sql (issue 12 point 2) ----
export type VerifierKind = 'employer' | 'subsidy_office' | 'credit_bank' | 'other';
export interface VerifierOrganisationsTable {
  id: string;
  name: string;
  uscc: string | null;
  kind: VerifierKind;
  contact: string;
  daily_quota: Generated<number>;
  read_rights_revoked_at: Date | null;
  revoked_by: string | null;
  revocation_reason: string | null;
  deletion_order: string | null;
  deletion_ordered_at: Date | null;
  deletion_ordered_by: string | null;
  decision_case_id: string | null;
  created_by: string | null;
  created_at: Created;
  updated_at: Timestamp;
  version: Generated<number>;
}
export interface VerifierApiKeysTable {
  id: string;
  organisation_id: string;
  name: string;
  prefix: string;
  key_hash: string;
  created_by: string | null;
  created_at: Created;
  last_used_at: Date | null;
  expires_at: Date | null;
  replaced_by: string | null;
  revoked_at: Date | null;
  revoked_by: string | null;
  version: Generated<number>;
}
export interface VerifierKeyUsageTable {
  organisation_id: string;
  key_id: string | null;
  day: ColumnType<string, string, string>;
  requests: Generated<number>;
  certificates: Generated<number>;
}
export interface DB {
  verifier_organisations: VerifierOrganisationsTable;
  verifier_api_keys: VerifierApiKeysTable;
  verifier_key_usage: VerifierKeyUsageTable;
}

// 0026 violation cases (issue 13; mohrss-violations §16–20).
export type ViolationEffectKind =
  | 'result_cancellation'
  | 'certificate_invalidation'
  | 'certificate_withdrawal'
  | 'evaluation_ban'
  | 'staff_work_ban'
  | 'assessor_revocation'
  | 'interview'
  | 'warning'
  | 'suspension'
  | 'credit_blacklist'
  | 'filing_termination'
  | 'data_access_revocation'
  | 'x_measure'
  | 'publication';
export interface ViolationEffectsTable {
  id: string;
  case_id: string;
  applied_seq: number;
  kind: ViolationEffectKind;
  target_id: string | null;
  details: Json<Record<string, unknown>>;
  applied_on: DateString;
  undone_seq: number | null;
  undone_on: DateString | null;
  created_at: Created;
}
export type InstitutionSanctionKind =
  'interview' | 'warning' | 'suspension' | 'credit_blacklist' | 'filing_termination' | 'x_measure';
export interface InstitutionSanctionsTable {
  id: string;
  institution_id: string;
  case_id: string;
  kind: InstitutionSanctionKind;
  measure: string | null;
  article: string;
  starts_on: DateString;
  due_on: DateString | null;
  ended_on: DateString | null;
  end_reason: string | null;
  published: Generated<boolean>;
  previous_status: string | null;
  created_at: Created;
}
export interface ViolationPublicationsTable {
  id: string;
  case_id: string;
  published_on: DateString;
  subject_kind: 'candidate' | 'staff' | 'institution';
  subject_name: string;
  institution_name: string;
  jurisdiction_code: string;
  decided_by: string;
  decision_number: string;
  decided_on: DateString;
  charge: string;
  charge_en: string;
  sanctions: string;
  sanctions_en: string;
  articles: Json<unknown[]>;
  bad_credit: Generated<boolean>;
  revoked_on: DateString | null;
  /** 0030: the period of the decision's measures; period_to null where the text sets no end. */
  period_from: DateString | null;
  period_to: DateString | null;
}
export interface DataAccessThresholdsTable {
  authority_id: string;
  certificates_per_day: number;
  reason: string;
  updated_by: string | null;
  updated_at: Timestamp;
}
export interface DataAccessAlertsTable {
  id: string;
  organisation_id: string;
  day: DateString;
  certificates: number;
  threshold: number;
  authority_id: string;
  raised_at: Created;
  handled_at: Date | null;
  handled_by: string | null;
  outcome: 'revoked' | 'case_opened' | 'no_breach' | null;
  note: string | null;
}
export interface DB {
  violation_effects: ViolationEffectsTable;
  institution_sanctions: InstitutionSanctionsTable;
  violation_publications: ViolationPublicationsTable;
  data_access_thresholds: DataAccessThresholdsTable;
  data_access_alerts: DataAccessAlertsTable;
}

// 0028 leads and rectifications (issue 14 points 2 and 6; docs/decisions/0039).
export type LeadSource =
  | 'complaint'
  | 'hotline'
  | 'letter'
  | 'certificate_platform'
  | 'biweekly_report'
  | 'inspection'
  | 'violation_detection'
  | 'data_access';
export type LeadStatus = 'received' | 'triaged' | 'routed' | 'investigating' | 'answered' | 'closed';
export type LeadOutcome = 'substantiated' | 'not_substantiated' | 'duplicate';
export interface LeadsTable {
  id: string;
  authority_id: string;
  institution_id: string | null;
  subject_text: string | null;
  source: LeadSource;
  source_ref: string | null;
  summary: string;
  status: Generated<LeadStatus>;
  received_on: DateString;
  triaged_on: DateString | null;
  answered_on: DateString | null;
  closed_on: DateString | null;
  outcome: LeadOutcome | null;
  duplicate_of: string | null;
  violation_case_id: string | null;
  rectification_id: string | null;
  data_access_alert_id: string | null;
  tracking_hash: string | null;
  contact_enc: string | null;
  answer: string | null;
  version: Generated<number>;
  created_at: Created;
}
export interface LeadEventsTable {
  id: string;
  lead_id: string;
  seq: number;
  action: string;
  from_status: string | null;
  to_status: string;
  authority_id: string | null;
  actor_user_id: string | null;
  on_date: DateString;
  note: string | null;
  details: Json<Record<string, unknown>>;
  created_at: Created;
}
export interface LeadResponseRequestsTable {
  id: string;
  lead_id: string;
  institution_id: string;
  authority_id: string;
  question: string;
  requested_on: DateString;
  due_on: DateString;
  due_reason: string;
  response: string | null;
  responded_on: DateString | null;
  responded_by: string | null;
  created_at: Created;
}
/** open | reported | accepted | rejected; "overdue" is computed: status <> 'accepted' and today > deadline. */
export type RectificationStatus = 'open' | 'reported' | 'accepted' | 'rejected';
export type RectificationSource = 'inspection' | 'lead' | 'rating' | 'violation_case' | 'ground';
export interface RectificationsTable {
  id: string;
  authority_id: string;
  institution_id: string;
  programme_seq: number | null;
  source: RectificationSource;
  source_id: string;
  subject: string;
  opened_on: DateString;
  deadline: DateString;
  status: Generated<RectificationStatus>;
  reported_on: DateString | null;
  verified_on: DateString | null;
  outcome: string | null;
  citations: Json<unknown[]>;
  opened_by: string | null;
  version: Generated<number>;
  created_at: Created;
}
export interface RectificationReportsTable {
  id: string;
  rectification_id: string;
  seq: number;
  reported_on: DateString;
  reported_by: string | null;
  text: string;
  files: Json<{ sha256: string; name: string; mediaType: string; size: number }[]>;
  verdict: 'accepted' | 'rejected' | null;
  verified_on: DateString | null;
  verified_by: string | null;
  reason: string | null;
  new_deadline: DateString | null;
  created_at: Created;
}
export interface DB {
  leads: LeadsTable;
  lead_events: LeadEventsTable;
  lead_response_requests: LeadResponseRequestsTable;
  rectifications: RectificationsTable;
  rectification_reports: RectificationReportsTable;
}

// ---- 0027_public_draws_inspections.sql (issue 14 point 1; decision 0038) ----
export interface PublicDrawsTable {
  id: string;
  purpose: 'inspection_round' | 'review_panel';
  authority_id: string;
  case_id: string | null;
  panel_id: string | null;
  algorithm: string;
  commitment: string;
  seed: string;
  committed_at: Created;
  committed_by: string | null;
  committed_before_draw: Generated<boolean>;
  revealed_at: Timestamp | null;
  drawn_on: DateString | null;
  inputs: Json<unknown> | null;
  result: Json<unknown> | null;
}
export type InspectionRoundStatus = 'planned' | 'drawn' | 'in_progress' | 'completed';
export interface InspectionRoundsTable {
  id: string;
  reference_no: string;
  authority_id: string;
  title: string;
  status: Generated<InspectionRoundStatus>;
  jurisdiction_code: string;
  institution_kinds: ColumnType<string[], string[], string[]>;
  occupation_codes: ColumnType<string[], string[] | undefined, string[]>;
  target_count: number;
  experts_per_target: number;
  methods: ColumnType<string[], string[], string[]>;
  pool_id: string;
  planned_start: DateString;
  planned_end: DateString;
  draw_id: string;
  planned_on: DateString;
  planned_by: string | null;
  drawn_on: DateString | null;
  completed_on: DateString | null;
  version: Generated<number>;
  created_at: Created;
}
export type InspectionStatus = 'drawn' | 'in_progress' | 'concluded';
export type InspectionOutcome = 'no_problems' | 'rectify' | 'violation_suspected';
export interface InspectionsTable {
  id: string;
  round_id: string;
  institution_id: string;
  institution_name: string;
  draw_rank: number;
  status: Generated<InspectionStatus>;
  outcome: InspectionOutcome | null;
  conclusion: string | null;
  concluded_on: DateString | null;
  published_on: DateString | null;
  rectification_id: string | null;
  violation_case_id: string | null;
  version: Generated<number>;
  created_at: Created;
}
export interface InspectionExpertsTable {
  inspection_id: string;
  expert_id: string;
  draw_rank: number;
  expert_name: string;
}
export interface InspectionFindingsTable {
  id: string;
  inspection_id: string;
  seq: number;
  item: string;
  method: 'materials' | 'site_visit' | 'interviews';
  result: 'ok' | 'problem';
  note: string | null;
  recorded_at: Created;
  recorded_by: string | null;
}
export interface InspectionEvidenceTable {
  id: string;
  inspection_id: string;
  sha256: string;
  original_name: string;
  media_type: string;
  size: ColumnType<string | number, number, number>;
  uploaded_at: Created;
  uploaded_by: string | null;
}
export interface DB {
  public_draws: PublicDrawsTable;
  inspection_rounds: InspectionRoundsTable;
  inspections: InspectionsTable;
  inspection_experts: InspectionExpertsTable;
  inspection_findings: InspectionFindingsTable;
  inspection_evidence: InspectionEvidenceTable;
}

// 0029 1+X programme operations, monitoring ratings, grounds (issue 14 points 3–5; docs/decisions/0040).
export type ProgrammeOperationKind =
  | 'exam_site'
  | 'school_implementation'
  | 'standard_version'
  | 'materials_version'
  | 'question_bank_version'
  | 'fee_standard'
  | 'teacher_training'
  | 'recognising_company'
  | 'evaluation';
export interface ProgrammeOperationsTable {
  id: string;
  institution_id: string;
  entry_id: string;
  programme_seq: number | null;
  kind: ProgrammeOperationKind;
  occurred_on: DateString;
  details: Json<Record<string, unknown>>;
  recorded_by: string | null;
  recorded_at: Created;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
}
export interface RatingIndicatorSetsTable {
  id: string;
  authority_id: string;
  version: number;
  effective_from: DateString;
  indicators: Json<unknown[]>;
  bands: Json<Record<string, number>>;
  reason: string;
  created_by: string | null;
  created_at: Created;
}
export interface RatingRunsTable {
  id: string;
  authority_id: string;
  indicator_set_id: string;
  period_from: DateString;
  period_to: DateString;
  created_by: string | null;
  created_at: Created;
}
export interface RatingsTable {
  id: string;
  run_id: string;
  institution_id: string;
  programme_seq: number | null;
  score: number;
  grade: 'A' | 'B' | 'C' | 'D';
  inputs: Json<unknown[]>;
  confirmed_on: DateString | null;
  confirmed_by: string | null;
  rectification_id: string | null;
  version: Generated<number>;
}
export interface ChannelProblemThresholdsTable {
  authority_id: string;
  unresolved_problems: number;
  reason: string;
  updated_by: string | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date>;
}
export interface SupervisionGroundsTable {
  id: string;
  authority_id: string;
  institution_id: string;
  programme_seq: Generated<number>;
  rule_id: string;
  since: DateString;
  raised_on: DateString;
  evidence: Json<Record<string, unknown>>;
  state: 'acted' | 'dismissed';
  action: 'violation_case' | 'rectification' | 'exit' | null;
  case_id: string | null;
  rectification_id: string | null;
  reason: string;
  acted_by: string | null;
  acted_at: Created;
}
export interface DB {
  programme_operations: ProgrammeOperationsTable;
  rating_indicator_sets: RatingIndicatorSetsTable;
  rating_runs: RatingRunsTable;
  ratings: RatingsTable;
  channel_problem_thresholds: ChannelProblemThresholdsTable;
  supervision_grounds: SupervisionGroundsTable;
}

// 0031 renewal and exit (issue 15).
export interface DirectoryEntriesTable {
  /** 0031: the entry a renewal (gz-rules §8–12) continues. */
  renews_entry_id: Generated<string | null>;
}
export interface DirectoryEntryProgrammesTable {
  /** 0031: a programme withdrawn by an exit (1x-exit §2 ¶2), and that exit. */
  withdrawn_on: Generated<DateString | null>;
  exit_id: Generated<string | null>;
}
export type ExitRegime = 'gz-rules' | '1x-exit' | '1x-selection' | 'mohrss-filing' | 'mohrss-violations';
export type ExitRoute = 'lapse' | 'voluntary' | 'ordered';
export type ExitScope = 'institution' | 'programmes' | 'occupations';
/** The wrap-up items (exit_wrap_up_waivers.item): one list, kept with what each rests on. */
export type WrapUpItem = WrapUpItemId;
export interface InstitutionExitsTable {
  id: string;
  institution_id: string;
  branch_id: string | null;
  entry_id: string | null;
  regime: ExitRegime;
  route: ExitRoute;
  scope: ExitScope;
  programme_seqs: ColumnType<number[], number[] | undefined, number[]>;
  occupations: Json<{ occupationCode: string; level: number }[]>;
  institution_exited: boolean;
  case_id: string | null;
  authority_id: string;
  terminated_on: DateString;
  wrap_up_due: DateString | null;
  wrap_up_completed_on: DateString | null;
  wrap_up_completed_by: string | null;
  reason: string;
  citations: Json<unknown[]>;
  created_at: Created;
}
export interface ExitWrapUpWaiversTable {
  exit_id: string;
  item: WrapUpItem;
  reason: string;
  waived_by: string | null;
  waived_at: Created;
}
export interface SessionArchivesTable {
  session_id: string;
  institution_id: string;
  archived_on: DateString;
  location: string;
  archived_by: string | null;
  archived_at: Created;
}
export interface ReentryBarsTable {
  id: string;
  exit_id: string;
  institution_id: string;
  uscc: string;
  legal_representative: string;
  institution_name: string;
  kind: 'voluntary' | 'revocation';
  decided_on: DateString;
  last_barred_day: DateString;
  citations: Json<unknown[]>;
  created_at: Created;
}
export interface RenewalRemindersTable {
  entry_id: string;
  valid_to: DateString;
  days_before: number;
  sent_on: DateString;
  sent_at: Created;
}
export interface ScheduledRunsTable {
  job: string;
  run_on: DateString;
  ran_by: string;
  started_at: Created;
  finished_at: Timestamp | null;
  outcome: Json<Record<string, unknown>> | null;
}
export interface DB {
  institution_exits: InstitutionExitsTable;
  exit_wrap_up_waivers: ExitWrapUpWaiversTable;
  session_archives: SessionArchivesTable;
  reentry_bars: ReentryBarsTable;
  renewal_reminders: RenewalRemindersTable;
  scheduled_runs: ScheduledRunsTable;
}

// 0035 re-entry bar clearances (issue 15 point 7): a legal-representative-only match the authority found to
// be a different person (docs/decisions/0046).
export interface ReentryBarClearancesTable {
  bar_id: string;
  institution_id: string;
  legal_representative: string;
  reason: string;
  recorded_by: string | null;
  recorded_at: Created;
}
export interface DB {
  reentry_bar_clearances: ReentryBarClearancesTable;
}
