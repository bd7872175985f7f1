// 开放数据 (issue 12 point 5): the public directory as open data — today's snapshot as CSV and JSON with
// its SHA-256 (also in ETag and Repr-Digest, RFC 9530), and the incremental feed of changes since a
// moment. No account; the global anonymous budget applies; the snapshot is made once a day per process.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { attachmentHeaders } from '../../materials/download-headers.js';
import { createOpenData, type SnapshotFormat } from '../../use-cases/directory/open-data.js';

const MEDIA: Record<SnapshotFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

const changesQuery = z.strictObject({
  since: z.iso
    .datetime({ offset: true })
    .default('1970-01-01T00:00:00Z')
    .describe('从该时刻（ISO 8601）之后的变更开始；通常为所持快照的 asOf'),
  cursor: z.string().max(200).optional().describe('上一页返回的 nextCursor'),
  limit: z.coerce.number().int().min(1).max(1000).default(500).describe('每页条数'),
});

export const openDataRoutes: FastifyPluginAsyncZod = async (app) => {
  const openData = createOpenData(app.db);

  for (const format of ['csv', 'json'] as const) {
    app.get(
      `/public/open-data/directory.${format}`,
      {
        config: { policy: 'public' },
        schema: {
          tags: ['开放数据'],
          summary: `机构目录全量快照（${format.toUpperCase()}）：中国时间今日 0 时的目录，全天同一内容与校验值（ETag 即 SHA-256）`,
        },
      },
      async (request, reply) => {
        const s = await openData.snapshot(format);
        const etag = `"${s.sha256}"`;
        void reply
          .header('etag', etag)
          .header('repr-digest', `sha-256=:${Buffer.from(s.sha256, 'hex').toString('base64')}:`)
          .header('cache-control', 'public, max-age=3600');
        if (request.headers['if-none-match'] === etag) return reply.code(304).send();
        void reply.headers(attachmentHeaders(`机构目录-${s.date}.${format}`, MEDIA[format], s.body.length));
        return reply.send(s.body);
      },
    );
  }

  app.get(
    '/public/open-data/directory/checksums',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['开放数据'],
        summary: '今日快照的校验值（SHA-256）、大小与条目数',
        response: {
          200: z.object({
            date: z.string(),
            asOf: z.string(),
            files: z.array(
              z.object({ name: z.string(), sha256: z.string(), bytes: z.number(), entries: z.number() }),
            ),
          }),
        },
      },
    },
    async () => {
      const snaps = await Promise.all([openData.snapshot('csv'), openData.snapshot('json')]);
      return {
        date: snaps[0].date,
        asOf: snaps[0].asOf,
        files: snaps.map((s) => ({
          name: `directory.${s.format}`,
          sha256: s.sha256,
          bytes: s.body.length,
          entries: s.entries,
        })),
      };
    },
  );

  app.get(
    '/public/open-data/directory/changes',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['开放数据'],
        summary: '机构目录增量变更：某时刻之后的公布与撤回，按时间先后，带翻页标记',
        querystring: changesQuery,
      },
    },
    async (request) => {
      const q = request.query;
      return openData.changes(q.since, q.cursor, q.limit);
    },
  );
};
