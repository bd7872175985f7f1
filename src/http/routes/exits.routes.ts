// /api/v1 after an exit (issue 15 points 7 and 8): the public 机构退出公告 (completed exits, newest first,
// with their public documents) and the register of re-entry bars (1x-exit §10) for the authorities, with
// the issuing office's record that a name-only match is a different person (docs/decisions/0046).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCaller } from '../session-plugin.js';
import { pageQuery } from '../schemas/common.schema.js';
import { fileStoreFor, type FileStore } from '../../persistence/file-store.js';
import { downloadExitDocument, listExitNotices } from '../../use-cases/exits/exit-notices.js';
import {
  barNameMatches,
  listReentryBars,
  recordBarClearance,
  withdrawBarClearance,
} from '../../use-cases/exits/reentry-bars.js';
import { registryContext } from './registry.routes.js';
import { X } from '../schemas/exits-descriptions-en.js';

export interface ExitRoutesOptions {
  store?: FileStore;
  /** The clock (tests); default the system clock. */
  now?: () => Date;
}

export const exitRoutes: FastifyPluginAsyncZod<ExitRoutesOptions> = async (app, opts) => {
  const store = opts.store ?? fileStoreFor(app.config);
  app.get(
    '/exit-notices',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['机构退出公告'],
        summary: '机构退出公告：已生效的退出（方式、范围、日期、决定部门、公开文书），最新在前',
        querystring: z.strictObject({ ...pageQuery }),
      },
    },
    async (request) => listExitNotices(app.db, request.query, opts.now?.()),
  );
  app.get(
    '/exit-notices/:id/documents/:documentId/file',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['机构退出公告'],
        summary: '下载退出的公开文书 PDF（终止评价活动通知书、退出申请书面反馈；无需登录）',
        params: z.strictObject({
          id: z.guid().describe(X.exitId),
          documentId: z.guid().describe(X.documentId),
        }),
      },
    },
    async (request, reply) => {
      const file = await downloadExitDocument(app.db, store, {
        exitId: request.params.id,
        documentId: request.params.documentId,
      });
      return reply.headers(file.headers).send(file.bytes);
    },
  );
  app.get(
    '/reentry-bars',
    {
      config: { policy: 'reentry-bar.list' },
      schema: {
        tags: ['退出限制'],
        summary:
          '退出限制登记（退出细则第十条）：主体、统一社会信用代码、法定代表人、方式、决定日期、限制截止日',
        querystring: z.strictObject({
          status: z.enum(['in_force', 'all']).optional().describe(X.barStatus),
          ...pageQuery,
        }),
      },
    },
    async (request) => {
      requireCaller(request);
      const ctx = registryContext(app, request);
      return listReentryBars(opts.now ? { ...ctx, now: opts.now() } : ctx, request.query);
    },
  );
  app.get(
    '/reentry-bars/:id/name-matches',
    {
      config: { policy: 'reentry-bar.clear' },
      schema: {
        tags: ['退出限制'],
        summary:
          '按法定代表人姓名匹配到该限制的单位（统一社会信用代码不同），供核实记录（部际联席会议办公室）',
        params: z.strictObject({ id: z.guid().describe(X.barId) }),
      },
    },
    async (request) => {
      requireCaller(request);
      return barNameMatches(registryContext(app, request), request.params.id);
    },
  );
  app.post(
    '/reentry-bars/:id/clearances',
    {
      config: { policy: 'reentry-bar.clear' },
      schema: {
        tags: ['退出限制'],
        summary: '核实记录：按法定代表人姓名匹配的申报单位，其法定代表人并非同一人',
        params: z.strictObject({ id: z.guid().describe(X.barId) }),
        body: z.strictObject({
          institutionId: z.guid().describe(X.institutionId),
          reason: z.string().trim().min(2).max(2000).describe(X.clearanceReason),
        }),
      },
    },
    async (request) => {
      requireCaller(request);
      const ctx = registryContext(app, request);
      return recordBarClearance(
        opts.now ? { ...ctx, now: opts.now() } : ctx,
        request.params.id,
        request.body,
      );
    },
  );
  app.post(
    '/reentry-bars/:id/clearances/:institutionId/withdraw',
    {
      config: { policy: 'reentry-bar.clear' },
      schema: {
        tags: ['退出限制'],
        summary: '撤销核实记录：误记的，按法定代表人姓名匹配重新生效（留存审计记录）',
        params: z.strictObject({
          id: z.guid().describe(X.barId),
          institutionId: z.guid().describe(X.clearedInstitutionId),
        }),
        body: z.strictObject({
          reason: z.string().trim().min(2).max(2000).describe(X.withdrawalReason),
        }),
      },
    },
    async (request) => {
      requireCaller(request);
      const ctx = registryContext(app, request);
      return withdrawBarClearance(
        opts.now ? { ...ctx, now: opts.now() } : ctx,
        request.params.id,
        request.params.institutionId,
        request.body,
      );
    },
  );
};
