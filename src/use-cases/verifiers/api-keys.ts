// API 密钥 of a verifier organisation (issue 12 point 2; decision 0035): created, rotated and revoked
// by the organisation's own verifier accounts. A key is `srk_` and 40 random letters and digits (238
// bits); only its SHA-256 is stored, with its first 12 characters (`srk_ab12cd34`) to recognise it by,
// so the full key is shown once, in the answer that creates it. Rotating makes a new key and leaves the
// old one working for a day of grace (ROTATION_GRACE_HOURS) so that the systems using it can switch;
// revoking stops a key at once. Each change is one transaction with its audit row (never the key).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, english } from '../../domain/errors.js';
import { notFoundOf, readRightsRevoked, verifierOnly } from './verifier-errors.js';
import { isoTime } from '../../persistence/paging.js';
import { keysOf, lockKey, lockOrganisation, type KeyRow } from '../../persistence/verifiers.repository.js';
import { verifierPolicy } from '../../policies/verifier.policy.js';
import { auditContext, requireActor, type RegistryContext } from '../registry/registry-context.js';

export const KEY_PREFIX = 'srk_';
const KEY_BODY_LENGTH = 40;
const VISIBLE = KEY_PREFIX.length + 8;
export const KEY_PATTERN = /^srk_[0-9A-Za-z]{40}$/;
export const ROTATION_GRACE_HOURS = 24;
/** Keys that work at one time (active or in their grace), per organisation. */
export const MAX_LIVE_KEYS = 10;
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export type KeyState = 'active' | 'expiring' | 'expired' | 'revoked';

export interface KeyView {
  id: string;
  name: string;
  /** The first 12 characters, e.g. srk_ab12cd34 (the rest is never shown again). */
  prefix: string;
  state: KeyState;
  createdAt: string;
  lastUsedAt: string | null;
  /** A rotated key: the end of its grace. */
  expiresAt: string | null;
  revokedAt: string | null;
  replacedBy: string | null;
  version: number;
}

export const keyHash = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** A new key: 40 characters drawn uniformly from 62 (rejection sampling keeps them uniform). */
export function newApiKey(): string {
  let body = '';
  while (body.length < KEY_BODY_LENGTH) {
    for (const b of randomBytes(48)) {
      if (b < 248 && body.length < KEY_BODY_LENGTH) body += ALPHABET[b % 62];
    }
  }
  return KEY_PREFIX + body;
}

export function keyState(k: { revoked_at: Date | null; expires_at: Date | null }, now: Date): KeyState {
  if (k.revoked_at) return 'revoked';
  if (k.expires_at) return new Date(k.expires_at) <= now ? 'expired' : 'expiring';
  return 'active';
}

export function keyView(k: KeyRow, now: Date): KeyView {
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    state: keyState(k, now),
    createdAt: isoTime(k.created_at),
    lastUsedAt: k.last_used_at ? isoTime(k.last_used_at) : null,
    expiresAt: k.expires_at ? isoTime(k.expires_at) : null,
    revokedAt: k.revoked_at ? isoTime(k.revoked_at) : null,
    replacedBy: k.replaced_by,
    version: k.version,
  };
}

const keyNotFound = () => notFoundOf('API 密钥', 'No such API key');

function ownOrganisation(ctx: RegistryContext): string {
  const own = verifierPolicy.ownOrganisation(requireActor(ctx));
  if (!own) throw verifierOnly();
  return own;
}

export async function listApiKeys(ctx: RegistryContext): Promise<KeyView[]> {
  const own = ownOrganisation(ctx);
  const now = ctx.now ?? new Date();
  return (await keysOf(ctx.db, [own])).map((k) => keyView(k, now));
}

export interface NewKey {
  key: KeyView;
  /** The full key: shown this once, never stored. */
  secret: string;
}

export async function createApiKey(ctx: RegistryContext, input: { name: string }): Promise<NewKey> {
  const own = ownOrganisation(ctx);
  const secret = newApiKey();
  const id = randomUUID();
  const now = ctx.now ?? new Date();
  await ctx.db.transaction().execute(async (trx) => {
    const org = await lockOrganisation(trx, own);
    if (!org) throw keyNotFound();
    if (org.read_rights_revoked_at) throw readRightsRevoked();
    await assertRoomForKey(trx, own, now);
    await trx
      .insertInto('verifier_api_keys')
      .values({
        id,
        organisation_id: own,
        name: input.name.trim(),
        prefix: secret.slice(0, VISIBLE),
        key_hash: keyHash(secret),
        created_by: ctx.caller!.userId,
      })
      .execute();
    await writeAudit(trx, auditContext(ctx), {
      entity: 'verifier_api_key',
      entityId: id,
      action: 'verifier_api_key_created',
      after: { organisationId: own, name: input.name.trim(), prefix: secret.slice(0, VISIBLE) },
    });
  });
  const row = (await keysOf(ctx.db, [own])).find((k) => k.id === id)!;
  return { key: keyView(row, now), secret };
}

