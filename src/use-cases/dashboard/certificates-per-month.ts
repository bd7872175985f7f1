// 证书颁发（按月）: certificates issued in scope in each of the last 24 months (this month included).
// Fast at a million rows (docs/scale.md): the register is partitioned by issue year, so the query names
// the three years it needs; (institution_id, issue_year, number) INCLUDE (issued_on, …) answers each
// institution's rows from the index alone; a territorial scope is the two semi-joins of
// certificates.repository's counts (the territory's institutions, then branches working there whose
// institution is outside), never an OR of two IN-subqueries (scale.md, "What must change" 2).
// Each month opens the certificate counts of its year (/certificates?year=…): the register lists no
// month, and an authority's list needs an institution or a holder (said on screen).
import { sql, type Expression, type SqlBool } from 'kysely';
import { certificateInScope } from '../../persistence/certificates.repository.js';
import { count, route, type DashboardContext, type WidgetLoader } from './widget.js';

const MONTHS = 24;

/** 'YYYY-MM' of the first of the month `back` months before `today`. */
export function monthsBack(today: string, back: number): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7)) - 1 - back;
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  return `${yy}-${String(mm + 1).padStart(2, '0')}`;
}

function rowsInScope(ctx: DashboardContext, from: string, years: number[]) {
  const rows = (inScope: Expression<SqlBool>) =>
    ctx.db
      .selectFrom('certificates as c')
      .select(sql<string>`to_char(c.issued_on, 'YYYY-MM')`.as('month'))
      .where('c.issue_year', 'in', years)
      .where('c.issued_on', '>=', `${from}-01`)
      .where('c.issued_on', '<=', ctx.today)
      .where(inScope);
  if (ctx.scope.kind !== 'jurisdiction') return rows(certificateInScope(ctx.scope));
  const like = ctx.scope.prefix + '%';
  const territory = sql`(select i.id from institutions i where i.jurisdiction_code like ${like})`;
  return rows(sql<SqlBool>`c.institution_id in ${territory}`).unionAll(
    rows(
      sql<SqlBool>`c.branch_id in (select b.id from branches b where b.jurisdiction_code like ${like})
        and c.institution_id not in ${territory}`,
    ),
  );
}

export const certificatesPerMonth: WidgetLoader = async (ctx) => {
  const from = monthsBack(ctx.today, MONTHS - 1);
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(ctx.today.slice(0, 4)); y++) years.push(y);
  const rows = await ctx.db
    .selectFrom(rowsInScope(ctx, from, years).as('r'))
    .select(['r.month', sql<string>`count(*)`.as('n')])
    .groupBy('r.month')
    .execute();
  const byMonth = new Map(rows.map((r) => [r.month, count(r.n)]));
  const buckets = [];
  for (let back = MONTHS - 1; back >= 0; back--) {
    const month = monthsBack(ctx.today, back);
    buckets.push({
      key: month,
      label_zh: `${month.slice(0, 4)}年${Number(month.slice(5))}月`,
      label_en: month,
      value: byMonth.get(month) ?? 0,
      link: route('/certificates', { tab: 'counts', year: month.slice(0, 4) }),
    });
  }
  return {
    id: 'certificates-per-month',
    title_zh: '证书颁发（近 24 个月）',
    title_en: 'Certificates issued (last 24 months)',
    chart: 'line',
    buckets,
    link: '/certificates',
    note_zh: '点击某月打开证书登记（证书登记按年统计，不按月筛选；请在“数量统计”中选择年份）。',
    note_en:
      'A month opens the certificate register (it counts by year, not by month: choose the year under Counts).',
  };
};
