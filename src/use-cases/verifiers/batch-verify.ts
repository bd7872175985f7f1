// 批量核验 (issue 12 point 2; decision 0035): up to 1,000 certificates a request, by number or by the
// holder's name and document number, each answered only `valid`, `invalid` (exists but invalidated or
// withdrawn) or `not_found` — nothing else about the holder. One use case for the API key and for the
// web app's upload, counted against the organisation's daily quota (China's date) in the same way.
//
// The quota is reserved before reading, in one transaction with the organisation's row locked (its
// requests are counted one at a time, so parallel batches cannot overrun it); the key's last use and
// the day's usage row are written in it. The reads are set-wise: numbers grouped by the issue year in
// positions 14–15 (one query per year, on the (number, issue_year) key of that year's partition), and
// every holder's keyed document hashes in one query on certificates_doc_idx.
import { AppError, english } from '../../domain/errors.js';
import { parseCertificateNumber } from '../../domain/certificate-number.js';
import { parseDocumentNumber } from '../../domain/document-number.js';
import type { PersonalDataProtector } from '../../identity/personal-data.js';
import type { Database } from '../../persistence/database.js';
import {
  addUsage,
  certificatesUsedOn,
  keyByHash,
  lockOrganisation,
  statusesByHolder,
  statusesByNumber,
} from '../../persistence/verifiers.repository.js';
import { todayInChina } from '../registry/registry-context.js';
import { KEY_PATTERN, keyHash, keyState } from './api-keys.js';
import { readRightsRevoked } from './verifier-errors.js';
import { raiseDataAccessAlert } from '../violation-case/data-access-alerts.js';

export const MAX_BATCH = 1000;

export type BatchItem =
  { certificateNumber: string } | { name: string; documentNumber: string; documentType?: string | undefined };

export type BatchResult = 'valid' | 'invalid' | 'not_found';

export interface BatchAnswer {
  checkedAt: string;
  results: { index: number; result: BatchResult }[];
}

/** Who is checking: a key (the API) or the organisation of a signed-in verifier (the web upload). */
export interface BatchChannel {
  organisationId: string;
  keyId: string | null;
}

const withEnglish = (status: number, code: string, title: string, detail: string, en: [string, string]) =>
  new AppError(status, code, title, detail, undefined, english(en[0], en[1]));

export const keyRefused = (
  code: 'VERIFIER_KEY_INVALID' | 'VERIFIER_KEY_REVOKED' | 'VERIFIER_KEY_EXPIRED',
) => {
  const words = {
    VERIFIER_KEY_INVALID: [
      'API 密钥无效',
      '请在请求头 Authorization: Bearer 中提供有效的 API 密钥',
      'Invalid API key',
      'Send a valid key in Authorization: Bearer',
    ],
    VERIFIER_KEY_REVOKED: [
      'API 密钥已吊销',
      '该 API 密钥已被吊销，请使用新的密钥',
      'API key revoked',
      'This API key has been revoked',
    ],
    VERIFIER_KEY_EXPIRED: [
      'API 密钥已失效',
      '该 API 密钥已轮换且宽限期已过，请使用新的密钥',
      'API key expired',
      'This key was rotated and its grace period is over',
    ],
  }[code];
  return withEnglish(401, code, words[0]!, words[1]!, [words[2]!, words[3]!]);
};

/** The next midnight in China (UTC+8, no daylight saving), when the day's quota starts again. */
export function quotaResetsAt(now: Date): Date {
  const day = todayInChina(now);
  return new Date(new Date(`${day}T00:00:00+08:00`).getTime() + 86_400_000);
}

/** The key in an Authorization header, checked: the key's channel, or 401/403 at once. */
export async function authenticateKey(
  db: Database,
  authorization: string | undefined,
): Promise<BatchChannel> {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const key = m?.[1];
  if (!key || !KEY_PATTERN.test(key)) throw keyRefused('VERIFIER_KEY_INVALID');
  const row = await keyByHash(db, keyHash(key));
  if (!row) throw keyRefused('VERIFIER_KEY_INVALID');
  const state = keyState(row, new Date());
  if (state === 'revoked') throw keyRefused('VERIFIER_KEY_REVOKED');
  if (state === 'expired') throw keyRefused('VERIFIER_KEY_EXPIRED');
  if (row.read_rights_revoked_at) throw readRightsRevoked();
  return { organisationId: row.organisation_id, keyId: row.id };
}

/**
 * Counts `certificates` against the organisation's quota of today and records the request, or refuses
 * it whole (429) naming the quota and when it resets. Read rights and the key are checked again under
 * the lock, so a revocation that commits first is never overtaken.
 */
