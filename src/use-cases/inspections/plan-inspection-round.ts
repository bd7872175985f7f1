// Planning a double-random inspection round (1x-selection §25): the authority sets the scope (its own
// jurisdiction or a part of it; the national bodies and the 1+X office the institutions they supervise),
// the kinds and optionally occupations, how many targets, experts per target, the methods, the pool and
// the dates. Planning publishes the commitment to the seed at once — before anything is drawn — so the
// draw can be checked later against what was announced (decision 0038).
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { forbidden, invalid, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { inspectionPolicy } from '../../policies/inspection.policy.js';
import { expertPoolPolicy } from '../../policies/expert-pool.policy.js';
import { institutionScope, jurisdictionWithin } from '../../policies/scope.js';
import { loadDrawPool } from '../../persistence/reviews.repository.js';
import { insertCommitment } from '../../persistence/public-draws.repository.js';
import { nextNumber } from '../../persistence/cases.repository.js';
import { commitmentOf } from '../../workflows/draw/public-draw.js';
import { ART_25, type InspectionMethod } from '../../workflows/draw/inspection-terms.js';
import { todayInChina } from '../registry/registry-context.js';

export interface PlanRoundInput {
  title: string;
  /** A code within the authority's jurisdiction; its own by default. */
  jurisdictionCode?: string | undefined;
  institutionKinds: string[];
  occupationCodes?: string[] | undefined;
  targetCount: number;
  expertsPerTarget: number;
  methods: InspectionMethod[];
  poolId: string;
  plannedStart: string;
  plannedEnd: string;
}

/** 128 bits from the operating system's CSPRNG, hex (as a review panel's seed). */
const newSeed = (): string => randomBytes(16).toString('hex');

export async function planInspectionRound(
  db: Kysely<DB>,
  caller: Caller,
  input: PlanRoundInput,
  requestId?: string,
): Promise<{ id: string; drawId: string; referenceNo: string; commitment: string }> {
  if (!inspectionPolicy.canPlan(caller)) throw forbidden('只有评价机构监管部门可以组织“双随机、一公开”抽查');
  const today = todayInChina();
  if (input.plannedEnd < input.plannedStart)
    throw invalid('PLANNED_DATES', '计划结束日期不能早于开始日期', [
      { path: 'plannedEnd', message: '计划结束日期不能早于开始日期', label: '计划结束日期', label_en: 'Planned end', message_en: 'The end cannot precede the start' },
    ]); // prettier-ignore
  const own = caller.jurisdictionCode ?? '000000';
  const jurisdictionCode = input.jurisdictionCode ?? own;
  const scope = institutionScope(caller);
  // A territorial authority plans within its territory; one that supervises by assignment plans over
  // the institutions assigned to it, so the code is its own.
  if (
    scope.kind === 'jurisdiction'
      ? !jurisdictionWithin(scope, jurisdictionCode)
      : scope.kind !== 'all' && jurisdictionCode !== own
  )
    throw notFound('行政区划');
  const pool = await loadDrawPool(db, input.poolId);
  if (!pool || !expertPoolPolicy.abilities(caller, { id: pool.id, authorityId: pool.authorityId, authorityJurisdictionCode: pool.authorityJurisdictionCode }).read)
    throw notFound('专家库'); // prettier-ignore
  const known = await db
    .selectFrom('jurisdictions')
    .select('code')
    .where('code', '=', jurisdictionCode)
    .executeTakeFirst();
  if (!known) throw notFound('行政区划');

  const seed = newSeed();
  const commitment = commitmentOf(seed);
  const id = randomUUID();
  const drawId = randomUUID();
  return db.transaction().execute(async (trx) => {
    const year = Number(today.slice(0, 4));
    const n = await nextNumber(trx, `inspection-round:${own}`, year);
    const referenceNo = `SC-${year}-${own}-${String(n).padStart(3, '0')}`;
    await insertCommitment(trx, {
      id: drawId,
      purpose: 'inspection_round',
      authorityId: caller.authorityId,
      caseId: null,
      algorithm: 'skillreg-inspection/1',
      commitment,
      seed,
      committedBy: caller.userId,
      committedBeforeDraw: true,
    });
    await trx
      .insertInto('inspection_rounds')
      .values({
        id,
        reference_no: referenceNo,
        authority_id: caller.authorityId,
        title: input.title,
        jurisdiction_code: jurisdictionCode,
        institution_kinds: [...new Set(input.institutionKinds)].sort(),
        occupation_codes: [...new Set(input.occupationCodes ?? [])].sort(),
        target_count: input.targetCount,
        experts_per_target: input.expertsPerTarget,
        methods: [...new Set(input.methods)],
        pool_id: pool.id,
        planned_start: input.plannedStart,
        planned_end: input.plannedEnd,
        draw_id: drawId,
        planned_on: today,
        planned_by: caller.userId,
      })
      .execute();
    await writeAudit(trx, { caller, requestId }, {
      entity: 'inspection_round', entityId: id, action: 'plan',
      after: { referenceNo, jurisdictionCode, kinds: input.institutionKinds, occupations: input.occupationCodes ?? [], targetCount: input.targetCount, expertsPerTarget: input.expertsPerTarget, methods: input.methods, poolId: pool.id, commitment, drawId },
      citations: [ART_25],
    }); // prettier-ignore
    return { id, drawId, referenceNo, commitment };
  });
}
