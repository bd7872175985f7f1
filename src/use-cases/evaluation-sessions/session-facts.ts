// The facts of mohrss-violations.evaluation_session.opening (§13–14), read from one place each:
// - the standing (registered / active / suspended / exited) from the registry (standing.repository.ts),
//   which the violation and exit procedures set — a suspension imposed later stops new sessions here;
// - the grants from the live (not withdrawn) directory entries of the institution, or of the branch
//   that opens the session, with each entry's validity (directory.repository.ts liveGrants);
// - the site from the sites table, its province from whom it is registered to (sites.repository.ts
//   findSiteLocation), and the province of filing from the opener's jurisdiction.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Standing } from '../../persistence/standing.repository.js';
import { liveGrants } from '../../persistence/directory.repository.js';
import { findSiteLocation } from '../../persistence/sites.repository.js';
import type { SessionOpeningFacts } from '../../rules/mohrss-violations/evaluation-session.js';

export interface SessionRequest {
  occupationCode: string;
  level: number;
  startsOn: string;
  endsOn: string;
  siteId: string;
}

const province = (jurisdictionCode: string) => jurisdictionCode.slice(0, 2);

export async function sessionOpeningFacts(
  db: Kysely<DB>,
  standing: Standing,
  req: SessionRequest,
): Promise<SessionOpeningFacts> {
  const filedProvinceCode = province(standing.jurisdictionCode);
  const grants = await liveGrants(db, standing.institutionId, standing.branchId);
  const site = await findSiteLocation(db, req.siteId);
  // A site registered to the institution — its own or one of its branches' (a branch is part of the
  // institution); where a branch opens the session, the province then decides: a site in another
  // province than the branch's filing fails §13(2) on the province, not on ownership. A site that is not
  // the institution's (another institution's, or no site at all) is looked at no further: its province
  // is not read, so that another institution's site answers exactly what a made-up id answers.
  const ownSite = !!site && site.institutionId === standing.institutionId;
  return {
    occupationCode: req.occupationCode,
    level: req.level,
    startsOn: req.startsOn,
    endsOn: req.endsOn,
    status: standing.status,
    grants: grants.map((g) => ({
      occupationCode: g.occupationCode,
      level: g.level,
      validFrom: g.validFrom,
      validTo: g.validTo,
    })),
    site: { ownSite, provinceCode: ownSite ? province(site.jurisdictionCode) : filedProvinceCode },
    filedProvinceCode,
  };
}
