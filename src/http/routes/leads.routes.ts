// /api/v1 complaints and the lead ledger (issue 14 point 2; 1x-selection §26, 1x-exit §7(1), dept-pilot
// 四(三), mohrss-filing 一(十七) / 二(十三)): the public complaint form and its tracking, the authority's
// ledger and its steps, the institution's response requests. Scoped in the use cases: outside scope
// answers like a random id (404).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCaller } from '../session-plugin.js';
import { challengePayload } from '../challenge.js';
import { idParamsOf, isoDate } from '../schemas/common.schema.js';
import { fileStoreFor } from '../../persistence/file-store.js';
import { loadCalendar } from '../../persistence/calendar.repository.js';
import { procedures } from '../../use-cases/workflow/procedure-registry.js';
import { submitComplaint, trackComplaint } from '../../use-cases/leads/complaints.js';
import { getLead, listLeads, routeTargets } from '../../use-cases/leads/lead-lists.js';
import { enterLead } from '../../use-cases/leads/enter-lead.js';
import {
  answerLead,
  closeLead,
  investigateLead,
  mergeLead,
  routeLead,
  triageLead,
} from '../../use-cases/leads/lead-steps.js';
import {
  listResponseRequests,
  requestResponse,
  respondToRequest,
} from '../../use-cases/leads/response-requests.js';
import { openCaseFromLead, openRectificationFromLead } from '../../use-cases/leads/lead-links.js';
import { D } from '../schemas/leads-descriptions-en.js';

const TAG = '投诉举报与工作台账';
const STATUSES = ['received', 'triaged', 'routed', 'investigating', 'answered', 'closed'] as const;
const SOURCES = ['complaint', 'hotline', 'letter', 'certificate_platform', 'biweekly_report', 'inspection', 'violation_detection', 'data_access'] as const; // prettier-ignore
const STAFF_SOURCES = ['hotline', 'letter', 'certificate_platform', 'biweekly_report', 'inspection', 'violation_detection'] as const; // prettier-ignore
const leadId = idParamsOf(D.leadId);
const note = z.string().trim().min(2).max(2000);

