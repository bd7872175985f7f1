// The province map's tiles (issue 14 point 8 "on a map of provinces"): for each provincial unit, the
// institutions in the caller's scope there, by kind, status (with lapsed filings) and monitoring rating
// (1x-selection §27: each institution's latest confirmed organisation-level grade, 0029). A tile outside
// the caller's scope says so (inScope false) and shows no number. Each breakdown links its list.
import { sql } from 'kysely';
import { institutionInScope } from '../../persistence/registry-scope.js';
import { institutionCounts, lapsedFilings } from './institution-counts.js';
import { KIND_LABELS, RATING_LABELS, STATUS_LABELS, type Pair } from './labels.js';
import { PROVINCES } from './provinces.js';
import { tableExists } from './supervision-scope.js';
import { count, route, type Bucket, type DashboardContext } from './widget.js';

export interface ProvinceTile {
  code: string;
  name_zh: string;
  name_en: string;
  inScope: boolean;
  total: number;
  link: string;
  kinds: Bucket[];
  statuses: Bucket[];
  /** Empty when no rating has been confirmed in scope (or the ratings table does not exist yet). */
  ratings: Bucket[];
}

function inScope(ctx: DashboardContext, code: string): boolean {
  const s = ctx.scope;
  if (s.kind === 'jurisdiction') return s.prefix.startsWith(code.slice(0, 2));
  return s.kind === 'all' || s.kind === 'authority';
}

async function ratingsByProvince(ctx: DashboardContext): Promise<Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, number>>();
  if (!(await tableExists(ctx, 'ratings'))) return out;
  const r = await sql<{ province: string; grade: string; n: string }>`
    select substr(i.jurisdiction_code, 1, 2) || '0000' as province, latest.grade, count(*) as n
    from institutions i
    join lateral (
      select g.grade from ratings g join rating_runs run on run.id = g.run_id
      where g.institution_id = i.id and g.programme_seq is null and g.confirmed_on is not null
      order by run.period_to desc, g.confirmed_on desc limit 1
    ) latest on true
    where ${institutionInScope(ctx.scope, sql.ref('i.id'))}
    group by 1, 2`.execute(ctx.db);
  for (const x of r.rows) {
    const m = out.get(x.province) ?? new Map<string, number>();
    m.set(x.grade, count(x.n));
    out.set(x.province, m);
  }
  return out;
}

export async function provinceTiles(ctx: DashboardContext): Promise<ProvinceTile[]> {
  const [counts, lapsed, ratings] = await Promise.all([
    institutionCounts(ctx),
    lapsedFilings(ctx),
    ratingsByProvince(ctx),
  ]);
  const bucket = (key: string, [zh, en]: Pair, value: number, link: string): Bucket => ({
    key,
    label_zh: zh,
    label_en: en,
    value,
    link,
  });
  return PROVINCES.map(([code, zh, en]) => {
    const here = counts.filter((c) => c.province === code);
    const sum = (f: (c: (typeof here)[number]) => boolean) => here.filter(f).reduce((s, c) => s + c.n, 0);
    const graded = ratings.get(code);
    return {
      code,
      name_zh: zh,
      name_en: en,
      inScope: inScope(ctx, code),
      total: sum(() => true),
      link: route('/institutions', { jurisdictionCode: code }),
      kinds: Object.entries(KIND_LABELS).map(([kind, label]) =>
        bucket(kind, label, sum((c) => c.kind === kind), route('/institutions', { jurisdictionCode: code, kind })),
      ),
      statuses: [
        ...(['active', 'suspended', 'exited'] as const).map((status) =>
          bucket(status, STATUS_LABELS[status]!, sum((c) => c.status === status), route('/institutions', { jurisdictionCode: code, status })),
        ),
        bucket('filing_lapsed', STATUS_LABELS.filing_lapsed!, lapsed.get(code) ?? 0, '/directory'),
      ],
      ratings: graded
        ? (['A', 'B', 'C', 'D'] as const).map((g) =>
            bucket(g, RATING_LABELS[g]!, graded.get(g) ?? 0, '/ratings'),
          )
        : [],
    };
  }); // prettier-ignore
}
