// Recruitment calls (招募公告, 1x-selection §12, §14) and their fields (职业技能领域): SQL only. Rows
// (snake_case) map to RecruitmentCallRecord (camelCase) here and nowhere else.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, RecruitmentCallStatus, RecruitmentCallsTable } from './schema.js';
import { isoTime, offsetOf, type PageRequest } from './paging.js';

export interface CallField {
  name: string;
  description: string | null;
}

export interface RecruitmentCallRecord {
  id: string;
  authorityId: string;
  authorityName: string;
  title: string;
  batch: string;
  description: string | null;
  openOn: string;
  closeOn: string;
  status: RecruitmentCallStatus;
  publishedOn: string | null;
  closedOn: string | null;
  fields: CallField[];
  /** Applications (cases of the 1+X selection) that name this call, whatever their state. */
  applications: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Who sees which calls: the public sees published and closed ones; an issuer also its drafts. */
export type CallVisibility = { kind: 'public' } | { kind: 'issuer'; authorityId: string } | { kind: 'all' };

export const SELECTION_PROCEDURE = '1x-selection';

type CallRow = Selectable<RecruitmentCallsTable> & {
  authority_name: string;
  applications: number | string | null;
};

function callsQuery(db: Kysely<DB>, v: CallVisibility) {
  let q = db
    .selectFrom('recruitment_calls as rc')
    .innerJoin('authorities as a', 'a.id', 'rc.authority_id')
    .selectAll('rc')
    .select('a.name as authority_name')
    .select((eb) =>
      eb
        .selectFrom('cases as c')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('c.procedure', '=', SELECTION_PROCEDURE)
        .where(sql<boolean>`c.snapshot->>'callId' = rc.id::text`)
        .as('applications'),
    );
  if (v.kind === 'public') q = q.where('rc.status', '!=', 'draft');
  if (v.kind === 'issuer')
    q = q.where((eb) => eb.or([eb('rc.status', '!=', 'draft'), eb('rc.authority_id', '=', v.authorityId)]));
  return q;
}

async function fieldsOf(db: Kysely<DB>, callIds: string[]): Promise<Map<string, CallField[]>> {
  const out = new Map<string, CallField[]>(callIds.map((id) => [id, []]));
  if (callIds.length === 0) return out;
  const rows = await db
    .selectFrom('call_fields')
    .selectAll()
    .where('call_id', 'in', callIds)
    .orderBy('call_id')
    .orderBy('position')
    .execute();
  for (const r of rows) out.get(r.call_id)!.push({ name: r.name, description: r.description });
  return out;
}

const toRecord = (r: CallRow, fields: CallField[]): RecruitmentCallRecord => ({
  id: r.id,
  authorityId: r.authority_id,
  authorityName: r.authority_name,
  title: r.title,
  batch: r.batch,
  description: r.description,
  openOn: r.open_on,
  closeOn: r.close_on,
  status: r.status,
  publishedOn: r.published_on,
  closedOn: r.closed_on,
  fields,
  applications: Number(r.applications ?? 0),
  version: r.version,
  createdAt: isoTime(r.created_at),
  updatedAt: isoTime(r.updated_at),
});

export interface CallFilter {
  status?: RecruitmentCallStatus | undefined;
  /** Only calls taking applications on this day (published, open_on ≤ day ≤ close_on). */
  openOn?: string | undefined;
}

export async function listCalls(
  db: Kysely<DB>,
  v: CallVisibility,
  f: CallFilter,
  page: PageRequest,
): Promise<{ items: RecruitmentCallRecord[]; total: number }> {
  let q = callsQuery(db, v);
  if (f.status) q = q.where('rc.status', '=', f.status);
  if (f.openOn)
    q = q
      .where('rc.status', '=', 'published')
      .where('rc.open_on', '<=', f.openOn)
      .where('rc.close_on', '>=', f.openOn);
  const [rows, count] = await Promise.all([
    q.orderBy('rc.close_on', 'desc').orderBy('rc.id').limit(page.pageSize).offset(offsetOf(page)).execute(),
    db
      .selectFrom(q.as('x'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const fields = await fieldsOf(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toRecord(r, fields.get(r.id)!)), total: Number(count.n) };
}

export async function findCall(
  db: Kysely<DB>,
  v: CallVisibility,
  id: string,
): Promise<RecruitmentCallRecord | undefined> {
  const row = await callsQuery(db, v).where('rc.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toRecord(row, (await fieldsOf(db, [id])).get(id)!);
}

export interface CallValues {
  title: string;
  batch: string;
  description: string | null;
  openOn: string;
  closeOn: string;
}

export async function insertCall(
  db: Kysely<DB>,
  id: string,
  v: CallValues & { authorityId: string; createdBy: string | null },
): Promise<void> {
  await db
    .insertInto('recruitment_calls')
    .values({
      id,
      authority_id: v.authorityId,
      title: v.title,
      batch: v.batch,
      description: v.description,
      open_on: v.openOn,
      close_on: v.closeOn,
      created_by: v.createdBy,
    })
    .execute();
}

/** The fields of a call, replaced as a whole (only while the call is a draft). */
export async function replaceCallFields(db: Kysely<DB>, callId: string, fields: CallField[]): Promise<void> {
  await db.deleteFrom('call_fields').where('call_id', '=', callId).execute();
  if (fields.length === 0) return;
  await db
    .insertInto('call_fields')
    .values(
      fields.map((f, i) => ({ call_id: callId, position: i + 1, name: f.name, description: f.description })),
    )
    .execute();
}

/** Optimistic update of a draft call's text and dates; false when stale or no longer a draft. */
export async function updateDraftCall(
  db: Kysely<DB>,
  id: string,
  expectedVersion: number,
  v: Partial<CallValues>,
): Promise<boolean> {
  const r = await db
    .updateTable('recruitment_calls')
    .set({
      ...(v.title !== undefined ? { title: v.title } : {}),
      ...(v.batch !== undefined ? { batch: v.batch } : {}),
      ...(v.description !== undefined ? { description: v.description } : {}),
      ...(v.openOn !== undefined ? { open_on: v.openOn } : {}),
      ...(v.closeOn !== undefined ? { close_on: v.closeOn } : {}),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Moves a call on (draft → published, published → closed) if it is still at the version seen. */
export async function setCallStatus(
  db: Kysely<DB>,
  id: string,
  expectedVersion: number,
  change: { to: 'published' | 'closed'; on: string; by: string | null },
): Promise<boolean> {
  const from: RecruitmentCallStatus = change.to === 'published' ? 'draft' : 'published';
  const r = await db
    .updateTable('recruitment_calls')
    .set({
      status: change.to,
      ...(change.to === 'published'
        ? { published_on: change.on, published_by: change.by }
        : { closed_on: change.on, closed_by: change.by }),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Open (not final) applications of an institution to a call: a second one is refused. */
export async function openApplicationOf(
  db: Kysely<DB>,
  callId: string,
  institutionId: string,
): Promise<{ id: string; referenceNo: string } | undefined> {
  return db
    .selectFrom('cases')
    .select(['id', 'reference_no as referenceNo'])
    .where('procedure', '=', SELECTION_PROCEDURE)
    .where('institution_id', '=', institutionId)
    .where('closed_at', 'is', null)
    .where(sql<string>`snapshot->>'callId'`, '=', callId)
    .executeTakeFirst();
}

export interface ApplyingInstitution {
  id: string;
  name: string;
  kind: string;
  status: string;
  jurisdictionCode: string;
  authorityId: string | null;
}

/** The institution a caller applies for (its kind decides who may apply to a 1+X call). */
export async function findApplyingInstitution(
  db: Kysely<DB>,
  id: string,
): Promise<ApplyingInstitution | undefined> {
  const r = await db
    .selectFrom('institutions')
    .select(['id', 'name', 'kind', 'status', 'jurisdiction_code', 'authority_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  return r
    ? {
        id: r.id,
        name: r.name,
        kind: r.kind,
        status: r.status,
        jurisdictionCode: r.jurisdiction_code,
        authorityId: r.authority_id,
      }
    : undefined;
}

export interface CallApplication {
  caseId: string;
  referenceNo: string;
  institutionId: string;
  institutionName: string;
  field: string | null;
  state: string;
  submittedAt: string | null;
  closedAt: string | null;
}

/**
 * The applications made to a call (for its issuer), oldest first: submitted ones only — a draft is
 * the applicant's alone until submitted (src/workflows/case-roles.ts).
 */
export async function listCallApplications(db: Kysely<DB>, callId: string): Promise<CallApplication[]> {
  const rows = await db
    .selectFrom('cases as c')
    .innerJoin('institutions as i', 'i.id', 'c.institution_id')
    .select([
      'c.id',
      'c.reference_no',
      'c.institution_id',
      'i.name',
      'c.state',
      'c.submitted_at',
      'c.closed_at',
      sql<string | null>`c.snapshot->'application'->>'field'`.as('field'),
    ])
    .where('c.procedure', '=', SELECTION_PROCEDURE)
    .where(sql<string>`c.snapshot->>'callId'`, '=', callId)
    .where('c.submitted_at', 'is not', null)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({
    caseId: r.id,
    referenceNo: r.reference_no,
    institutionId: r.institution_id,
    institutionName: r.name,
    field: r.field,
    state: r.state,
    submittedAt: r.submitted_at ? isoTime(r.submitted_at) : null,
    closedAt: r.closed_at ? isoTime(r.closed_at) : null,
  }));
}
