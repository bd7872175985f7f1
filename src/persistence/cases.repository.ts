// Cases, their event history and their deadlines: SQL only. Rows (snake_case) map to CaseRecord and
// Deadline (camelCase) here and nowhere else. Functions that lock take only a transaction.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Citation } from '../domain/citation.js';
import type { Finding } from '../rules/finding.js';
import type { Deadline, DeadlinePause } from '../workflows/deadline.js';
import type { CaseAwaiting, CaseDeadlinesTable, CasesTable, DB } from './schema.js';

export interface CaseRecord {
  id: string;
  procedure: string;
  referenceNo: string;
  institutionId: string;
  branchId: string | null;
  authorityId: string;
  jurisdictionCode: string;
  parentCaseId: string | null;
  state: string;
  awaiting: CaseAwaiting | null;
  data: Record<string, unknown>;
  version: number;
  submittedAt: Date | null;
  closedAt: Date | null;
  validFrom: string | null;
  validTo: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** A violation case an institution determines (mohrss-violations §16 ¶1–2). */
  deciderInstitutionId: string | null;
}

export function toCaseRecord(r: Selectable<CasesTable>): CaseRecord {
  return {
    id: r.id,
    procedure: r.procedure,
    referenceNo: r.reference_no,
    institutionId: r.institution_id,
    branchId: r.branch_id,
    authorityId: r.authority_id,
    jurisdictionCode: r.jurisdiction_code,
    parentCaseId: r.parent_case_id,
    state: r.state,
    awaiting: r.awaiting,
    data: r.snapshot,
    version: r.version,
    submittedAt: r.submitted_at,
    closedAt: r.closed_at,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deciderInstitutionId: r.decider_institution_id,
  };
}

/**
 * The next number of a sequence (scope = the number's prefix) in a year: 1, 2, 3 … The upsert takes the
 * counter row's lock until the transaction ends, so concurrent issuers queue and a rollback returns
 * the number unused — no gaps, no duplicates.
 */
export async function nextNumber(trx: Transaction<DB>, scope: string, year: number): Promise<number> {
  const row = await sql<{ n: number }>`
    insert into document_counters (scope, year, next) values (${scope}, ${year}, 2)
    on conflict (scope, year) do update set next = document_counters.next + 1
    returning next - 1 as n`.execute(trx);
  return Number(row.rows[0]!.n);
}

export interface NewCase {
  id?: string;
  procedure: string;
  referenceNo: string;
  institutionId: string;
  branchId?: string | null;
  authorityId: string;
  jurisdictionCode: string;
  parentCaseId?: string | null;
  state: string;
  awaiting: CaseAwaiting | null;
  data: Record<string, unknown>;
  createdBy: string | null;
  /** The opening's clock (default: now). */
  createdAt?: Date;
  deciderInstitutionId?: string | null;
}

