// 待处理的监管线索（依据数据提出）: grounds raised from the data for a person to act on, never a
// sanction by themselves. Today: mohrss-violations §13(3) / §14(7), a filed institution a year or more
// without an evaluation (inactivity-grounds.ts), awaiting action while no violation case is open on it.
// The 1+X programme grounds of 1x-exit §5(2)–(6) join here as one more bucket once their list exists.
import { listInactivityGrounds } from '../violation-case/inactivity-grounds.js';
import { route, type WidgetLoader } from './widget.js';

export const groundsAwaiting: WidgetLoader = async (ctx) => {
  const inactivity = await listInactivityGrounds(ctx.db, ctx.actor, ctx.today);
  return {
    id: 'grounds-awaiting',
    title_zh: '待处理的数据线索',
    title_en: 'Grounds awaiting action',
    chart: 'bar',
    buckets: [
      {
        key: 'inactivity',
        label_zh: '一年以上未开展评价（第十三条第（三）项）',
        label_en: 'No evaluation for a year or more (§13(3))',
        value: inactivity.filter((g) => !g.openCaseId).length,
        link: route('/violations', { view: 'supervised' }),
      },
    ],
    link: route('/violations', { view: 'supervised' }),
    note_zh: '不开展评价活动的线索尚无列表页面：点击打开辖区内的违纪违规案件（立案处理）。',
    note_en:
      'Inactivity grounds have no list page yet: a bar opens the violation cases in your territory (to open a case).',
  };
};
