// 监管看板 (issue 14 point 8): an authority's figures for its jurisdiction — or, for an industry
// department or the 1+X office, the institutions assigned to it (dept-pilot 四(三)) — each with the
// list behind it. Authority staff only; every widget reads through the caller's scope
// (src/policies/scope.ts). A widget whose table does not exist yet answers null and is left out.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { forbidden } from '../../domain/errors.js';
import { institutionScope } from '../../policies/scope.js';
import { certificatesPerMonth } from './certificates-per-month.js';
import { groundsAwaiting } from './grounds-awaiting.js';
import { inspectionsPlannedDone } from './inspections-planned-done.js';
import { institutionsByCity } from './institutions-by-city.js';
import { institutionsByKind } from './institutions-by-kind.js';
import { institutionsByStatus } from './institutions-by-status.js';
import { leadsByAge } from './leads-by-age.js';
import { RATING_LABELS } from './labels.js';
import { provinceTiles, type ProvinceTile } from './province-map.js';
import { rectificationsOverdue } from './rectifications-overdue.js';
import { violationCasesOpen } from './violation-cases-open.js';
import { type DashboardContext, type Widget, type WidgetLoader } from './widget.js';

export interface Dashboard {
  asOf: string;
  scope: { kind: 'national' | 'territory' | 'assignment'; label_zh: string; label_en: string };
  provinces: ProvinceTile[];
  widgets: Widget[];
}

/** In the order the page shows them. */
const WIDGETS: WidgetLoader[] = [
  institutionsByKind,
  institutionsByStatus,
  institutionsByCity,
  certificatesPerMonth,
  leadsByAge,
  inspectionsPlannedDone,
  rectificationsOverdue,
  groundsAwaiting,
  violationCasesOpen,
];

function ratingsWidget(tiles: ProvinceTile[]): Widget | null {
  const rated = tiles.flatMap((t) => t.ratings);
  if (rated.length === 0) return null;
  return {
    id: 'institutions-by-rating',
    title_zh: '评价机构（按监测评级）',
    title_en: 'Institutions by monitoring rating',
    chart: 'bar',
    buckets: (['A', 'B', 'C', 'D'] as const).map((g) => ({
      key: g,
      label_zh: RATING_LABELS[g]![0],
      label_en: RATING_LABELS[g]![1],
      value: rated.filter((b) => b.key === g).reduce((s, b) => s + b.value, 0),
      link: '/ratings',
    })),
    link: '/ratings',
    note_zh: '监测评级列表不按档次筛选：点击打开评级列表。',
    note_en: 'The ratings list has no grade filter: a bar opens the list of ratings.',
  };
}

export async function loadDashboard(db: Kysely<DB>, actor: Actor, today: string): Promise<Dashboard> {
  if (actor.role !== 'authority_staff') throw forbidden('只有评价机构监管部门可以查看监管看板');
  const ctx: DashboardContext = { db, actor, scope: institutionScope(actor), today };
  const [provinces, ...widgets] = await Promise.all([provinceTiles(ctx), ...WIDGETS.map((w) => w(ctx))]);
  const shown = widgets.filter((w): w is Widget => w !== null);
  const rating = ratingsWidget(provinces);
  if (rating) shown.splice(2, 0, rating);
  return { asOf: today, scope: scopeLabel(ctx), provinces, widgets: shown };
}

function scopeLabel(ctx: DashboardContext): Dashboard['scope'] {
  const s = ctx.scope;
  if (s.kind === 'all') return { kind: 'national', label_zh: '全国', label_en: 'Whole country' };
  if (s.kind === 'jurisdiction') return { kind: 'territory', label_zh: '本辖区', label_en: 'Own territory' };
  return { kind: 'assignment', label_zh: '本部门负责的评价机构', label_en: 'Institutions assigned to us' };
}
