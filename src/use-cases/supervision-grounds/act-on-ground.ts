// A person acts on a ground of the queue (issue 14 point 4) — never the system by itself: opens a
// violation case (procedure 'violation-case', origin 'ground'), opens a rectification order with the
// deadline the authority sets (openRectification, source 'ground'), opens the exit route (procedure
// 'ordered-exit', origin 'ground': 1x-exit §7 revocation, gz-rules §15 ordered termination), or dismisses the ground with a
// reason. The ground must still be raised by the data on the day (it is recomputed, not trusted from the
// browser). The record is unique on (institution, programme, rule, since): of two people acting at once,
// one succeeds and the other gets 409.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { AppError, forbidden, invalid, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { isUniqueViolation } from '../registry/registry-context.js';
import { openRectification } from '../rectifications/open-rectification.js';
import { openProcedureCase } from '../cases/open-procedure-case.js';
import type { CaseContext } from '../cases/case-context.js';
import { groundKey, listGrounds } from './list-grounds.js';

export interface ActInput {
  key: string;
  action: 'violation_case' | 'rectification' | 'exit' | 'dismiss';
  reason: string;
  /** For a rectification: the deadline the authority sets. */
  deadline?: string | undefined;
}

const alreadyActed = () => new AppError(409, 'GROUND_ACTED', '已处理', '该依据已经有人处理，请刷新后查看');

export async function actOnGround(ctx: CaseContext, today: string, input: ActInput) {
  const actor = ctx.caller as Actor | null;
  if (!actor || actor.role !== 'authority_staff' || !actor.authorityId)
    throw forbidden('只有监管部门可以处理监管依据');
  const { items } = await listGrounds(ctx.db, actor, today);
  const g = items.find((i) => i.key === input.key);
  if (!g) throw notFound('监管依据');
  if (g.state !== 'open') throw alreadyActed();
  if (input.action === 'rectification' && !input.deadline)
    throw invalid('DEADLINE_REQUIRED', '责令整改须设定整改期限', [
      { path: 'deadline', message: '责令整改须设定整改期限' },
    ]);

  const what = `${g.programmeName ? `${g.institutionName}「${g.programmeName}」` : g.institutionName}：${g.message_zh}`;
  let caseId: string | null = null;
  if (input.action === 'violation_case') {
    // The case engine opens its own transaction; the ground is recorded right after (a race that loses
    // leaves the opened case in the violation list, and this call answers 409 naming it).
    const opened = await openProcedureCase(ctx, {
      procedure: 'violation-case',
      input: { subject: 'institution', origin: 'ground', institutionId: g.institutionId, summary: `系统依据：${what}`.slice(0, 2000) },
    }); // prettier-ignore
    caseId = opened.id;
  }
  if (input.action === 'exit') {
    // Issue 15 point 4: the exit route is the ordered-exit procedure (1x-exit §7 revocation by the 1+X
    // office; gz-rules §15 ordered termination), opened here and linked like a violation case.
    const opened = await openProcedureCase(ctx, {
      procedure: 'ordered-exit',
      input: { institutionId: g.institutionId, origin: 'ground', summary: `系统依据：${what}。${input.reason}`.slice(0, 2000) },
    }); // prettier-ignore
    caseId = opened.id;
  }
  const db = ctx.db as Kysely<DB>;
  const id = randomUUID();
  try {
    await db.transaction().execute(async (trx) => {
      const audit = { caller: actor, requestId: ctx.requestId };
      const rectification =
        input.action === 'rectification'
          ? await openRectification(trx, audit, {
              authorityId: actor.authorityId!,
              institutionId: g.institutionId,
              programmeSeq: g.programmeSeq === 0 ? null : g.programmeSeq,
              source: 'ground',
              sourceId: id,
              subject: `${what}。${input.reason}`.slice(0, 2000),
              deadline: input.deadline!,
              citations: g.citations,
            })
          : null;
      const row = {
        id,
        authority_id: actor.authorityId!,
        institution_id: g.institutionId,
        programme_seq: g.programmeSeq,
        rule_id: g.ruleId,
        since: g.since,
        raised_on: today,
        evidence: JSON.stringify({
          message_zh: g.message_zh,
          message_en: g.message_en,
          evidence: g.evidence,
        }),
        state: input.action === 'dismiss' ? ('dismissed' as const) : ('acted' as const),
        action: input.action === 'dismiss' ? null : input.action,
        case_id: caseId,
        rectification_id: rectification?.id ?? null,
        reason: input.reason,
        acted_by: actor.userId,
      };
      await trx.insertInto('supervision_grounds').values(row).execute();
      await writeAudit(trx, audit, {
        entity: 'supervision_ground',
        entityId: id,
        action: input.action,
        after: { ...row, evidence: g.evidence },
        citations: g.citations,
      });
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw caseId
        ? new AppError(
            409,
            'GROUND_ACTED',
            '已处理',
            `该依据已经有人处理；本次已立案的案件请在${input.action === 'exit' ? '责令终止与取消资格' : '违纪违规处理'}中结案（${caseId}）`,
          )
        : alreadyActed();
    throw err;
  }
  return { id, key: groundKey(g), caseId };
}
