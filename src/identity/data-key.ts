// Where the personal-data master key comes from (security.md: "keys from configuration, never in code
// or in the browser"; issue 10: every server process must hold the same key):
// - SKILLREG_DATA_KEY (base64), or SKILLREG_DATA_KEY_FILE (a file holding it, e.g. a mounted secret);
// - SKILLREG_DATA_KEY_PREVIOUS (comma-separated) while a rotation re-encrypts the stored values;
// - with DATABASE_URL nothing is generated: a missing key refuses the start, naming the variable,
//   because a key made up by one process could not read what another wrote;
// - only the embedded default (PGlite in ./data) creates data/data-key once, owner-only.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { decodeMasterKey } from './personal-data.js';

export const DATA_KEY_FILE = 'data-key';

export interface DataKeys {
  current: string;
  previous: string[];
}

type KeyConfig = Pick<Config, 'dataKey' | 'dataDir'> &
  Partial<Pick<Config, 'dataKeyFile' | 'previousDataKeys' | 'databaseUrl'>>;

/** The current data key (see resolveDataKeys). */
export async function resolveDataKey(config: KeyConfig): Promise<string> {
  return (await resolveDataKeys(config)).current;
}

export async function resolveDataKeys(config: KeyConfig): Promise<DataKeys> {
  const previous = (config.previousDataKeys ?? []).map((k) => {
    decodeMasterKey(k, 'SKILLREG_DATA_KEY_PREVIOUS');
    return k.trim();
  });
  if (config.dataKey) {
    decodeMasterKey(config.dataKey); // refuse to start with a malformed key
    return { current: config.dataKey.trim(), previous };
  }
  if (config.dataKeyFile) {
    const key = await readKeyFile(config.dataKeyFile, 'SKILLREG_DATA_KEY_FILE');
    if (key === undefined) {
      throw new Error(
        `SKILLREG_DATA_KEY_FILE 指向的文件 ${config.dataKeyFile} 不存在 / SKILLREG_DATA_KEY_FILE: ${config.dataKeyFile} does not exist`,
      );
    }
    return { current: key, previous };
  }
  if (config.databaseUrl) {
    throw new Error(
      '使用 DATABASE_URL 时必须配置数据密钥：请设置 SKILLREG_DATA_KEY（或 SKILLREG_DATA_KEY_FILE），各服务器进程使用同一密钥 / ' +
        'with DATABASE_URL the data key must come from configuration: set SKILLREG_DATA_KEY (or SKILLREG_DATA_KEY_FILE), the same in every server process',
    );
  }
  const file = join(config.dataDir, DATA_KEY_FILE);
  const existing = await readKeyFile(file, file);
  if (existing !== undefined) return { current: existing, previous };
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32).toString('base64');
  try {
    // 'wx': never overwrite — if another process created the file first, its key wins.
    await writeFile(file, key + '\n', { mode: 0o600, flag: 'wx' });
    return { current: key, previous };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const raced = await readKeyFile(file, file);
    if (raced === undefined) throw err;
    return { current: raced, previous };
  }
}

async function readKeyFile(file: string, variable: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const key = text.trim();
  decodeMasterKey(key, variable);
  return key;
}