export async function insertCase(trx: Transaction<DB>, c: NewCase): Promise<CaseRecord> {
  const row = await trx
    .insertInto('cases')
    .values({
      id: c.id ?? randomUUID(),
      procedure: c.procedure,
      reference_no: c.referenceNo,
      institution_id: c.institutionId,
      branch_id: c.branchId ?? null,
      authority_id: c.authorityId,
      jurisdiction_code: c.jurisdictionCode,
      parent_case_id: c.parentCaseId ?? null,
      state: c.state,
      awaiting: c.awaiting,
      snapshot: JSON.stringify(c.data),
      submitted_at: null,
      closed_at: null,
      valid_from: null,
      valid_to: null,
      created_by: c.createdBy,
      decider_institution_id: c.deciderInstitutionId ?? null,
      ...(c.createdAt ? { created_at: c.createdAt } : {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCaseRecord(row);
}

export async function findCase(db: Kysely<DB>, id: string): Promise<CaseRecord | undefined> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toCaseRecord(row);
}

/** Loads the case and holds its row lock until the transaction ends: transitions of one case queue here. */
export async function lockCase(trx: Transaction<DB>, id: string): Promise<CaseRecord | undefined> {
  const row = await trx.selectFrom('cases').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row && toCaseRecord(row);
}

export interface CaseUpdate {
  id: string;
  expectedVersion: number;
  state: string;
  awaiting: CaseAwaiting | null;
  data: Record<string, unknown>;
  submittedAt?: Date;
  closedAt?: Date;
  validFrom?: string | null;
  validTo?: string | null;
}

/** Writes the new state with version + 1 if the version is still the expected one; false otherwise. */
export async function updateCaseState(trx: Transaction<DB>, u: CaseUpdate): Promise<CaseRecord | undefined> {
  const row = await trx
    .updateTable('cases')
    .set((eb) => ({
      state: u.state,
      awaiting: u.awaiting,
      snapshot: JSON.stringify(u.data),
      version: eb('version', '+', 1),
      updated_at: sql<Date>`now()`,
      ...(u.submittedAt ? { submitted_at: u.submittedAt } : {}),
      ...(u.closedAt ? { closed_at: u.closedAt } : {}),
      ...(u.validFrom !== undefined ? { valid_from: u.validFrom } : {}),
      ...(u.validTo !== undefined ? { valid_to: u.validTo } : {}),
    }))
    .where('id', '=', u.id)
    .where('version', '=', u.expectedVersion)
    .returningAll()
    .executeTakeFirst();
  return row && toCaseRecord(row);
}

export interface CaseEventRecord {
  caseId: string;
  seq: number;
  event: string;
  fromState: string | null;
  toState: string;
  actorUserId: string | null;
  actorRole: string;
  citations: Citation[];
  findings: Finding[];
  payload: unknown;
  comment: string | null;
  requestId: string | null;
  occurredAt: Date;
}

export async function appendCaseEvent(
  trx: Transaction<DB>,
  // occurredAt: the transition's clock (the request's time; a demo story dated in the past, its day).
  e: Omit<CaseEventRecord, 'occurredAt'> & { occurredAt?: Date },
): Promise<void> {
  await trx
    .insertInto('case_events')
    .values({
      case_id: e.caseId,
      seq: e.seq,
      event: e.event,
      from_state: e.fromState,
      to_state: e.toState,
      actor_user_id: e.actorUserId,
      actor_role: e.actorRole,
      citations: JSON.stringify(e.citations),
      findings: JSON.stringify(e.findings),
      payload: e.payload === undefined || e.payload === null ? null : JSON.stringify(e.payload),
      comment: e.comment,
      request_id: e.requestId,
      ...(e.occurredAt ? { occurred_at: e.occurredAt } : {}),
    })
    .execute();
}

export async function listCaseEvents(db: Kysely<DB>, caseId: string): Promise<CaseEventRecord[]> {
  const rows = await db
    .selectFrom('case_events')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    caseId: r.case_id,
    seq: r.seq,
    event: r.event,
    fromState: r.from_state,
    toState: r.to_state,
    actorUserId: r.actor_user_id,
    actorRole: r.actor_role,
    citations: r.citations as Citation[],
    findings: r.findings as Finding[],
    payload: r.payload,
    comment: r.comment,
    requestId: r.request_id,
    occurredAt: r.occurred_at,
  }));
}

export interface DeadlineRecord extends Deadline {
  id: string;
  caseId: string;
}

function toDeadline(r: Selectable<CaseDeadlinesTable>): DeadlineRecord {
  return {
    id: r.id,
    caseId: r.case_id,
    name: r.kind,
    label_zh: r.label_zh,
    unit: r.unit,
    n: r.n,
    rollToWorkingDay: r.roll_to_working_day,
    parameterId: r.parameter_id,
    citation: r.citation as Citation,
    awaiting: r.awaiting,
    startDate: r.start_date,
    dueDate: r.due_date,
    pauses: r.pauses as DeadlinePause[],
    status: r.status,
    metOn: r.met_on,
    explanation_zh: r.explanation_zh,
    calendarKnown: r.calendar_known,
  };
}

