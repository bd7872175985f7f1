// Updates a staff member; `roles`, when given, states the whole set. A new document number needs its
// type and is checked and protected like a new one. Optimistic: a stale version is a 409.
import { versionConflict } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import {
  findStaff,
  findStaffIdByDocument,
  replaceStaffRoles,
  updateStaff as updateRow,
  type StaffValues,
} from '../../persistence/staff.repository.js';
import {
  allow,
  auditContext,
  expectVersion,
  given,
  isUniqueViolation,
  requireActor,
  todayInChina,
  type RegistryContext,
} from './registry-context.js';
import { invalidField } from './validate.js';
import {
  checkBranch,
  checkRoles,
  loadStaff,
  protectDocument,
  type RoleInput,
  type StaffView,
} from './staff-view.js';
import { duplicatePerson } from './add-staff.js';

export interface UpdateStaffInput {
  version: number;
  name?: string | undefined;
  idDocType?: string | undefined;
  idNumber?: string | undefined;
  branchId?: string | null | undefined;
  phone?: string | null | undefined;
  active?: boolean | undefined;
  roles?: RoleInput[] | undefined;
}

export async function updateStaff(
  ctx: RegistryContext,
  id: string,
  input: UpdateStaffInput,
): Promise<StaffView> {
  const actor = requireActor(ctx);
  const current = await loadStaff(ctx.db, actor, id);
  allow(current.abilities.update);
  expectVersion(current.version, input.version);

  const patch: Partial<StaffValues> = given({
    name: input.name,
    branchId: input.branchId,
    phone: input.phone,
    active: input.active,
  });
  if (input.idNumber !== undefined || input.idDocType !== undefined) {
    if (input.idNumber === undefined || input.idDocType === undefined) {
      throw invalidField('DOCUMENT_INCOMPLETE', 'body.idNumber', '证件类型和证件号码须一并提交');
    }
    patch.document = protectDocument(
      ctx.personalData,
      input.idDocType,
      input.idNumber,
      todayInChina(ctx.now),
    );
    if (
      await findStaffIdByDocument(
        ctx.db,
        current.institutionId,
        patch.document.lookup ?? patch.document.hmac,
        id,
      )
    )
      throw duplicatePerson();
  }
  await checkBranch(ctx.db, patch.branchId, current.institutionId);
  const roles = input.roles ? await checkRoles(ctx.db, input.roles) : undefined;

  try {
    return await ctx.db.transaction().execute(async (trx) => {
      if (!(await updateRow(trx, id, input.version, patch))) throw versionConflict();
      if (roles) await replaceStaffRoles(trx, id, roles);
      const after = (await findStaff(trx, { kind: 'all' }, id))!;
      const { abilities, ...before } = current;
      await writeAudit(trx, auditContext(ctx), {
        entity: 'staff',
        entityId: id,
        action: 'update',
        before,
        after,
      });
      return { ...after, abilities };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicatePerson();
    throw err;
  }
}
