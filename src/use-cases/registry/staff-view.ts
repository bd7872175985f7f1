// Staff as the API shows them (masked document number only), loading one in the caller's scope, and
// the checks shared by adding and updating staff.
import type { Kysely } from 'kysely';
import type { DB, StaffRole } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { institutionPolicy, type InstitutionAbilities } from '../../policies/institution.policy.js';
import { staffAbilities, type StaffAbilities } from '../../policies/registry-record.policy.js';
import { findStaff, type StaffRecord, type StaffRoleAssignment } from '../../persistence/staff.repository.js';
import { branchBelongsTo } from '../../persistence/branches.repository.js';
import { notFound } from '../../domain/errors.js';
import type { PersonalDataProtector } from '../../identity/personal-data.js';
import type { ProtectedDocument } from '../../persistence/staff.repository.js';
import { checkDocumentNumber, checkOccupations, invalidField } from './validate.js';
import { holderAbilities } from './branch-view.js';

export type StaffView = StaffRecord & { abilities: StaffAbilities };

export const staffView = (r: StaffRecord, inst: InstitutionAbilities): StaffView => ({
  ...r,
  abilities: staffAbilities(inst),
});

export async function loadStaff(db: Kysely<DB>, caller: Caller, id: string): Promise<StaffView> {
  const r = await findStaff(db, institutionPolicy.scope(caller), id);
  if (!r) throw notFound('工作人员');
  return staffView(r, await holderAbilities(db, caller, r.institutionId));
}

export interface RoleInput {
  role: StaffRole;
  occupationCode?: string | null | undefined;
  level?: number | null | undefined;
}

/** Assessors are accredited per occupation (考评人员 by 职业/工种 and level); duplicates collapse. */
export async function checkRoles(db: Kysely<DB>, roles: RoleInput[]): Promise<StaffRoleAssignment[]> {
  const out = new Map<string, StaffRoleAssignment>();
  roles.forEach((r, i) => {
    if (r.role === 'assessor' && !r.occupationCode) {
      throw invalidField(
        'ASSESSOR_OCCUPATION_REQUIRED',
        `body.roles.${i}.occupationCode`,
        '考评人员须注明职业（工种）编码',
      );
    }
    const a = { role: r.role, occupationCode: r.occupationCode ?? null, level: r.level ?? null };
    out.set(`${a.role}|${a.occupationCode ?? ''}|${a.level ?? ''}`, a);
  });
  const codes = [...out.values()].map((r) => r.occupationCode).filter((c): c is string => c !== null);
  await checkOccupations(db, codes, 'body.roles');
  return [...out.values()];
}

export async function checkBranch(
  db: Kysely<DB>,
  branchId: string | null | undefined,
  institutionId: string,
): Promise<void> {
  if (branchId && !(await branchBelongsTo(db, branchId, institutionId))) {
    throw invalidField('INVALID_BRANCH', 'body.branchId', '分支机构不属于该评价机构');
  }
}

/** Checks the number for its document type and turns it into ciphertext + HMAC + masked copy. */
export function protectDocument(
  pd: PersonalDataProtector,
  idDocType: string,
  idNumber: string,
  asOf: string,
): ProtectedDocument {
  const doc = checkDocumentNumber(idDocType, idNumber, 'body.idNumber', asOf);
  const p = pd.protect(doc.number);
  return {
    idDocType: doc.type,
    enc: p.enc,
    hmac: p.hmac,
    masked: p.masked,
    lookup: pd.lookupHashes(doc.number),
  };
}
