// /api/v1 public directory (机构目录): the filed and selected evaluation institutions as published —
// name, kind, filing code, regime, validity, scope (occupation × level), certificate programmes,
// deciding authority, date of publication; one entry with its branches and the published documents of
// the case that put it there (receipt, publication record) as PDFs. Open to everyone, without an
// account; entries withdrawn by an exit are listed under status=exited with how and when (issue 15 point
// 7), other withdrawn entries are not listed and answer 404; no personal data is in an entry.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  id,
  idParamsOf,
  institutionKind,
  jurisdictionCode,
  page,
  pageQuery,
  searchQuery,
} from '../schemas/common.schema.js';
import { directoryEntry } from '../schemas/cases.schema.js';
import { fileStoreFor, type FileStore } from '../../persistence/file-store.js';
import { PUBLIC_DOCUMENT_KINDS } from '../../persistence/directory-detail.repository.js';
import { listDirectory } from '../../use-cases/directory/list-directory.js';
import { getDirectoryEntry } from '../../use-cases/directory/get-directory-entry.js';
import { downloadPublicDocument } from '../../use-cases/directory/download-public-document.js';

export interface DirectoryRoutesOptions {
  /** Where the documents are stored; default from the configuration. */
  store?: FileStore;
  /** The clock deciding what is in force today (tests); default the system clock. */
  now?: () => Date;
}

/** The public page of one entry: the entry, and what surrounds it (get-directory-entry.ts). */
const directoryEntryDetail = directoryEntry.extend({
  procedure_zh: z.string().describe('作出决定的办理事项（存量导入的为“存量导入（本系统启用前作出）”）'),
  procedure_en: z.string(),
  asOf: z.string().describe('计算有效期状态所依据的日期（中国时间今日）'),
  daysLeft: z
    .number()
    .int()
    .nullable()
    .describe('距有效期截止日的天数（0 为今日到期，负数为已到期）；未规定截止日的为 null'),
  decidedOn: z.string().describe('决定日期：备案回执的出具日期，否则为导入表的决定日期或公布日期'),
  branches: z
    .array(
      z.object({
        entryId: z.string(),
        name: z.string(),
        filingCode: z.string(),
        jurisdictionCode: z.string(),
        jurisdictionName: z.string(),
        provinceName: z.string(),
        validFrom: z.string(),
        validTo: z.string().nullable(),
      }),
    )
    .describe('已公布的分支机构（各有其备案编码）'),
  institutionEntry: z
    .object({ entryId: z.string(), institutionName: z.string(), filingCode: z.string() })
    .nullable()
    .describe('分支机构条目所属机构的目录条目'),
  documents: z
    .array(
      z.object({
        id: z.string(),
        kind: z.enum(PUBLIC_DOCUMENT_KINDS),
        kind_zh: z.string(),
        kind_en: z.string(),
        number: z.string(),
        title: z.string(),
        issuedOn: z.string(),
      }),
    )
    .describe('公开的决定文书（备案回执、公布记录）；案件的其他文书不公开'),
});

const directoryQuery = z.strictObject({
  q: searchQuery.optional().describe('机构名称、备案编码、统一社会信用代码或职业名称'),
  status: z
    .enum(['in_force', 'lapsed', 'all', 'exited'])
    .optional()
    .describe(
      '有效期状态：in_force 有效期内或尚未开始（默认）、lapsed 已过有效期、all 全部、exited 已退出（自动终止、自愿退出、责令终止、取消资格）',
    ),
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
  validUntil: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
    .optional()
    .describe('只列今日有效、且有效期在此日或之前截止的（即将到期，需办理延续）'),
  authorityId: id.optional().describe('作出备案/遴选决定的部门'),
  ...pageQuery,
});

export const directoryRoutes: FastifyPluginAsyncZod<DirectoryRoutesOptions> = async (app, opts) => {
  const store = opts.store ?? fileStoreFor(app.config);
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
      return listDirectory(app.db, filter, { page: p, pageSize }, opts.now?.());
    },
  );
  app.get(
    '/directory/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['机构目录'],
        summary: '评价机构目录条目：范围、有效期、分支机构及公开的决定文书',
        params: idParamsOf('目录条目 ID'),
        response: { 200: directoryEntryDetail },
      },
    },
    async (request) => getDirectoryEntry(app.db, request.params.id),
  );
  app.get(
    '/directory/:id/documents/:documentId/file',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['机构目录'],
        summary: '下载目录条目公开的决定文书 PDF（备案回执、公布记录；附件方式，无需登录）',
        params: z.strictObject({ id: id.describe('目录条目 ID'), documentId: id.describe('文书 ID') }),
      },
    },
    async (request, reply) => {
      const file = await downloadPublicDocument(app.db, store, {
        entryId: request.params.id,
        documentId: request.params.documentId,
      });
      return reply.headers(file.headers).send(file.bytes);
    },
  );
};