async function assertRoomForKey(trx: Transaction<DB>, organisationId: string, now: Date): Promise<void> {
  const live = await trx
    .selectFrom('verifier_api_keys')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .executeTakeFirstOrThrow();
  if (Number(live.n) >= MAX_LIVE_KEYS)
    throw new AppError(
      409,
      'VERIFIER_KEY_LIMIT',
      '密钥数量已达上限',
      `同一单位最多同时有 ${MAX_LIVE_KEYS} 个有效密钥，请先吊销不用的密钥`,
      undefined,
      english('Too many keys', `At most ${MAX_LIVE_KEYS} working keys per organisation; revoke one first`),
    );
}

/** A new key in place of `id`; the old one keeps working for ROTATION_GRACE_HOURS. */
export async function rotateApiKey(ctx: RegistryContext, id: string): Promise<NewKey> {
  const own = ownOrganisation(ctx);
  const secret = newApiKey();
  const newId = randomUUID();
  const now = ctx.now ?? new Date();
  await ctx.db.transaction().execute(async (trx) => {
    const org = await lockOrganisation(trx, own);
    if (!org) throw keyNotFound();
    const old = await lockKey(trx, id);
    if (!old || old.organisation_id !== own) throw keyNotFound();
    if (org.read_rights_revoked_at) throw readRightsRevoked();
    if (keyState(old, now) !== 'active')
      throw new AppError(
        409,
        'VERIFIER_KEY_NOT_ACTIVE',
        '该密钥不能轮换',
        '只有使用中的密钥可以轮换（已轮换、已过期或已吊销的不行）',
        undefined,
        english('Key not active', 'Only an active key can be rotated'),
      );
    const expiresAt = new Date(now.getTime() + ROTATION_GRACE_HOURS * 3_600_000);
    await trx
      .insertInto('verifier_api_keys')
      .values({
        id: newId,
        organisation_id: own,
        name: old.name,
        prefix: secret.slice(0, VISIBLE),
        key_hash: keyHash(secret),
        created_by: ctx.caller!.userId,
      })
      .execute();
    await trx
      .updateTable('verifier_api_keys')
      .set({ expires_at: expiresAt, replaced_by: newId, version: old.version + 1 })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, auditContext(ctx), {
      entity: 'verifier_api_key',
      entityId: id,
      action: 'verifier_api_key_rotated',
      before: { prefix: old.prefix },
      after: { replacedBy: newId, prefix: secret.slice(0, VISIBLE), expiresAt: expiresAt.toISOString() },
    });
  });
  const row = (await keysOf(ctx.db, [own])).find((k) => k.id === newId)!;
  return { key: keyView(row, now), secret };
}

/** Stops a key at once: its next request is refused (401). */
export async function revokeApiKey(ctx: RegistryContext, id: string): Promise<KeyView> {
  const own = ownOrganisation(ctx);
  const now = ctx.now ?? new Date();
  await ctx.db.transaction().execute(async (trx) => {
    const old = await lockKey(trx, id);
    if (!old || old.organisation_id !== own) throw keyNotFound();
    if (old.revoked_at)
      throw new AppError(
        409,
        'VERIFIER_KEY_REVOKED',
        '密钥已吊销',
        '该密钥已经吊销',
        undefined,
        english('Already revoked', 'This key is already revoked'),
      );
    await trx
      .updateTable('verifier_api_keys')
      .set({ revoked_at: now, revoked_by: ctx.caller!.userId, version: old.version + 1 })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, auditContext(ctx), {
      entity: 'verifier_api_key',
      entityId: id,
      action: 'verifier_api_key_revoked',
      before: { prefix: old.prefix, state: keyState(old, now) },
    });
  });
  const row = (await keysOf(ctx.db, [own])).find((k) => k.id === id)!;
  return keyView(row, now);
}
