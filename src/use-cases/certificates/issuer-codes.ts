// Issuer codes 证书编号第 2–13 位 (issue 11 point 5, decision 0024): the authority that filed or selected an
// institution (or branch) records the parts of the certificate number the authorities assign — the
// ministry's institution code (0001–9999 for an institution filed with the ministry, 0000 for one filed
// with a province) and the site sequence the province's human-resources department assigns. The kind
// letter follows from the institution's kind (CERTIFICATE_KIND_LETTER) and the province from where the
// issuer is filed: SkillReg derives them and never asks for them. Audited; one transaction.
// A code may be corrected until the first certificate is numbered under it; after that it is fixed,
// because the numbers already issued carry it.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { notFound } from '../../domain/errors.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import { certificatePolicy } from '../../policies/certificate.policy.js';
import { CERTIFICATE_KIND_LETTER, PROVINCIAL_INSTITUTION_CODE } from '../../domain/certificate-number.js';
import {
  findCodeHolder,
  findIssuerCode,
  findIssuers,
  issuerHasCertificates,
  saveIssuerCode,
  type IssuerRecord,
} from '../../persistence/certificate-issuer-codes.repository.js';
import {
  allow,
  auditContext,
  isUniqueViolation,
  requireActor,
  type RegistryContext,
} from '../registry/registry-context.js';
import { issuerCodeInUse, issuerCodeTaken, institutionCodeInvalid } from './certificate-errors.js';

export interface IssuerView {
  institutionId: string;
  institutionName: string;
  branchId: string | null;
  branchName: string | null;
  jurisdictionCode: string;
  /** Derived: the letter of the institution's kind and the province where the issuer is filed. */
  kindLetter: 'Y' | 'S';
  provinceCode: string;
  /** Filed with (or selected by) the ministry: the institution code is 0001–9999, else 0000. */
  ministryFiled: boolean;
  filedBy: { id: string; name: string }[];
  code: {
    institutionCode: string;
    siteSequence: string;
    /** Positions 1–13 of every number this issuer gives. */
    issuerPrefix: string;
    assignedByAuthorityName: string | null;
    assignedAt: string;
    /** A certificate is numbered under it: it is fixed from then on (the numbers carry it). */
    inUse: boolean;
  } | null;
  /** assign: may record the code now, or correct it while no certificate is numbered under it. */
  abilities: { assign: boolean };
}

const issuerView = (ctx: RegistryContext, r: IssuerRecord, inUse: boolean): IssuerView => {
  const kindLetter = CERTIFICATE_KIND_LETTER[r.institutionKind];
  return {
    institutionId: r.institutionId,
    institutionName: r.institutionName,
    branchId: r.branchId,
    branchName: r.branchName,
    jurisdictionCode: r.jurisdictionCode,
    kindLetter,
    provinceCode: r.jurisdictionCode.slice(0, 2),
    ministryFiled: r.filedBy.some((a) => a.national),
    filedBy: r.filedBy.map(({ id, name }) => ({ id, name })),
    code: r.code && {
      institutionCode: r.code.institutionCode,
      siteSequence: r.code.siteSequence,
      issuerPrefix: `${r.code.kindLetter}${r.code.institutionCode}${r.code.provinceCode}${r.code.siteSequence}`,
      assignedByAuthorityName: r.code.assignedByAuthorityName,
      assignedAt: r.code.assignedAt.toISOString(),
      inUse,
    },
    abilities: {
      assign:
        !inUse &&
        certificatePolicy.canAssignIssuerCode(
          ctx.caller,
          r.filedBy.map((a) => a.id),
        ),
    },
  };
};

/** The view, with whether a certificate is already numbered under the issuer's recorded code. */
const viewOf = async (ctx: RegistryContext, r: IssuerRecord): Promise<IssuerView> =>
  issuerView(ctx, r, !!r.code && (await issuerHasCertificates(ctx.db, r.institutionId, r.branchId)));

export async function listIssuerCodes(
  ctx: RegistryContext,
  institutionId: string,
): Promise<{ items: IssuerView[] }> {
  const actor = requireActor(ctx);
  const issuers = await findIssuers(ctx.db, certificatePolicy.scope(actor), institutionId);
  if (!issuers) throw notFound('评价机构');
  return { items: await Promise.all(issuers.map((r) => viewOf(ctx, r))) };
}

export interface AssignIssuerCodeInput {
  institutionId: string;
  branchId: string | null;
  /** Required for an institution filed with the ministry (0001–9999); 0000 or absent otherwise. */
  institutionCode?: string | undefined;
  siteSequence: string;
}

