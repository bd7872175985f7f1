// /api/v1 double-random inspections (双随机、一公开, 1x-selection §25) and public draws (decision 0038):
// the authority's rounds (plan → draw → findings → conclusion → publication → rectification or case),
// the institution's and the expert's views, an entry panel's announced commitment, and the public reads
// that anyone uses to re-run a draw.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCaller } from '../session-plugin.js';
import { caseIdParams } from '../schemas/cases.schema.js';
import { idParamsOf, isoDate } from '../schemas/common.schema.js';
import { planInspectionRound } from '../../use-cases/inspections/plan-inspection-round.js';
import { drawInspectionRound } from '../../use-cases/inspections/draw-inspection-round.js';
import { recordInspectionFindings } from '../../use-cases/inspections/record-inspection-findings.js';
import { concludeInspection } from '../../use-cases/inspections/conclude-inspection.js';
import { publishInspection } from '../../use-cases/inspections/publish-inspection.js';
import {
  linkInspectionCase,
  openInspectionRectification,
} from '../../use-cases/inspections/inspection-follow-ups.js';
import {
  getRound,
  listAssignedInspections,
  listOwnInspections,
  listPublicRounds,
  listRounds,
  poolOptions,
} from '../../use-cases/inspections/inspection-reads.js';
import { getPublicDraw } from '../../use-cases/draw/public-draw-record.js';
import { commitPanelDraw, getPanelCommitment } from '../../use-cases/draw/commit-panel-draw.js';
import {
  INSPECTION_METHODS,
  INSPECTION_OUTCOMES,
  INSTITUTION_KINDS,
} from '../../workflows/draw/inspection-terms.js';

const TAG = '双随机抽查';
export const METHODS_DESCRIPTION = '检查方式：materials 审查材料 / site_visit 实地考察 / interviews 走访座谈';
export const OUTCOME_DESCRIPTION =
  '检查结论：no_problems 未发现问题 / rectify 发现问题，责令整改 / violation_suspected 涉嫌违规，移交立案';
export const KINDS_DESCRIPTION =
  '机构类型：employer 用人单位 / school 院校 / social_org 社会培训评价组织 / industry_org 行业协会 / training_org 1+X 培训评价组织';
export const FINDING_RESULT_DESCRIPTION = '检查结果：ok 符合要求 / problem 发现问题';

const planBody = z.strictObject({
  title: z.string().trim().min(2).max(200).describe('抽查批次名称'),
  jurisdictionCode: z.string().regex(/^\d{6}$/).optional().describe('抽查范围（行政区划代码，默认本部门辖区）'),
  institutionKinds: z.array(z.enum(INSTITUTION_KINDS)).min(1).max(5).describe(KINDS_DESCRIPTION),
  occupationCodes: z.array(z.string().trim().min(1).max(20)).max(50).optional().describe('限定职业（职业编码，可不填）'),
  targetCount: z.number().int().min(1).max(500).describe('抽取检查对象数'),
  expertsPerTarget: z.number().int().min(1).max(10).describe('每个检查对象抽取专家数'),
  methods: z.array(z.enum(INSPECTION_METHODS)).min(1).max(3).describe(METHODS_DESCRIPTION),
  poolId: z.uuid().describe('监督专家库'),
  plannedStart: isoDate.describe('计划开始日期'),
  plannedEnd: isoDate.describe('计划结束日期'),
}); // prettier-ignore

const findingsBody = z.strictObject({
  findings: z
    .array(
      z.strictObject({
        item: z.string().trim().min(1).max(200).describe('检查事项'),
        method: z.enum(INSPECTION_METHODS).describe(METHODS_DESCRIPTION),
        result: z.enum(['ok', 'problem']).describe(FINDING_RESULT_DESCRIPTION),
        note: z.string().trim().max(2000).nullable().optional().describe('检查情况说明'),
      }),
    )
    .max(100)
    .describe('检查记录（逐项）'),
});

const ok = { 200: z.object({ ok: z.literal(true) }) };