export async function reserve(
  db: Database,
  channel: BatchChannel,
  certificates: number,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const org = await lockOrganisation(trx, channel.organisationId);
    if (!org || org.read_rights_revoked_at) throw readRightsRevoked();
    if (channel.keyId) {
      const key = await trx
        .selectFrom('verifier_api_keys')
        .select(['revoked_at', 'expires_at'])
        .where('id', '=', channel.keyId)
        .executeTakeFirst();
      if (!key) throw keyRefused('VERIFIER_KEY_INVALID');
      const state = keyState(key, now);
      if (state === 'revoked') throw keyRefused('VERIFIER_KEY_REVOKED');
      if (state === 'expired') throw keyRefused('VERIFIER_KEY_EXPIRED');
    }
    const day = todayInChina(now);
    const used = await certificatesUsedOn(trx, channel.organisationId, day);
    if (used + certificates > org.daily_quota) {
      const resetsAt = quotaResetsAt(now);
      const left = Math.max(0, org.daily_quota - used);
      throw new AppError(
        429,
        'VERIFIER_QUOTA_EXCEEDED',
        '超出每日核验额度',
        `本单位每日核验额度为 ${org.daily_quota} 张证书，今日已核验 ${used} 张，剩余 ${left} 张，本次请求 ${certificates} 张；额度于北京时间 ${resetsAt.toISOString()}（次日零时）恢复`,
        undefined,
        {
          ...english(
            'Daily verification quota exceeded',
            `Quota ${org.daily_quota} certificates a day; ${used} used today, ${left} left, ${certificates} asked; resets at ${resetsAt.toISOString()}`,
          ),
          quota: org.daily_quota,
          used,
          remaining: left,
          resetsAt: resetsAt.toISOString(),
          retryAfter: Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 1000)),
        },
      );
    }
    await addUsage(trx, { organisationId: channel.organisationId, keyId: channel.keyId, day, certificates });
    // mohrss-violations §15 ¶2: reading beyond the authority's threshold raises a lead.
    await raiseDataAccessAlert(trx, channel.organisationId, day);
    if (channel.keyId)
      await trx
        .updateTable('verifier_api_keys')
        .set({ last_used_at: now })
        .where('id', '=', channel.keyId)
        .execute();
  });
}

const normaliseName = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ');

/** The answers of the items, in their order: set-wise reads, no quota (the callers reserve). */
export async function checkItems(
  db: Database,
  personalData: PersonalDataProtector,
  items: readonly BatchItem[],
  now: Date = new Date(),
): Promise<BatchResult[]> {
  const results: BatchResult[] = items.map(() => 'not_found');
  const byYear = new Map<number, Map<string, number[]>>();
  const holders: { index: number; name: string; hashes: string[] }[] = [];
  const asOf = todayInChina(now);
  items.forEach((item, index) => {
    if ('certificateNumber' in item) {
      // A number that cannot exist is not found (the batch goes on; no error names the row).
      const parsed = parseCertificateNumber(item.certificateNumber);
      if (!parsed.ok) return;
      const { number, year } = parsed.value;
      const numbers = byYear.get(year) ?? new Map<string, number[]>();
      numbers.set(number, [...(numbers.get(number) ?? []), index]);
      byYear.set(year, numbers);
      return;
    }
    const doc = parseDocumentNumber(item.documentType ?? 'resident_id', item.documentNumber, { asOf });
    if (!doc.ok) return;
    holders.push({
      index,
      name: normaliseName(item.name),
      hashes: personalData.lookupHashes(doc.value.number),
    });
  });
  const fold = (index: number, status: 'valid' | 'invalidated' | 'withdrawn') => {
    if (status === 'valid') results[index] = 'valid';
    else if (results[index] === 'not_found') results[index] = 'invalid';
  };
  const [numberRows, holderRows] = await Promise.all([
    Promise.all(
      [...byYear].map(async ([year, numbers]) => ({
        numbers,
        rows: await statusesByNumber(db, year, [...numbers.keys()]),
      })),
    ),
    statusesByHolder(db, [...new Set(holders.flatMap((h) => h.hashes))]),
  ]);
  for (const { numbers, rows } of numberRows)
    for (const r of rows) for (const index of numbers.get(r.number) ?? []) fold(index, r.status);
  if (holders.length > 0) {
    const byHash = new Map<string, { name: string; status: 'valid' | 'invalidated' | 'withdrawn' }[]>();
    for (const r of holderRows)
      byHash.set(r.holder_doc_hmac, [
        ...(byHash.get(r.holder_doc_hmac) ?? []),
        { name: r.holder_name, status: r.status },
      ]);
    // A holder is "valid" when one of their certificates stands, "invalid" when all they have do not.
    for (const h of holders)
      for (const hash of h.hashes)
        for (const c of byHash.get(hash) ?? []) if (normaliseName(c.name) === h.name) fold(h.index, c.status);
  }
  return results;
}

export async function verifyBatch(
  db: Database,
  personalData: PersonalDataProtector,
  channel: BatchChannel,
  items: readonly BatchItem[],
  /** The time of the check (the demo's past days; otherwise now). */
  now: Date = new Date(),
): Promise<BatchAnswer> {
  if (items.length < 1 || items.length > MAX_BATCH)
    throw withEnglish(
      400,
      'VERIFIER_BATCH_SIZE',
      '批量核验条数不符合要求',
      `一次核验 1 至 ${MAX_BATCH} 张证书`,
      ['Batch size out of range', `Check 1 to ${MAX_BATCH} certificates a request`],
    );
  await reserve(db, channel, items.length, now);
  const results = await checkItems(db, personalData, items, now);
  return { checkedAt: now.toISOString(), results: results.map((result, index) => ({ index, result })) };
}