/**
 * The checks and the write, inside the caller's transaction; `issuer` is one the caller may assign for.
 * The demo world uses it directly for the provincial departments that have no accounts.
 */
export async function assignIssuerCodeIn(
  trx: Transaction<DB>,
  audit: AuditContext,
  issuer: IssuerRecord,
  input: AssignIssuerCodeInput,
  by: { authorityId: string | null; userId: string | null },
): Promise<void> {
  const kindLetter = CERTIFICATE_KIND_LETTER[issuer.institutionKind];
  const provinceCode = issuer.jurisdictionCode.slice(0, 2);
  const ministryFiled = issuer.filedBy.some((a) => a.national);
  const institutionCode = input.institutionCode ?? (ministryFiled ? '' : PROVINCIAL_INSTITUTION_CODE);
  if (
    ministryFiled
      ? !/^\d{4}$/.test(institutionCode) || institutionCode === '0000'
      : institutionCode !== '0000'
  )
    throw institutionCodeInvalid(ministryFiled);
  const parts = { kindLetter, institutionCode, provinceCode, siteSequence: input.siteSequence };
  const before = await findIssuerCode(trx, issuer.institutionId, issuer.branchId);
  if (
    before &&
    (before.institutionCode !== institutionCode || before.siteSequence !== input.siteSequence) &&
    (await issuerHasCertificates(trx, issuer.institutionId, issuer.branchId))
  )
    throw issuerCodeInUse();
  const holder = await findCodeHolder(trx, parts);
  if (holder && (holder.institutionId !== issuer.institutionId || holder.branchId !== issuer.branchId))
    throw issuerCodeTaken(`${kindLetter}${institutionCode}${provinceCode}${input.siteSequence}`);
  const id = before?.id ?? randomUUID();
  try {
    await saveIssuerCode(trx, {
      id,
      institutionId: issuer.institutionId,
      branchId: issuer.branchId,
      ...parts,
      assignedByAuthorityId: by.authorityId,
      assignedBy: by.userId,
      existingId: before?.id ?? null,
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw issuerCodeTaken(`${kindLetter}${institutionCode}${provinceCode}${input.siteSequence}`);
    throw err;
  }
  await writeAudit(trx, audit, {
    entity: 'certificate_issuer_code',
    entityId: id,
    action: before ? 'update' : 'create',
    before: before && { ...before, assignedAt: before.assignedAt.toISOString() },
    after: { institutionId: issuer.institutionId, branchId: issuer.branchId, ...parts },
  });
}

export async function assignIssuerCode(
  ctx: RegistryContext,
  input: AssignIssuerCodeInput,
): Promise<IssuerView> {
  const actor = requireActor(ctx);
  const scope = certificatePolicy.scope(actor);
  const issuers = await findIssuers(ctx.db, scope, input.institutionId);
  if (!issuers) throw notFound('评价机构');
  const issuer = issuers.find((i) => i.branchId === input.branchId);
  if (!issuer) throw notFound('分支机构');
  allow(
    certificatePolicy.canAssignIssuerCode(
      actor,
      issuer.filedBy.map((a) => a.id),
    ),
    '证书编号的机构代码由为该机构（分支机构）备案或遴选的部门，或所在省级人力资源社会保障部门登记',
  );
  await ctx.db.transaction().execute((trx) =>
    assignIssuerCodeIn(trx, auditContext(ctx), issuer, input, {
      authorityId: actor.authorityId ?? null,
      userId: actor.userId,
    }),
  );
  const after = (await findIssuers(ctx.db, scope, input.institutionId))!;
  return viewOf(
    ctx,
    after.find((i) => i.branchId === input.branchId)!,
  );
}

/** For the demo step and tests: the issuers of an institution without a caller's scope. */
export const issuersOf = (db: Kysely<DB>, institutionId: string) =>
  findIssuers(db, { kind: 'all' }, institutionId);

/** Why a session's certificates cannot be numbered yet: names who must assign the code. */
export function missingCodeMessage(issuer: IssuerRecord): string {
  const who = issuer.filedBy.length
    ? issuer.filedBy.map((a) => a.name).join('或')
    : `${issuer.jurisdictionCode.slice(0, 2)}0000 省级人力资源社会保障部门`;
  const name = issuer.branchName
    ? `${issuer.institutionName}（${issuer.branchName}）`
    : issuer.institutionName;
  return `${name}尚未登记证书编号的机构代码（第 2–13 位：评价机构代码、省级代码及省级人力资源社会保障部门赋予的机构序列码），不能编号颁证；请${who}在「证书编号代码」中登记后再颁发`;
}
