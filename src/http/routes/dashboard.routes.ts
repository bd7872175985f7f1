// /api/v1 监管看板 (issue 14 point 8): an authority's figures for its jurisdiction (or assignment), each
// with the web route of the list behind it, and the same as an Excel workbook. Authority staff only.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCaller } from '../session-plugin.js';
import { attachmentHeaders } from '../../materials/download-headers.js';
import { loadDashboard } from '../../use-cases/dashboard/dashboard.js';
import { dashboardWorkbook } from '../../use-cases/dashboard/export-dashboard.js';
import { todayInChina } from '../../use-cases/registry/registry-context.js';

const TAG = '监管看板';
const bucket = z.object({
  key: z.string(),
  label_zh: z.string(),
  label_en: z.string(),
  value: z.number(),
  link: z.string(),
});
const dashboard = z.object({
  asOf: z.string(),
  scope: z.object({
    kind: z.enum(['national', 'territory', 'assignment']),
    label_zh: z.string(),
    label_en: z.string(),
  }),
  provinces: z.array(
    z.object({
      code: z.string(),
      name_zh: z.string(),
      name_en: z.string(),
      inScope: z.boolean(),
      total: z.number(),
      link: z.string(),
      kinds: z.array(bucket),
      statuses: z.array(bucket),
      ratings: z.array(bucket),
    }),
  ),
  widgets: z.array(
    z.object({
      id: z.string(),
      title_zh: z.string(),
      title_en: z.string(),
      chart: z.enum(['bar', 'line']),
      buckets: z.array(bucket),
      link: z.string(),
      note_zh: z.string().nullable(),
      note_en: z.string().nullable(),
    }),
  ),
});

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const authed = {
    onRequest: async (request: Parameters<typeof requireCaller>[0]) => void requireCaller(request),
  };

  app.get(
    '/dashboard',
    {
      config: { policy: 'dashboard.read' },
      ...authed,
      schema: {
        tags: [TAG],
        summary:
          '监管看板：本辖区（行业主管部门为本部门负责的机构）的机构类别、状态、评级分布，证书按月颁发数，问题线索、双随机抽查、责令整改、数据线索与违纪违规案件，每项附对应列表的链接',
        response: { 200: dashboard },
      },
    },
    async (request) => loadDashboard(app.db, requireCaller(request), todayInChina()),
  );

  app.get(
    '/dashboard/export.xlsx',
    {
      config: { policy: 'dashboard.read' },
      ...authed,
      schema: { tags: [TAG], summary: '导出监管看板（Excel，每个图表一张工作表）' },
    },
    async (request, reply) => {
      const actor = requireCaller(request);
      const d = await loadDashboard(app.db, actor, todayInChina());
      const authority = actor.authorityId
        ? await app.db
            .selectFrom('authorities')
            .select('name')
            .where('id', '=', actor.authorityId)
            .executeTakeFirst()
        : undefined;
      const file = await dashboardWorkbook(d, authority?.name ?? '');
      void reply.headers(attachmentHeaders(file.fileName, file.contentType, file.bytes.length));
      return reply.send(file.bytes);
    },
  );
};
