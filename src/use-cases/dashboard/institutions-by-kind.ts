// 机构类别：institutions in scope per kind; each bar opens /institutions?kind=….
import { institutionCounts } from './institution-counts.js';
import { KIND_LABELS } from './labels.js';
import { route, type WidgetLoader } from './widget.js';

export const institutionsByKind: WidgetLoader = async (ctx) => {
  const counts = await institutionCounts(ctx);
  return {
    id: 'institutions-by-kind',
    title_zh: '评价机构（按类别）',
    title_en: 'Institutions by kind',
    chart: 'bar',
    buckets: Object.entries(KIND_LABELS).map(([kind, [zh, en]]) => ({
      key: kind,
      label_zh: zh,
      label_en: en,
      value: counts.filter((c) => c.kind === kind).reduce((s, c) => s + c.n, 0),
      link: route('/institutions', { kind }),
    })),
    link: '/institutions',
    note_zh: null,
    note_en: null,
  };
};
