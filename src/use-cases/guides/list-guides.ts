// The 办事指南 index: one guide per procedure the system runs (GET /api/v1/public/guides), public.
import { procedures as registered } from '../workflow/procedure-registry.js';
import type { AnyProcedureModule } from '../workflow/procedure-module.js';
import { chinaDate } from '../../workflows/deadline.js';
import { buildGuideSummary, type GuideSummary } from './build-guide.js';
import { guideSpecOf } from './guide-specs.js';

/** Every registered procedure that has a guide, in the registry's order. */
export function listGuides(
  now: Date = new Date(),
  procedures: readonly AnyProcedureModule[] = registered,
): { asOf: string; items: GuideSummary[] } {
  const asOf = chinaDate(now);
  const items: GuideSummary[] = [];
  for (const m of procedures) {
    const spec = guideSpecOf(m.id);
    if (spec) items.push(buildGuideSummary(m, spec, asOf));
  }
  return { asOf, items };
}
