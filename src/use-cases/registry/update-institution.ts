// Corrects an institution's registry record (kept by its supervising authority, product.md). A status
// change is recorded in the status history with its reason. Optimistic: a stale version is a 409.
import { randomUUID } from 'node:crypto';
import { versionConflict } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { institutionPolicy } from '../../policies/institution.policy.js';
import { authorityPolicy } from '../../policies/authority.policy.js';
import type { InstitutionKind, RegistryStatus } from '../../persistence/schema.js';
import {
  findInstitution,
  findInstitutionIdByUscc,
  insertStatusHistory,
  updateInstitution as updateRow,
  type InstitutionValues,
} from '../../persistence/institutions.repository.js';
import { findAuthority } from '../../persistence/authorities.repository.js';
import {
  allow,
  auditContext,
  expectVersion,
  given,
  isUniqueViolation,
  requireActor,
  type RegistryContext,
} from './registry-context.js';
import { checkJurisdiction, checkUscc, invalidField } from './validate.js';
import { institutionDetail, loadInstitution, type InstitutionDetail } from './institution-view.js';
import { duplicateUscc } from './create-institution.js';

export interface UpdateInstitutionInput {
  version: number;
  name?: string | undefined;
  kind?: InstitutionKind | undefined;
  uscc?: string | undefined;
  legalRepresentative?: string | undefined;
  address?: string | undefined;
  jurisdictionCode?: string | undefined;
  authorityId?: string | null | undefined;
  status?: RegistryStatus | undefined;
  /** Required when `status` changes: why (recorded in the status history). */
  statusReason?: string | undefined;
  contactPhone?: string | null | undefined;
  establishedOn?: string | null | undefined;
}

export async function updateInstitution(
  ctx: RegistryContext,
  id: string,
  input: UpdateInstitutionInput,
): Promise<InstitutionDetail> {
  const actor = requireActor(ctx);
  const current = await loadInstitution(ctx.db, actor, id);
  allow(current.abilities.update, '评价机构的登记信息由监管部门维护');
  expectVersion(current.version, input.version);

  const { version: _v, statusReason, ...fields } = input;
  const patch: Partial<InstitutionValues> = given(fields);
  if (patch.uscc !== undefined) {
    patch.uscc = checkUscc(patch.uscc, 'body.uscc');
    const other = await findInstitutionIdByUscc(ctx.db, patch.uscc);
    if (other && other !== id) throw duplicateUscc();
  }
  if (patch.jurisdictionCode !== undefined) {
    patch.jurisdictionCode = await checkJurisdiction(ctx.db, patch.jurisdictionCode, 'body.jurisdictionCode');
    allow(institutionPolicy.canCreate(actor, patch.jurisdictionCode), '不能把评价机构移出本辖区');
  }
  if (patch.authorityId && !(await findAuthority(ctx.db, authorityPolicy.scope(actor), patch.authorityId))) {
    throw invalidField('UNKNOWN_AUTHORITY', 'body.authorityId', '监管部门不存在或无权指定');
  }
  const statusChanges = patch.status !== undefined && patch.status !== current.status;
  if (statusChanges && !statusReason?.trim()) {
    throw invalidField('STATUS_REASON_REQUIRED', 'body.statusReason', '变更机构状态须说明原因');
  }

  try {
    return await ctx.db.transaction().execute(async (trx) => {
      if (!(await updateRow(trx, id, input.version, patch))) throw versionConflict();
      if (statusChanges) {
        await insertStatusHistory(trx, {
          id: randomUUID(),
          institutionId: id,
          fromStatus: current.status,
          toStatus: patch.status!,
          reason: statusReason!.trim(),
          changedBy: actor.userId,
        });
      }
      const after = (await findInstitution(trx, { kind: 'all' }, id))!;
      const { abilities: _a, ...before } = current;
      await writeAudit(trx, auditContext(ctx), {
        entity: 'institution',
        entityId: id,
        action: 'update',
        before,
        after,
      });
      return institutionDetail(trx, actor, after);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicateUscc();
    throw err;
  }
}
