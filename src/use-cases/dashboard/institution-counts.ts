// Institutions in the caller's scope counted by prefecture × kind × status, in one grouped query that
// the map, the kind, status and city widgets all read (memoised per request). The scope is the one the
// institution list applies (institutionInScope), so every number equals the total of the list its link
// opens: /institutions?jurisdictionCode=…&kind=…&status=… (tests/http/dashboard.test.ts).
import { sql } from 'kysely';
import { institutionInScope } from '../../persistence/registry-scope.js';
import { count, type DashboardContext } from './widget.js';

export interface InstitutionCount {
  /** First two digits of the jurisdiction code + '0000'. */
  province: string;
  /** First four digits + '00'; the province's own code for an institution registered at province level. */
  prefecture: string;
  prefectureName: string | null;
  kind: string;
  status: string;
  n: number;
}

const memo = new WeakMap<DashboardContext, Promise<InstitutionCount[]>>();

export function institutionCounts(ctx: DashboardContext): Promise<InstitutionCount[]> {
  let p = memo.get(ctx);
  if (!p) {
    p = load(ctx);
    memo.set(ctx, p);
  }
  return p;
}

async function load(ctx: DashboardContext): Promise<InstitutionCount[]> {
  const prefecture = sql<string>`substr(i.jurisdiction_code, 1, 4) || '00'`;
  const rows = await ctx.db
    .selectFrom('institutions as i')
    .leftJoin('jurisdictions as j', (join) => join.on(sql<boolean>`j.code = ${prefecture}`))
    .select([
      sql<string>`substr(i.jurisdiction_code, 1, 2) || '0000'`.as('province'),
      prefecture.as('prefecture'),
      'j.name as prefecture_name',
      'i.kind',
      'i.status',
      sql<string>`count(*)`.as('n'),
    ])
    .where(institutionInScope(ctx.scope, sql.ref('i.id')))
    .groupBy([sql`1`, sql`2`, 'j.name', 'i.kind', 'i.status'])
    .execute();
  return rows.map((r) => ({
    province: r.province,
    prefecture: r.prefecture,
    prefectureName: r.prefecture_name,
    kind: r.kind,
    status: r.status,
    n: count(r.n),
  }));
}

/**
 * Institutions whose filing has lapsed (备案已到期): listed in the directory, none of their entries in
 * force today and none withdrawn (a withdrawal is an exit, counted by its status), by province.
 */
export async function lapsedFilings(ctx: DashboardContext): Promise<Map<string, number>> {
  const rows = await ctx.db
    .selectFrom('institutions as i')
    .select([sql<string>`substr(i.jurisdiction_code, 1, 2) || '0000'`.as('province'), sql<string>`count(*)`.as('n')])
    .where(institutionInScope(ctx.scope, sql.ref('i.id')))
    .where(sql<boolean>`exists (select 1 from directory_entries e where e.institution_id = i.id and e.branch_id is null
      and e.withdrawn_on is null and e.valid_to < ${ctx.today})`)
    .where(sql<boolean>`not exists (select 1 from directory_entries e where e.institution_id = i.id and e.branch_id is null
      and e.withdrawn_on is null and e.valid_from <= ${ctx.today} and (e.valid_to is null or e.valid_to >= ${ctx.today}))`)
    .groupBy(sql`1`)
    .execute(); // prettier-ignore
  return new Map(rows.map((r) => [r.province, count(r.n)]));
}
