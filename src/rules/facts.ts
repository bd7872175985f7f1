// Building blocks for the facts schemas of checks: strict zod with Chinese descriptions, so the
// catalogue page can label each field and a 422 names the field in Chinese.
import { z } from 'zod';

/** 'YYYY-MM-DD', a real calendar date. */
export const isoDate = (describe_zh: string) => z.iso.date().describe(describe_zh);

/** 职业（工种）代码 of the 职业分类大典: D-DD-DD-DD, optionally a 工种 suffix -DD. */
export const occupationCode = (describe_zh = '职业（工种）代码，如 4-04-05-01') =>
  z
    .string()
    .regex(/^\d-\d{2}-\d{2}-\d{2}(-\d{2})?$/)
    .describe(describe_zh);

/** A whole number ≥ 0 (persons, person-times, m², cm …). */
export const count = (describe_zh: string) => z.number().int().min(0).describe(describe_zh);

/** A measured quantity ≥ 0 that may be fractional (m², cm). */
export const measure = (describe_zh: string) => z.number().min(0).describe(describe_zh);

/**
 * The authority's assessment of a condition the text leaves to judgement (影响力、声誉、密切相关 …):
 * true = found met, false = found not met, absent = not yet assessed → the rule says needs_judgement.
 */
export const assessment = (describe_zh: string) =>
  z.boolean().optional().describe(`${describe_zh}（true 符合 / false 不符合 / 不填 = 待监管部门认定）`);

/**
 * A recorded departure from a rule the text states only "in principle" (原则上): who decided, when,
 * and why. Without it the rule blocks; with it the finding passes and cites the override.
 */
export const principleOverride = (describe_zh: string) =>
  z
    .strictObject({
      reason: z.string().trim().min(4).max(2000).describe('例外理由（须书面记录）'),
      decidedBy: z.string().trim().min(1).max(200).describe('作出例外决定的监管部门或负责人'),
      decidedOn: isoDate('例外决定日期'),
    })
    .optional()
    .describe(describe_zh);

export type PrincipleOverride = NonNullable<z.infer<ReturnType<typeof principleOverride>>>;

/** 职业技能等级 1（高级技师）… 5（初级工）. */
export const level = z.number().int().min(1).max(5).describe('职业技能等级：1 高级技师 … 5 初级工');

/** Periods on a list or register (经营异常目录、非法社会组织名单 …): from (inclusive) to (exclusive, null = still listed). */
export const listings = (describe_zh: string) =>
  z
    .array(
      z.strictObject({
        from: z.iso.date().describe('列入日期'),
        to: z.iso.date().nullable().optional().describe('移出日期（仍在名单内填 null 或不填）'),
      }),
    )
    .describe(describe_zh);

/** Dated events (年检不合格的结论日期 …). */
export const events = (describe_zh: string) =>
  z
    .array(
      z.strictObject({
        on: z.iso.date().describe('发生或作出结论的日期'),
        note: z.string().max(500).optional().describe('说明'),
      }),
    )
    .describe(describe_zh);

/** 申报单位的法律形式 (for the prohibitions on government bodies and public institutions). */
export const legalForm = z
  .enum([
    'enterprise',
    'school',
    'public_training_base',
    'research_institute',
    'public_institution',
    'government_body',
    'social_group',
    'private_non_enterprise',
  ])
  .describe(
    '法律形式：enterprise 企业 / school 院校 / public_training_base 公共实训基地 / research_institute 科研院所 / public_institution 其他事业单位 / government_body 政府及其所属部门 / social_group 社会团体 / private_non_enterprise 民办非企业单位',
  );
export type LegalForm = z.infer<typeof legalForm>;
