// The occupation catalogue (职业分类大典), searchable by name or code prefix: public reference data.
import { listOccupations as query, type OccupationRecord } from '../../persistence/reference.repository.js';
import type { Page, PageRequest } from '../../persistence/paging.js';
import type { RegistryContext } from './registry-context.js';

export async function listOccupations(
  ctx: Pick<RegistryContext, 'db'>,
  filters: {
    q?: string | undefined;
    majorCode?: string | undefined;
    middleCode?: string | undefined;
    hasStandard?: boolean | undefined;
  },
  page: PageRequest,
): Promise<Page<OccupationRecord>> {
  const r = await query(ctx.db, filters, page);
  return { ...r, ...page };
}
