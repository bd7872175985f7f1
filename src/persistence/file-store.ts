// Content-addressed storage of uploaded materials and generated documents, by SHA-256. Two stores
// behind one interface (docs/decisions/0008-materials-and-documents.md):
// - disk (embedded PGlite, one process): <dataDir>/files/sha256/ab/cdef…, outside dist/web and never
//   served statically; written to a temporary file, fsynced, then renamed, so a reader never sees half
//   a file; the same bytes are stored once.
// - database (DATABASE_URL): bytea in stored_file_contents, so that every server process sees the file
//   and it commits or rolls back with the case.
// Either way the stored_files row is written in the caller's transaction, and reads verify the hash.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.js';

export interface StoredFile {
  sha256: string;
  size: number;
  mediaType: string;
}

export interface FileStore {
  readonly kind: 'disk' | 'database';
  /** Stores the bytes (once per content) and records them in the transaction. */
  put(trx: Transaction<DB>, bytes: Uint8Array, mediaType: string): Promise<StoredFile>;
  /** The bytes, or undefined when nothing is stored under the hash. Throws when they no longer match it. */
  get(db: Kysely<DB>, sha256: string): Promise<Buffer | undefined>;
}

const SHA256 = /^[0-9a-f]{64}$/;
export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export class StoredFileCorruptError extends Error {
  constructor(readonly sha256: string) {
    super(`stored file ${sha256} does not match its hash`);
  }
}

function checkedHash(sha256: string): string {
  if (!SHA256.test(sha256)) throw new RangeError('not a SHA-256 hex digest');
  return sha256;
}

function verified(sha256: string, bytes: Buffer): Buffer {
  if (sha256Of(bytes) !== sha256) throw new StoredFileCorruptError(sha256);
  return bytes;
}

async function recordFile(trx: Transaction<DB>, file: StoredFile): Promise<void> {
  await trx
    .insertInto('stored_files')
    .values({ sha256: file.sha256, size: file.size, media_type: file.mediaType })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

/** The path of a hash under the data directory: files/sha256/ab/cdef… */
export function diskPath(dataDir: string, sha256: string): string {
  const h = checkedHash(sha256);
  return join(dataDir, 'files', 'sha256', h.slice(0, 2), h.slice(2));
}

export function diskFileStore(dataDir: string): FileStore {
  return {
    kind: 'disk',
    async put(trx, bytes, mediaType) {
      const file = { sha256: sha256Of(bytes), size: bytes.length, mediaType };
      const path = diskPath(dataDir, file.sha256);
      const existing = await stat(path).catch(() => undefined);
      if (existing?.size !== file.size) {
        await mkdir(dirname(path), { recursive: true, mode: 0o750 });
        const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
        const handle = await open(tmp, 'wx', 0o640);
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        // rename is atomic: a concurrent writer of the same content replaces it with identical bytes.
        await rename(tmp, path).catch(async (err: unknown) => {
          await rm(tmp, { force: true });
          throw err;
        });
      }
      // A rolled-back transaction leaves the file without its row: harmless (content-addressed),
      // and reclaimable by a sweep of files that no row names.
      await recordFile(trx, file);
      return file;
    },
    async get(_db, sha256) {
      const bytes = await readFile(diskPath(dataDir, sha256)).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return undefined;
        throw err;
      });
      return bytes && verified(sha256, bytes);
    },
  };
}

export function databaseFileStore(): FileStore {
  return {
    kind: 'database',
    async put(trx, bytes, mediaType) {
      const file = { sha256: sha256Of(bytes), size: bytes.length, mediaType };
      await recordFile(trx, file);
      await trx
        .insertInto('stored_file_contents')
        .values({ sha256: file.sha256, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .execute();
      return file;
    },
    async get(db, sha256) {
      const row = await db
        .selectFrom('stored_file_contents')
        .select('bytes')
        .where('sha256', '=', checkedHash(sha256))
        .executeTakeFirst();
      // pg returns a Buffer, PGlite a Uint8Array.
      return row && verified(sha256, Buffer.from(row.bytes));
    },
  };
}

/** Bytes in PostgreSQL when the server uses one (several processes); on disk beside embedded PGlite. */
export function fileStoreFor(config: { databaseUrl: string | undefined; dataDir: string }): FileStore {
  return config.databaseUrl ? databaseFileStore() : diskFileStore(config.dataDir);
}
