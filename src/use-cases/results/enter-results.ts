// Entering what a session produced, while it is planned (issue 11 point 4), by the institution that runs
// it: the pass mark and full mark of each subject, from the standard (mohrss-violations §12(1): the
// institution applies the standard — SkillReg has no default and invents none), and the result of each
// registered candidate in each subject (score, absent, or cancelled under §5–7 with what happened). A
// cancellation under §6 or §7 takes every subject of the session (取消其当次全部科目评价成绩). Every change
// recomputes the overall results it touches in the same transaction, with its audit row.
import { AppError, english, notFound, type FieldProblem } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { EvaluationSubject } from '../../persistence/schema.js';
import {
  candidateResultsOf,
  passMarksOf,
  upsertPassMark,
  upsertSubjectResult,
} from '../../persistence/results.repository.js';
import { cancelsAllSubjects } from '../../rules/mohrss-violations/session-results.js';
import { mv } from '../../rules/mohrss-violations/rule.js';
import { parseCharge } from '../../rules/mohrss-violations/rule.js';
import { auditContext, todayInChina, type RegistryContext } from '../registry/registry-context.js';
import { requireRunner, sessionInScope, sessionNotOpen } from '../session-staff/session-access.js';
import { recomputeOverall } from './overall-result.js';
import { checkResultInput, SUBJECT_EN, SUBJECT_ZH, type ResultInput } from './result-input.js';
import { getSessionResults, type SessionResultsView } from './session-results.js';

export interface PassMarkInput {
  subject: EvaluationSubject;
  fullMark: number;
  passMark: number;
  source: string;
}

const twoDecimals = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-9;

export async function setPassMarks(
  ctx: RegistryContext,
  sessionId: string,
  marks: PassMarkInput[],
): Promise<SessionResultsView> {
  const { actor, session } = await sessionInScope(ctx, sessionId);
  requireRunner(actor, session, '录入合格分数线');
  if (session.status !== 'planned')
    throw sessionNotOpen(session.status, '修改合格分数线', 'change the pass marks');
  const seen = new Set<string>();
  marks.forEach((m, i) => {
    const path = `body.marks.${i}`;
    const bad = (field: string, message: string, message_en: string) =>
      invalidIn(
        'INVALID_PASS_MARK',
        `${SUBJECT_ZH[m.subject] ?? m.subject}：${message}`,
        `${SUBJECT_EN[m.subject] ?? 'Subject'}: ${message_en}`,
        { path: `${path}.${field}`, message, message_en },
      );
    if (!session.subjects.includes(m.subject))
      throw bad('subject', '本批次没有该科目', 'this session has no such subject');
    if (seen.has(m.subject)) throw bad('subject', '同一科目只能填写一次', 'a subject is entered once');
    seen.add(m.subject);
    if (!twoDecimals(m.fullMark) || !twoDecimals(m.passMark))
      throw bad('passMark', '分数最多保留两位小数', 'marks have at most two decimal places');
    if (m.passMark > m.fullMark)
      throw bad(
        'passMark',
        `合格分数线 ${m.passMark} 高于满分 ${m.fullMark}`,
        `the pass mark ${m.passMark} is above the full mark ${m.fullMark}`,
      );
  });
  const today = todayInChina(ctx.now);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await passMarksOf(trx, sessionId);
    for (const m of marks) await upsertPassMark(trx, sessionId, m, actor.userId);
    const changes = await recomputeOverall(trx, session, today);
    await writeAudit(trx, auditContext(ctx), {
      entity: 'evaluation_session',
      entityId: sessionId,
      action: 'set_pass_marks',
      before: { passMarks: before },
      after: { passMarks: await passMarksOf(trx, sessionId), overallChanges: changes },
      citations: [mv(12, 1)],
    });
  });
  return getSessionResults(ctx, sessionId);
}

export async function enterResults(
  ctx: RegistryContext,
  sessionId: string,
  candidateId: string,
  inputs: ResultInput[],
): Promise<SessionResultsView> {
  const { actor, session } = await sessionInScope(ctx, sessionId);
  const [candidate] = await candidateResultsOf(ctx.db, sessionId, candidateId);
  if (!candidate) throw notFound('考生');
  requireRunner(actor, session, '录入成绩');
  if (session.status !== 'planned') throw sessionNotOpen(session.status, '录入成绩', 'enter results');
  const marks = await passMarksOf(ctx.db, sessionId);
  const values = inputs.map((r, i) => {
    const c = checkResultInput(session.subjects, marks, r);
    if (!c.ok)
      throw invalidIn(
        'INVALID_RESULT',
        `${candidate.name}：${c.message}`,
        `${candidate.name}: ${c.message_en}`,
        {
          path: `body.results.${i}.${c.field}`,
          message: c.message,
          message_en: c.message_en,
        },
      );
    return c.value;
  });
  // §6, §7: one cancellation takes every subject of the session.
  const all = values.find((v) => v.outcome === 'cancelled' && cancelsAllSubjects(v.cancelArticle!));
  const written = all ? session.subjects.map((subject) => ({ ...all, subject })) : values;
  const today = todayInChina(ctx.now);
  await ctx.db.transaction().execute(async (trx) => {
    for (const v of written)
      await upsertSubjectResult(trx, {
        ...v,
        candidateId,
        sessionId,
        institutionId: session.institutionId,
        by: actor.userId,
      });
    const changes = await recomputeOverall(trx, session, today, candidateId);
    await writeAudit(trx, auditContext(ctx), {
      entity: 'candidate',
      entityId: candidateId,
      action: 'enter_results',
      before: { results: candidate.results, overall: candidate.overallResult },
      after: { results: written, overall: changes[0]?.after ?? candidate.overallResult },
      citations: written
        .filter((w) => w.cancelArticle)
        .map((w) => mv(parseCharge(w.cancelArticle!).article, parseCharge(w.cancelArticle!).item)),
    });
  });
  return getSessionResults(ctx, sessionId);
}

export const noResults = (): AppError =>
  new AppError(
    422,
    'NO_RESULTS',
    '未填写成绩',
    '请至少填写一个科目的结果',
    undefined,
    english('No results entered', 'Enter the result of at least one subject.'),
  );

/** 422 on one field, with the detail and the field's message in Chinese and in English. */
export const invalidIn = (code: string, detail: string, detailEn: string, field: FieldProblem): AppError =>
  new AppError(
    422,
    code,
    '数据不符合要求',
    detail,
    [field],
    english('The data does not meet the requirements', detailEn),
  );
