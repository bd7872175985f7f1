// The evaluation-ban register 评价禁考名单 (issue 11 point 2; mohrss-violations §6–7): SQL only. Searched by
// the keyed hash of a document number across all institutions and provinces (a ban is national); listed
// for authority staff, newest first.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.js';
import { isoTime, offsetOf, type PageRequest } from './paging.js';

export interface BanEntry {
  article: string;
  startsOn: string;
  endsOn: string;
}

/**
 * Every ban recorded against the document (under every configured key's hash), except those a review
 * revoked with the decision they came from (mohrss-violations §19: lifted_on).
 */
export async function bansOf(db: Kysely<DB>, hmacs: string[]): Promise<BanEntry[]> {
  const rows = await db
    .selectFrom('evaluation_bans')
    .select(['article', 'starts_on', 'ends_on'])
    .where('doc_hmac', 'in', hmacs)
    .where('lifted_on', 'is', null)
    .orderBy('ends_on', 'desc')
    .execute();
  return rows.map((r) => ({ article: r.article, startsOn: r.starts_on, endsOn: r.ends_on }));
}

export interface NewBan {
  id: string;
  name: string;
  docType: string;
  docEnc: string;
  docHmac: string;
  docMasked: string;
  startsOn: string;
  endsOn: string;
  article: string;
  reason: string;
  decisionRef: string | null;
  decisionCaseId: string | null;
  authorityId: string;
  recordedBy: string | null;
}

export async function insertBan(trx: Transaction<DB>, v: NewBan): Promise<void> {
  await trx
    .insertInto('evaluation_bans')
    .values({
      id: v.id,
      name: v.name,
      doc_type: v.docType,
      doc_enc: v.docEnc,
      doc_hmac: v.docHmac,
      doc_masked: v.docMasked,
      starts_on: v.startsOn,
      ends_on: v.endsOn,
      article: v.article,
      reason: v.reason,
      decision_ref: v.decisionRef,
      decision_case_id: v.decisionCaseId,
      recorded_by_authority_id: v.authorityId,
      recorded_by: v.recordedBy,
    })
    .execute();
}

export interface BanRecord {
  id: string;
  name: string;
  docType: string;
  docMasked: string;
  startsOn: string;
  endsOn: string;
  article: string;
  reason: string;
  decisionRef: string | null;
  authorityName: string;
  createdAt: string;
}

const bans = (db: Kysely<DB>) =>
  db
    .selectFrom('evaluation_bans as b')
    .innerJoin('authorities as a', 'a.id', 'b.recorded_by_authority_id')
    .select([
      'b.id',
      'b.name',
      'b.doc_type',
      'b.doc_masked',
      'b.starts_on',
      'b.ends_on',
      'b.article',
      'b.reason',
      'b.decision_ref',
      'b.created_at',
      'a.name as authority_name',
    ]);

type Row = Awaited<ReturnType<ReturnType<typeof bans>['executeTakeFirstOrThrow']>>;
const toRecord = (r: Row): BanRecord => ({
  id: r.id,
  name: r.name,
  docType: r.doc_type,
  docMasked: r.doc_masked,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  article: r.article,
  reason: r.reason,
  decisionRef: r.decision_ref,
  authorityName: r.authority_name,
  createdAt: isoTime(r.created_at),
});

export async function findBan(db: Kysely<DB>, id: string): Promise<BanRecord | undefined> {
  const r = await bans(db).where('b.id', '=', id).executeTakeFirst();
  return r ? toRecord(r) : undefined;
}

export async function listBans(
  db: Kysely<DB>,
  paging: PageRequest,
): Promise<{ items: BanRecord[]; total: number }> {
  const [rows, count] = await Promise.all([
    bans(db)
      .orderBy('b.created_at', 'desc')
      .orderBy('b.id')
      .limit(paging.pageSize)
      .offset(offsetOf(paging))
      .execute(),
    db
      .selectFrom('evaluation_bans')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toRecord), total: Number(count.n) };
}
