// Which occupations have a national skill standard (国家职业技能标准) or a filed evaluation norm
// (评价规范) — a filing condition (mohrss-filing 二(六)): public reference data.
import {
  listOccupationStandards as query,
  type OccupationStandardRecord,
  type StandardKind,
} from '../../persistence/reference.repository.js';
import type { Page, PageRequest } from '../../persistence/paging.js';
import { referencePolicy, type OccupationStandardAbilities } from '../../policies/reference.policy.js';
import type { RegistryContext } from './registry-context.js';

export type OccupationStandardView = OccupationStandardRecord & { abilities: OccupationStandardAbilities };

export async function listOccupationStandards(
  ctx: Pick<RegistryContext, 'db' | 'caller'>,
  filters: { occupationCode?: string | undefined; kind?: StandardKind | undefined; q?: string | undefined },
  page: PageRequest,
): Promise<Page<OccupationStandardView>> {
  const r = await query(ctx.db, filters, page);
  const abilities = referencePolicy.occupationStandardAbilities(ctx.caller);
  return { items: r.items.map((s) => ({ ...s, abilities })), total: r.total, ...page };
}
