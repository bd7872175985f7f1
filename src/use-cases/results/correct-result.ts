// After a session is closed its results change only through a recorded correction (issue 11 point 4):
// who, when, why, the subject's result before and after, and the overall result before and after — a
// correction that turns a pass into a fail (or back) is shown as such. A candidate who already holds a
// certificate from the session is refused: the certificate stands on the result, and undoing it is a
// decision of its own (mohrss-violations §8: the institution or the authority declares the result void
// and deals with the certificate) that the certificate wing records, not a correction of a score.
import { randomUUID } from 'node:crypto';
import { AppError, english, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import {
  candidateResultsOf,
  hasCertificate,
  insertCorrection,
  passMarksOf,
  upsertSubjectResult,
} from '../../persistence/results.repository.js';
import { mv } from '../../rules/mohrss-violations/rule.js';
import { cancelsAllSubjects } from '../../rules/mohrss-violations/session-results.js';
import { auditContext, todayInChina, type RegistryContext } from '../registry/registry-context.js';
import { requireRunner, sessionInScope } from '../session-staff/session-access.js';
import { recomputeOverall, type Overall } from './overall-result.js';
import { checkResultInput, type ResultInput } from './result-input.js';
import { getSessionResults, type SessionResultsView } from './session-results.js';
import { invalidIn } from './enter-results.js';

export async function correctResult(
  ctx: RegistryContext,
  sessionId: string,
  candidateId: string,
  input: ResultInput & { reason: string },
): Promise<
  SessionResultsView & { correction: { overallBefore: Overall; overallAfter: Overall; flipped: boolean } }
> {
  const { actor, session } = await sessionInScope(ctx, sessionId);
  const [candidate] = await candidateResultsOf(ctx.db, sessionId, candidateId);
  if (!candidate) throw notFound('考生');
  requireRunner(actor, session, '更正成绩');
  if (session.status !== 'closed')
    throw new AppError(
      409,
      'SESSION_NOT_CLOSED',
      '评价批次未关闭',
      session.status === 'planned'
        ? '批次尚未关闭，请直接修改成绩；更正只用于关闭后的成绩'
        : '已取消的批次没有成绩可更正',
      undefined,
      english(
        'The session is not closed',
        session.status === 'planned'
          ? 'The session is not closed yet: change the results directly; a correction is for results after closing.'
          : 'A cancelled session has no results to correct.',
      ),
    );
  if (await hasCertificate(ctx.db, candidateId))
    throw new AppError(
      409,
      'CERTIFICATE_ISSUED',
      '已颁发证书',
      `${candidate.name} 已凭本批次成绩取得证书，不能更正成绩；如成绩有误，须先由评价机构或监管部门宣布评价成绩无效并处理证书（《技能人才评价违纪违规行为处理工作指引（试行）》第八条）`,
      undefined,
      english(
        'A certificate has been issued',
        `${candidate.name} holds a certificate on this session’s results, so the result cannot be corrected; if it is wrong, the institution or the authority first declares the result void and deals with the certificate (mohrss-violations §8).`,
      ),
    );
  const marks = await passMarksOf(ctx.db, sessionId);
  const c = checkResultInput(session.subjects, marks, input);
  if (!c.ok)
    throw invalidIn(
      'INVALID_RESULT',
      `${candidate.name}：${c.message}`,
      `${candidate.name}: ${c.message_en}`,
      {
        path: `body.${c.field}`,
        message: c.message,
        message_en: c.message_en,
      },
    );
  const reason = input.reason.trim();
  if (reason.length < 4)
    throw invalidIn(
      'CORRECTION_REASON',
      '更正须写明理由（至少 4 个字）',
      'A correction states its reason (at least 4 characters).',
      { path: 'body.reason', message: '更正须写明理由', message_en: 'State the reason for the correction' },
    );
  const after = c.value;
  const targets =
    after.outcome === 'cancelled' && cancelsAllSubjects(after.cancelArticle!)
      ? session.subjects.map((subject) => ({ ...after, subject }))
      : [after];
  const none = { outcome: null, score: null, cancelArticle: null, cancelReason: null };
  const today = todayInChina(ctx.now);
  const overallAfter = await ctx.db.transaction().execute(async (trx) => {
    const changes = [];
    for (const t of targets) {
      const before = candidate.results.find((r) => r.subject === t.subject);
      await upsertSubjectResult(trx, {
        ...t,
        candidateId,
        sessionId,
        institutionId: session.institutionId,
        by: actor.userId,
      });
      changes.push({ before: before ?? { subject: t.subject, ...none }, after: t });
    }
    const overall = await recomputeOverall(trx, session, today, candidateId);
    const overallAfter = overall[0]?.after ?? candidate.overallResult;
    for (const ch of changes)
      await insertCorrection(trx, {
        id: randomUUID(),
        candidateId,
        sessionId,
        institutionId: session.institutionId,
        subject: ch.after.subject,
        before: ch.before as never,
        after: ch.after,
        overallBefore: candidate.overallResult,
        overallAfter,
        reason,
        by: actor.userId,
      });
    await writeAudit(trx, auditContext(ctx), {
      entity: 'candidate',
      entityId: candidateId,
      action: 'correct_result',
      before: { results: changes.map((x) => x.before), overall: candidate.overallResult },
      after: { results: changes.map((x) => x.after), overall: overallAfter, reason },
      citations: [mv(12, 1)],
    });
    return overallAfter;
  });
  return {
    ...(await getSessionResults(ctx, sessionId)),
    correction: {
      overallBefore: candidate.overallResult,
      overallAfter,
      flipped: candidate.overallResult !== overallAfter,
    },
  };
}