export const leadRoutes: FastifyPluginAsyncZod = async (app) => {
  const authed = { onRequest: async (r: Parameters<typeof requireCaller>[0]) => void requireCaller(r) };
  const store = fileStoreFor(app.config);

  // ---- public: file a complaint, follow it ----
  app.post(
    '/public/complaints',
    {
      config: { policy: 'public', rateLimit: { max: 10, timeWindow: '10 minutes' }, challenge: true },
      schema: {
        tags: [TAG],
        summary: '投诉举报（无需登录）：返回查询码，凭码查看办理状态和答复',
        body: z.strictObject({
          entryId: z.uuid().optional().describe(D.entryId),
          subjectText: z.string().trim().max(200).optional().describe(D.subjectText),
          provinceCode: z
            .string()
            .regex(/^\d{6}$/)
            .optional()
            .describe(D.provinceCode),
          what: z.string().trim().min(10).max(5000).describe(D.what),
          contactName: z.string().trim().max(50).optional().describe(D.contactName),
          contactPhone: z.string().trim().max(30).optional().describe(D.contactPhone),
          contactEmail: z.string().trim().max(100).optional().describe(D.contactEmail),
          altcha: challengePayload,
        }),
        response: { 201: z.object({ trackingCode: z.string(), receivedOn: z.string() }) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const out = await submitComplaint(app.db, app.personalData, {
        entryId: b.entryId, subjectText: b.subjectText, provinceCode: b.provinceCode, what: b.what,
        contact: { name: b.contactName, phone: b.contactPhone, email: b.contactEmail },
      }, { requestId: String(request.id) }); // prettier-ignore
      return reply.code(201).send(out);
    },
  );
  app.post(
    '/public/complaints/track',
    {
      config: { policy: 'public', rateLimit: { max: 30, timeWindow: '10 minutes' } },
      schema: {
        tags: [TAG],
        summary: '凭查询码查看投诉的办理状态和答复（不显示联系方式和内部记录）',
        body: z.strictObject({ code: z.string().trim().min(12).max(30).describe(D.code) }),
        response: {
          200: z.object({
            status: z.enum(STATUSES), receivedOn: z.string(), answeredOn: z.string().nullable(), answer: z.string().nullable(),
            closedOn: z.string().nullable(), outcome: z.string().nullable(), routedTo: z.string().nullable(), originalAnswer: z.string().nullable(),
          }), // prettier-ignore
        },
      },
    },
    async (request) => trackComplaint(app.db, request.body.code),
  );

  // ---- the authority's ledger ----
  app.get(
    '/leads',
    {
      config: { policy: 'lead.list' },
      ...authed,
      schema: {
        tags: [TAG],
        summary: '工作台账：本部门（及下级部门）的线索',
        querystring: z.strictObject({
          status: z.enum(STATUSES).optional().describe(D.status),
          source: z.enum(SOURCES).optional().describe(D.source),
          olderThanDays: z.coerce.number().int().min(0).max(3650).optional().describe(D.olderThanDays),
          q: z.string().trim().max(100).optional().describe(D.q),
          page: z.coerce.number().int().min(1).max(100_000).default(1).describe('页码'),
          pageSize: z.coerce.number().int().min(1).max(100).default(20).describe('每页条数'),
        }),
      },
    },
    async (request) => listLeads(app.db, requireCaller(request), request.query),
  );
  app.post(
    '/leads',
    {
      config: { policy: 'lead.enter' },
      ...authed,
      schema: {
        tags: [TAG],
        summary: '登记线索（监督咨询电话、信访件、证书平台、双周报、监督检查等）',
        body: z.strictObject({
          source: z.enum(STAFF_SOURCES).describe(D.staffSource),
          institutionId: z.uuid().nullable().optional().describe(D.institutionId),
          subjectText: z.string().trim().max(200).optional().describe(D.subjectText),
          summary: z.string().trim().min(2).max(5000).describe(D.summary),
          sourceRef: z.string().trim().max(100).optional().describe(D.sourceRef),
          receivedOn: isoDate.describe(D.receivedOn),
        }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await enterLead(app.db, requireCaller(request), request.body, String(request.id))),
  );
  app.get(
    '/leads/route-targets',
    {
      config: { policy: 'lead.list' },
      ...authed,
      schema: { tags: [TAG], summary: '可转办的部门（有管辖权的人社部门、行业主管部门）' },
    },
    async (request) => ({ items: await routeTargets(app.db, requireCaller(request)) }),
  );
  app.get(
    '/leads/:id',
    {
      config: { policy: 'lead.read' },
      ...authed,
      schema: {
        tags: [TAG],
        summary: '线索详情：办理记录、重复线索、要求机构回应、关联案件或整改',
        params: leadId,
      },
    },
    async (request) => getLead(app.db, app.personalData, requireCaller(request), request.params.id),
  );

  const step = <S extends z.ZodType>(path: string, summary: string, body: S, run: (caller: ReturnType<typeof requireCaller> & object, id: string, b: z.infer<S>, rid: string) => Promise<unknown>) =>
    app.post(
      `/leads/:id/${path}`,
      { config: { policy: 'lead.act' }, ...authed, schema: { tags: [TAG], summary, params: leadId, body } },
      async (request) => run(requireCaller(request), request.params.id, request.body as z.infer<S>, String(request.id)),
    ); // prettier-ignore
  step('triage', '分办', z.strictObject({ note: note.describe(D.triageNote), institutionId: z.uuid().nullable().optional().describe(D.institutionId) }),
    (c, id, b, rid) => triageLead(app.db, c, id, b, rid)); // prettier-ignore
  step('route', '转办（有管辖权的部门或行业主管部门，部门行业试点通知四(三)）', z.strictObject({ toAuthorityId: z.uuid().describe(D.toAuthorityId), reason: note.describe(D.routeReason) }),
    (c, id, b, rid) => routeLead(app.db, c, id, b, rid)); // prettier-ignore
  step('investigate', '开始核查', z.strictObject({ note: note.describe(D.investigateNote) }),
    (c, id, b, rid) => investigateLead(app.db, c, id, b, rid)); // prettier-ignore
  step('answer', '答复投诉人（查询页可见）', z.strictObject({ answer: z.string().trim().min(2).max(5000).describe(D.answer) }),
    (c, id, b, rid) => answerLead(app.db, c, id, b, rid)); // prettier-ignore
  step('close', '办结', z.strictObject({ outcome: z.enum(['substantiated', 'not_substantiated']).describe(D.outcome), note: note.describe(D.closeNote) }),
    (c, id, b, rid) => closeLead(app.db, c, id, b, rid)); // prettier-ignore
  step('merge', '合并为重复线索（与原线索关联，不删除）', z.strictObject({ duplicateOf: z.uuid().describe(D.duplicateOf), note: note.optional().describe(D.mergeNote) }),
    (c, id, b, rid) => mergeLead(app.db, c, id, b, rid)); // prettier-ignore
  step('response-requests', '督促机构回应（第二十六条）：回应期限由本部门确定并写明理由', z.strictObject({
      question: z.string().trim().min(2).max(2000).describe(D.question), dueOn: isoDate.describe(D.dueOn), dueReason: z.string().trim().min(2).max(500).describe(D.dueReason),
    }), (c, id, b, rid) => requestResponse(app.db, c, id, b, rid)); // prettier-ignore
  step('rectification', '责令限期整改', z.strictObject({
      subject: z.string().trim().min(2).max(2000).describe(D.rectSubject), deadline: isoDate.describe(D.deadline),
      programmeSeq: z.number().int().min(1).max(1000).nullable().optional().describe(D.programmeSeq),
    }), (c, id, b, rid) => openRectificationFromLead(app.db, c, id, b, rid)); // prettier-ignore
  step('violation-case', '立案（违纪违规处理程序，来源为投诉举报或问题线索）', z.strictObject({ summary: z.string().trim().min(4).max(2000).describe(D.caseSummary) }),
    async (c, id, b, rid) => openCaseFromLead({ db: app.db, store, caller: c, requestId: rid, procedures, calendar: await loadCalendar(app.db), personalData: app.personalData }, id, b)); // prettier-ignore

  // ---- the institution's response requests ----
  app.get(
    '/response-requests',
    {
      config: { policy: 'lead.respond' },
      ...authed,
      schema: { tags: [TAG], summary: '监管部门要求本机构回应的事项（不含投诉人信息）' },
    },
    async (request) => ({ items: await listResponseRequests(app.db, requireCaller(request)) }),
  );
  app.post(
    '/response-requests/:id/respond',
    {
      config: { policy: 'lead.respond' },
      ...authed,
      schema: {
        tags: [TAG],
        summary: '机构回应',
        params: idParamsOf(D.responseRequestId),
        body: z.strictObject({ response: z.string().trim().min(2).max(5000).describe(D.response) }),
      },
    },
    async (request) =>
      respondToRequest(app.db, requireCaller(request), request.params.id, request.body, String(request.id)),
  );
};
