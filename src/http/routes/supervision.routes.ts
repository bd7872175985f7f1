// /api/v1 supervision of 1+X organisations and the grounds queue (issue 14 points 3–5): programme
// operations kept by the organisation and read by its office (1x-selection §17–24, §28), the grounds the
// data raises (1x-exit §5(2)–(6), mohrss-violations §13(3)/§14(7)) with the one act on each, and monitoring
// ratings (1x-selection §27, 1x-exit §5(6)) with the office's versioned indicator set.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCaller } from '../session-plugin.js';
import { fileStoreFor } from '../../persistence/file-store.js';
import { loadCalendar } from '../../persistence/calendar.repository.js';
import { procedures } from '../../use-cases/workflow/procedure-registry.js';
import { chinaDate } from '../../workflows/deadline.js';
import { KIND_IDS } from '../../use-cases/programme-operations/kinds.js';
import { visibleOrganisations } from '../../use-cases/programme-operations/organisation-access.js';
import {
  listProgrammeOperations,
  recordProgrammeOperation,
  withdrawProgrammeOperation,
} from '../../use-cases/programme-operations/programme-operations.js';
import { listGrounds } from '../../use-cases/supervision-grounds/list-grounds.js';
import { actOnGround } from '../../use-cases/supervision-grounds/act-on-ground.js';
import {
  getChannelThreshold,
  setChannelThreshold,
} from '../../use-cases/supervision-grounds/channel-threshold.js';
import {
  bandsSchema,
  createIndicatorSet,
  indicatorSchema,
  listIndicatorSets,
} from '../../use-cases/monitoring-ratings/indicator-sets.js';
import { confirmRating, listRatings, runRating } from '../../use-cases/monitoring-ratings/rating-runs.js';

const TAG = '监测评价与监管依据';
const date = (zh: string) => z.iso.date().describe(zh);
const orgParams = z.strictObject({ id: z.uuid().describe('培训评价组织 ID') });
const KIND_DESCRIPTION =
  '类别：exam_site 考核站点 / school_implementation 试点院校 / standard_version 标准版本 / materials_version 教材版本 / question_bank_version 题库版本 / fee_standard 收费标准 / teacher_training 师资培训 / recognising_company 认可证书的企业 / evaluation 考核实施';
const ACTION_DESCRIPTION =
  '处理方式：violation_case 立案处理 / rectification 责令限期整改 / exit 转退出程序 / dismiss 不予处理';
const STATE_DESCRIPTION = '状态：open 待处理 / acted 已处理 / dismissed 不予处理';