export const inspectionRoutes: FastifyPluginAsyncZod = async (app) => {
  const authed = {
    onRequest: async (request: Parameters<typeof requireCaller>[0]) => void requireCaller(request),
  };
  const rid = (r: { id: unknown }) => String(r.id);

  app.get('/inspection-rounds', { config: { policy: 'inspection.list' }, ...authed, schema: { tags: [TAG], summary: '本部门的“双随机、一公开”抽查批次' } },
    async (request) => ({ items: await listRounds(app.db, requireCaller(request)) })); // prettier-ignore

  app.get('/inspection-rounds/options/pools', { config: { policy: 'inspection.plan' }, ...authed, schema: { tags: [TAG], summary: '制定抽查计划：可用的监督专家库' } },
    async (request) => ({ items: await poolOptions(app.db, requireCaller(request)) })); // prettier-ignore

  app.post('/inspection-rounds', { config: { policy: 'inspection.plan' }, ...authed, schema: { tags: [TAG], summary: '制定抽查计划（第二十五条）：同时公布抽取承诺（随机种子的 SHA-256）', body: planBody } },
    async (request, reply) => reply.code(201).send(await planInspectionRound(app.db, requireCaller(request), request.body, rid(request)))); // prettier-ignore

  app.get('/inspection-rounds/:id', { config: { policy: 'inspection.read' }, ...authed, schema: { tags: [TAG], summary: '抽查批次：计划、抽取承诺、检查对象、专家和检查记录', params: idParamsOf('抽查批次 ID') } },
    async (request) => getRound(app.db, requireCaller(request), request.params.id)); // prettier-ignore

  app.post('/inspection-rounds/:id/draw', { config: { policy: 'inspection.manage' }, ...authed, schema: { tags: [TAG], summary: '随机抽取检查对象和检查专家，公开随机种子和抽取输入', params: idParamsOf('抽查批次 ID') } },
    async (request) => drawInspectionRound(app.db, requireCaller(request), request.params.id, rid(request))); // prettier-ignore

  app.put('/inspections/:id/findings', { config: { policy: 'inspection.manage' }, ...authed, schema: { tags: [TAG], summary: '记录检查情况（逐项）', params: idParamsOf('检查 ID'), body: findingsBody, response: ok } },
    async (request) => { await recordInspectionFindings(app.db, requireCaller(request), request.params.id, request.body.findings, rid(request)); return { ok: true as const }; }); // prettier-ignore

  app.post('/inspections/:id/conclude', { config: { policy: 'inspection.manage' }, ...authed, schema: { tags: [TAG], summary: '办结检查：检查结论须与检查记录一致', params: idParamsOf('检查 ID'),
      body: z.strictObject({ outcome: z.enum(INSPECTION_OUTCOMES).describe(OUTCOME_DESCRIPTION), conclusion: z.string().trim().min(2).max(4000).describe('检查结论说明') }), response: ok } },
    async (request) => { await concludeInspection(app.db, requireCaller(request), request.params.id, request.body, rid(request)); return { ok: true as const }; }); // prettier-ignore

  app.post('/inspections/:id/publish', { config: { policy: 'inspection.manage' }, ...authed, schema: { tags: [TAG], summary: '公布检查结果（一公开）', params: idParamsOf('检查 ID'), response: ok } },
    async (request) => { await publishInspection(app.db, requireCaller(request), request.params.id, rid(request)); return { ok: true as const }; }); // prettier-ignore

  app.post('/inspections/:id/rectification', { config: { policy: 'inspection.manage' }, ...authed, schema: { tags: [TAG], summary: '根据检查结果责令限期整改', params: idParamsOf('检查 ID'),
      body: z.strictObject({ subject: z.string().trim().min(2).max(2000).describe('整改事项'), deadline: isoDate.describe('整改期限') }) } },
    async (request, reply) => reply.code(201).send(await openInspectionRectification(app.db, requireCaller(request), request.params.id, request.body, rid(request)))); // prettier-ignore

  app.post('/inspections/:id/violation-case', { config: { policy: 'inspection.manage' }, ...authed, schema: { tags: [TAG], summary: '关联根据检查结果立案的违纪违规案件', params: idParamsOf('检查 ID'),
      body: z.strictObject({ caseId: z.uuid().describe('违纪违规案件') }), response: ok } },
    async (request) => { await linkInspectionCase(app.db, requireCaller(request), request.params.id, request.body.caseId, rid(request)); return { ok: true as const }; }); // prettier-ignore

  app.get('/inspections/own', { config: { policy: 'inspection.own' }, ...authed, schema: { tags: [TAG], summary: '本机构接受的检查' } },
    async (request) => ({ items: await listOwnInspections(app.db, requireCaller(request)) })); // prettier-ignore

  app.get('/inspections/assigned', { config: { policy: 'inspection.assigned' }, ...authed, schema: { tags: [TAG], summary: '专家：本人被抽取参加的检查' } },
    async (request) => ({ items: await listAssignedInspections(app.db, requireCaller(request)) })); // prettier-ignore

  app.get('/cases/:id/panel-draw', { config: { policy: 'case.read' }, ...authed, schema: { tags: [TAG], summary: '评审专家抽取的公开记录（抽取承诺）', params: caseIdParams } },
    async (request) => ({ draw: await getPanelCommitment(app.db, requireCaller(request), request.params.id) })); // prettier-ignore

  app.post('/cases/:id/panel-draw/commitment', { config: { policy: 'case.act' }, ...authed, schema: { tags: [TAG], summary: '公布抽取承诺：抽取评审专家前公开随机种子的 SHA-256', params: caseIdParams } },
    async (request) => ({ draw: await commitPanelDraw(app.db, requireCaller(request), request.params.id, rid(request)) })); // prettier-ignore

  // ---- public (一公开): no account ----
  app.get('/public/draws/:id', { config: { policy: 'public', rateLimit: { max: 120, timeWindow: '1 minute' } }, schema: { tags: [TAG], summary: '公开抽取记录：承诺、随机种子（抽取后）、算法、输入和结果', params: idParamsOf('抽取记录 ID') } },
    async (request) => getPublicDraw(app.db, request.params.id)); // prettier-ignore

  app.get('/public/inspection-rounds', { config: { policy: 'public', rateLimit: { max: 120, timeWindow: '1 minute' } }, schema: { tags: [TAG], summary: '“双随机、一公开”抽查结果公开',
      querystring: z.strictObject({ jurisdiction: z.string().regex(/^\d{6}$/).optional().describe('行政区划代码') }) } },
    async (request) => ({ items: await listPublicRounds(app.db, request.query) })); // prettier-ignore
};
