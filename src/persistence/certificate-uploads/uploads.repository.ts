// Upload jobs of certificate data: the stored file in pieces, the job row and its progress, the
// rejected rows. Every read for a caller is scoped in the query (outside scope = not found).
import { Readable } from 'node:stream';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { DB } from '../schema.js';
import type { InstitutionScope } from '../../policies/scope.js';
import { institutionIdInScope } from '../scope-sql.js';

export const CHUNK_BYTES = 1024 * 1024;

export async function putChunk(db: Database, uploadId: string, seq: number, bytes: Buffer): Promise<void> {
  await db.insertInto('certificate_upload_chunks').values({ upload_id: uploadId, seq, bytes }).execute();
}

/** The stored file as a stream, one piece in memory at a time. */
export function chunkStream(db: Database, uploadId: string, onBytes?: (n: number) => void): Readable {
  async function* pieces() {
    for (let seq = 0; ; seq++) {
      const row = await db
        .selectFrom('certificate_upload_chunks')
        .select('bytes')
        .where('upload_id', '=', uploadId)
        .where('seq', '=', seq)
        .executeTakeFirst();
      if (!row) return;
      const b = Buffer.from(row.bytes);
      onBytes?.(b.length);
      yield b;
    }
  }
  return Readable.from(pieces(), { objectMode: false });
}

export async function dropChunks(trx: Transaction<DB>, uploadId: string): Promise<void> {
  await trx.deleteFrom('certificate_upload_chunks').where('upload_id', '=', uploadId).execute();
}

/** Positions 1–13 of the numbers the institution may use: its (and its branches') issuer codes. */
export async function issuerPrefixes(db: Database, institutionId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('certificate_issuer_codes')
    .select(['kind_letter', 'institution_code', 'province_code', 'site_sequence'])
    .where('institution_id', '=', institutionId)
    .execute();
  return new Set(
    rows.map((r) => `${r.kind_letter}${r.institution_code}${r.province_code}${r.site_sequence}`),
  );
}

/**
 * Whether a number of the institution may already be in the register: its serial is at or below the
 * counter of its prefix (positions 1–16) as the counters stand now. Every path that writes the
 * register moves the counter past what it writes (certificate-serials.ts, the upload's advanceSerials),
 * so a number above it is new unless written since; the register's unique index catches that case
 * (apply-batch.ts). Read once when a job starts, so that the job's own batches, which move the
 * counters, do not make every later number of the file look taken.
 */
export async function mayBeHeldNow(
  db: Database,
  prefixes: ReadonlySet<string>,
): Promise<(number: string) => boolean> {
  const counters = new Map(
    prefixes.size === 0
      ? []
      : (
          await db
            .selectFrom('certificate_serials')
            .select(['prefix', 'last_serial'])
            .where(sql<string>`left(prefix, 13)`, 'in', [...prefixes])
            .execute()
        ).map((c) => [c.prefix, c.last_serial]),
  );
  return (number) => Number(number.slice(16)) <= (counters.get(number.slice(0, 16)) ?? 0);
}

export const uploadColumns = [
  'u.id',
  'u.institution_id',
  'i.name as institution_name',
  'u.file_name',
  'u.file_format',
  'u.file_sha256',
  'u.file_size',
  'u.rows_done',
  'u.accepted',
  'u.rejected',
  'u.already_present',
  'u.batches_done',
  'u.bytes_done',
  'u.uploaded_by',
  'u.created_at',
  'u.updated_at',
  'j.status',
  'j.cancel_requested',
  'j.failure',
  'j.started_at',
  'j.finished_at',
  'j.attempts',
] as const;

function scoped(db: Database, scope: InstitutionScope) {
  return db
    .selectFrom('certificate_uploads as u')
    .innerJoin('background_jobs as j', 'j.id', 'u.id')
    .innerJoin('institutions as i', 'i.id', 'u.institution_id')
    .select(uploadColumns)
    .where((eb) => institutionIdInScope(eb as never, scope, sql<string>`u.institution_id`));
}

export type UploadRow = NonNullable<Awaited<ReturnType<typeof findUpload>>>;

export async function findUpload(db: Database, scope: InstitutionScope, id: string) {
  return scoped(db, scope).where('u.id', '=', id).executeTakeFirst();
}

export async function listUploads(db: Database, scope: InstitutionScope, limit: number) {
  return scoped(db, scope).orderBy('u.created_at', 'desc').limit(limit).execute();
}

/** The job's own row (no scope: the runner's read). */
export async function loadUploadForRun(db: Database, id: string) {
  return db
    .selectFrom('certificate_uploads as u')
    .innerJoin('background_jobs as j', 'j.id', 'u.id')
    .selectAll('u')
    .select(['j.cancel_requested'])
    .where('u.id', '=', id)
    .executeTakeFirstOrThrow();
}

export async function recordProgress(
  trx: Transaction<DB>,
  id: string,
  p: { rowsDone: number; bytesDone: number; accepted: number; rejected: number; alreadyPresent: number },
): Promise<void> {
  await trx
    .updateTable('certificate_uploads')
    .set((eb) => ({
      rows_done: p.rowsDone,
      bytes_done: p.bytesDone,
      accepted: eb('accepted', '+', p.accepted),
      rejected: eb('rejected', '+', p.rejected),
      already_present: eb('already_present', '+', p.alreadyPresent),
      batches_done: eb('batches_done', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .execute();
}

export async function rejectionsOf(db: Database, uploadId: string, limit: number) {
  return db
    .selectFrom('certificate_upload_rejections')
    .select(['row_no', 'column_name', 'code', 'reason'])
    .where('upload_id', '=', uploadId)
    .orderBy('row_no')
    .limit(limit)
    .execute();
}

/** All rejected rows in row order, a page at a time (the report of a million-row file stays streamed). */
export async function* allRejections(db: Database, uploadId: string, page = 5000) {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('certificate_upload_rejections')
      .select(['row_no', 'column_name', 'reason'])
      .where('upload_id', '=', uploadId)
      .where('row_no', '>', after)
      .orderBy('row_no')
      .limit(page)
      .execute();
    if (rows.length === 0) return;
    yield* rows;
    after = rows[rows.length - 1]!.row_no;
  }
}
