// What an account is bound to, by role (the users table's CHECKs, and one binding only): authority
// staff to an authority, institution staff to an institution, an expert to their expert record, a
// verifier to its verifier organisation (issue 12 point 2), the system administrator to nothing. An id that does not exist is refused with the field named.
import { invalid, duplicate } from '../../domain/errors.js';
import type { Database } from '../../persistence/database.js';
import type { UserRole } from '../../policies/roles.js';
import type { Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';

export interface BindingInput {
  authorityId?: string | null | undefined;
  institutionId?: string | null | undefined;
  expertId?: string | null | undefined;
  verifierId?: string | null | undefined;
}

export interface Binding {
  authority_id: string | null;
  institution_id: string | null;
  expert_id: string | null;
  verifier_id: string | null;
}

const FIELD: Record<Exclude<UserRole, 'sysadmin'>, keyof BindingInput> = {
  authority_staff: 'authorityId',
  institution_staff: 'institutionId',
  expert: 'expertId',
  verifier: 'verifierId',
};
const LABEL = {
  authorityId: '主管部门',
  institutionId: '机构',
  expertId: '专家',
  verifierId: '核验单位',
} as const;
const TABLE = {
  authorityId: 'authorities',
  institutionId: 'institutions',
  expertId: 'experts',
  verifierId: 'verifier_organisations',
} as const;

export async function resolveBinding(
  db: Database | Transaction<DB>,
  role: UserRole,
  input: BindingInput,
  userId: string | null,
): Promise<Binding> {
  const wanted = role === 'sysadmin' ? null : FIELD[role];
  for (const field of ['authorityId', 'institutionId', 'expertId', 'verifierId'] as const) {
    if (field !== wanted && input[field]) {
      throw invalid('ACCOUNT_BINDING_MISMATCH', `该角色不能绑定${LABEL[field]}`, [
        { path: `body.${field}`, message: `该角色不能绑定${LABEL[field]}` },
      ]);
    }
  }
  const binding: Binding = { authority_id: null, institution_id: null, expert_id: null, verifier_id: null };
  if (!wanted) return binding;
  const id = input[wanted];
  if (!id) {
    throw invalid('ACCOUNT_BINDING_REQUIRED', `请选择该账号所属的${LABEL[wanted]}`, [
      { path: `body.${wanted}`, message: `请选择${LABEL[wanted]}` },
    ]);
  }
  const found = await db.selectFrom(TABLE[wanted]).select('id').where('id', '=', id).executeTakeFirst();
  if (!found) {
    throw invalid('ACCOUNT_BINDING_NOT_FOUND', `所选${LABEL[wanted]}不存在`, [
      { path: `body.${wanted}`, message: `所选${LABEL[wanted]}不存在` },
    ]);
  }
  if (wanted === 'expertId') {
    // One account per expert: the expert's own record and reviews follow the account.
    let q = db.selectFrom('users').select('id').where('expert_id', '=', id);
    if (userId) q = q.where('id', '<>', userId);
    if (await q.executeTakeFirst()) throw duplicate('该专家已有账号');
  }
  if (wanted === 'authorityId') binding.authority_id = id;
  if (wanted === 'institutionId') binding.institution_id = id;
  if (wanted === 'expertId') binding.expert_id = id;
  if (wanted === 'verifierId') binding.verifier_id = id;
  return binding;
}
