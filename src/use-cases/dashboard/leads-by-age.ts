// 问题线索（未办结，按受理时长）: open leads of the ledger (工作台账, 1x-selection §26, 1x-exit §7(1)) —
// every status but closed (0028) — by days since received. The buckets are the dashboard's own reading
// aid, not a deadline (the texts set none for handling a lead).
import { sql } from 'kysely';
import { leadAuthorityIn, tableExists } from './supervision-scope.js';
import { count, route, type WidgetLoader } from './widget.js';

const AGES: [key: string, from: number, to: number | null, zh: string, en: string][] = [
  ['0-7', 0, 7, '7 日内', 'Up to 7 days'],
  ['8-30', 8, 30, '8–30 日', '8–30 days'],
  ['31-90', 31, 90, '31–90 日', '31–90 days'],
  ['91+', 91, null, '90 日以上', 'Over 90 days'],
];

export const leadsByAge: WidgetLoader = async (ctx) => {
  if (!(await tableExists(ctx, 'leads'))) return null;
  const r = await sql<{ age: number; n: string }>`
    select (${ctx.today}::date - l.received_on) as age, count(*) as n
    from leads l
    where l.status <> 'closed' and ${await leadAuthorityIn(ctx, 'l')}
    group by 1`.execute(ctx.db);
  return {
    id: 'leads-by-age',
    title_zh: '问题线索（未办结，按受理时长）',
    title_en: 'Open leads by age',
    chart: 'bar',
    buckets: AGES.map(([key, from, to, zh, en]) => ({
      key,
      label_zh: zh,
      label_en: en,
      value: r.rows
        .filter((x) => Number(x.age) >= from && (to === null || Number(x.age) <= to))
        .reduce((s, x) => s + count(x.n), 0),
      link: from > 90 ? route('/leads', { olderThanDays: 91 }) : route('/leads', { open: 'true' }),
    })),
    link: route('/leads', { open: 'true' }),
    note_zh:
      '线索台账只能按“收到已满天数”筛选：“90 日以上”打开已满 91 日的未办结线索，其余打开全部未办结线索。',
    note_en:
      'The ledger filters only by “received at least N days ago”: “Over 90 days” opens those, the other bars all open leads.',
  };
};
