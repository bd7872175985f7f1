// /api/health: the process is up and the database answers.
import { sql } from 'kysely';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        summary: '健康检查（含数据库）',
        response: { 200: z.object({ status: z.literal('ok'), database: z.literal('ok'), time: z.string() }) },
      },
    },
    async () => {
      await sql`select 1`.execute(app.db);
      return { status: 'ok' as const, database: 'ok' as const, time: new Date().toISOString() };
    },
  );
};
