// The choices the dept-pilot application forms offer, so that nobody types a USCC or a branch name
// from memory: the registered organisations a department may recommend (三（一）: a 社会培训评价组织 or
// an 行业组织, by its USCC — the value the form sends), and the registered branches a plan may name
// (三（二）) or an organisation may file locally (三（四）), by their registered name (what the plan and
// the branch filing match on). Each list is the caller's own: a department sees the organisations;
// an organisation's staff see its own branches only.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';

/** One choice: `id` is the value the form sends, `label` what the select shows. */
export interface FormOption {
  id: string;
  label: string;
}

const ORGANISATION_KINDS = ['social_org', 'industry_org'] as const;
const KIND_ZH: Record<(typeof ORGANISATION_KINDS)[number], string> = {
  social_org: '社会培训评价组织',
  industry_org: '行业组织',
};

const isDepartment = (caller: Caller) =>
  caller?.role === 'authority_staff' && caller.authorityKind === 'industry_department';

/** 三（一）: the organisations a department may recommend, valued by USCC. */
export async function listRecommendableOrganisations(db: Kysely<DB>, caller: Caller): Promise<FormOption[]> {
  // Anyone else (an association applying for itself) has nobody to recommend.
  if (!isDepartment(caller)) return [];
  const rows = await db
    .selectFrom('institutions')
    .select(['name', 'uscc', 'kind'])
    .where('kind', 'in', [...ORGANISATION_KINDS])
    .orderBy('name')
    .execute();
  return rows.map((r) => ({
    id: r.uscc,
    label: `${r.name}（${KIND_ZH[r.kind as keyof typeof KIND_ZH]}，${r.uscc}）`,
  }));
}

/**
 * 三（二）/（四）: registered branches, valued by their registered name. An organisation's staff see
 * their own; a department sees those of every organisation it may recommend.
 */
export async function listPilotBranches(db: Kysely<DB>, caller: Caller): Promise<FormOption[]> {
  let q = db
    .selectFrom('branches')
    .innerJoin('institutions', 'institutions.id', 'branches.institution_id')
    .select(['branches.name as name', 'institutions.name as organisation'])
    .orderBy('institutions.name')
    .orderBy('branches.name');
  if (caller?.role === 'institution_staff' && caller.institutionId)
    q = q.where('branches.institution_id', '=', caller.institutionId);
  else if (isDepartment(caller)) q = q.where('institutions.kind', 'in', [...ORGANISATION_KINDS]);
  else return [];
  const rows = await q.execute();
  return rows.map((r) => ({ id: r.name, label: `${r.name}（${r.organisation}）` }));
}
