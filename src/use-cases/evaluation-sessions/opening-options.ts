// What an institution may choose from when it opens a session (the web form's lists, from the same
// sources the opening check reads): who opens — the institution or one of its branches, with its
// registry standing — what each one's live directory entries grant (occupation × level, with validity),
// and the sites it registered (with the branch a site belongs to). Choosing from these lists does not
// make a session lawful: the check decides, and a lapsed grant is listed with its dates so that the
// refusal can be seen and understood.
import type { Kysely } from 'kysely';
import { forbidden } from '../../domain/errors.js';
import type { DB, RegistryStatus } from '../../persistence/schema.js';
import { evaluationSessionPolicy } from '../../policies/evaluation-session.policy.js';
import { readStanding } from '../../persistence/standing.repository.js';
import { liveGrants } from '../../persistence/directory.repository.js';
import { requireActor, type RegistryContext } from '../registry/registry-context.js';

export interface OpeningOptions {
  openers: {
    branchId: string | null;
    name: string;
    jurisdictionCode: string;
    status: RegistryStatus;
    grants: {
      occupationCode: string;
      occupationName: string;
      level: number;
      validFrom: string;
      validTo: string | null;
    }[];
  }[];
  sites: { id: string; name: string; address: string; branchId: string | null }[];
}

async function occupationNames(db: Kysely<DB>, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('occupations')
    .select(['code', 'name'])
    .where('code', 'in', codes)
    .execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

export async function openingOptions(ctx: RegistryContext): Promise<OpeningOptions> {
  const actor = requireActor(ctx);
  if (!evaluationSessionPolicy.canOpen(actor)) throw forbidden('评价批次由评价机构（或其分支机构）开设');
  const institutionId = actor.institutionId;
  const branches = await ctx.db
    .selectFrom('branches')
    .select('id')
    .where('institution_id', '=', institutionId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  const openers: OpeningOptions['openers'] = [];
  for (const branchId of [null, ...branches.map((b) => b.id)]) {
    const standing = await readStanding(ctx.db, institutionId, branchId);
    if (!standing) continue;
    const grants = await liveGrants(ctx.db, institutionId, branchId);
    const names = await occupationNames(ctx.db, [...new Set(grants.map((g) => g.occupationCode))]);
    openers.push({
      branchId,
      name: standing.branchName ?? standing.institutionName,
      jurisdictionCode: standing.jurisdictionCode,
      status: standing.status,
      grants: grants.map((g) => ({ ...g, occupationName: names.get(g.occupationCode) ?? g.occupationCode })),
    });
  }
  const sites = await ctx.db
    .selectFrom('sites')
    .select(['id', 'name', 'address', 'branch_id'])
    .where('institution_id', '=', institutionId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return {
    openers,
    sites: sites.map((s) => ({ id: s.id, name: s.name, address: s.address, branchId: s.branch_id })),
  };
}
