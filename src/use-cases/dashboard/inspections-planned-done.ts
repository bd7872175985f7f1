// 双随机抽查（计划与完成）(1x-selection §25): the inspections of the caller's authority's rounds (0027,
// as its 抽查批次 list shows them) — targets
// not yet drawn (a planned round's target count), drawn, under way, concluded.
import { sql } from 'kysely';
import { ownAuthority, tableExists } from './supervision-scope.js';
import { count, type WidgetLoader } from './widget.js';

export const inspectionsPlannedDone: WidgetLoader = async (ctx) => {
  if (!(await tableExists(ctx, 'inspection_rounds'))) return null;
  const [planned, drawn] = await Promise.all([
    sql<{ n: string | null }>`select sum(r.target_count) as n from inspection_rounds r
      where r.status = 'planned' and ${ownAuthority(ctx, 'r')}`.execute(ctx.db),
    sql<{ status: string; n: string }>`select i.status, count(*) as n from inspections i
      join inspection_rounds r on r.id = i.round_id where ${ownAuthority(ctx, 'r')}
      group by i.status`.execute(ctx.db),
  ]);
  const of = (s: string) => count(drawn.rows.find((x) => x.status === s)?.n);
  return {
    id: 'inspections-planned-done',
    title_zh: '双随机抽查（计划与完成）',
    title_en: 'Random inspections: planned and done',
    chart: 'bar',
    buckets: [
      { key: 'planned', label_zh: '计划中（尚未抽取）', label_en: 'Planned (not drawn yet)', value: count(planned.rows[0]?.n), link: '/inspection-rounds' },
      { key: 'drawn', label_zh: '已抽取，未开始', label_en: 'Drawn, not started', value: of('drawn'), link: '/inspection-rounds' },
      { key: 'in_progress', label_zh: '检查中', label_en: 'In progress', value: of('in_progress'), link: '/inspection-rounds' },
      { key: 'concluded', label_zh: '已完成', label_en: 'Done', value: of('concluded'), link: '/inspection-rounds' },
    ],
    link: '/inspection-rounds',
    note_zh: '抽查批次列表不按状态筛选：点击打开本部门的抽查批次。',
    note_en: 'The inspection rounds list has no status filter: a bar opens our rounds.',
  }; // prettier-ignore
};
