// /api/v1 rectification orders (责令限期整改; issue 14 point 6): the ordering authority's queue and the
// institution's orders, the institution's report with evidence (multipart), the authority's verification,
// and a violation case from an overdue order (mohrss-violations §13(5)) in one action.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCaller } from '../session-plugin.js';
import { idParamsOf, isoDate } from '../schemas/common.schema.js';
import { fileStoreFor } from '../../persistence/file-store.js';
import { loadCalendar } from '../../persistence/calendar.repository.js';
import { attachmentHeaders } from '../../materials/download-headers.js';
import { notFound } from '../../domain/errors.js';
import { evidenceMultipartOptions, readEvidenceForm } from '../evidence-multipart.js';
import { procedures } from '../../use-cases/workflow/procedure-registry.js';
import {
  getRectification,
  listRectifications,
  rectificationFile,
} from '../../use-cases/rectifications/rectification-lists.js';
import {
  MAX_EVIDENCE_FILES,
  reportRectification,
  verifyRectification,
} from '../../use-cases/rectifications/rectification-steps.js';
import { openCaseFromRectification } from '../../use-cases/rectifications/rectification-case.js';
import { D } from '../schemas/leads-descriptions-en.js';

const TAG = '责令限期整改';
const rectId = idParamsOf(D.rectificationId);

export const rectificationRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, evidenceMultipartOptions(MAX_EVIDENCE_FILES, 2));
  app.addHook('onRequest', async (request) => void requireCaller(request));
  const store = fileStoreFor(app.config);

  app.get(
    '/rectifications',
    {
      config: { policy: 'rectification.list' },
      schema: {
        tags: [TAG],
        summary: '整改列表：监管部门为本部门责令的（逾期在前，显示逾期天数），机构为本机构的',
        querystring: z.strictObject({
          status: z.enum(['open', 'reported', 'accepted', 'rejected']).optional().describe(D.rectStatus),
          overdue: z.enum(['true', 'false']).optional().describe(D.overdue),
          page: z.coerce.number().int().min(1).max(100_000).default(1).describe('页码'),
          pageSize: z.coerce.number().int().min(1).max(100).default(20).describe('每页条数'),
        }),
      },
    },
    async (request) =>
      listRectifications(app.db, requireCaller(request), {
        ...request.query,
        overdue: request.query.overdue === 'true',
      }),
  );
  app.get(
    '/rectifications/:id',
    {
      config: { policy: 'rectification.read' },
      schema: { tags: [TAG], summary: '整改详情：报告与核验', params: rectId },
    },
    async (request) => getRectification(app.db, requireCaller(request), request.params.id),
  );
  app.get(
    '/rectifications/:id/files/:sha256',
    {
      config: { policy: 'rectification.read' },
      schema: {
        tags: [TAG],
        summary: '下载整改证明材料',
        params: z.strictObject({
          id: z.uuid().describe(D.rectificationId),
          sha256: z
            .string()
            .regex(/^[0-9a-f]{64}$/)
            .describe(D.sha256),
        }),
      },
    },
    async (request, reply) => {
      const f = await rectificationFile(
        app.db,
        requireCaller(request),
        request.params.id,
        request.params.sha256,
      );
      const bytes = await store.get(app.db, f.sha256);
      if (!bytes) throw notFound('文件');
      void reply.headers(attachmentHeaders(f.name, f.mediaType, bytes.length));
      return reply.send(bytes);
    },
  );
  app.post(
    '/rectifications/:id/report',
    {
      config: { policy: 'rectification.report' },
      schema: {
        tags: [TAG],
        summary: '报告整改情况（multipart/form-data：text 整改情况，file 证明材料，最多 5 个）',
        params: rectId,
      },
    },
    async (request) => {
      const { files, fields } = await readEvidenceForm(request, MAX_EVIDENCE_FILES, ['text']);
      return reportRectification(
        app.db,
        store,
        requireCaller(request),
        request.params.id,
        { text: fields.text ?? '', files },
        String(request.id),
      );
    },
  );
  app.post(
    '/rectifications/:id/verify',
    {
      config: { policy: 'rectification.verify' },
      schema: {
        tags: [TAG],
        summary: '核验整改情况：accepted 已整改 / rejected 未整改（写明理由，可设新的期限）',
        params: rectId,
        body: z.strictObject({
          verdict: z.enum(['accepted', 'rejected']).describe(D.verdict),
          reason: z.string().trim().min(2).max(2000).describe(D.verifyReason),
          newDeadline: isoDate.nullable().optional().describe(D.newDeadline),
        }),
      },
    },
    async (request) =>
      verifyRectification(
        app.db,
        requireCaller(request),
        request.params.id,
        request.body,
        String(request.id),
      ),
  );
  app.post(
    '/rectifications/:id/violation-case',
    {
      config: { policy: 'rectification.verify' },
      schema: {
        tags: [TAG],
        summary: '逾期未整改立案（违纪违规处理工作指引第十三条第（五）项）',
        params: rectId,
      },
    },
    async (request) => {
      const caller = requireCaller(request);
      return openCaseFromRectification({ db: app.db, store, caller, requestId: String(request.id), procedures, calendar: await loadCalendar(app.db), personalData: app.personalData }, request.params.id); // prettier-ignore
    },
  );
};
