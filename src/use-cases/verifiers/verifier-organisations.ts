// 证书数据读取单位 (issue 12 point 2; decision 0035): the organisations that verify certificates in batches
// — an employer's HR office, a subsidy office — as the system administrator and the authorities keep
// them: create, set the daily quota, read the usage of their keys; and the two acts of
// mohrss-violations §15 ¶2: 立即取消其证书数据读取权限 (every key fails on its next request) and 责令其删除
// 已读取的证书数据 (the order as written and its date). Each change is one transaction with its audit row.
import { randomUUID } from 'node:crypto';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, duplicate, english } from '../../domain/errors.js';
import { forbiddenTo, notFoundOf, problemOf, verifierOnly } from './verifier-errors.js';
import type { Updateable } from 'kysely';
import type { Citation } from '../../domain/citation.js';
import { isoTime } from '../../persistence/paging.js';
import {
  findOrganisation,
  keysOf,
  listOrganisations,
  lockOrganisation,
  usageSince,
  type OrganisationRow,
  type UsageRow,
} from '../../persistence/verifiers.repository.js';
import type { VerifierKind, VerifierOrganisationsTable } from '../../persistence/schema.js';
import { verifierPolicy, type VerifierOrganisationAbilities } from '../../policies/verifier.policy.js';
import {
  auditContext,
  expectVersion,
  isUniqueViolation,
  requireActor,
  todayInChina,
  type RegistryContext,
} from '../registry/registry-context.js';
import { keyView, type KeyView } from './api-keys.js';

export const DEFAULT_DAILY_QUOTA = 10_000;
/** Usage is shown for this many days, today included. */
export const USAGE_DAYS = 30;

const SECTION_15: Citation[] = [{ source: 'mohrss-violations', article: 15, paragraph: 2 }];

export interface UsageDay {
  day: string;
  /** null: the batch upload of the web app. */
  keyId: string | null;
  keyPrefix: string | null;
  requests: number;
  certificates: number;
}

export interface VerifierOrganisationView {
  id: string;
  name: string;
  uscc: string | null;
  kind: VerifierKind;
  contact: string;
  dailyQuota: number;
  usedToday: number;
  readRights: { revoked: boolean; revokedAt: string | null; reason: string | null; revokedBy: string | null };
  deletionOrder: { text: string; orderedAt: string; orderedBy: string | null } | null;
  decisionCaseId: string | null;
  keys: { active: number; total: number };
  last30Days: { requests: number; certificates: number };
  createdAt: string;
  version: number;
  abilities: VerifierOrganisationAbilities;
}

export interface VerifierOrganisationDetail extends VerifierOrganisationView {
  usage: UsageDay[];
  apiKeys: KeyView[];
}

export function usageFromDay(now: Date): string {
  const today = todayInChina(now);
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - (USAGE_DAYS - 1));
  return d.toISOString().slice(0, 10);
}

function view(
  ctx: RegistryContext,
  row: OrganisationRow,
  usage: UsageRow[],
  keys: KeyView[],
  now: Date,
): VerifierOrganisationView {
  const mine = usage.filter((u) => u.organisation_id === row.id);
  const today = todayInChina(now);
  const revoked = row.read_rights_revoked_at !== null;
  return {
    id: row.id,
    name: row.name,
    uscc: row.uscc,
    kind: row.kind,
    contact: row.contact,
    dailyQuota: row.daily_quota,
    usedToday: mine.filter((u) => u.day === today).reduce((n, u) => n + u.certificates, 0),
    readRights: {
      revoked,
      revokedAt: row.read_rights_revoked_at ? isoTime(row.read_rights_revoked_at) : null,
      reason: row.revocation_reason,
      revokedBy: row.revoked_by_name ?? null,
    },
    deletionOrder:
      row.deletion_order && row.deletion_ordered_at
        ? {
            text: row.deletion_order,
            orderedAt: isoTime(row.deletion_ordered_at),
            orderedBy: row.ordered_by_name ?? null,
          }
        : null,
    decisionCaseId: row.decision_case_id,
    keys: {
      active: keys.filter((k) => k.state === 'active' || k.state === 'expiring').length,
      total: keys.length,
    },
    last30Days: {
      requests: mine.reduce((n, u) => n + u.requests, 0),
      certificates: mine.reduce((n, u) => n + u.certificates, 0),
    },
    createdAt: isoTime(row.created_at),
    version: row.version,
    abilities: verifierPolicy.abilities(ctx.caller, {
      revoked,
      deletionOrdered: row.deletion_order !== null,
    }),
  };
}

