// Verifier organisations, their API keys and usage (issue 12 point 2; decision 0035), and the two
// set-wise certificate reads of batch verification: by number (one query per issue year, on the
// (number, issue_year) key of the year's partition) and by the holders' document keyed hashes (one
// query on certificates_doc_idx). Only certificates already queryable are found, as in public lookups.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from './schema.js';

type Db = Kysely<DB> | Transaction<DB>;

const organisationColumns = [
  'o.id',
  'o.name',
  'o.uscc',
  'o.kind',
  'o.contact',
  'o.daily_quota',
  'o.read_rights_revoked_at',
  'o.revocation_reason',
  'o.deletion_order',
  'o.deletion_ordered_at',
  'o.decision_case_id',
  'o.created_at',
  'o.version',
] as const;

function organisationQuery(db: Db) {
  return db
    .selectFrom('verifier_organisations as o')
    .leftJoin('users as rb', 'rb.id', 'o.revoked_by')
    .leftJoin('users as db_', 'db_.id', 'o.deletion_ordered_by')
    .select([
      ...organisationColumns,
      'rb.display_name as revoked_by_name',
      'db_.display_name as ordered_by_name',
    ]);
}

export type OrganisationRow = Awaited<
  ReturnType<ReturnType<typeof organisationQuery>['executeTakeFirstOrThrow']>
>;

export async function findOrganisation(db: Db, id: string): Promise<OrganisationRow | undefined> {
  return organisationQuery(db).where('o.id', '=', id).executeTakeFirst();
}

export async function listOrganisations(db: Db): Promise<OrganisationRow[]> {
  return organisationQuery(db).orderBy('o.created_at', 'desc').orderBy('o.name').limit(500).execute();
}

/** Locks the organisation's row: quota checks and changes of one organisation run one at a time. */
export async function lockOrganisation(trx: Transaction<DB>, id: string) {
  return trx
    .selectFrom('verifier_organisations')
    .select(['id', 'daily_quota', 'read_rights_revoked_at', 'deletion_order', 'version'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export interface UsageRow {
  organisation_id: string;
  key_id: string | null;
  day: string;
  requests: number;
  certificates: number;
}

/** Usage per organisation, key and day from `fromDay` on (newest first). */
export async function usageSince(db: Db, organisationIds: string[], fromDay: string): Promise<UsageRow[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .selectFrom('verifier_key_usage')
    .select(['organisation_id', 'key_id', 'day', 'requests', 'certificates'])
    .where('organisation_id', 'in', organisationIds)
    .where('day', '>=', fromDay)
    .orderBy('day', 'desc')
    .execute();
  return rows.map((r) => ({
    ...r,
    day: dayText(r.day),
    requests: Number(r.requests),
    certificates: Number(r.certificates),
  }));
}

const dayText = (d: unknown): string =>
  d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10);

export async function certificatesUsedOn(trx: Db, organisationId: string, day: string): Promise<number> {
  const r = await trx
    .selectFrom('verifier_key_usage')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('certificates'), sql<string>`0`).as('n'))
    .where('organisation_id', '=', organisationId)
    .where('day', '=', day)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function addUsage(
  trx: Db,
  row: { organisationId: string; keyId: string | null; day: string; certificates: number },
): Promise<void> {
  await sql`
    insert into verifier_key_usage as u (organisation_id, key_id, day, requests, certificates)
    values (${row.organisationId}, ${row.keyId}, ${row.day}::date, 1, ${row.certificates})
    on conflict (organisation_id, key_id, day) do update set
      requests = u.requests + 1, certificates = u.certificates + excluded.certificates`.execute(trx);
}

// ---- keys ----

const keyColumns = [
  'k.id',
  'k.organisation_id',
  'k.name',
  'k.prefix',
  'k.created_at',
  'k.last_used_at',
  'k.expires_at',
  'k.replaced_by',
  'k.revoked_at',
  'k.version',
] as const;

export async function keysOf(db: Db, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom('verifier_api_keys as k')
    .select(keyColumns)
    .where('k.organisation_id', 'in', organisationIds)
    .orderBy('k.created_at', 'desc')
    .execute();
}

export type KeyRow = Awaited<ReturnType<typeof keysOf>>[number];

export async function lockKey(trx: Transaction<DB>, id: string): Promise<KeyRow | undefined> {
  return trx
    .selectFrom('verifier_api_keys as k')
    .select(keyColumns)
    .where('k.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** The key with this hash and its organisation's read rights: one probe on the unique hash. */
export async function keyByHash(db: Db, keyHash: string) {
  return db
    .selectFrom('verifier_api_keys as k')
    .innerJoin('verifier_organisations as o', 'o.id', 'k.organisation_id')
    .select([
      'k.id',
      'k.organisation_id',
      'k.prefix',
      'k.expires_at',
      'k.revoked_at',
      'o.read_rights_revoked_at',
    ])
    .where('k.key_hash', '=', keyHash)
    .executeTakeFirst();
}

// ---- certificates, set-wise ----

export interface CertificateStatusRow {
  number: string;
  status: 'valid' | 'invalidated' | 'withdrawn';
}

/** The queryable certificates of one issue year among `numbers` (one partition, one index). */
export async function statusesByNumber(
  db: Db,
  year: number,
  numbers: string[],
): Promise<CertificateStatusRow[]> {
  if (numbers.length === 0) return [];
  return db
    .selectFrom('certificates')
    .select(['number', 'status'])
    .where('issue_year', '=', year)
    .where('number', 'in', numbers)
    .where('queryable_at', '<=', sql<Date>`now()`)
    .execute();
}

/** The queryable certificates whose holder document has one of these keyed hashes. */
export async function statusesByHolder(
  db: Db,
  docHmacs: string[],
): Promise<{ holder_doc_hmac: string; holder_name: string; status: CertificateStatusRow['status'] }[]> {
  if (docHmacs.length === 0) return [];
  return db
    .selectFrom('certificates')
    .select(['holder_doc_hmac', 'holder_name', 'status'])
    .where('holder_doc_hmac', 'in', docHmacs)
    .where('queryable_at', '<=', sql<Date>`now()`)
    .execute();
}
