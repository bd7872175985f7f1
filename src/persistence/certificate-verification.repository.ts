// What public verification reads and writes (issue 12; decisions 0033, 0034): the certificates as the
// public may see them — not scoped to a caller, only what is queryable — the published signing keys,
// the revoked numbers of one status list, and the lookup log in batches. Each lookup is one index
// probe: by number in one partition (the year is in the number), by holder on certificates_doc_idx.
import { sql, type Kysely } from 'kysely';
import type { CertificateLookupsTable, DB } from './schema.js';
import type { Insertable } from 'kysely';

/** The year of issue a number (or a status list id) carries in positions 14–15 (decision 0024). */
const yearOf = (number: string) => 2000 + Number(number.slice(13, 15));

const publicView = (db: Kysely<DB>) =>
  db
    .selectFrom('certificates as c')
    .innerJoin('institutions as i', 'i.id', 'c.institution_id')
    .leftJoin('occupations as o', 'o.code', 'c.occupation_code')
    .select([
      'c.id',
      'c.issue_year',
      'c.number',
      'c.issued_on',
      'c.holder_name',
      'c.holder_doc_type',
      'c.holder_doc_masked',
      'c.occupation_code',
      'o.name as occupation_name',
      'c.level',
      'c.status',
      'i.name as institution_name',
      'i.uscc as institution_uscc',
    ])
    // A certificate is public from the moment it is queryable (issue 11 point 5), not before.
    .where('c.queryable_at', '<=', sql<Date>`now()`);

export type PublicCertificateRow = Awaited<
  ReturnType<ReturnType<typeof publicView>['executeTakeFirstOrThrow']>
>;

export async function publicCertificateByNumber(
  db: Kysely<DB>,
  number: string,
): Promise<PublicCertificateRow | undefined> {
  const year = yearOf(number);
  return publicView(db).where('c.issue_year', '=', year).where('c.number', '=', number).executeTakeFirst();
}

/** A holder's certificates: the document's keyed hashes (current and previous keys) and the name. */
export async function publicCertificatesOfHolder(
  db: Kysely<DB>,
  docHmacs: string[],
  name: string,
): Promise<PublicCertificateRow[]> {
  return publicView(db)
    .where('c.holder_doc_hmac', 'in', docHmacs)
    .where('c.holder_name', '=', name)
    .orderBy('c.issue_year', 'desc')
    .orderBy('c.number', 'desc')
    .limit(50)
    .execute();
}

/** The latest status change of each certificate that no longer stands: when, and on which articles. */
export async function latestStatusChanges(
  db: Kysely<DB>,
  certificates: { id: string; issue_year: number }[],
): Promise<Map<string, { effective_on: string; articles: unknown }>> {
  const out = new Map<string, { effective_on: string; articles: unknown }>();
  if (certificates.length === 0) return out;
  const rows = await db
    .selectFrom('certificate_status_history')
    .select(['certificate_id', 'effective_on', 'articles', 'changed_at'])
    .where(
      'certificate_id',
      'in',
      certificates.map((c) => c.id),
    )
    .where(
      'issue_year',
      'in',
      certificates.map((c) => c.issue_year),
    )
    .orderBy('changed_at', 'asc')
    .execute();
  for (const r of rows)
    out.set(r.certificate_id, { effective_on: String(r.effective_on), articles: r.articles });
  return out;
}

/** The numbers of one status list (issuer code + year) that no longer stand. */
export async function revokedNumbersOfList(db: Kysely<DB>, statusListId: string): Promise<string[]> {
  const year = yearOf(statusListId);
  const rows = await db
    .selectFrom('certificates')
    .select('number')
    .where('issue_year', '=', year)
    // ':' follows '9': every number that starts with the list id, on the unique (number, issue_year) key.
    .where('number', '>=', statusListId)
    .where('number', '<', `${statusListId}:`)
    .where('status', '<>', 'valid')
    .execute();
  return rows.map((r) => r.number);
}

