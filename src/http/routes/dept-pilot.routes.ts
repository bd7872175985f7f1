// /api/v1 department and industry pilots (dept-pilot) beyond the generic case API: the notice's dated
// milestones (五 时间安排) for a pilot case, with the branch filings that follow it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCaller } from '../session-plugin.js';
import { caseIdParams, citation } from '../schemas/cases.schema.js';
import { getPilotMilestones } from '../../use-cases/dept-pilot/get-pilot-milestones.js';
import { chinaDate } from '../../workflows/deadline.js';
import {
  listPilotBranches,
  listRecommendableOrganisations,
} from '../../use-cases/dept-pilot/form-options.js';

const options = z.object({
  items: z.array(z.object({ id: z.string(), label: z.string() })),
  total: z.number().int(),
});

const milestonesResponse = z.object({
  caseId: z.string(),
  referenceNo: z.string(),
  state: z.string(),
  asOf: z.string(),
  milestones: z.array(
    z.object({
      ruleId: z.string(),
      citation,
      message_zh: z.string(),
      message_en: z.string(),
      due: z.string(),
      explanation_zh: z.string(),
      explanation_en: z.string(),
      doneOn: z.string().nullable(),
      standing: z.enum(['met', 'met_late', 'pending', 'overdue']),
    }),
  ),
  branchFilings: z.array(
    z.object({
      caseId: z.string(),
      referenceNo: z.string(),
      branchName: z.string().nullable(),
      state: z.string(),
      stateLabel_zh: z.string(),
      stateLabel_en: z.string(),
      submittedOn: z.string().nullable(),
      authorityName: z.string(),
    }),
  ),
});

export const deptPilotRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/dept-pilot/cases/:id/milestones',
    {
      config: { policy: 'case.read' },
      onRequest: async (request) => {
        requireCaller(request);
      },
      schema: {
        tags: ['部门行业试点'],
        summary: '试点通知规定的时间节点（五、时间安排）及完成情况，分支机构属地备案情况',
        params: caseIdParams,
        response: { 200: milestonesResponse },
      },
    },
    async (request) =>
      getPilotMilestones(app.db, requireCaller(request), request.params.id, chinaDate(new Date())),
  );

  app.get(
    '/dept-pilot/organisations',
    {
      config: { policy: 'deptPilot.organisations' },
      schema: {
        tags: ['部门行业试点'],
        summary: '政府有关部门可推荐的社会培训评价组织（id 为统一社会信用代码，即申请表提交的值）',
        response: { 200: options },
      },
    },
    async (request) => {
      const items = await listRecommendableOrganisations(app.db, requireCaller(request));
      return { items, total: items.length };
    },
  );

  app.get(
    '/dept-pilot/branches',
    {
      config: { policy: 'deptPilot.branches' },
      schema: {
        tags: ['部门行业试点'],
        summary: '试点方案可列入、可属地备案的分支机构（id 为登记名称，即申请表提交的值）',
        response: { 200: options },
      },
    },
    async (request) => {
      const items = await listPilotBranches(app.db, requireCaller(request));
      return { items, total: items.length };
    },
  );
};