function assertOverseer(ctx: RegistryContext): void {
  requireActor(ctx);
  if (!verifierPolicy.canOversee(ctx.caller))
    throw new AppError(
      403,
      'FORBIDDEN',
      '无权操作',
      '只有系统管理员和主管部门工作人员可以管理证书数据读取单位',
      undefined,
      english(
        'Not allowed',
        'Only the system administrator and authority staff manage verifier organisations',
      ),
    );
}

const organisationNotFound = () => notFoundOf('核验单位', 'No such verifier organisation');

export async function listVerifierOrganisations(ctx: RegistryContext): Promise<VerifierOrganisationView[]> {
  assertOverseer(ctx);
  const now = ctx.now ?? new Date();
  const rows = await listOrganisations(ctx.db);
  const ids = rows.map((r) => r.id);
  const [usage, keys] = await Promise.all([usageSince(ctx.db, ids, usageFromDay(now)), keysOf(ctx.db, ids)]);
  return rows.map((r) =>
    view(
      ctx,
      r,
      usage,
      keys.filter((k) => k.organisation_id === r.id).map((k) => keyView(k, now)),
      now,
    ),
  );
}

/** One organisation with its keys and usage per day: for the overseers, or its own verifiers. */
export async function getVerifierOrganisation(
  ctx: RegistryContext,
  id: string,
): Promise<VerifierOrganisationDetail> {
  const caller = requireActor(ctx);
  const own = verifierPolicy.ownOrganisation(caller);
  if (own !== id && !verifierPolicy.canOversee(caller)) throw organisationNotFound();
  const now = ctx.now ?? new Date();
  const row = await findOrganisation(ctx.db, id);
  if (!row) throw organisationNotFound();
  const [usage, keyRows] = await Promise.all([
    usageSince(ctx.db, [id], usageFromDay(now)),
    keysOf(ctx.db, [id]),
  ]);
  const keys = keyRows.map((k) => keyView(k, now));
  const prefixOf = new Map(keys.map((k) => [k.id, k.prefix]));
  return {
    ...view(ctx, row, usage, keys, now),
    usage: usage.map((u) => ({
      day: u.day,
      keyId: u.key_id,
      keyPrefix: u.key_id ? (prefixOf.get(u.key_id) ?? null) : null,
      requests: u.requests,
      certificates: u.certificates,
    })),
    apiKeys: keys,
  };
}

/** The signed-in verifier's own organisation. */
export async function myVerifierOrganisation(ctx: RegistryContext): Promise<VerifierOrganisationDetail> {
  const own = verifierPolicy.ownOrganisation(requireActor(ctx));
  if (!own) throw verifierOnly();
  return getVerifierOrganisation(ctx, own);
}

export interface CreateOrganisationInput {
  name: string;
  uscc?: string | null | undefined;
  kind: VerifierKind;
  contact: string;
  dailyQuota?: number | undefined;
}

export async function createVerifierOrganisation(
  ctx: RegistryContext,
  input: CreateOrganisationInput,
): Promise<VerifierOrganisationDetail> {
  assertOverseer(ctx);
  const id = randomUUID();
  const values = {
    id,
    name: input.name.trim(),
    uscc: input.uscc?.trim() || null,
    kind: input.kind,
    contact: input.contact.trim(),
    daily_quota: input.dailyQuota ?? DEFAULT_DAILY_QUOTA,
    created_by: ctx.caller!.userId,
    updated_at: new Date(),
  };
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await trx.insertInto('verifier_organisations').values(values).execute();
      await writeAudit(trx, auditContext(ctx), {
        entity: 'verifier_organisation',
        entityId: id,
        action: 'verifier_organisation_created',
        after: { name: values.name, uscc: values.uscc, kind: values.kind, dailyQuota: values.daily_quota },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      const e = duplicate('已有同名或同一统一社会信用代码的核验单位');
      throw new AppError(
        e.status,
        e.code,
        e.title,
        e.detail,
        undefined,
        english('Duplicate', 'A verifier organisation with this name or USCC exists'),
      );
    }
    throw err;
  }
  return getVerifierOrganisation(ctx, id);
}

