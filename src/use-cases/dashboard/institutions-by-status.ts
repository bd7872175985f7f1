// 机构状态：active / suspended (a violation decision, mohrss-violations §13) / exited, and filings
// lapsed (备案已到期: no directory entry in force, none withdrawn). Each status opens
// /institutions?status=…; the institution list has no "filing lapsed" filter, so that bar opens the
// directory unfiltered (said on screen).
import { institutionCounts, lapsedFilings } from './institution-counts.js';
import { STATUS_LABELS } from './labels.js';
import { route, type WidgetLoader } from './widget.js';

const SHOWN = ['registered', 'active', 'suspended', 'exited'] as const;

export const institutionsByStatus: WidgetLoader = async (ctx) => {
  const [counts, lapsed] = await Promise.all([institutionCounts(ctx), lapsedFilings(ctx)]);
  const label = (k: string) => STATUS_LABELS[k] ?? [k, k];
  return {
    id: 'institutions-by-status',
    title_zh: '评价机构（按状态）',
    title_en: 'Institutions by status',
    chart: 'bar',
    buckets: [
      ...SHOWN.map((status) => ({
        key: status,
        label_zh: label(status)[0],
        label_en: label(status)[1],
        value: counts.filter((c) => c.status === status).reduce((s, c) => s + c.n, 0),
        link: route('/institutions', { status }),
      })),
      {
        key: 'filing_lapsed',
        label_zh: label('filing_lapsed')[0],
        label_en: label('filing_lapsed')[1],
        value: [...lapsed.values()].reduce((s, n) => s + n, 0),
        link: '/directory',
      },
    ],
    link: '/institutions',
    note_zh: '“备案已到期”打开机构目录（目录尚无此筛选条件）。',
    note_en: '“Filing lapsed” opens the directory unfiltered (it has no such filter yet).',
  };
};
