// The serial counters of certificate numbers (decision 0024): one row per prefix (positions 1–16:
// issuer, year, level); a batch takes a range of n serials in ONE statement inside the caller's
// transaction. The row lock that INSERT … ON CONFLICT DO UPDATE takes holds until that transaction ends,
// so two server processes issuing under the same prefix at once queue on the row and never take the
// same serial; a rolled-back batch gives its range back. Past 999999 the statement updates nothing and
// the caller gets a refusal — serials never wrap (the number would repeat).
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';
import { MAX_SERIAL } from '../domain/certificate-number.js';
import { serialsExhausted } from '../use-cases/certificates/certificate-errors.js';

export interface SerialRange {
  prefix: string;
  /** First and last serial of the range, inclusive. */
  first: number;
  last: number;
}

/** Takes `n` consecutive serials (1 ≤ n ≤ 999999) under `prefix`, inside the caller's transaction. */
export async function allocateSerials(trx: Kysely<DB>, prefix: string, n: number): Promise<SerialRange> {
  if (!/^[YS]\d{15}$/.test(prefix)) throw new RangeError(`not a number prefix: ${prefix}`);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`serial count must be ≥ 1: ${n}`);
  if (n <= MAX_SERIAL) {
    const r = await sql<{ last_serial: number }>`
      INSERT INTO certificate_serials (prefix, last_serial) VALUES (${prefix}, ${n})
      ON CONFLICT (prefix) DO UPDATE SET last_serial = certificate_serials.last_serial + ${n}
        WHERE certificate_serials.last_serial + ${n} <= ${MAX_SERIAL}
      RETURNING last_serial`.execute(trx);
    const last = r.rows[0]?.last_serial;
    if (last !== undefined) return { prefix, first: Number(last) - n + 1, last: Number(last) };
  }
  const used = await trx
    .selectFrom('certificate_serials')
    .select('last_serial')
    .where('prefix', '=', prefix)
    .executeTakeFirst();
  throw serialsExhausted(prefix, used?.last_serial ?? 0, n);
}
