// The demonstration clock over HTTP: anyone may read what "today" is on this server (the web app shows
// a banner when it is not the real date); a system administrator moves it forward in demo mode.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DEMO_CLOCK_MAX_DAYS, demoClock } from '../../demo/demo-clock.js';
import { todayInChina } from '../../use-cases/registry/registry-context.js';
import { advanceDemoClock } from '../../use-cases/advance-demo-clock.js';
import { demoClockPolicy } from '../../policies/demo-clock.policy.js';

const clockView = z.object({
  enabled: z.boolean().describe('演示环境才有演示时钟'),
  offsetDays: z.number().int().describe('系统日期比实际日期提前的天数'),
  today: z.string().describe('系统按此日期办理（北京时间）'),
  realToday: z.string().describe('实际日期（北京时间）'),
  abilities: z.object({ advance: z.boolean() }),
});

export const demoRoutes: FastifyPluginAsyncZod = async (app) => {
  const view = (caller: Parameters<typeof demoClockPolicy.canAdvance>[0]) => {
    const clock = demoClock();
    const offsetDays = clock?.offsetDays() ?? 0;
    const now = new Date();
    return {
      enabled: clock !== null,
      offsetDays,
      today: todayInChina(now),
      realToday: todayInChina(new Date(now.getTime() - offsetDays * 86_400_000)),
      abilities: { advance: clock !== null && demoClockPolicy.canAdvance(caller) },
    };
  };

  app.get(
    '/demo/clock',
    {
      config: { policy: 'public' },
      schema: { tags: ['demo'], summary: '演示时钟：系统当前按哪一天办理', response: { 200: clockView } },
    },
    async (request) => view(request.caller),
  );

  app.post(
    '/demo/clock/advance',
    {
      config: { policy: 'demo-clock.advance' },
      schema: {
        tags: ['demo'],
        summary: '演示时钟前移若干天（系统管理员，仅演示环境）',
        body: z.strictObject({
          days: z
            .number()
            .int('前移天数应为整数')
            .min(1, '前移天数至少为 1')
            .max(DEMO_CLOCK_MAX_DAYS, `前移天数最多 ${DEMO_CLOCK_MAX_DAYS}`)
            .describe('前移天数（自然日）'),
        }),
        response: { 200: clockView },
      },
    },
    async (request) => {
      await advanceDemoClock(
        app.db,
        demoClock(),
        { caller: request.caller, requestId: String(request.id) },
        request.body,
      );
      return view(request.caller);
    },
  );
};
