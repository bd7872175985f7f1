// The one way the staff and results use cases reach a session: found in the caller's scope (outside it
// the answer is exactly a random id's — 404), and, for a change, run by the caller's own institution.
// Refusals of a check carry the failed findings with their articles, as the opening check's do; every
// refusal here has its English twin (title_en/detail_en) for the English interface.
import { AppError, english, forbidden, notFound } from '../../domain/errors.js';
import { formatCitation, formatCitationZh } from '../../domain/citation.js';
import type { Actor } from '../../policies/actor.js';
import { evaluationSessionPolicy } from '../../policies/evaluation-session.policy.js';
import {
  findEvaluationSession,
  type EvaluationSessionRecord,
} from '../../persistence/evaluation-sessions.repository.js';
import { allRegimes } from '../../rules/catalogue.js';
import type { Finding } from '../../rules/finding.js';
import { findingView } from '../../rules/catalogue-view.js';
import { requireActor, type RegistryContext } from '../registry/registry-context.js';

export async function readableSession(
  ctx: RegistryContext,
): Promise<(id: string) => Promise<{ actor: Actor; session: EvaluationSessionRecord }>> {
  const actor = requireActor(ctx);
  return async (id) => {
    const session = await findEvaluationSession(ctx.db, evaluationSessionPolicy.scope(actor), id);
    if (!session) throw notFound('评价批次');
    return { actor, session };
  };
}

export async function sessionInScope(
  ctx: RegistryContext,
  id: string,
): Promise<{ actor: Actor; session: EvaluationSessionRecord }> {
  return (await readableSession(ctx))(id);
}

/** The caller's own institution runs the session (authorities read it). */
export const runsSession = (actor: Actor, s: EvaluationSessionRecord): boolean =>
  actor.role === 'institution_staff' && actor.institutionId === s.institutionId;

export function requireRunner(actor: Actor, s: EvaluationSessionRecord, what: string): void {
  if (!runsSession(actor, s)) throw forbidden(`${what}由开设该批次的评价机构办理`);
}

/** `what` names the change in Chinese and `whatEn` in English ("enter results"). */
export const sessionNotOpen = (status: string, what: string, whatEn: string): AppError =>
  new AppError(
    409,
    'SESSION_NOT_PLANNED',
    '评价批次已结束',
    status === 'closed'
      ? `该评价批次已关闭，不能再${what}${what.includes('成绩') ? '；关闭后的成绩只能经更正修改' : ''}`
      : `该评价批次已取消，不能再${what}`,
    undefined,
    english(
      'The session has ended',
      status === 'closed'
        ? `The session is closed: you can no longer ${whatEn}${what.includes('成绩') ? '; after closing, results change only through a correction' : ''}.`
        : `The session is cancelled: you can no longer ${whatEn}.`,
    ),
  );

const regimeTitle = (source: string) => allRegimes.find((r) => r.source === source)?.title_zh ?? source;

/**
 * A check found the change one the articles forbid: the failed findings, each with its article — in
 * Chinese, and in English (each finding's message_en) beside it.
 */
export function checkRefused(
  code: string,
  title: string,
  check: string,
  asOf: string,
  failed: readonly Finding[],
  titleEn: string,
): AppError {
  const numbered = (i: number) => (failed.length > 1 ? `${i + 1}. ` : '');
  const lines = failed.map(
    (f, i) =>
      `${numbered(i)}${f.message_zh}（《${regimeTitle(f.citation.source)}》${formatCitationZh(f.citation)}）`,
  );
  const linesEn = failed.map((f, i) => `${numbered(i)}${f.message_en} (${formatCitation(f.citation)})`);
  return new AppError(422, code, title, `${title}：${lines.join('；')}`, undefined, {
    ...english(titleEn, `${titleEn}: ${linesEn.join('; ')}`),
    check,
    asOf,
    findings: failed.map(findingView),
  });
}
