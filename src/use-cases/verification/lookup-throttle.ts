// The public lookup's throttles (issue 12 point 1, decision 0034). Two budgets per window: the client's
// (its address; a /64 for IPv6) and the looked-up target's — the number, or for a lookup by name and
// document number the name alone, so that many clients trying one person's document numbers are slowed
// as one. Within `free` lookups nothing is asked; past it every lookup needs a solved proof-of-work
// challenge; at `max` the lookup is refused until the window turns. Counters are kept in the process,
// fixed windows, at most `maxKeys` of them (the oldest go first): no write per lookup on the
// verification path (shared/design/certificates.md), at the price that N processes each count their
// own share — decision 0034 says why that is acceptable. No I/O.

export interface Budget {
  free: number;
  max: number;
}

export interface ThrottleSettings {
  windowMs: number;
  client: Budget;
  target: Budget;
}

export type ThrottleVerdict =
  | { kind: 'free' }
  | { kind: 'challenge' }
  | { kind: 'refused'; retryAfterSeconds: number; by: 'client' | 'target' };

class WindowCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  constructor(
    private readonly windowMs: number,
    private readonly maxKeys: number,
  ) {}

  /** Lookups counted in the key's current window, and when that window ends. */
  peek(key: string, now: number): { count: number; endsAt: number } {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) return { count: 0, endsAt: now + this.windowMs };
    return { count: w.count, endsAt: w.start + this.windowMs };
  }

  hit(key: string, now: number): void {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      this.windows.delete(key);
      this.windows.set(key, { start: now, count: 1 });
      if (this.windows.size > this.maxKeys) {
        const oldest = this.windows.keys().next();
        if (!oldest.done) this.windows.delete(oldest.value);
      }
    } else w.count += 1;
  }
}

export interface LookupThrottle {
  /** What this lookup needs, before it is made; counts nothing. */
  assess(client: string, target: string): ThrottleVerdict;
  /** Counts a lookup that was made (found or not). */
  record(client: string, target: string): void;
}

export function createLookupThrottle(
  settings: ThrottleSettings,
  now: () => number = Date.now,
  maxKeys = 200_000,
): LookupThrottle {
  const clients = new WindowCounter(settings.windowMs, maxKeys);
  const targets = new WindowCounter(settings.windowMs, maxKeys);
  return {
    assess(client, target) {
      const t = now();
      const c = clients.peek(client, t);
      const g = targets.peek(target, t);
      const retry = (endsAt: number) => Math.max(1, Math.ceil((endsAt - t) / 1000));
      if (c.count >= settings.client.max)
        return { kind: 'refused', retryAfterSeconds: retry(c.endsAt), by: 'client' };
      if (g.count >= settings.target.max)
        return { kind: 'refused', retryAfterSeconds: retry(g.endsAt), by: 'target' };
      if (c.count >= settings.client.free || g.count >= settings.target.free) return { kind: 'challenge' };
      return { kind: 'free' };
    },
    record(client, target) {
      const t = now();
      clients.hit(client, t);
      targets.hit(target, t);
    },
  };
}
