// Lists the staff of an institution in the caller's scope (404 for an institution outside it).
import { institutionPolicy } from '../../policies/institution.policy.js';
import { listStaff as query, type StaffFilters } from '../../persistence/staff.repository.js';
import type { Page, PageRequest } from '../../persistence/paging.js';
import { requireActor, type RegistryContext } from './registry-context.js';
import { loadInstitution } from './institution-view.js';
import { staffView, type StaffView } from './staff-view.js';

export async function listStaff(
  ctx: RegistryContext,
  institutionId: string,
  filters: StaffFilters,
  page: PageRequest,
): Promise<Page<StaffView>> {
  const actor = requireActor(ctx);
  const inst = await loadInstitution(ctx.db, actor, institutionId);
  const r = await query(ctx.db, institutionPolicy.scope(actor), institutionId, filters, page);
  return { items: r.items.map((s) => staffView(s, inst.abilities)), total: r.total, ...page };
}
