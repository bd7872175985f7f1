// Grants an institution a scope: one occupation of the catalogue at one skill level, with its
// validity period. Scope follows from filing decisions, so only the supervising authority (or an
// administrator) grants it (institution.policy.ts manageScopes). One row per occupation × level.
import { randomUUID } from 'node:crypto';
import { duplicate } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import {
  findScope,
  findScopeId,
  insertScope,
  type ScopeStatus,
} from '../../persistence/scopes.repository.js';
import {
  allow,
  auditContext,
  isUniqueViolation,
  requireActor,
  type RegistryContext,
} from './registry-context.js';
import { checkDateOrder, checkOccupations } from './validate.js';
import { loadInstitution } from './institution-view.js';
import { scopeView, type ScopeView } from './scope-view.js';

export interface GrantScopeInput {
  occupationCode: string;
  level: number;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
  status?: ScopeStatus | undefined;
}

const duplicateScope = () => duplicate('该机构已有此职业（工种）和等级的认定范围');

export async function grantScope(
  ctx: RegistryContext,
  institutionId: string,
  input: GrantScopeInput,
): Promise<ScopeView> {
  const actor = requireActor(ctx);
  const inst = await loadInstitution(ctx.db, actor, institutionId);
  allow(inst.abilities.manageScopes, '认定范围由监管部门根据备案结果登记');
  await checkOccupations(ctx.db, [input.occupationCode], 'body.occupationCode');
  const validFrom = input.validFrom ?? null;
  const validTo = input.validTo ?? null;
  checkDateOrder(validFrom, validTo, 'body.validFrom', '有效期');
  if (await findScopeId(ctx.db, institutionId, input.occupationCode, input.level)) throw duplicateScope();

  const id = randomUUID();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      await insertScope(trx, id, {
        institutionId,
        occupationCode: input.occupationCode,
        level: input.level,
        validFrom,
        validTo,
        status: input.status ?? 'active',
      });
      const created = (await findScope(trx, { kind: 'all' }, id))!;
      await writeAudit(trx, auditContext(ctx), {
        entity: 'institution_scope',
        entityId: id,
        action: 'grant',
        after: created,
      });
      return scopeView(created, inst.abilities);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicateScope();
    throw err;
  }
}
