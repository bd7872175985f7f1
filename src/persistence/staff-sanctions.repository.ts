// The staff-sanction register 工作人员处理登记 (issue 11 point 3; mohrss-violations §9, §10): SQL only.
// Kept by the authorities, looked up across all institutions and provinces by the keyed hash of the
// document number (under every configured key during a rotation). Only the masked number leaves here.
import type { Kysely, Transaction } from 'kysely';
import type { DB, StaffSanctionKind } from './schema.js';
import { isoTime, offsetOf, type PageRequest } from './paging.js';

export interface StaffSanctionRecord {
  id: string;
  kind: StaffSanctionKind;
  name: string;
  docType: string;
  docMasked: string;
  fromOn: string;
  toOn: string | null;
  article: string;
  reason: string;
  decisionRef: string | null;
  recordedByAuthorityId: string;
  recordedByAuthorityName: string;
  recordedAt: string;
}

export interface NewStaffSanction {
  id: string;
  kind: StaffSanctionKind;
  name: string;
  docType: string;
  doc: { enc: string; hmac: string; masked: string };
  fromOn: string;
  toOn: string | null;
  article: string;
  reason: string;
  decisionRef: string | null;
  authorityId: string;
  by: string | null;
}

const base = (db: Kysely<DB>) =>
  db
    .selectFrom('staff_sanctions as x')
    .innerJoin('authorities as a', 'a.id', 'x.recorded_by_authority_id')
    .select(['x.id', 'x.kind', 'x.name', 'x.doc_type', 'x.doc_masked', 'x.from_on', 'x.to_on', 'x.article',
      'x.reason', 'x.decision_ref', 'x.recorded_by_authority_id', 'a.name as authority_name', 'x.recorded_at']); // prettier-ignore

type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;
const toRecord = (r: Row): StaffSanctionRecord => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  docType: r.doc_type,
  docMasked: r.doc_masked,
  fromOn: r.from_on,
  toOn: r.to_on,
  article: r.article,
  reason: r.reason,
  decisionRef: r.decision_ref,
  recordedByAuthorityId: r.recorded_by_authority_id,
  recordedByAuthorityName: r.authority_name,
  recordedAt: isoTime(r.recorded_at),
});

export async function insertStaffSanction(trx: Transaction<DB>, v: NewStaffSanction): Promise<void> {
  await trx
    .insertInto('staff_sanctions')
    .values({
      id: v.id,
      kind: v.kind,
      name: v.name,
      doc_type: v.docType,
      doc_enc: v.doc.enc,
      doc_hmac: v.doc.hmac,
      doc_masked: v.doc.masked,
      from_on: v.fromOn,
      to_on: v.toOn,
      article: v.article,
      reason: v.reason,
      decision_ref: v.decisionRef,
      decision_case_id: null,
      recorded_by_authority_id: v.authorityId,
      recorded_by: v.by,
    })
    .execute();
}

export async function findStaffSanction(
  db: Kysely<DB>,
  id: string,
): Promise<StaffSanctionRecord | undefined> {
  const r = await base(db).where('x.id', '=', id).executeTakeFirst();
  return r ? toRecord(r) : undefined;
}

/** Every entry for a person (any of the hashes: the current key's and, during a rotation, the previous). */
export async function sanctionsOfPerson(
  db: Kysely<DB>,
  hmacs: readonly string[],
): Promise<StaffSanctionRecord[]> {
  if (hmacs.length === 0) return [];
  // A sanction a review revoked (mohrss-violations §19: lifted_on) no longer bars the person.
  const rows = await base(db)
    .where('x.doc_hmac', 'in', [...hmacs])
    .where('x.lifted_on', 'is', null)
    .orderBy('x.from_on')
    .orderBy('x.id')
    .execute();
  return rows.map(toRecord);
}

export async function listStaffSanctions(
  db: Kysely<DB>,
  f: { kind?: StaffSanctionKind | undefined; hmacs?: string[] | undefined },
  page: PageRequest,
): Promise<{ items: StaffSanctionRecord[]; total: number }> {
  let q = base(db);
  if (f.kind) q = q.where('x.kind', '=', f.kind);
  if (f.hmacs) q = q.where('x.doc_hmac', 'in', f.hmacs);
  const [rows, count] = await Promise.all([
    q.orderBy('x.recorded_at', 'desc').orderBy('x.id').limit(page.pageSize).offset(offsetOf(page)).execute(),
    db
      .selectFrom(q.as('y'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toRecord), total: Number(count.n) };
}
