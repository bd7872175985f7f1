// /api/v1/public/guides: the 办事指南 — one guide per procedure, generated from its state machine, its
// materials checklist and the rule catalogue (who may apply, conditions with their articles,
// materials, steps, time limits). Public: it describes the law and the procedures, nothing stored.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listGuides } from '../../use-cases/guides/list-guides.js';
import { getGuide } from '../../use-cases/guides/get-guide.js';

const guideParams = z.strictObject({
  procedure: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/, '事项标识由小写字母、数字和连字符组成（至多 60 个字符）')
    .describe('事项标识，如 social-org-filing'),
});

export const guideRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/public/guides',
    {
      config: { policy: 'public' },
      schema: { tags: ['办事指南'], summary: '办事指南目录：系统办理的每个事项' },
    },
    async () => listGuides(),
  );
  app.get(
    '/public/guides/:procedure',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['办事指南'],
        summary: '单个事项的办事指南（申请对象、条件及条文、材料、流程、时限）',
        params: guideParams,
      },
    },
    async (request) => getGuide(request.params.procedure),
  );
};
