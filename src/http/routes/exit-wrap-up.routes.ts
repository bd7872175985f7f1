// /api/v1 wrap-up of an exit (issue 15 point 6; 1x-exit §9, gz-rules §13–15; decision 0042): the exits in
// the caller's scope with their wrap-up status, one exit with its checklist computed from the data, the
// institution's current checklist before any exit, the institution's archive registration of a closed
// session, and the exit authority's waivers and confirmation of completion.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCaller } from '../session-plugin.js';
import { isoDate, pageQuery, text } from '../schemas/common.schema.js';
import {
  archiveSession,
  completeWrapUp,
  currentChecklist,
  getExit,
  listExits,
  waiveWrapUpItem,
} from '../../use-cases/exits/wrap-up-actions.js';
import { WRAP_UP_ITEMS } from '../../use-cases/exits/wrap-up.js';
import { registryContext } from './registry.routes.js';
import { W } from '../schemas/exit-wrap-up-descriptions-en.js';

export interface ExitWrapUpRoutesOptions {
  /** The clock (tests); default the system clock. */
  now?: () => Date;
}

const TAG = '机构退出收尾';
const exitParams = z.strictObject({ id: z.guid().describe(W.exitId) });

export const exitWrapUpRoutes: FastifyPluginAsyncZod<ExitWrapUpRoutesOptions> = async (app, opts) => {
  const ctx = (request: Parameters<typeof registryContext>[1]) => {
    requireCaller(request);
    const c = registryContext(app, request);
    return opts.now ? { ...c, now: opts.now() } : c;
  };
  app.get(
    '/exits',
    {
      config: { policy: 'exit.list' },
      schema: {
        tags: [TAG],
        summary: '机构退出列表（本部门辖区或本部门决定的退出；机构：本机构的退出），含收尾期限与状态',
        querystring: z.strictObject({
          status: z.enum(['open', 'completed', 'all']).optional().describe(W.status),
          ...pageQuery,
        }),
      },
    },
    async (request) => listExits(ctx(request), request.query),
  );
  app.get(
    '/exits/:id',
    {
      config: { policy: 'exit.read' },
      schema: {
        tags: [TAG],
        summary: '一次退出及其收尾清单（由系统数据计算，逐项列出记录）',
        params: exitParams,
      },
    },
    async (request) => getExit(ctx(request), request.params.id),
  );
  app.post(
    '/exits/:id/waivers',
    {
      config: { policy: 'exit.waive' },
      schema: {
        tags: [TAG],
        summary: '豁免一项收尾事项（作出该退出的部门，须写明理由）',
        params: exitParams,
        body: z.strictObject({
          item: z.enum(WRAP_UP_ITEMS as [string, ...string[]]).describe(W.item),
          reason: text(2000).min(2).describe(W.reason),
        }),
      },
    },
    async (request) =>
      waiveWrapUpItem(ctx(request), request.params.id, {
        item: request.body.item as (typeof WRAP_UP_ITEMS)[number],
        reason: request.body.reason,
      }),
  );
  app.post(
    '/exits/:id/wrap-up-completion',
    {
      config: { policy: 'exit.complete' },
      schema: {
        tags: [TAG],
        summary: '确认收尾完成（各项清零或已豁免；否则拒绝并列出未处理事项）',
        params: exitParams,
      },
    },
    async (request) => completeWrapUp(ctx(request), request.params.id),
  );
  app.get(
    '/institutions/:id/wrap-up',
    {
      config: { policy: 'exit.checklist' },
      schema: {
        tags: [TAG],
        summary: '机构当前的收尾清单（退出前自查：已收费未考核、已考核未发证、证书数据未上报、资料未归档）',
        params: z.strictObject({ id: z.guid().describe(W.institutionId) }),
      },
    },
    async (request) => currentChecklist(ctx(request), request.params.id),
  );
  app.post(
    '/evaluation-sessions/:id/archive',
    {
      config: { policy: 'exit.archive' },
      schema: {
        tags: [TAG],
        summary: '登记评价资料归档（本机构已结束的场次：归档位置与日期）',
        params: z.strictObject({ id: z.guid().describe(W.sessionId) }),
        body: z.strictObject({
          location: text(500).min(2).describe(W.location),
          archivedOn: isoDate.optional().describe(W.archivedOn),
        }),
      },
    },
    async (request) => archiveSession(ctx(request), request.params.id, request.body),
  );
};