/** The USCC of the institution whose certificates a status list covers, or undefined if none. */
export async function issuerOfList(db: Kysely<DB>, statusListId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('certificate_issuer_codes as k')
    .innerJoin('institutions as i', 'i.id', 'k.institution_id')
    .select('i.uscc')
    .where('k.kind_letter', '=', statusListId.slice(0, 1) as 'Y' | 'S')
    .where('k.institution_code', '=', statusListId.slice(1, 5))
    .where('k.province_code', '=', statusListId.slice(5, 7))
    .where('k.site_sequence', '=', statusListId.slice(7, 13))
    .executeTakeFirst();
  return row?.uscc ?? undefined;
}

// ---- the published signing keys ----

export interface PublishedKeyRow {
  key_id: string;
  public_x: string;
  not_before: string;
  not_after: string | null;
}

/**
 * Publishes the key this process signs with, from `today`; the key it takes over from stops on the
 * same day (it may have signed earlier today). Idempotent: a restart changes nothing.
 */
export async function publishSigningKey(
  db: Kysely<DB>,
  key: { keyId: string; publicX: string },
  today: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('certificate_signing_keys')
      .values({ key_id: key.keyId, public_x: key.publicX, not_before: today })
      .onConflict((oc) => oc.column('key_id').doNothing())
      .returning('key_id')
      .executeTakeFirst();
    if (!inserted) return;
    await trx
      .updateTable('certificate_signing_keys')
      .set({ not_after: sql<string>`greatest(not_before, ${today}::date)` })
      .where('key_id', '<>', key.keyId)
      .where('not_after', 'is', null)
      .execute();
  });
}

export async function publishedKeys(db: Kysely<DB>): Promise<PublishedKeyRow[]> {
  const rows = await db
    .selectFrom('certificate_signing_keys')
    .select(['key_id', 'public_x', 'not_before', 'not_after'])
    .orderBy('not_before')
    .orderBy('key_id')
    .execute();
  return rows.map((r) => ({
    key_id: r.key_id,
    public_x: r.public_x,
    not_before: String(r.not_before),
    not_after: r.not_after === null ? null : String(r.not_after),
  }));
}

// ---- the lookup log ----

export async function insertLookups(
  db: Kysely<DB>,
  rows: Insertable<CertificateLookupsTable>[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto('certificate_lookups').values(rows).execute();
}

/** What a certificate's documents (PDF, credential) print, with the holder's document hash to match. */
export async function certificateForDocuments(db: Kysely<DB>, number: string) {
  const year = yearOf(number);
  return publicView(db)
    .select(['c.holder_doc_hmac'])
    .where('c.issue_year', '=', year)
    .where('c.number', '=', number)
    .executeTakeFirst();
}

/**
 * The credit bank's export (issue 12 point 4): certificates of an occupation (the skill-level
 * certificate's programme) issued between two days, in (issue_year, number) order after a cursor. Only
 * the years of the range are read (the partitions); within them the day range and the occupation filter.
 */
export async function certificatesForExport(
  db: Kysely<DB>,
  f: {
    occupationCode?: string | undefined;
    from: string;
    to: string;
    after: { year: number; number: string } | null;
    limit: number;
  },
) {
  let q = publicView(db)
    .select(['c.holder_doc_hmac'])
    .where('c.issue_year', '>=', Number(f.from.slice(0, 4)))
    .where('c.issue_year', '<=', Number(f.to.slice(0, 4)))
    .where('c.issued_on', '>=', f.from)
    .where('c.issued_on', '<=', f.to);
  if (f.occupationCode) q = q.where('c.occupation_code', '=', f.occupationCode);
  if (f.after)
    q = q.where(
      sql<boolean>`(c.issue_year, c.number) > (${f.after.year}::smallint, ${f.after.number}::char(22))`,
    );
  return q.orderBy('c.issue_year').orderBy('c.number').limit(f.limit).execute();
}
