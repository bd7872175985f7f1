// What every registry use case is given: the database, the caller, the request id (for the audit
// row) and the personal-data protector. Also the small steps every use case repeats.
import type { Database } from '../../persistence/database.js';
import type { PersonalDataProtector } from '../../identity/personal-data.js';
import type { Actor, Caller } from '../../policies/actor.js';
import type { AuditContext } from '../../audit/write-audit.js';
import { AppError, forbidden, versionConflict } from '../../domain/errors.js';

export interface RegistryContext {
  db: Database;
  caller: Caller;
  requestId?: string | undefined;
  personalData: PersonalDataProtector;
  /** For tests: the current time. */
  now?: Date;
}

export const auditContext = (ctx: RegistryContext): AuditContext => ({
  caller: ctx.caller,
  requestId: ctx.requestId,
});

/** Registry records are for signed-in users only (the public directory is a separate feature). */
export function requireActor(ctx: RegistryContext): Actor {
  if (!ctx.caller) throw new AppError(401, 'AUTH_REQUIRED', '未登录', '请先登录');
  return ctx.caller;
}

export function allow(ok: boolean, detail?: string): void {
  if (!ok) throw forbidden(detail);
}

/** Optimistic concurrency (docs/api.md "Updates"): a PATCH names the version it was based on. */
export function expectVersion(current: number, given: number): void {
  if (current !== given) throw versionConflict();
}

/** Today in China (legal dates are Beijing dates, whatever the server's time zone). */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** A unique index answered for a row another request inserted a moment ago. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
}

/** Keeps only the keys whose value is given (PATCH semantics: absent = unchanged, null = cleared). */
export function given<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
