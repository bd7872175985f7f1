// 查询日志 (issue 12 point 1): every public lookup is logged — when, how, the outcome — with the target
// and the client only as keyed hashes (HMAC-SHA-256 under a key derived from the data key, first 16
// bytes), so the log links repeated lookups of one person without holding a number, a name or an
// address in clear. Rows are buffered and written in one INSERT every second (or every 500 rows): no
// write on the lookup's own path (shared/design/certificates.md). What is buffered when the process is
// killed is lost; a clean stop flushes.
import { createHmac, hkdfSync } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, LookupChannel } from '../../persistence/schema.js';
import { insertLookups } from '../../persistence/certificate-verification.repository.js';

export interface LookupEntry {
  channel: LookupChannel;
  /** hash(target) and hash(client): the route has them already for the throttles. */
  target: string;
  client: string;
  outcome: 'found' | 'not_found' | 'refused';
  matches: number;
}

export interface LookupLog {
  /** The keyed hash the log and the throttles know a target or client by. */
  hash(value: string): string;
  add(entry: LookupEntry): void;
  flush(): Promise<void>;
  stop(): Promise<void>;
}

export function lookupHashKey(dataKey: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(dataKey, 'base64'), '', 'skillreg/lookup-log', 32));
}

export function createLookupLog(
  db: Kysely<DB>,
  dataKey: string,
  opts: { intervalMs?: number; maxBuffered?: number; onError?: (err: unknown) => void } = {},
): LookupLog {
  const key = lookupHashKey(dataKey);
  const hash = (value: string) =>
    createHmac('sha256', key).update(value, 'utf8').digest().subarray(0, 16).toString('base64url');
  let buffer: {
    at: Date;
    channel: LookupChannel;
    target_hash: string;
    client_hash: string;
    outcome: LookupEntry['outcome'];
    matches: number;
  }[] = [];
  let writing: Promise<void> = Promise.resolve();
  const maxBuffered = opts.maxBuffered ?? 500;
  const flush = (): Promise<void> => {
    if (buffer.length === 0) return writing;
    const rows = buffer;
    buffer = [];
    writing = writing.then(() => insertLookups(db, rows)).catch((err: unknown) => opts.onError?.(err));
    return writing;
  };
  const timer = setInterval(() => void flush(), opts.intervalMs ?? 1000);
  timer.unref();
  return {
    hash,
    add(e) {
      buffer.push({
        at: new Date(),
        channel: e.channel,
        target_hash: e.target,
        client_hash: e.client,
        outcome: e.outcome,
        matches: e.matches,
      });
      if (buffer.length >= maxBuffered) void flush();
    },
    flush,
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}
