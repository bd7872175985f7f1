// Which supervision records (leads, rectifications, inspection rounds — 0027/0028) belong on a caller's
// dashboard: those its own authority handles, and those about an institution in its scope (a Guizhou
// dashboard counts the leads 贵阳市 handles about Guizhou institutions; the ministry's counts all).
// Raw SQL over the tables, so the dashboard does not depend on the other features' row types.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { institutionInScope } from '../../persistence/registry-scope.js';
import type { DashboardContext } from './widget.js';

/** `<alias>.authority_id = me or <alias>.institution_id in scope` (all: true). */
export function handledOrAbout(ctx: DashboardContext, alias: string): RawBuilder<SqlBool> {
  if (ctx.scope.kind === 'all') return sql<SqlBool>`true`;
  const own = sql<SqlBool>`${sql.ref(`${alias}.authority_id`)} = ${ctx.actor.authorityId ?? '__none__'}`;
  return sql<SqlBool>`(${own} or ${institutionInScope(ctx.scope, sql.ref(`${alias}.institution_id`))})`;
}

/** An inspection round: planned by the caller's authority, or covering a territory within its own. */
export function roundInScope(ctx: DashboardContext, alias: string): RawBuilder<SqlBool> {
  const scope = ctx.scope;
  if (scope.kind === 'all') return sql<SqlBool>`true`;
  const own = sql<SqlBool>`${sql.ref(`${alias}.authority_id`)} = ${ctx.actor.authorityId ?? '__none__'}`;
  if (scope.kind !== 'jurisdiction') return own;
  return sql<SqlBool>`(${own} or ${sql.ref(`${alias}.jurisdiction_code`)} like ${scope.prefix + '%'})`;
}

/** Whether a table exists (a widget whose migration is not applied yet is left out, not an error). */
export async function tableExists(ctx: DashboardContext, table: string): Promise<boolean> {
  const r = await sql<{ t: string | null }>`select to_regclass(${table})::text as t`.execute(ctx.db);
  return !!r.rows[0]?.t;
}
