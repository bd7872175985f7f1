// Registers a candidate 考生 on a planned session of the caller's institution (issue 11 point 2).
// load → authorize → validate the document (document-number.ts) → decide (registration-checks.ts: the
// ban register, mohrss-violations §6–7; a Guizhou school's student register, gz-rules §5(1)) → one
// transaction writing the candidate (document encrypted, keyed hash, masked), its findings and the audit
// row. The roster import calls registerInSession row by row.
import { randomUUID } from 'node:crypto';
import { forbidden, invalid } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { candidatePolicy } from '../../policies/candidate.policy.js';
import type { EvaluationSessionRecord } from '../../persistence/evaluation-sessions.repository.js';
import {
  candidateByDocument,
  findSessionCandidate,
  insertCandidate,
} from '../../persistence/candidates.repository.js';
import { uniqueCitations } from '../../workflows/machine.js';
import {
  auditContext,
  isUniqueViolation,
  requireActor,
  todayInChina,
  type RegistryContext,
} from '../registry/registry-context.js';
import { checkDocumentNumber } from '../registry/validate.js';
import {
  alreadyRegistered,
  candidateRefused,
  institutionNotInStanding,
  sessionNotOpenForCandidates,
} from './candidate-errors.js';
import { readStanding } from '../../persistence/standing.repository.js';
import { sessionInScope } from './candidate-session.js';
import { candidateView, type CandidateView } from './candidate-view.js';
import { institutionKindOf, runRegistrationChecks } from './registration-checks.js';

export interface RegisterCandidateInput {
  name: string;
  docType: string;
  docNumber: string;
}

/** Registers in a session already loaded and authorized; throws the refusal (422/409) otherwise. */
export async function registerInSession(
  ctx: RegistryContext,
  session: EvaluationSessionRecord,
  institutionKind: string,
  input: RegisterCandidateInput,
  paths = { name: 'body.name', docNumber: 'body.docNumber' },
): Promise<CandidateView> {
  const actor = requireActor(ctx);
  const today = todayInChina(ctx.now);
  const name = input.name.trim();
  if (name.length < 1 || name.length > 50)
    throw invalid('INVALID_NAME', `${paths.name}：姓名为 1–50 个字`, [
      { path: paths.name, message: '姓名为 1–50 个字' },
    ]);
  const doc = checkDocumentNumber(input.docType, input.docNumber, paths.docNumber, today);
  const hashes = ctx.personalData.lookupHashes(doc.number);
  const existing = await candidateByDocument(ctx.db, session.id, hashes);
  if (existing) throw alreadyRegistered(existing.status === 'withdrawn');

  const result = await runRegistrationChecks(ctx.db, session, institutionKind, hashes, today);
  const failed = result.findings.filter((f) => f.passed !== true);
  if (failed.length > 0) throw candidateRefused(today, failed);

  const id = randomUUID();
  const p = ctx.personalData.protect(doc.number);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      await insertCandidate(trx, {
        id,
        sessionId: session.id,
        institutionId: session.institutionId,
        name,
        docType: doc.type,
        docEnc: p.enc,
        docHmac: p.hmac,
        docMasked: p.masked,
        studentStatus: result.studentStatus,
        findings: {
          asOf: result.asOf,
          checks: result.checks,
          outcome: result.outcome,
          findings: result.findings,
        },
        createdBy: actor.userId,
      });
      const created = (await findSessionCandidate(trx, session.id, id))!;
      await writeAudit(trx, auditContext(ctx), {
        entity: 'candidate',
        entityId: id,
        action: 'register',
        after: created,
        citations: uniqueCitations(result.findings.map((f) => f.citation)),
      });
      return candidateView(created, candidatePolicy.abilities(actor, session));
    });
  } catch (err) {
    // Two requests for the same person at once: the unique index answers the second.
    if (isUniqueViolation(err)) throw alreadyRegistered(false);
    throw err;
  }
}

/** The session's institution (or branch) must still stand: the one standing (standing.repository.ts). */
export async function refuseUnlessInStanding(
  ctx: RegistryContext,
  session: EvaluationSessionRecord,
): Promise<void> {
  const standing = await readStanding(ctx.db, session.institutionId, session.branchId);
  if (standing && (standing.status === 'suspended' || standing.status === 'exited'))
    throw institutionNotInStanding(standing.status, standing.branchName ?? standing.institutionName);
}

export async function registerCandidate(
  ctx: RegistryContext,
  sessionId: string,
  input: RegisterCandidateInput,
): Promise<CandidateView> {
  const actor = requireActor(ctx);
  const session = await sessionInScope(ctx, sessionId);
  if (!candidatePolicy.abilities(actor, { ...session, status: 'planned' }).register)
    throw forbidden('考生由开设评价批次的机构登记');
  if (session.status !== 'planned') throw sessionNotOpenForCandidates();
  await refuseUnlessInStanding(ctx, session);
  return registerInSession(ctx, session, await institutionKindOf(ctx.db, session.institutionId), input);
}
