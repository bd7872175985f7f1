// Content-addressed file storage and gap-free numbering: the two stores the workflow writes beside its rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import {
  StoredFileCorruptError,
  databaseFileStore,
  diskFileStore,
  diskPath,
  sha256Of,
  type FileStore,
} from '../../src/persistence/file-store.js';
import { nextNumber } from '../../src/persistence/cases.repository.js';
import { openTestDatabase } from '../support/test-database.js';

let h: DatabaseHandle;
let dir: string;
beforeAll(async () => {
  h = await openTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'skillreg-files-'));
});
afterAll(async () => h?.close());

const bytesOf = (s: string) => new Uint8Array(Buffer.from(s));
const put = (store: FileStore, bytes: Uint8Array) =>
  h.db.transaction().execute((trx) => store.put(trx, bytes, 'application/pdf'));

describe.each([
  ['disk', () => diskFileStore(dir)],
  ['database', () => databaseFileStore()],
])('the %s file store', (_name, make) => {
  it('stores by SHA-256, returns the same bytes, and records the file once however often it is put', async () => {
    const store = make();
    const bytes = bytesOf(`%PDF-1.7 ${_name} 申请书`);
    const a = await put(store, bytes);
    const b = await put(store, bytes);
    expect(a).toEqual({ sha256: sha256Of(bytes), size: bytes.length, mediaType: 'application/pdf' });
    expect(b).toEqual(a);
    expect(Buffer.compare((await store.get(h.db, a.sha256))!, Buffer.from(bytes))).toBe(0);
    expect(
      await h.db.selectFrom('stored_files').selectAll().where('sha256', '=', a.sha256).execute(),
    ).toHaveLength(1);
  });

  it('answers undefined for a hash it does not hold and refuses what is not a hash', async () => {
    const store = make();
    expect(await store.get(h.db, 'a'.repeat(64))).toBeUndefined();
    await expect(store.get(h.db, '../../etc/passwd')).rejects.toThrow(RangeError);
  });

  it('records nothing when the transaction rolls back', async () => {
    const store = make();
    const bytes = bytesOf(`rolled back ${_name}`);
    await expect(
      h.db.transaction().execute(async (trx) => {
        await store.put(trx, bytes, 'application/pdf');
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(
      await h.db.selectFrom('stored_files').selectAll().where('sha256', '=', sha256Of(bytes)).execute(),
    ).toEqual([]);
    if (store.kind === 'database') expect(await store.get(h.db, sha256Of(bytes))).toBeUndefined();
  });
});

describe('the disk file store', () => {
  it('writes files/sha256/ab/cdef… under the data directory and leaves no temporary file', async () => {
    const store = diskFileStore(dir);
    const bytes = bytesOf('layout');
    const { sha256 } = await put(store, bytes);
    const path = join(dir, 'files', 'sha256', sha256.slice(0, 2), sha256.slice(2));
    expect(diskPath(dir, sha256)).toBe(path);
    expect(await readFile(path, 'utf8')).toBe('layout');
    expect(
      (await readdir(join(dir, 'files', 'sha256', sha256.slice(0, 2)))).filter((f) => f.endsWith('.tmp')),
    ).toEqual([]);
  });

  it('refuses to return bytes that no longer match their hash', async () => {
    const store = diskFileStore(dir);
    const { sha256 } = await put(store, bytesOf('original'));
    await writeFile(diskPath(dir, sha256), 'tampered');
    await expect(store.get(h.db, sha256)).rejects.toThrow(StoredFileCorruptError);
  });

  it('stores identical content written concurrently once, intact', async () => {
    const store = diskFileStore(dir);
    const bytes = new Uint8Array(256 * 1024).fill(7);
    await Promise.all([put(store, bytes), put(store, bytes), put(store, bytes)]);
    expect((await store.get(h.db, sha256Of(bytes)))!.length).toBe(bytes.length);
  });
});

const take = (scope: string, year: number) =>
  h.db.transaction().execute((trx) => nextNumber(trx, scope, year));

describe('document numbering', () => {
  it('counts 1, 2, 3 per prefix and starts again each year', async () => {
    expect([
      await take('黔人社评备受', 2026),
      await take('黔人社评备受', 2026),
      await take('黔人社评备补', 2026),
    ]).toEqual([1, 2, 1]);
    expect(await take('黔人社评备受', 2027)).toBe(1);
  });

  it('gives twenty concurrent issuers twenty different numbers with no gap', async () => {
    const got = await Promise.all(Array.from({ length: 20 }, () => take('并发', 2026)));
    expect(got.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('does not use up a number in a transaction that rolls back', async () => {
    await expect(
      h.db.transaction().execute(async (trx) => {
        expect(await nextNumber(trx, '回滚', 2026)).toBe(1);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await take('回滚', 2026)).toBe(1);
  });
});
