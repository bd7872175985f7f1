import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_KEY_FILE, resolveDataKey } from './data-key.js';

const dirs: string[] = [];
const tempDir = async () => {
  const d = await mkdtemp(join(tmpdir(), 'skillreg-key-'));
  dirs.push(d);
  return d;
};
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('resolveDataKey (security.md: keys from configuration)', () => {
  it('takes SKILLREG_DATA_KEY when set and writes no file', async () => {
    const dir = await tempDir();
    const key = randomBytes(32).toString('base64');
    expect(await resolveDataKey({ dataKey: key, dataDir: dir })).toBe(key);
    await expect(stat(join(dir, DATA_KEY_FILE))).rejects.toThrow();
  });

  it('refuses a configured key that is not 32 bytes', async () => {
    await expect(resolveDataKey({ dataKey: 'c2hvcnQ=', dataDir: await tempDir() })).rejects.toThrow(
      /32 bytes/,
    );
  });

  it('creates data/data-key once, owner-only (0600), and reuses it', async () => {
    const dir = join(await tempDir(), 'nested');
    const first = await resolveDataKey({ dataKey: undefined, dataDir: dir });
    expect(Buffer.from(first, 'base64')).toHaveLength(32);
    const st = await stat(join(dir, DATA_KEY_FILE));
    expect(st.mode & 0o777).toBe(0o600);
    expect(await resolveDataKey({ dataKey: undefined, dataDir: dir })).toBe(first);
    expect((await readFile(join(dir, DATA_KEY_FILE), 'utf8')).trim()).toBe(first);
  });

  it('refuses a corrupted key file instead of silently replacing it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, DATA_KEY_FILE), 'not a key\n');
    await expect(resolveDataKey({ dataKey: undefined, dataDir: dir })).rejects.toThrow(/32 bytes/);
  });
});
