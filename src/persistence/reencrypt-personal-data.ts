// Background re-encryption after a data-key rotation (issue 10, docs/decisions/0019): every stored
// value that names another key than the current one is read with its own key and written again with
// the current one — the HMAC lookup index with it — in small batches, each one transaction with its
// audit row. A value changed meanwhile by a user is left alone (compare-and-set on the old ciphertext)
// and picked up in the next round. When nothing names a retiring key any more, the rotation is
// recorded as complete and the previous key may be removed from SKILLREG_DATA_KEY_PREVIOUS.
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';
import type { PersonalDataProtector } from '../identity/personal-data.js';
import { writeAudit } from '../audit/write-audit.js';

interface Target {
  table: string;
  enc: string;
  /** The keyed-hash index that goes with the value, recomputed under the new key. */
  hmac?: string;
}

/** Every column that holds a value written by the personal-data protector. */
export const ENCRYPTED_COLUMNS: readonly Target[] = [
  { table: 'staff', enc: 'id_number_enc', hmac: 'id_number_hmac' },
  { table: 'experts', enc: 'id_number_enc', hmac: 'id_number_hmac' },
  { table: 'objections', enc: 'submitter_name_enc' },
  { table: 'objections', enc: 'contact_enc' },
  { table: 'users', enc: 'totp_secret_enc' },
  { table: 'users', enc: 'totp_pending_secret_enc' },
  { table: 'candidates', enc: 'doc_enc', hmac: 'doc_hmac' },
  { table: 'evaluation_bans', enc: 'doc_enc', hmac: 'doc_hmac' },
  { table: 'school_students', enc: 'doc_enc', hmac: 'doc_hmac' },
  { table: 'staff_sanctions', enc: 'doc_enc', hmac: 'doc_hmac' },
  // A complainant's contact details (0028, decision 0039 point 5).
  { table: 'leads', enc: 'contact_enc' },
];

const SYSTEM = { caller: null, system: true } as const;

/** Re-encrypts up to `batch` values of one column; returns how many it rewrote. */
async function reencryptColumn(
  db: Kysely<DB>,
  pd: PersonalDataProtector,
  t: Target,
  batch: number,
): Promise<number> {
  const table = sql.table(t.table);
  const enc = sql.ref(t.enc);
  const prefix = `v2.${pd.keyId}.%`;
  return db.transaction().execute(async (trx) => {
    const rows = (
      await sql<{ id: string; value: string }>`select id::text as id, ${enc} as value from ${table}
        where ${enc} is not null and ${enc} not like ${prefix} order by id limit ${batch}
        for update skip locked`.execute(trx)
    ).rows;
    let done = 0;
    for (const row of rows) {
      const plain = pd.reveal(row.value);
      const next = pd.protect(plain);
      const set = t.hmac
        ? sql`${enc} = ${next.enc}, ${sql.ref(t.hmac)} = ${next.hmac}`
        : sql`${enc} = ${next.enc}`;
      const r =
        await sql`update ${table} set ${set} where id::text = ${row.id} and ${enc} = ${row.value}`.execute(
          trx,
        );
      done += Number(r.numAffectedRows ?? 0);
    }
    if (done > 0) {
      await writeAudit(trx, SYSTEM, {
        entity: 'data_key',
        entityId: pd.keyId,
        action: 'reencrypt',
        after: { table: t.table, column: t.enc, count: done, keyId: pd.keyId },
      });
    }
    return done;
  });
}

/** How many stored values still name another key than the current one. */
export async function countStaleValues(db: Kysely<DB>, pd: PersonalDataProtector): Promise<number> {
  let n = 0;
  for (const t of ENCRYPTED_COLUMNS) {
    const enc = sql.ref(t.enc);
    const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t.table)}
      where ${enc} is not null and ${enc} not like ${`v2.${pd.keyId}.%`}`.execute(db);
    n += Number(r.rows[0]!.n);
  }
  return n;
}

/**
 * One round: re-encrypts up to `batch` values per column; when none is left, retires the previous
 * keys (audited). Returns how many values it rewrote and whether the rotation is complete.
 */
export async function reencryptRound(
  db: Kysely<DB>,
  pd: PersonalDataProtector,
  batch = 200,
): Promise<{ rewritten: number; complete: boolean }> {
  let rewritten = 0;
  for (const t of ENCRYPTED_COLUMNS) rewritten += await reencryptColumn(db, pd, t, batch);
  if (rewritten > 0 || (await countStaleValues(db, pd)) > 0) return { rewritten, complete: false };
  await db.transaction().execute(async (trx) => {
    const r = await sql<{ key_id: string }>`update key_fingerprints set state = 'retired', retired_at = now()
      where purpose = 'data' and state = 'retiring' returning key_id`.execute(trx);
    if (r.rows.length > 0) {
      await writeAudit(trx, SYSTEM, {
        entity: 'data_key',
        entityId: pd.keyId,
        action: 'rotation_complete',
        after: { activeKeyId: pd.keyId, retiredKeyIds: r.rows.map((x) => x.key_id) },
      });
    }
  });
  return { rewritten, complete: true };
}

export interface Reencryptor {
  stop(): Promise<void>;
  /** Runs rounds until nothing is left (tests and the CLI). */
  drain(): Promise<number>;
}

/** Runs reencryptRound every `intervalMs` while stale values remain (in every server process). */
export function startReencryption(
  db: Kysely<DB>,
  pd: PersonalDataProtector,
  opts: {
    intervalMs: number;
    batch?: number;
    log?: { error: (o: unknown, m: string) => void; info: (m: string) => void };
  },
): Reencryptor {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let finished = false;
  const drain = async () => {
    let total = 0;
    for (;;) {
      const { rewritten, complete } = await reencryptRound(db, pd, opts.batch ?? 200);
      total += rewritten;
      if (rewritten === 0 && complete) {
        finished = true;
        return total;
      }
    }
  };
  const tick = () => {
    running = running
      .then(async () => {
        if (stopped || finished) return;
        const n = await drain();
        if (n > 0) opts.log?.info(`数据密钥轮换：已重新加密 ${n} 个值 / re-encrypted ${n} values`);
      })
      .catch((err: unknown) => opts.log?.error({ err }, 're-encryption failed'));
  };
  const timer = setInterval(tick, opts.intervalMs);
  timer.unref();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
    drain: async () => {
      await running;
      return drain();
    },
  };
}
