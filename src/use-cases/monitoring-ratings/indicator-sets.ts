// The monitoring-rating indicator system the 1+X office maintains (1x-selection §27 监测评价, 1x-exit
// §5(6)): dated and versioned like the parameters (src/parameters/parameter.ts) — each version applies
// from its effective date until the next one, so a past rating stays explained by the version it used.
// The texts give no indicator, weight or band: every number is the office's, recorded with its reason.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { forbidden, invalid } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { isUniqueViolation } from '../registry/registry-context.js';
import { AppError } from '../../domain/errors.js';

/** Where an indicator's raw value comes from; `positive` ones score by a target, the others by a penalty. */
export const INDICATOR_SOURCES = {
  candidates: { positive: true, zh: '报名参加考核人数', en: 'Candidates evaluated' },
  schools: { positive: true, zh: '选择实施的院校数', en: 'Schools implementing' },
  updates: {
    positive: true,
    zh: '标准、教材、题库更新次数',
    en: 'Updates of standard, materials, question bank',
  },
  teacher_training: { positive: true, zh: '师资培训人数', en: 'Teachers trained' },
  inspection_problems: { positive: false, zh: '抽查发现问题的次数', en: 'Inspections that found problems' },
  leads_substantiated: {
    positive: false,
    zh: '查实的投诉举报和问题线索',
    en: 'Substantiated complaints and leads',
  },
  rectifications_overdue: { positive: false, zh: '逾期未整改到位的整改', en: 'Rectifications overdue' },
} as const;
export type IndicatorSource = keyof typeof INDICATOR_SOURCES;
const SOURCE_IDS = Object.keys(INDICATOR_SOURCES) as [IndicatorSource, ...IndicatorSource[]];

export const indicatorSchema = z.strictObject({
  name: z.string().trim().min(2).max(60).describe('指标名称'),
  source: z.enum(SOURCE_IDS).describe('数据来源：candidates 考核人数 / schools 院校数 / updates 更新次数 / teacher_training 师资培训人数 / inspection_problems 抽查发现问题 / leads_substantiated 查实线索 / rectifications_overdue 逾期整改'),
  weight: z.number().int().min(1).max(100).describe('权重'),
  /** Positive sources: the raw value that scores 100. */
  target: z.number().min(1).max(10_000_000).nullable().describe('满分值（数量类指标：达到该值得 100 分）'),
  /** Negative sources: points deducted per item. */
  penalty: z.number().min(1).max(100).nullable().describe('每项扣分（问题类指标）'),
}); // prettier-ignore
export type Indicator = z.infer<typeof indicatorSchema>;

export const bandsSchema = z
  .strictObject({
    A: z.number().min(0).max(100).describe('A 档最低分'),
    B: z.number().min(0).max(100).describe('B 档最低分'),
    C: z.number().min(0).max(100).describe('C 档最低分（低于此分为 D 档）'),
  })
  .describe('档次分数线');
export type Bands = z.infer<typeof bandsSchema>;

export interface IndicatorSetInput {
  effectiveFrom: string;
  indicators: Indicator[];
  bands: Bands;
  reason: string;
}

const requireOffice = (actor: Actor) => {
  if (actor.role !== 'authority_staff' || !actor.authorityId)
    throw forbidden('监测评价指标体系由遴选培训评价组织的部门维护');
  return actor.authorityId;
};

function check(input: IndicatorSetInput) {
  const problems: { path: string; message: string }[] = [];
  if (!(input.bands.A > input.bands.B && input.bands.B > input.bands.C))
    problems.push({ path: 'bands', message: '档次分数线须 A > B > C' });
  input.indicators.forEach((ind, i) => {
    const positive = INDICATOR_SOURCES[ind.source].positive;
    if (positive && ind.target === null)
      problems.push({ path: `indicators.${i}.target`, message: '数量类指标须设定满分值' });
    if (!positive && ind.penalty === null)
      problems.push({ path: `indicators.${i}.penalty`, message: '问题类指标须设定每项扣分' });
  });
  if (problems.length)
    throw invalid('INDICATOR_SET_INVALID', problems.map((p) => p.message).join('；'), problems);
}

export async function createIndicatorSet(
  db: Kysely<DB>,
  actor: Actor,
  input: IndicatorSetInput,
  requestId?: string,
) {
  const authorityId = requireOffice(actor);
  check(input);
  const id = randomUUID();
  try {
    await db.transaction().execute(async (trx) => {
      const last = await trx
        .selectFrom('rating_indicator_sets')
        .select(['version', 'effective_from'])
        .where('authority_id', '=', authorityId)
        .orderBy('version', 'desc')
        .forUpdate()
        .executeTakeFirst();
      if (last && String(last.effective_from) >= input.effectiveFrom)
        throw invalid(
          'EFFECTIVE_DATE_ORDER',
          `新版本的施行日期须晚于上一版本（${String(last.effective_from)}）`,
          [{ path: 'effectiveFrom', message: `须晚于 ${String(last.effective_from)}` }],
        );
      const row = {
        id,
        authority_id: authorityId,
        version: (last?.version ?? 0) + 1,
        effective_from: input.effectiveFrom,
        indicators: JSON.stringify(input.indicators),
        bands: JSON.stringify(input.bands),
        reason: input.reason,
        created_by: actor.userId,
      };
      await trx.insertInto('rating_indicator_sets').values(row).execute();
      await writeAudit(
        trx,
        { caller: actor, requestId },
        {
          entity: 'rating_indicator_set',
          entityId: id,
          action: 'create',
          after: { ...row, indicators: input.indicators, bands: input.bands },
          citations: [{ source: '1x-selection', article: 27 }],
        },
      );
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new AppError(409, 'VERSION_CONFLICT', '数据已被他人修改', '另一版本刚刚保存，请刷新后重试');
    throw err;
  }
  return { id };
}

const toSet = (r: { id: string; version: number; effective_from: string; indicators: unknown; bands: unknown; reason: string; created_at: Date | string }) => ({
  id: r.id,
  version: r.version,
  effectiveFrom: String(r.effective_from).slice(0, 10),
  indicators: r.indicators as Indicator[],
  bands: r.bands as Bands,
  reason: r.reason,
  createdAt: new Date(r.created_at).toISOString(),
}); // prettier-ignore
export type IndicatorSet = ReturnType<typeof toSet>;

export async function listIndicatorSets(db: Kysely<DB>, actor: Actor) {
  const authorityId = requireOffice(actor);
  const rows = await db
    .selectFrom('rating_indicator_sets')
    .selectAll()
    .where('authority_id', '=', authorityId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map(toSet);
}

/** The version in force on `day` (the latest whose effective date is on or before it). */
export async function indicatorSetAt(db: Kysely<DB>, authorityId: string, day: string) {
  const row = await db
    .selectFrom('rating_indicator_sets')
    .selectAll()
    .where('authority_id', '=', authorityId)
    .where('effective_from', '<=', day)
    .orderBy('effective_from', 'desc')
    .executeTakeFirst();
  return row ? toSet(row) : null;
}
