// The applicant changes its application while it is still its turn: in the draft, and when the
// authority returns it for correction (mohrss-filing 二(十)2 申报资料不符合要求的，告知补正). The same
// checks as when the case was opened — each occupation once and in the catalogue, a site registered to
// the institution — against the registry the transition read (ctx.amendRegistry). Pure.
import { z } from 'zod';
import { invalid } from '../../domain/errors.js';
import { applicationSchema } from './events.js';
import type { AmendRegistry, AppliedOccupation, Level, SocialOrgFilingData } from './data.js';

/** The form of the change: the application without the authority, which the case keeps. */
export const amendSchema = applicationSchema.omit({ authorityId: true });
export type Amendment = z.infer<typeof amendSchema>;

/**
 * The occupations as the case keeps them — each with its catalogue name, its levels once, highest
 * first — after the checks of an application: each occupation once, each in the catalogue.
 */
export function appliedOccupations(
  occupations: Amendment['occupations'],
  names: Record<string, string>,
): AppliedOccupation[] {
  const codes = occupations.map((o) => o.code);
  if (new Set(codes).size !== codes.length)
    throw invalid('OCCUPATION_DUPLICATE', '同一职业（工种）只能申报一次');
  const unknown = codes.filter((c) => names[c] === undefined);
  if (unknown.length > 0)
    throw invalid('OCCUPATION_UNKNOWN', `职业（工种）代码不在职业分类目录中：${unknown.join('、')}`);
  return occupations.map((o) => ({
    code: o.code,
    name: names[o.code]!,
    levels: [...new Set(o.levels)].sort((a, b) => b - a) as Level[],
    trainingVolume: o.trainingVolume,
  }));
}

export function amendApplication(
  data: SocialOrgFilingData,
  payload: unknown,
  registry: AmendRegistry | undefined,
): SocialOrgFilingData {
  const p = amendSchema.parse(payload);
  if (!registry) throw new Error('amendApplication needs the registry of the transition');
  const occupations = appliedOccupations(p.occupations, registry.occupationNames);
  const siteId = p.siteId ?? data.siteId;
  if (!registry.siteIds.includes(siteId)) throw invalid('SITE_UNKNOWN', '所选场地不是本机构登记的场地');
  return {
    ...data,
    occupations,
    siteId,
    legalForm: p.legalForm ?? null,
    decoupledFromGovernment: p.decoupledFromGovernment ?? null,
    trainingHistorySince: p.trainingHistorySince ?? null,
    managementSystems: p.managementSystems ?? [],
  };
}

/** The form of a change starts from the application as filed. */
export function amendmentOf(data: SocialOrgFilingData): Record<string, unknown> {
  return {
    occupations: data.occupations.map((o) => ({
      code: o.code,
      levels: o.levels,
      trainingVolume: o.trainingVolume,
    })),
    siteId: data.siteId,
    ...(data.legalForm === null ? {} : { legalForm: data.legalForm }),
    ...(data.decoupledFromGovernment === null
      ? {}
      : { decoupledFromGovernment: data.decoupledFromGovernment }),
    ...(data.trainingHistorySince === null ? {} : { trainingHistorySince: data.trainingHistorySince }),
    managementSystems: data.managementSystems,
  };
}
