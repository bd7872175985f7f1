// 违纪违规案件（未结）: violation cases in the caller's territory or assignment that are not archived
// or dropped, per state of the procedure — the 辖区内的 list's own condition (violation-lists.ts,
// view 'supervised'), so each bar equals /violations?view=supervised&state=… .
import { sql, type SqlBool } from 'kysely';
import { institutionInScope } from '../../persistence/registry-scope.js';
import { violationCaseMachine } from '../../workflows/violation-case/machine.js';
import { count, route, type WidgetLoader } from './widget.js';

const FINAL = new Set(['closed', 'dropped']);

export const violationCasesOpen: WidgetLoader = async (ctx) => {
  const scope = ctx.scope;
  const inScope =
    scope.kind === 'authority'
      ? sql<SqlBool>`(c.authority_id = ${scope.authorityId} or ${institutionInScope(scope, sql.ref('c.institution_id'))})`
      : institutionInScope(scope, sql.ref('c.institution_id'));
  const rows = await ctx.db
    .selectFrom('cases as c')
    .select(['c.state', sql<string>`count(*)`.as('n')])
    .where('c.procedure', '=', violationCaseMachine.id)
    .where(inScope)
    .groupBy('c.state')
    .execute();
  const n = new Map(rows.map((r) => [r.state, count(r.n)]));
  const states = violationCaseMachine.states as Record<string, { label_zh: string; label_en: string }>;
  return {
    id: 'violation-cases-open',
    title_zh: '违纪违规案件（未结）',
    title_en: 'Open violation cases',
    chart: 'bar',
    buckets: Object.entries(states)
      .filter(([state]) => !FINAL.has(state))
      .map(([state, s]) => ({
        key: state,
        label_zh: s.label_zh,
        label_en: s.label_en,
        value: n.get(state) ?? 0,
        link: route('/violations', { view: 'supervised', state }),
      })),
    link: route('/violations', { view: 'supervised' }),
    note_zh: null,
    note_en: null,
  };
};
