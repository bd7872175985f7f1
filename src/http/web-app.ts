// Serves the built web app (dist/web) with an SPA fallback: any non-API GET that is not a file
// answers index.html, so deep links like /institutions/123 work after a reload. Compressed (br/gzip
// by Accept-Encoding, @fastify/compress) and cached by what each file is (issue 10 point 9): Vite's
// hashed assets (/assets/name-HASH.js) never change under their name and are cached for a year as
// immutable; index.html and the other files must be revalidated (no-cache), so that a new release is
// picked up on the next load.
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export async function registerWebApp(app: FastifyInstance, root = resolve('dist/web')): Promise<void> {
  if (!existsSync(resolve(root, 'index.html'))) {
    app.log.warn('dist/web is missing: run `npm run build:web` (npm start does it)');
    return;
  }
  const assets = resolve(root, 'assets') + sep;
  // Its own context, so that compression applies to the web app's files only (API answers, which
  // carry session tokens beside reflected input, stay uncompressed: no BREACH-style length oracle).
  await app.register(async (web) => {
    await web.register(compress, { global: true, encodings: ['br', 'gzip'] });
    await web.register(fastifyStatic, {
      root,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header('cache-control', path.startsWith(assets) ? IMMUTABLE : REVALIDATE);
      },
    });
    web.get('/*', { schema: { hide: true } }, async (request, reply) => {
      if (request.url.startsWith('/api/')) {
        return reply.callNotFound();
      }
      return reply.sendFile('index.html');
    });
  });
}
