// Serves the built web app (dist/web) with an SPA fallback: any non-API GET that is not a file
// answers index.html, so deep links like /institutions/123 work after a reload.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export async function registerWebApp(app: FastifyInstance): Promise<void> {
  const root = resolve('dist/web');
  if (!existsSync(resolve(root, 'index.html'))) {
    app.log.warn('dist/web is missing: run `npm run build:web` (npm start does it)');
    return;
  }
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'] });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.callNotFound();
    }
    return reply.sendFile('index.html');
  });
}
