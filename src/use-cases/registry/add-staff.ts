// Adds a staff member with their roles (专职工作人员, 考评人员 per occupation, 质量督导员, 考务管理人员).
// The document number is checked for its type, then stored encrypted + HMAC + masked (security.md);
// the same person twice in one institution is refused (by HMAC).
import { randomUUID } from 'node:crypto';
import { duplicate } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import {
  findStaff,
  findStaffIdByDocument,
  insertStaff,
  replaceStaffRoles,
} from '../../persistence/staff.repository.js';
import {
  allow,
  auditContext,
  isUniqueViolation,
  requireActor,
  todayInChina,
  type RegistryContext,
} from './registry-context.js';
import { loadInstitution } from './institution-view.js';
import {
  checkBranch,
  checkRoles,
  protectDocument,
  staffView,
  type RoleInput,
  type StaffView,
} from './staff-view.js';

export interface AddStaffInput {
  name: string;
  idDocType: string;
  idNumber: string;
  branchId?: string | null | undefined;
  phone?: string | null | undefined;
  active?: boolean | undefined;
  roles: RoleInput[];
}

export const duplicatePerson = () => duplicate('该证件号码的人员已在本机构登记');

export async function addStaff(
  ctx: RegistryContext,
  institutionId: string,
  input: AddStaffInput,
): Promise<StaffView> {
  const actor = requireActor(ctx);
  const inst = await loadInstitution(ctx.db, actor, institutionId);
  allow(inst.abilities.manageStaff);
  const document = protectDocument(ctx.personalData, input.idDocType, input.idNumber, todayInChina(ctx.now));
  await checkBranch(ctx.db, input.branchId, institutionId);
  const roles = await checkRoles(ctx.db, input.roles);
  if (await findStaffIdByDocument(ctx.db, institutionId, document.lookup ?? document.hmac))
    throw duplicatePerson();

  const id = randomUUID();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      await insertStaff(trx, id, institutionId, {
        branchId: input.branchId ?? null,
        name: input.name,
        document,
        phone: input.phone ?? null,
        active: input.active ?? true,
      });
      await replaceStaffRoles(trx, id, roles);
      const created = (await findStaff(trx, { kind: 'all' }, id))!;
      await writeAudit(trx, auditContext(ctx), {
        entity: 'staff',
        entityId: id,
        action: 'create',
        after: created,
      });
      return staffView(created, inst.abilities);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicatePerson();
    throw err;
  }
}
