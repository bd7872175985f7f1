// The deciding authority answers an objection (异议答复): what it found and whether the objection is
// founded. Only the authority deciding the notice's case may answer, once (a second answer, or a
// colleague's at the same moment, gets 409), and only while the notice is open — before the decision,
// whose guard requires every objection answered (src/workflows/public-notice/objections.ts).
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { AppError, forbidden, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { lockCase } from '../../persistence/cases.repository.js';
import {
  answerObjection as writeAnswer,
  findNotice,
  findObjection,
} from '../../persistence/public-notices.repository.js';
import { caseRolesOf } from '../../workflows/case-roles.js';
import type { ObjectionFinding } from '../../workflows/public-notice/objections.js';
import { partiesOf } from '../workflow/case-parties.js';

export interface AnswerObjectionInput {
  caller: Actor;
  noticeId: string;
  objectionId: string;
  answer: string;
  finding: ObjectionFinding;
  requestId?: string;
  now?: Date;
}

export async function answerObjection(
  db: Kysely<DB>,
  input: AnswerObjectionInput,
): Promise<{ id: string; seq: number; finding: ObjectionFinding; answeredAt: Date }> {
  const found = await findNotice(db, input.noticeId);
  if (!found) throw notFound('公示');
  return db.transaction().execute(async (trx) => {
    const c = await lockCase(trx, found.caseId);
    if (!c) throw notFound('公示');
    if (!caseRolesOf(input.caller, partiesOf(c)).includes('authority'))
      throw forbidden('只有作出决定的受理部门可以答复异议');
    const notice = (await findNotice(trx, input.noticeId))!;
    if (notice.closedOn !== null)
      throw new AppError(
        409,
        'NOTICE_CLOSED',
        '公示已办结',
        `该公示已于 ${notice.closedOn} 办结，不能再答复异议`,
      );
    const objection = await findObjection(trx, notice.id, input.objectionId);
    if (!objection) throw notFound('异议');
    const answeredAt = input.now ?? new Date();
    const answered = await writeAnswer(trx, {
      id: objection.id,
      answer: input.answer.trim(),
      finding: input.finding,
      answeredBy: input.caller.userId,
      answeredAt,
    });
    if (!answered)
      throw new AppError(
        409,
        'OBJECTION_ALREADY_ANSWERED',
        '异议已答复',
        `异议${objection.seq}已经答复，请刷新后查看`,
      );
    await writeAudit(
      trx,
      { caller: input.caller, requestId: input.requestId },
      {
        entity: 'objection',
        entityId: objection.id,
        action: 'answer',
        before: { answer: null },
        after: {
          noticeId: notice.id,
          caseId: notice.caseId,
          seq: objection.seq,
          answer: answered.answer,
          finding: input.finding,
        },
        citations: notice.citations,
      },
    );
    return { id: objection.id, seq: objection.seq, finding: input.finding, answeredAt };
  });
}
