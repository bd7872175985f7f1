// Registers an institution (评价机构): an authority within whose jurisdiction it lies, or an
// administrator. The USCC is checked (GB 32100-2015) and must not be registered yet.
import { randomUUID } from 'node:crypto';
import { duplicate } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { institutionPolicy } from '../../policies/institution.policy.js';
import { authorityPolicy } from '../../policies/authority.policy.js';
import type { InstitutionKind, RegistryStatus } from '../../persistence/schema.js';
import {
  findInstitution,
  findInstitutionIdByUscc,
  insertInstitution,
  insertStatusHistory,
} from '../../persistence/institutions.repository.js';
import { findAuthority } from '../../persistence/authorities.repository.js';
import {
  allow,
  auditContext,
  isUniqueViolation,
  requireActor,
  type RegistryContext,
} from './registry-context.js';
import { checkJurisdiction, checkUscc, invalidField } from './validate.js';
import { institutionDetail, type InstitutionDetail } from './institution-view.js';

export interface CreateInstitutionInput {
  name: string;
  kind: InstitutionKind;
  uscc: string;
  legalRepresentative: string;
  address: string;
  jurisdictionCode: string;
  /** The supervising authority; defaults to the caller's own authority. */
  authorityId?: string | null | undefined;
  status?: RegistryStatus | undefined;
  contactPhone?: string | null | undefined;
  establishedOn?: string | null | undefined;
}

export const duplicateUscc = () => duplicate('该统一社会信用代码的机构已登记');

export async function createInstitution(
  ctx: RegistryContext,
  input: CreateInstitutionInput,
): Promise<InstitutionDetail> {
  const actor = requireActor(ctx);
  allow(institutionPolicy.canCreate(actor, input.jurisdictionCode), '只能登记本辖区内的评价机构');
  const uscc = checkUscc(input.uscc, 'body.uscc');
  const jurisdictionCode = await checkJurisdiction(ctx.db, input.jurisdictionCode, 'body.jurisdictionCode');
  const authorityId = input.authorityId === undefined ? (actor.authorityId ?? null) : input.authorityId;
  if (authorityId && !(await findAuthority(ctx.db, authorityPolicy.scope(actor), authorityId))) {
    throw invalidField('UNKNOWN_AUTHORITY', 'body.authorityId', '监管部门不存在或无权指定');
  }
  if (await findInstitutionIdByUscc(ctx.db, uscc)) throw duplicateUscc();

  const id = randomUUID();
  const status = input.status ?? 'registered';
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      await insertInstitution(trx, id, {
        name: input.name,
        kind: input.kind,
        uscc,
        legalRepresentative: input.legalRepresentative,
        address: input.address,
        jurisdictionCode,
        authorityId,
        status,
        contactPhone: input.contactPhone ?? null,
        establishedOn: input.establishedOn ?? null,
      });
      await insertStatusHistory(trx, {
        id: randomUUID(),
        institutionId: id,
        fromStatus: null,
        toStatus: status,
        reason: '登记',
        changedBy: actor.userId,
      });
      const created = (await findInstitution(trx, { kind: 'all' }, id))!;
      await writeAudit(trx, auditContext(ctx), {
        entity: 'institution',
        entityId: id,
        action: 'create',
        after: created,
      });
      return institutionDetail(trx, actor, created);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicateUscc();
    throw err;
  }
}
