// Lists the institutions in the caller's scope (filtered in the query), each with its abilities, and
// whether the caller may register new ones (abilities.create: the list's 新增机构).
import { institutionPolicy } from '../../policies/institution.policy.js';
import {
  listInstitutions as query,
  type InstitutionFilters,
} from '../../persistence/institutions.repository.js';
import type { Page, PageRequest } from '../../persistence/paging.js';
import { requireActor, type RegistryContext } from './registry-context.js';
import { institutionView, type InstitutionView } from './institution-view.js';

export async function listInstitutions(
  ctx: RegistryContext,
  filters: InstitutionFilters,
  page: PageRequest,
): Promise<Page<InstitutionView> & { abilities: { create: boolean } }> {
  const actor = requireActor(ctx);
  const r = await query(ctx.db, institutionPolicy.scope(actor), filters, page);
  return {
    items: r.items.map((i) => institutionView(actor, i)),
    total: r.total,
    ...page,
    abilities: { create: institutionPolicy.mayCreateAny(actor) },
  };
}