export const supervisionRoutes: FastifyPluginAsyncZod = async (app) => {
  const store = fileStoreFor(app.config);
  const authed = {
    onRequest: async (request: Parameters<typeof requireCaller>[0]) => void requireCaller(request),
  };
  const today = () => chinaDate(new Date());

  // ---- programme operations (point 3) ----
  app.get(
    '/programme-operations',
    { config: { policy: 'programme-operations.list' }, ...authed, schema: { tags: [TAG], summary: '可查看项目运行数据的培训评价组织：本组织，或本部门遴选的组织' } },
    async (request) => ({ items: await visibleOrganisations(app.db, requireCaller(request)) }),
  ); // prettier-ignore
  app.get(
    '/programme-operations/:id',
    { config: { policy: 'programme-operations.read' }, ...authed, schema: { tags: [TAG], summary: '培训评价组织的项目运行数据（考核站点、试点院校、标准教材题库版本、收费标准、师资培训、认可企业、考核实施）', params: orgParams } },
    async (request) => listProgrammeOperations(app.db, requireCaller(request), request.params.id),
  ); // prettier-ignore
  app.post(
    '/programme-operations/:id',
    {
      config: { policy: 'programme-operations.record' },
      ...authed,
      schema: {
        tags: [TAG],
        summary: '培训评价组织填报一条项目运行记录（第十七条、第十九条、第二十条、第二十二条、第二十四条、第二十八条）',
        params: orgParams,
        body: z.strictObject({
          kind: z.enum(KIND_IDS).describe(KIND_DESCRIPTION),
          programmeSeq: z.number().int().min(1).max(1000).nullable().describe('证书（序号；组织整体填 null）'),
          occurredOn: date('日期（设立、发布、举办或考核日期）'),
          details: z.record(z.string(), z.unknown()).describe('记录内容（按类别）'),
        }),
      },
    },
    async (request, reply) => {
      const r = await recordProgrammeOperation(app.db, requireCaller(request), request.params.id, request.body, String(request.id));
      return reply.code(201).send(r);
    },
  ); // prettier-ignore
  app.post(
    '/programme-operations/:id/records/:recordId/withdraw',
    {
      config: { policy: 'programme-operations.record' },
      ...authed,
      schema: {
        tags: [TAG],
        summary: '撤回一条填错的项目运行记录（保留原记录和理由）',
        params: z.strictObject({ id: z.uuid().describe('培训评价组织 ID'), recordId: z.uuid().describe('运行记录 ID') }),
        body: z.strictObject({ reason: z.string().trim().min(2).max(500).describe('撤回理由') }),
      },
    },
    async (request, reply) => {
      await withdrawProgrammeOperation(app.db, requireCaller(request), request.params.id, request.params.recordId, request.body.reason, String(request.id));
      return reply.code(204).send();
    },
  ); // prettier-ignore

  // ---- grounds (point 4) ----
  app.get(
    '/supervision-grounds',
    {
      config: { policy: 'supervision-grounds.list' },
      ...authed,
      schema: {
        tags: [TAG],
        summary: '监管依据：数据提示的情形（1+X 退出细则第五条第（二）至（六）项、违纪违规处理规定第十三条第（三）项和第十四条第（七）项），供监管部门认定处理，不自动处理',
        querystring: z.strictObject({ state: z.enum(['open', 'acted', 'dismissed']).optional().describe(STATE_DESCRIPTION) }),
      },
    },
    async (request) => listGrounds(app.db, requireCaller(request), today(), request.query.state),
  ); // prettier-ignore
  app.post(
    '/supervision-grounds/act',
    {
      config: { policy: 'supervision-grounds.act' },
      ...authed,
      schema: {
        tags: [TAG],
        summary: '处理一项监管依据：立案、责令限期整改、转退出程序（立案责令终止与取消资格）或不予处理（须说明理由）',
        body: z.strictObject({
          key: z.string().min(10).max(200).describe('监管依据标识'),
          action: z.enum(['violation_case', 'rectification', 'exit', 'dismiss']).describe(ACTION_DESCRIPTION),
          reason: z.string().trim().min(2).max(2000).describe('处理理由'),
          deadline: z.iso.date().optional().describe('整改期限'),
        }),
      },
    },
    async (request) => {
      const ctx = { db: app.db, store, caller: request.caller, requestId: String(request.id), procedures, calendar: await loadCalendar(app.db), personalData: app.personalData }; // prettier-ignore
      return actOnGround(ctx, today(), request.body);
    },
  ); // prettier-ignore
  app.get(
    '/supervision-grounds/channel-threshold',
    { config: { policy: 'supervision-grounds.threshold' }, ...authed, schema: { tags: [TAG], summary: '“反映问题较多”的认定标准（1+X 退出细则第五条第（五）项；未设定则不提示）' } },
    async (request) => ({ threshold: await getChannelThreshold(app.db, requireCaller(request)) }),
  ); // prettier-ignore
  app.post(
    '/supervision-grounds/channel-threshold',
    {
      config: { policy: 'supervision-grounds.threshold' },
      ...authed,
      schema: {
        tags: [TAG],
        summary: '设定“反映问题较多”的认定标准及理由（第五条第（五）项）',
        body: z.strictObject({
          unresolvedProblems: z.number().int().min(1).max(10_000).describe('未解决问题的个数（达到即提示）'),
          reason: z.string().trim().min(2).max(500).describe('设定理由'),
        }),
      },
    },
    async (request) => ({ threshold: await setChannelThreshold(app.db, requireCaller(request), request.body, String(request.id)) }),
  ); // prettier-ignore

  // ---- monitoring ratings (point 5) ----
  app.get(
    '/rating-indicator-sets',
    { config: { policy: 'ratings.indicators' }, ...authed, schema: { tags: [TAG], summary: '监测评价指标体系的各版本（第二十七条）' } },
    async (request) => ({ items: await listIndicatorSets(app.db, requireCaller(request)) }),
  ); // prettier-ignore
  app.post(
    '/rating-indicator-sets',
    {
      config: { policy: 'ratings.indicators' },
      ...authed,
      schema: {
        tags: [TAG],
        summary: '制定监测评价指标体系的新版本（自施行日期起适用；指标、权重、档次分数线及理由）',
        body: z.strictObject({
          effectiveFrom: date('施行日期'),
          indicators: z.array(indicatorSchema).min(1).max(20).describe('指标'),
          bands: bandsSchema,
          reason: z.string().trim().min(2).max(1000).describe('制定理由'),
        }),
      },
    },
    async (request, reply) => reply.code(201).send(await createIndicatorSet(app.db, requireCaller(request), request.body, String(request.id))),
  ); // prettier-ignore
  app.get(
    '/ratings',
    { config: { policy: 'ratings.list' }, ...authed, schema: { tags: [TAG], summary: '监测评价结果：本部门组织的（含各项输入）；培训评价组织查看本组织已确认的结果' } },
    async (request) => listRatings(app.db, requireCaller(request)),
  ); // prettier-ignore
  app.post(
    '/rating-runs',
    {
      config: { policy: 'ratings.run' },
      ...authed,
      schema: {
        tags: [TAG],
        summary: '对本部门遴选的培训评价组织及其证书开展一期监测评价（按期末施行的指标体系计算）',
        body: z.strictObject({ periodFrom: date('评价期间开始日'), periodTo: date('评价期间结束日') }),
      },
    },
    async (request, reply) => reply.code(201).send(await runRating(app.db, requireCaller(request), request.body, String(request.id))),
  ); // prettier-ignore
  app.post(
    '/ratings/:id/confirm',
    {
      config: { policy: 'ratings.run' },
      ...authed,
      schema: {
        tags: [TAG],
        summary: '确认一项监测评价结果；D 档同时责令限期整改（1+X 退出细则第五条第（六）项）',
        params: z.strictObject({ id: z.uuid().describe('监测评价结果 ID') }),
        body: z.strictObject({
          deadline: z.iso.date().optional().describe('整改期限'),
          subject: z.string().trim().min(2).max(2000).optional().describe('整改事项'),
        }),
      },
    },
    async (request) => confirmRating(app.db, requireCaller(request), request.params.id, request.body, String(request.id)),
  ); // prettier-ignore
};
