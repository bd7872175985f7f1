// Building blocks of the API's zod schemas: paging, ids, dates, abilities, problem responses.
// Bodies are strict (unknown fields → 400); query strings arrive as text and are parsed explicitly.
import { z } from 'zod';
import { PRINTABLE, PRINTABLE_MESSAGE, SINGLE_LINE } from './control-characters.js';

/** Page numbers from the query string: page ≥ 1, 1 ≤ pageSize ≤ 100 (docs/api.md "Lists"). */
export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe('页码'),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).describe('每页条数'),
};

/** 'true' / 'false' in a query string. */
export const boolQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Any 8-4-4-4-12 hex id (not only RFC 4122 versions, so that imported ids are accepted). */
export const id = z.guid();
export const idParams = z.strictObject({ id });
/**
 * The path's `id`, named for the record it identifies (评价机构 ID): a refusal names the parameter so
 * (src/http/problem.ts), in English too (src/http/schemas/descriptions-en.ts).
 */
export const idParamsOf = (description: string) => z.strictObject({ id: id.describe(description) });

/** A calendar date, 'YYYY-MM-DD'. */
export const isoDate = z.iso.date();

// Control characters (NUL above all, which PostgreSQL refuses in text) and unpaired surrogates are never
// data: refused at the edge with a 400 instead of failing in the database. The edge hook
// (input-hygiene.ts) refuses them in every request; these helpers say so in the OpenAPI document too.

/** A string of at most `max` characters without control characters (may be empty). */
export const str = (max: number) => z.string().max(max).regex(PRINTABLE, PRINTABLE_MESSAGE);
/** Required text: trimmed, 1 to `max` characters, no control characters. */
export const text = (max: number) => z.string().trim().min(1).max(max).regex(PRINTABLE, PRINTABLE_MESSAGE);
/** A code typed by a person (USCC, document number): 1–40 characters, no control characters. */
export const codeInput = z.string().min(1).max(40).regex(PRINTABLE, PRINTABLE_MESSAGE);
export const phone = z.string().regex(/^[0-9+\-()\s]{3,40}$/, '电话号码格式不正确');
/** One line typed by a person (a query value, a name): no control character at all, not even a tab. */
export const line = (max: number) => z.string().trim().min(1).max(max).regex(SINGLE_LINE, PRINTABLE_MESSAGE);
export const searchQuery = line(100);
export const version = z.number().int().min(1).max(2_147_483_647).describe('版本号（乐观锁）');

export const jurisdictionCode = z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字');
export const occupationCode = text(20);
export const skillLevel = z.number().int().min(1).max(5);

export const registryStatus = z.enum(['registered', 'active', 'suspended', 'exited']);
export const institutionKind = z.enum(['employer', 'school', 'social_org', 'industry_org', 'training_org']);

// The descriptions of fields that several requests share (English: src/http/schemas/descriptions-en.ts).
export const REGISTRY_STATUS_DESCRIPTION =
  '状态：registered 已登记 / active 正常 / suspended 暂停 / exited 已退出';
export const INSTITUTION_KIND_DESCRIPTION =
  '机构类型：employer 用人单位 / school 院校 / social_org 社会培训评价组织 / industry_org 行业组织 / training_org 职业教育培训评价组织';
export const DOCUMENT_TYPE_DESCRIPTION =
  '证件类型：resident_id 居民身份证 / hk_macao_permit 港澳居民来往内地通行证 / taiwan_permit 台湾居民来往大陆通行证 / passport 护照 / foreign_permanent_residence 外国人永久居留身份证 / hmt_residence_permit 港澳台居民居住证';
export const LEVEL_DESCRIPTION = '职业技能等级：1 高级技师 … 5 初级工';

export const timestamps = { version: z.number(), createdAt: z.string(), updatedAt: z.string() };

export const recordAbilities = z.object({ read: z.boolean(), update: z.boolean() });

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });
export const all = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number() });

export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    detail: z.string(),
    code: z.string(),
    instance: z.string(),
    requestId: z.string(),
    errors: z
      .array(
        z.object({
          path: z.string(),
          message: z.string(),
          label: z.string().optional(),
          label_en: z.string().optional(),
          message_en: z.string().optional(),
        }),
      )
      .optional(),
    /** The English twins of title and detail, where the server has them (the English interface). */
    title_en: z.string().optional(),
    detail_en: z.string().optional(),
  })
  .describe('application/problem+json');
