// 责令限期整改（逾期）: the caller's authority's rectification orders (0028) not accepted; overdue when today is after
// the deadline (the deadline day itself is not overdue: 0028's reading, decision 0039), per status.
// Overdue orders feed mohrss-violations §13(5) and 1x-exit §5(5)–(6).
import { sql } from 'kysely';
import { ownAuthority, tableExists } from './supervision-scope.js';
import { count, route, type WidgetLoader } from './widget.js';

export const rectificationsOverdue: WidgetLoader = async (ctx) => {
  if (!(await tableExists(ctx, 'rectifications'))) return null;
  const r = await sql<{ status: string; overdue: boolean; n: string }>`
    select x.status, (${ctx.today}::date > x.deadline) as overdue, count(*) as n
    from rectifications x
    where x.status <> 'accepted' and ${ownAuthority(ctx, 'x')}
    group by 1, 2`.execute(ctx.db);
  const n = (overdue: boolean, statuses: string[]) =>
    r.rows
      .filter((x) => x.overdue === overdue && statuses.includes(x.status))
      .reduce((s, x) => s + count(x.n), 0);
  return {
    id: 'rectifications-overdue',
    title_zh: '责令限期整改',
    title_en: 'Rectification orders',
    chart: 'bar',
    buckets: [
      { key: 'overdue', label_zh: '已逾期', label_en: 'Overdue', value: n(true, ['open', 'rejected', 'reported']), link: route('/rectifications', { overdue: 'true' }) },
      { key: 'in_time', label_zh: '整改期内，未报告', label_en: 'Within the deadline, not reported', value: n(false, ['open', 'rejected']), link: route('/rectifications', { status: 'open' }) },
      { key: 'reported', label_zh: '整改期内，已报告待核验', label_en: 'Within the deadline, report to verify', value: n(false, ['reported']), link: route('/rectifications', { status: 'reported' }) },
    ],
    link: '/rectifications',
    note_zh: '“已逾期”打开逾期整改；其余按状态打开（列表不分是否逾期）。',
    note_en: '“Overdue” opens the overdue orders; the others open the orders of that status (overdue ones included).',
  }; // prettier-ignore
};
