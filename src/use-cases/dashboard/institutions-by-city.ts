// 各市（州）机构数: for a provincial authority, its institutions per prefecture (the map shows one tile
// for its province). Each bar opens /institutions?jurisdictionCode=<prefecture>. Other scopes: none.
import { institutionCounts } from './institution-counts.js';
import { route, type WidgetLoader } from './widget.js';

export const institutionsByCity: WidgetLoader = async (ctx) => {
  if (ctx.scope.kind !== 'jurisdiction' || ctx.scope.prefix.length !== 2) return null;
  const per = new Map<string, { name: string; n: number }>();
  for (const c of await institutionCounts(ctx)) {
    // Registered at the province itself (a code like 520000): its own bar.
    const own = c.prefecture === c.province;
    const e = per.get(c.prefecture) ?? { name: own ? '省本级' : (c.prefectureName ?? c.prefecture), n: 0 };
    e.n += c.n;
    per.set(c.prefecture, e);
  }
  // A place name is data: the English view quotes it (the register keeps no English names of cities).
  const buckets = [...per.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, e]) => ({
      key: code,
      label_zh: e.name,
      label_en: e.name === '省本级' ? 'Province level' : e.name,
      value: e.n,
      link: route('/institutions', { jurisdictionCode: code }),
    }));
  return {
    id: 'institutions-by-city',
    title_zh: '评价机构（按市州）',
    title_en: 'Institutions by prefecture',
    chart: 'bar',
    buckets,
    link: '/institutions',
    note_zh: '“省本级”打开全省机构列表（列表按代码前缀筛选，不能只列省本级）。',
    note_en: '“Province level” opens the whole province’s list (the list filters by code prefix).',
  };
};
