// 待处理的监管依据: the grounds raised from the data for a person to act on — never a sanction by
// themselves — that nobody has acted on yet: 1x-exit §5(2)–(6) for 1+X programmes and
// mohrss-violations §13(3) / §14(7) for a year without evaluations. Read through the grounds queue's own
// use case (supervision-grounds/list-grounds.ts, state 'open'), so the total equals the list that
// /supervision-grounds?state=open shows; one bar per rule.
import { listGrounds } from '../supervision-grounds/list-grounds.js';
import { route, type WidgetLoader } from './widget.js';

const RULES: [id: string, zh: string, en: string][] = [
  ['1x-exit/5/2', '批准后一年内未启动工作（1+X 退出细则第五条第（二）项）', 'No work within a year of approval (1x-exit §5(2))'],
  ['1x-exit/5/3', '两年未更新标准、题库（第五条第（三）项）', 'No update of standard or question bank for two years (1x-exit §5(3))'],
  ['1x-exit/5/4/evaluations', '连续两年无人报名（第五条第（四）项）', 'Two years without candidates (1x-exit §5(4))'],
  ['1x-exit/5/4/schools', '连续两年无院校实施（第五条第（四）项）', 'Two years without a school (1x-exit §5(4))'],
  ['1x-exit/5/5', '反映问题较多未整改（第五条第（五）项）', 'Many unresolved problems (1x-exit §5(5))'],
  ['1x-exit/5/6', '评级 D 未整改到位（第五条第（六）项）', 'Rating D not rectified (1x-exit §5(6))'],
  ['mohrss-violations/14/7', '一年以上未开展评价（第十三条第（三）项、第十四条第（七）项）', 'A year or more without evaluations (mohrss-violations §13(3), §14(7))'],
]; // prettier-ignore

export const groundsAwaiting: WidgetLoader = async (ctx) => {
  const { items } = await listGrounds(ctx.db, ctx.actor, ctx.today, 'open');
  const link = route('/supervision-grounds', { state: 'open' });
  return {
    id: 'grounds-awaiting',
    title_zh: '待处理的监管依据',
    title_en: 'Grounds awaiting action',
    chart: 'bar',
    buckets: RULES.map(([id, zh, en]) => ({
      key: id,
      label_zh: zh,
      label_en: en,
      value: items.filter((g) => g.ruleId === id).length,
      link,
    })),
    link,
    note_zh: '监管依据列表不按情形筛选：点击打开全部待处理的监管依据。',
    note_en: 'The grounds list has no filter by rule: a bar opens every ground awaiting action.',
  };
};