export async function updateVerifierOrganisation(
  ctx: RegistryContext,
  id: string,
  input: { version: number; dailyQuota?: number | undefined; contact?: string | undefined },
): Promise<VerifierOrganisationDetail> {
  assertOverseer(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await lockOrganisation(trx, id);
    if (!row) throw organisationNotFound();
    expectVersion(row.version, input.version);
    const before = await trx
      .selectFrom('verifier_organisations')
      .select(['daily_quota', 'contact'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const after = {
      daily_quota: input.dailyQuota ?? before.daily_quota,
      contact: input.contact?.trim() ?? before.contact,
    };
    await trx
      .updateTable('verifier_organisations')
      .set({ ...after, updated_at: new Date(), version: row.version + 1 })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, auditContext(ctx), {
      entity: 'verifier_organisation',
      entityId: id,
      action: 'verifier_organisation_updated',
      before,
      after,
    });
  });
  return getVerifierOrganisation(ctx, id);
}

/**
 * One of the two acts of mohrss-violations §15 ¶2 on the locked organisation: authority staff only (the
 * administrator sees the organisation and is told 403), on the version the page showed, with its
 * audit row citing the article, in one transaction.
 */
async function sanction(
  ctx: RegistryContext,
  id: string,
  version: number,
  act: {
    action: 'verifier_read_rights_revoked' | 'verifier_deletion_ordered';
    forbidden: [zh: string, en: string];
    refuse: (row: { read_rights_revoked_at: Date | null; deletion_order: string | null }) => AppError | null;
    set: (userId: string, now: Date) => Updateable<VerifierOrganisationsTable>;
    audit: (now: Date) => Record<string, string>;
  },
): Promise<VerifierOrganisationDetail> {
  assertOverseer(ctx);
  const caller = requireActor(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await lockOrganisation(trx, id);
    if (!row) throw organisationNotFound();
    if (caller.role !== 'authority_staff') throw forbiddenTo(...act.forbidden);
    expectVersion(row.version, version);
    const refusal = act.refuse(row);
    if (refusal) throw refusal;
    const now = new Date();
    await trx
      .updateTable('verifier_organisations')
      .set({ ...act.set(caller.userId, now), updated_at: now, version: row.version + 1 })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, auditContext(ctx), {
      entity: 'verifier_organisation',
      entityId: id,
      action: act.action,
      after: act.audit(now),
      citations: SECTION_15,
    });
  });
  return getVerifierOrganisation(ctx, id);
}

/** 立即取消其证书数据读取权限 (mohrss-violations §15 ¶2): from this commit on, every key fails. */
export async function revokeReadRights(
  ctx: RegistryContext,
  id: string,
  input: { version: number; reason: string },
): Promise<VerifierOrganisationDetail> {
  const reason = input.reason.trim();
  return sanction(ctx, id, input.version, {
    action: 'verifier_read_rights_revoked',
    forbidden: [
      '取消证书数据读取权限由人力资源社会保障部门决定',
      'Revoking read rights is for authority staff',
    ],
    refuse: (row) =>
      row.read_rights_revoked_at
        ? problemOf(
            409,
            'READ_RIGHTS_ALREADY_REVOKED',
            ['读取权限已取消', '该单位的证书数据读取权限已经取消'],
            ['Already revoked', 'This organisation’s read rights are already revoked'],
          )
        : null,
    set: (userId, now) => ({ read_rights_revoked_at: now, revoked_by: userId, revocation_reason: reason }),
    audit: (now) => ({ reason, revokedAt: now.toISOString() }),
  });
}

/** 责令其删除已读取的证书数据 (mohrss-violations §15 ¶2): the order as written, after the revocation. */
export async function orderDeletion(
  ctx: RegistryContext,
  id: string,
  input: { version: number; order: string },
): Promise<VerifierOrganisationDetail> {
  const order = input.order.trim();
  return sanction(ctx, id, input.version, {
    action: 'verifier_deletion_ordered',
    forbidden: [
      '责令删除已读取的证书数据由人力资源社会保障部门决定',
      'Deletion orders are for authority staff',
    ],
    refuse: (row) =>
      row.read_rights_revoked_at === null
        ? problemOf(
            409,
            'READ_RIGHTS_NOT_REVOKED',
            ['请先取消读取权限', '责令删除已读取数据前，请先取消该单位的证书数据读取权限（第十五条第二款）'],
            ['Revoke first', 'Revoke the read rights before ordering deletion (§15 ¶2)'],
          )
        : row.deletion_order !== null
          ? problemOf(
              409,
              'DELETION_ALREADY_ORDERED',
              ['已责令删除', '已经对该单位下达删除已读取数据的责令'],
              ['Already ordered', 'Deletion has already been ordered'],
            )
          : null,
    set: (userId, now) => ({ deletion_order: order, deletion_ordered_at: now, deletion_ordered_by: userId }),
    audit: (now) => ({ order, orderedAt: now.toISOString() }),
  });
}
