// Which supervision records (leads, rectifications, inspection rounds — 0027/0028) a caller's dashboard
// counts: exactly those the features' own lists show it, so that each number equals its list —
// the lead ledger of the authorities in its territory (lead-access.ts readableAuthorityIds: the ministry
// reads every ledger, a province its own and its cities'), the rectification orders and inspection
// rounds of its own authority (rectification-lists.ts, inspection-reads.ts).
// Raw SQL over the tables, so the dashboard does not depend on the other features' row types.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { readableAuthorityIds } from '../leads/lead-access.js';
import type { DashboardContext } from './widget.js';

const NONE = '00000000-0000-0000-0000-000000000000';

/** `<alias>.authority_id` is one of the authorities whose ledger the caller reads. */
export async function leadAuthorityIn(ctx: DashboardContext, alias: string): Promise<RawBuilder<SqlBool>> {
  const ids = await readableAuthorityIds(ctx.db, ctx.actor);
  return sql<SqlBool>`${sql.ref(`${alias}.authority_id`)} in (${sql.join(ids.length ? ids : [NONE])})`;
}

/** `<alias>.authority_id` is the caller's own authority. */
export function ownAuthority(ctx: DashboardContext, alias: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(`${alias}.authority_id`)} = ${ctx.actor.authorityId ?? NONE}`;
}

/** Whether a table exists (a widget whose migration is not applied yet is left out, not an error). */
export async function tableExists(ctx: DashboardContext, table: string): Promise<boolean> {
  const r = await sql<{ t: string | null }>`select to_regclass(${table})::text as t`.execute(ctx.db);
  return !!r.rows[0]?.t;
}
