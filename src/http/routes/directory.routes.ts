// /api/v1 public directory (机构目录): the filed and selected evaluation institutions as published —
// name, kind, filing code, regime, validity, scope (occupation × level), certificate programmes,
// deciding authority, date of publication. Open to everyone, without an account; withdrawn entries
// are not listed; no personal data is in an entry.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idParams,
  institutionKind,
  jurisdictionCode,
  page,
  pageQuery,
  searchQuery,
} from '../schemas/common.schema.js';
import { directoryEntry } from '../schemas/cases.schema.js';
import { listDirectory } from '../../use-cases/directory/list-directory.js';
import { getDirectoryEntry } from '../../use-cases/directory/get-directory-entry.js';

const directoryQuery = z.strictObject({
  q: searchQuery.optional().describe('机构名称或备案编码'),
  occupationCode: z
    .string()
    .regex(/^[1-8]-\d{2}-\d{2}-\d{2}$/, '职业代码格式应为 X-XX-XX-XX')
    .optional()
    .describe('职业（工种）代码'),
  level: z
    .string()
    .regex(/^[1-5]$/, '等级应为 1–5')
    .transform(Number)
    .optional()
    .describe('技能等级（1 为最高，5 为最低）'),
  jurisdictionCode: jurisdictionCode.optional().describe('行政区划代码（含下级）'),
  kind: institutionKind.optional().describe('机构类别'),
  procedure: z.string().min(1).max(100).optional().describe('备案/遴选事项'),
  includeLapsed: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('包括已过有效期的'),
  ...pageQuery,
});

export const directoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/directory',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['机构目录'],
        summary: '公开的评价机构目录（已备案/已遴选且未撤销）',
        querystring: directoryQuery,
        response: { 200: page(directoryEntry) },
      },
    },
    async (request) => {
      const { page: p, pageSize, ...filter } = request.query;
      return listDirectory(app.db, filter, { page: p, pageSize });
    },
  );
  app.get(
    '/directory/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['机构目录'],
        summary: '评价机构目录条目',
        params: idParams,
        response: { 200: directoryEntry },
      },
    },
    async (request) => getDirectoryEntry(app.db, request.params.id),
  );
};
