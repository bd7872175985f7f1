// Where the personal-data master key comes from: SKILLREG_DATA_KEY (production: from a key store), or
// else a key file created once under the data directory with owner-only permissions (security.md:
// "keys from configuration, never in code or in the browser").
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { decodeMasterKey } from './personal-data.js';

export const DATA_KEY_FILE = 'data-key';

export async function resolveDataKey(config: Pick<Config, 'dataKey' | 'dataDir'>): Promise<string> {
  if (config.dataKey) {
    decodeMasterKey(config.dataKey); // refuse to start with a malformed key
    return config.dataKey.trim();
  }
  const file = join(config.dataDir, DATA_KEY_FILE);
  const existing = await readKeyFile(file);
  if (existing !== undefined) return existing;
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32).toString('base64');
  try {
    // 'wx': never overwrite — if another process created the file first, its key wins.
    await writeFile(file, key + '\n', { mode: 0o600, flag: 'wx' });
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const raced = await readKeyFile(file);
    if (raced === undefined) throw err;
    return raced;
  }
}

async function readKeyFile(file: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const key = text.trim();
  decodeMasterKey(key);
  return key;
}
