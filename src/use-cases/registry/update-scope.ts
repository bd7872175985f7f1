// Changes a scope's validity period or status (pending, active, suspended, ended). The occupation and
// level are the scope's identity: a different pair is a new grant. Optimistic: a stale version is a 409.
import { versionConflict } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import {
  findScope,
  updateScope as updateRow,
  type ScopeStatus,
  type ScopeValues,
} from '../../persistence/scopes.repository.js';
import {
  allow,
  auditContext,
  expectVersion,
  given,
  requireActor,
  type RegistryContext,
} from './registry-context.js';
import { checkDateOrder } from './validate.js';
import { loadScope, type ScopeView } from './scope-view.js';

export interface UpdateScopeInput {
  version: number;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
  status?: ScopeStatus | undefined;
}

export async function updateScope(
  ctx: RegistryContext,
  id: string,
  input: UpdateScopeInput,
): Promise<ScopeView> {
  const actor = requireActor(ctx);
  const current = await loadScope(ctx.db, actor, id);
  allow(current.abilities.update, '认定范围由监管部门根据备案结果登记');
  expectVersion(current.version, input.version);
  const { version: _v, ...fields } = input;
  const patch: Partial<ScopeValues> = given(fields);
  const { abilities, ...before } = current;
  const merged = { ...before, ...patch };
  checkDateOrder(merged.validFrom, merged.validTo, 'body.validFrom', '有效期');

  return ctx.db.transaction().execute(async (trx) => {
    if (!(await updateRow(trx, id, input.version, patch))) throw versionConflict();
    const after = (await findScope(trx, { kind: 'all' }, id))!;
    await writeAudit(trx, auditContext(ctx), {
      entity: 'institution_scope',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return { ...after, abilities };
  });
}
