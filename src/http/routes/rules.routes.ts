// /api/v1/rules: the rule catalogue (every article beside the rules and parameters that encode it) and
// the evaluation of a check over posted facts (issue 3). Public: the law and its encoding are open, and
// evaluating hypothetical facts reveals nothing stored; evaluation is rate-limited.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkUnknown, evaluateCheck, findCheck } from '../../rules/catalogue.js';
import { catalogueView, checkView, evaluationView } from '../../rules/catalogue-view.js';
import { loadCalendar } from '../../persistence/calendar.repository.js';

const evaluateBody = z.strictObject({
  check: z.string().min(1).max(200).describe('检查名称，如 gz-rules.selection.social_org'),
  asOf: z.iso.date().describe('法律上相关的日期（决定日、提交日等），YYYY-MM-DD'),
  facts: z.record(z.string(), z.unknown()).describe('事实数据（按该检查的 factsSchema）'),
});

let cachedCatalogue: ReturnType<typeof catalogueView> | undefined;

export const rulesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/rules',
    {
      config: { policy: 'public' },
      schema: { tags: ['rules'], summary: '规则目录：条文、规则、参数（含生效日期版本）与可调用的检查' },
    },
    async () => (cachedCatalogue ??= catalogueView()),
  );

  app.get(
    '/rules/checks/:name',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['rules'],
        summary: '单个检查：所用规则、示例事实与事实数据的 JSON Schema',
        params: z.strictObject({
          name: z.string().min(1).max(200).describe('检查名称，如 gz-rules.selection.social_org'),
        }),
      },
    },
    async (request) => {
      const check = findCheck(request.params.name);
      if (!check) throw checkUnknown(request.params.name);
      return checkView(check);
    },
  );

  app.post(
    '/rules/evaluate',
    {
      config: { policy: 'public', rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['rules'],
        summary: '按给定日期与事实评估一个检查，返回全部结论（fail / needs_judgement / pass）及所依据的条文',
        body: evaluateBody,
      },
    },
    async (request) => {
      const { check, asOf, facts } = request.body;
      const calendar = await loadCalendar(app.db);
      return evaluationView(evaluateCheck(check, asOf, facts, calendar));
    },
  );
};