const deadlineColumns = (d: Deadline) => ({
  kind: d.name,
  label_zh: d.label_zh,
  awaiting: d.awaiting,
  unit: d.unit,
  n: d.n,
  roll_to_working_day: d.rollToWorkingDay,
  parameter_id: d.parameterId,
  citation: JSON.stringify(d.citation),
  start_date: d.startDate,
  due_date: d.dueDate,
  pauses: JSON.stringify(d.pauses),
  paused_from: d.status === 'paused' ? (d.pauses.find((p) => p.to === undefined)?.from ?? null) : null,
  paused_days: d.pauses.reduce((s, p) => s + (p.days ?? 0), 0),
  status: d.status,
  met_on: d.metOn,
  explanation_zh: d.explanation_zh,
  calendar_known: d.calendarKnown,
});

export async function insertDeadline(
  trx: Transaction<DB>,
  caseId: string,
  d: Deadline,
): Promise<DeadlineRecord> {
  const row = await trx
    .insertInto('case_deadlines')
    .values({ id: randomUUID(), case_id: caseId, ...deadlineColumns(d) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toDeadline(row);
}

export async function updateDeadline(trx: Transaction<DB>, id: string, d: Deadline): Promise<void> {
  await trx
    .updateTable('case_deadlines')
    .set({ ...deadlineColumns(d), updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

/** Running and paused deadlines of a case (call under the case lock). */
export async function openDeadlines(trx: Transaction<DB>, caseId: string): Promise<DeadlineRecord[]> {
  const rows = await trx
    .selectFrom('case_deadlines')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('status', 'in', ['running', 'paused'])
    .orderBy('created_at')
    .execute();
  return rows.map(toDeadline);
}

export async function listDeadlines(db: Kysely<DB>, caseId: string): Promise<DeadlineRecord[]> {
  const rows = await db
    .selectFrom('case_deadlines')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toDeadline);
}

export interface QueueItem extends CaseRecord {
  institutionName: string;
  /** The earliest running deadline, if any. */
  dueDate: string | null;
  deadlineLabel: string | null;
  overdue: boolean;
}

/**
 * An authority's queue: 待办 (cases awaiting it, earliest due first, overdue ones flagged) or 已办
 * (its cases awaiting someone else or closed, latest first).
 */
export async function listAuthorityQueue(
  db: Kysely<DB>,
  q: {
    authorityId: string;
    tab: 'todo' | 'done';
    today: string;
    procedure?: string;
    limit?: number;
    offset?: number;
  },
): Promise<{ items: QueueItem[]; total: number }> {
  let base = db
    .selectFrom('cases as c')
    .innerJoin('institutions as i', 'i.id', 'c.institution_id')
    .where('c.authority_id', '=', q.authorityId);
  base =
    q.tab === 'todo'
      ? base.where('c.awaiting', '=', 'authority')
      : base.where((eb) => eb.or([eb('c.awaiting', 'is', null), eb('c.awaiting', '!=', 'authority')]));
  if (q.procedure) base = base.where('c.procedure', '=', q.procedure);
  const rows = await base
    .selectAll('c')
    .select('i.name as institution_name')
    .select((eb) => {
      const next = eb
        .selectFrom('case_deadlines as d')
        .whereRef('d.case_id', '=', 'c.id')
        .where('d.status', '=', 'running')
        .orderBy('d.due_date')
        .limit(1);
      return [next.select('d.due_date').as('next_due'), next.select('d.label_zh').as('next_label')];
    })
    .orderBy(q.tab === 'todo' ? sql`next_due asc nulls last` : sql`c.updated_at desc`)
    .orderBy('c.reference_no')
    .limit(q.limit ?? 50)
    .offset(q.offset ?? 0)
    .execute();
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return {
    total: Number(total.n),
    items: rows.map((r) => ({
      ...toCaseRecord(r),
      institutionName: r.institution_name,
      dueDate: r.next_due,
      deadlineLabel: r.next_label,
      overdue: r.next_due !== null && r.next_due < q.today,
    })),
  };
}
