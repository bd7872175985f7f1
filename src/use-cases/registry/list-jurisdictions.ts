// Jurisdictions (GB/T 2260, '000000' = national): public reference data.
import {
  listJurisdictions as query,
  type JurisdictionRecord,
} from '../../persistence/reference.repository.js';
import type { JurisdictionsTable } from '../../persistence/schema.js';
import type { RegistryContext } from './registry-context.js';

export async function listJurisdictions(
  ctx: Pick<RegistryContext, 'db'>,
  filters: { level?: JurisdictionsTable['level'] | undefined; parentCode?: string | undefined },
): Promise<{ items: JurisdictionRecord[]; total: number }> {
  const items = await query(ctx.db, filters);
  return { items, total: items.length };
}
