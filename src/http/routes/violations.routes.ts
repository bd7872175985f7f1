// /api/v1 violation handling (issue 13; mohrss-violations §16–20) beyond the generic case API, which runs
// the cases themselves (procedure 'violation-case'): the lists of cases by the caller's part in them,
// the options of their forms, the archive PDF (§20), what a decision did, the party page for a person
// without an account, the public register of published decisions and 诚信不良档案, and §15 ¶2's
// data-access threshold and leads.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCaller } from '../session-plugin.js';
import { fileStoreFor } from '../../persistence/file-store.js';
import { loadCalendar } from '../../persistence/calendar.repository.js';
import { attachmentHeaders } from '../../materials/download-headers.js';
import { notFound } from '../../domain/errors.js';
import { challengePayload } from '../challenge.js';
import { caseIdParams } from '../schemas/cases.schema.js';
import { idParamsOf } from '../schemas/common.schema.js';
import {
  candidateOptions,
  institutionOptions,
  decidedCaseOptions,
  listPublishedDecisions,
  listViolationCases,
  sessionOptions,
  sessionStaffOptions,
  staffOptions,
} from '../../use-cases/violation-case/violation-lists.js';
import { exportCaseArchive } from '../../use-cases/violation-case/case-archive.js';
import { caseEffects } from '../../use-cases/violation-case/case-effects.js';
import { listInactivityGrounds } from '../../use-cases/violation-case/inactivity-grounds.js';
import { chinaDate } from '../../workflows/deadline.js';
import { partyActs, partyDocument, readPartyCase } from '../../use-cases/violation-case/party-access.js';
import {
  getDataAccessThreshold,
  handleDataAccessAlert,
  listDataAccessAlerts,
  setDataAccessThreshold,
} from '../../use-cases/violation-case/data-access-alerts.js';

const TAG = '违纪违规处理';
const option = z.object({ id: z.string(), label: z.string() });
const options = z.object({ items: z.array(option) });
const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe('页码'),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).describe('每页条数'),
};

const listItem = z.object({
  id: z.string(),
  referenceNo: z.string(),
  subject: z.enum(['candidate', 'staff', 'institution']),
  decidedBy: z.enum(['institution', 'authority']),
  origin: z.string(),
  partyName: z.string(),
  institutionId: z.string(),
  institutionName: z.string(),
  state: z.string(),
  state_zh: z.string(),
  state_en: z.string(),
  awaiting: z.string().nullable(),
  charge: z.string().nullable(),
  charge_zh: z.string().nullable(),
  sanctions_zh: z.string().nullable(),
  decidedOn: z.string().nullable(),
  createdAt: z.string(),
});

const partyBody = z.strictObject({
  referenceNo: z.string().trim().min(4).max(60).describe('案件编号（见告知书或处理决定书）'),
  name: z.string().trim().min(1).max(50).describe('姓名'),
  documentNumber: z.string().trim().min(4).max(40).describe('证件号码'),
  altcha: challengePayload,
});
const partyActBody = partyBody.extend({
  text: z.string().trim().min(4).max(8000).describe('陈述和申辩（或申请复核的理由）'),
});

const published = z.object({
  id: z.string(),
  publishedOn: z.string(),
  subjectKind: z.enum(['candidate', 'staff', 'institution']),
  subjectName: z.string(),
  institutionName: z.string(),
  jurisdiction: z.string(),
  decidedBy: z.string(),
  decisionNumber: z.string(),
  decidedOn: z.string(),
  charge: z.string(),
  sanctions: z.string(),
  sanctions_en: z.string(),
  badCredit: z.boolean(),
  revokedOn: z.string().nullable(),
  /** The period of the decision's measures (0030); periodTo null: the text sets no end. */
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
});

