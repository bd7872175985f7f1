// The draw of a round (1x-selection §25 通过随机抽取方式确定检查对象和专家): under the round's lock,
//   1. the targets' candidates: the institutions in the round's scope today (listTargetCandidates), by id;
//   2. the targets: the first `target_count` by SHA-256(seed ":" id), with the seed committed at planning;
//   3. for each target, the pool screened (inactive, employee, declared conflict, member of one of the
//      target's own entry review panels — never drawn, reasons published) and its experts drawn;
//   4. the inspections created, the seed revealed with the inputs and the result, the audit row —
//      one transaction. The published inputs re-run to the same result (verified here before commit).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { AppError, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { inspectionPolicy } from '../../policies/inspection.policy.js';
import { institutionScope, jurisdictionPrefix } from '../../policies/scope.js';
import { findDraw, revealDraw } from '../../persistence/public-draws.repository.js';
import {
  entryPanelExperts,
  listTargetCandidates,
  lockRound,
} from '../../persistence/inspections.repository.js';
import { listConflictsWith, loadDrawPool } from '../../persistence/reviews.repository.js';
import { expertGroupFor } from '../../workflows/draw/exclusions.js';
import { runDraw, verifyDraw, type DrawInputs } from '../../workflows/draw/public-draw.js';
import { ART_25 } from '../../workflows/draw/inspection-terms.js';
import { todayInChina } from '../registry/registry-context.js';

const refuse = (code: string, zh: string, en: string) =>
  new AppError(422, code, '无法抽取', zh, undefined, { title_en: 'Cannot draw', detail_en: en });

export async function drawInspectionRound(
  db: Kysely<DB>,
  caller: Caller,
  roundId: string,
  requestId?: string,
): Promise<{ drawId: string; targets: number }> {
  const today = todayInChina();
  return db.transaction().execute(async (trx) => {
    const round = await lockRound(trx, roundId);
    if (!round || !inspectionPolicy.canRead(caller, { authorityId: round.authority_id }))
      throw notFound('抽查批次');
    if (!inspectionPolicy.canManage(caller, { authorityId: round.authority_id }))
      throw new AppError(403, 'FORBIDDEN', '无权操作', '只有组织抽查的部门可以抽取');
    if (round.status !== 'planned')
      throw new AppError(409, 'ALREADY_DRAWN', '已抽取', '该批次已经抽取，不能重新抽取', undefined, { title_en: 'Already drawn', detail_en: 'This round has been drawn; a draw is never repeated' }); // prettier-ignore
    const draw = await findDraw(trx, round.draw_id);
    if (!draw || draw.revealed_at) throw notFound('抽取记录');
    const authority = await trx.selectFrom('authorities').select(['id', 'kind', 'jurisdiction_code']).where('id', '=', round.authority_id).executeTakeFirstOrThrow(); // prettier-ignore
    // The scope is the planning authority's, whoever of its staff presses the button.
    const scope = institutionScope({ userId: '', username: '', role: 'authority_staff', authorityId: authority.id, authorityKind: authority.kind, jurisdictionCode: authority.jurisdiction_code }); // prettier-ignore
    const candidates = await listTargetCandidates(trx, {
      scope,
      jurisdictionPrefix: jurisdictionPrefix(round.jurisdiction_code),
      kinds: round.institution_kinds,
      occupationCodes: round.occupation_codes,
      today,
    });
    if (candidates.length === 0)
      throw refuse(
        'NO_TARGETS',
        '抽查范围内没有可抽取的评价机构',
        'No institution in the round’s scope can be drawn',
      );
    const seed = draw.seed;
    const targetStage = runDraw(seed, {
      algorithm: 'skillreg-inspection/1',
      targets: { candidates: candidates.map((c) => c.id), size: round.target_count },
      experts: null,
    });
    const pool = await loadDrawPool(trx, round.pool_id);
    if (!pool) throw notFound('专家库');
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const panels = await entryPanelExperts(trx, targetStage.targets);
    const groups = [];
    for (const targetId of targetStage.targets) {
      const t = byId.get(targetId)!;
      const target = {
        institutionId: t.id,
        uscc: t.uscc,
        name: t.name,
        entryPanelExpertIds: panels.get(t.id) ?? [],
      };
      const conflicts = await listConflictsWith(
        trx,
        pool.experts.map((e) => e.id),
        target,
      );
      const group = expertGroupFor(pool.experts, target, conflicts);
      if (group.candidates.length < round.experts_per_target)
        throw refuse('TOO_FEW_EXPERTS', `专家库回避后可抽取专家不足：${t.name} 仅 ${group.candidates.length} 人，每个对象须 ${round.experts_per_target} 人`, `Too few eligible experts for ${t.name}: ${group.candidates.length} of ${round.experts_per_target}`); // prettier-ignore
      groups.push(group);
    }
    const inputs: DrawInputs = {
      algorithm: 'skillreg-inspection/1',
      targets: { candidates: candidates.map((c) => c.id), size: round.target_count },
      experts: { perTarget: round.experts_per_target, groups },
    };
    const result = runDraw(seed, inputs);
    const check = verifyDraw({ commitment: draw.commitment, seed, inputs, result });
    if (!check.commitmentMatches || !check.inputsCanonical || !check.resultMatches)
      throw new Error('drawInspectionRound: the published inputs do not re-run to the result');

    const names = new Map(pool.experts.map((e) => [e.id, e.name]));
    for (const [i, targetId] of result.targets.entries()) {
      const inspectionId = randomUUID();
      await trx
        .insertInto('inspections')
        .values({ id: inspectionId, round_id: round.id, institution_id: targetId, institution_name: byId.get(targetId)!.name, draw_rank: i + 1 })
        .execute(); // prettier-ignore
      const experts = result.experts.find((g) => g.targetId === targetId)?.expertIds ?? [];
      if (experts.length)
        await trx
          .insertInto('inspection_experts')
          .values(experts.map((expertId, k) => ({ inspection_id: inspectionId, expert_id: expertId, draw_rank: k + 1, expert_name: names.get(expertId) ?? '' })))
          .execute(); // prettier-ignore
    }
    if (!(await revealDraw(trx, draw.id, { drawnOn: today, inputs, result }))) throw notFound('抽取记录');
    await trx
      .updateTable('inspection_rounds')
      .set((eb) => ({ status: 'drawn', drawn_on: today, version: eb('version', '+', 1) }))
      .where('id', '=', round.id)
      .execute();
    await writeAudit(trx, { caller, requestId }, {
      entity: 'inspection_round', entityId: round.id, action: 'draw',
      after: { drawId: draw.id, seed, candidates: candidates.length, targets: result.targets, experts: result.experts },
      citations: [ART_25],
    }); // prettier-ignore
    return { drawId: draw.id, targets: result.targets.length };
  });
}