export const violationRoutes: FastifyPluginAsyncZod = async (app) => {
  const store = fileStoreFor(app.config);
  const authed = {
    onRequest: async (request: Parameters<typeof requireCaller>[0]) => void requireCaller(request),
  };

  app.get(
    '/violation-cases',
    {
      config: { policy: 'violation.list' },
      ...authed,
      schema: {
        tags: [TAG],
        summary:
          '违纪违规案件列表：deciding 本单位作出决定的 / concerning 涉及本机构的 / supervised 辖区内的（含评价机构报备的处理情况）',
        querystring: z.strictObject({
          view: z
            .enum(['deciding', 'concerning', 'supervised'])
            .describe('列表：deciding 本单位处理的 / concerning 涉及本机构的 / supervised 辖区内的'),
          state: z.string().max(40).optional().describe('状态'),
          q: z.string().trim().max(100).optional().describe('案件编号、机构或当事人'),
          ...pageQuery,
        }),
        response: {
          200: z.object({
            items: z.array(listItem),
            total: z.number(),
            page: z.number(),
            pageSize: z.number(),
          }),
        },
      },
    },
    async (request) => listViolationCases(app.db, requireCaller(request), request.query),
  );

  const optionRoute = (path: string, summary: string, load: (request: { caller: unknown; query: { caseId?: string | undefined } }) => Promise<z.infer<typeof option>[]>) =>
    app.get(
      `/violation-cases/options/${path}`,
      {
        config: { policy: 'violation.options' },
        ...authed,
        schema: {
          tags: [TAG],
          summary,
          querystring: z.strictObject({ caseId: z.uuid().optional().describe('案件') }),
          response: { 200: options },
        },
      },
      async (request) => ({ items: await load(request as never) }),
    ); // prettier-ignore
  optionRoute('sessions', '立案表单：可选的评价批次', async (r) =>
    sessionOptions(app.db, requireCaller(r as never), r.query.caseId),
  );
  optionRoute('candidates', '立案表单：可选的参评人员', async (r) =>
    candidateOptions(app.db, requireCaller(r as never)),
  );
  optionRoute('staff', '立案表单：可选的工作人员', async (r) =>
    staffOptions(app.db, requireCaller(r as never)),
  );
  optionRoute('institutions', '立案表单：可选的评价机构（监管部门）', async (r) =>
    institutionOptions(app.db, requireCaller(r as never)),
  );
  optionRoute(
    'decided-cases',
    '责令终止立案表单：可选的已作出处理决定的机构违纪违规案件（监管部门）',
    async (r) => decidedCaseOptions(app.db, requireCaller(r as never)),
  );
  optionRoute('session-staff', '现场记录签字：本批次的工作人员', async (r) => {
    if (!r.query.caseId) throw notFound('案件');
    return sessionStaffOptions(app.db, requireCaller(r as never), r.query.caseId);
  });

  app.get(
    '/violation-cases/grounds/inactivity',
    {
      config: { policy: 'violation.grounds' },
      ...authed,
      schema: {
        tags: [TAG],
        summary: '不开展评价活动的线索（第十三条第（三）项、第十四条第（七）项）：辖区内已备案、一年（含）以上未开展评价的机构，供监管部门认定（是否有正当理由须认定，不自动处理）',
        response: {
          200: z.object({
            asOf: z.string(),
            items: z.array(z.object({ institutionId: z.string(), institutionName: z.string(), jurisdictionName: z.string(), lastEvaluationOn: z.string(), basis: z.enum(['session', 'filing']), yearCompleteOn: z.string(), openCaseId: z.string().nullable() })),
          }),
        },
      },
    },
    async (request) => {
      const asOf = chinaDate(new Date());
      return { asOf, items: await listInactivityGrounds(app.db, requireCaller(request), asOf) };
    },
  ); // prettier-ignore

  app.get(
    '/violation-cases/:id/archive.pdf',
    {
      config: { policy: 'violation.archive' },
      ...authed,
      schema: {
        tags: [TAG],
        summary: '导出处理档案（第二十条）：办理记录与全部文书（附签名原件），一个 PDF',
        params: caseIdParams,
      },
    },
    async (request, reply) => {
      const { pdf, referenceNo } = await exportCaseArchive(
        app.db,
        store,
        requireCaller(request),
        request.params.id,
      );
      void reply.headers(
        attachmentHeaders(`违纪违规处理档案-${referenceNo}.pdf`, 'application/pdf', pdf.length),
      );
      return reply.send(pdf);
    },
  );

  app.get(
    '/violation-cases/:id/effects',
    {
      config: { policy: 'violation.read' },
      ...authed,
      schema: {
        tags: [TAG],
        summary: '处理决定的执行情况：取消的成绩、宣布无效或撤销的证书、禁考、工作人员处理、暂停评价活动、公告等（复核撤销的一并列出）',
        params: caseIdParams,
        response: {
          200: z.object({
            items: z.array(z.object({ kind: z.string(), kind_zh: z.string(), kind_en: z.string(), target: z.string(), appliedOn: z.string(), undoneOn: z.string().nullable(), until: z.string().nullable() })),
            suspension: z.object({ startsOn: z.string(), dueOn: z.string().nullable(), endedOn: z.string().nullable() }).nullable(),
          }),
        },
      },
    },
    async (request) => caseEffects(app.db, requireCaller(request), request.params.id),
  ); // prettier-ignore

  // ---- the party page: a person without an account (name + document number) ----
  const partyConfig = {
    policy: 'public',
    rateLimit: { max: 20, timeWindow: '10 minutes' },
    challenge: true,
  } as const;
  const cred = (b: z.infer<typeof partyBody>) => ({
    referenceNo: b.referenceNo,
    name: b.name,
    documentNumber: b.documentNumber,
  });
  app.post(
    '/public/violation-cases/party',
    {
      config: partyConfig,
      schema: {
        tags: [TAG],
        summary: '当事人查询（参评人员、工作人员，无需登录）：案件编号、姓名与证件号码须一致',
        body: partyBody,
      },
    },
    async (request) => readPartyCase(app.db, app.personalData, cred(request.body)),
  );
  for (const [path, kind, summary] of [
    ['statement', 'statement', '当事人在线提交陈述和申辩（告知后、决定前，第十七条第一款）'],
    ['review', 'review', '当事人对处理决定提出陈述和申辩、申请复核（第十九条）'],
  ] as const)
    app.post(
      `/public/violation-cases/party/${path}`,
      { config: partyConfig, schema: { tags: [TAG], summary, body: partyActBody } },
      async (request) =>
        partyActs(
          {
            db: app.db,
            pd: app.personalData,
            store,
            calendar: await loadCalendar(app.db),
            requestId: String(request.id),
          },
          cred(request.body),
          { kind, text: request.body.text },
        ),
    );
  app.post(
    '/public/violation-cases/party/documents/:documentId',
    {
      config: partyConfig,
      schema: {
        tags: [TAG],
        summary: '当事人下载本案文书（告知书、处理决定书、复核决定书）',
        params: z.strictObject({ documentId: z.uuid().describe('文书 ID') }),
        body: partyBody,
      },
    },
    async (request, reply) => {
      const doc = await partyDocument(app.db, app.personalData, cred(request.body), request.params.documentId);
      const bytes = await store.get(app.db, doc.sha256);
      if (!bytes) throw notFound('文书');
      void reply.headers(attachmentHeaders(`${doc.title}-${doc.number}.pdf`, 'application/pdf', bytes.length));
      return reply.send(bytes);
    },
  ); // prettier-ignore

  app.get(
    '/public/violation-decisions',
    {
      config: { policy: 'public' },
      schema: {
        tags: [TAG],
        summary: '公开的违纪违规处理决定与诚信不良档案（个人姓名已遮盖）',
        querystring: z.strictObject({
          badCredit: z.enum(['true', 'false']).optional().describe('只看诚信不良档案'),
          q: z.string().trim().max(100).optional().describe('名称或文号'),
          ...pageQuery,
        }),
        response: { 200: z.object({ items: z.array(published), total: z.number(), page: z.number(), pageSize: z.number() }) },
      },
    },
    async (request) => listPublishedDecisions(app.db, { ...request.query, badCredit: request.query.badCredit === 'true' }),
  ); // prettier-ignore

  // ---- §15 ¶2: the data-access threshold and its leads ----
  const threshold = z
    .object({ certificatesPerDay: z.number(), reason: z.string(), updatedAt: z.string() })
    .nullable();
  app.get(
    '/data-access/threshold',
    {
      config: { policy: 'violation.dataAccess' },
      ...authed,
      schema: {
        tags: [TAG],
        summary: '本部门设置的证书数据读取监测阈值（第十五条第二款；未设置为 null）',
        response: { 200: z.object({ threshold }) },
      },
    },
    async (request) => ({ threshold: await getDataAccessThreshold(app.db, requireCaller(request)) }),
  );
  app.put(
    '/data-access/threshold',
    {
      config: { policy: 'violation.dataAccess' },
      ...authed,
      schema: {
        tags: [TAG],
        summary:
          '设置证书数据读取监测阈值：一个核验单位一天读取的证书超过此数即生成线索（本指引未规定数值，须写明理由）',
        body: z.strictObject({
          certificatesPerDay: z
            .number()
            .int()
            .min(1)
            .max(10_000_000)
            .describe('每个核验单位每日读取证书的条数上限'),
          reason: z.string().trim().min(2).max(500).describe('确定该阈值的理由'),
        }),
        response: { 200: z.object({ threshold }) },
      },
    },
    async (request) => ({
      threshold: await setDataAccessThreshold(
        app.db,
        requireCaller(request),
        request.body,
        String(request.id),
      ),
    }),
  );
  app.get(
    '/data-access/alerts',
    {
      config: { policy: 'violation.dataAccess' },
      ...authed,
      schema: {
        tags: [TAG],
        summary: '超阈值读取证书数据的线索（第十五条第二款）',
        querystring: z.strictObject({ open: z.enum(['true', 'false']).optional().describe('只看未处理的') }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                organisationId: z.string(),
                organisationName: z.string(),
                day: z.string(),
                certificates: z.number(),
                threshold: z.number(),
                raisedAt: z.string(),
                handledAt: z.string().nullable(),
                outcome: z.string().nullable(),
                note: z.string().nullable(),
                readRightsRevoked: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      items: await listDataAccessAlerts(app.db, requireCaller(request), request.query.open === 'true'),
    }),
  );
  app.post(
    '/data-access/alerts/:id/handle',
    {
      config: { policy: 'violation.dataAccess' },
      ...authed,
      schema: {
        tags: [TAG],
        summary: '处理线索：revoked 已取消读取权限并责令删除 / case_opened 已立案 / no_breach 经查无违规',
        params: idParamsOf('线索 ID'),
        body: z.strictObject({
          outcome: z
            .enum(['revoked', 'case_opened', 'no_breach'])
            .describe('处理结果：revoked 已取消读取权限并责令删除 / case_opened 已立案 / no_breach 经查无违规'),
          note: z.string().trim().min(2).max(1000).describe('处理说明'),
        }),
      },
    },
    async (request, reply) => {
      await handleDataAccessAlert(app.db, requireCaller(request), request.params.id, request.body, String(request.id));
      return reply.code(204).send();
    },
  ); // prettier-ignore
};
