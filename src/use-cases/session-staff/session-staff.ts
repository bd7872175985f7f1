// Staff on an evaluation session 批次工作人员 (issue 11 point 3): the institution puts its own staff on a
// planned session as 考务管理人员, 考评人员 or 质量督导员 — checked by
// mohrss-violations.session_staff.assignment (§12(2) the role and, for an assessor, the exact occupation ×
// level; §9 a running bar on any day of the session; §10 a revoked assessor card) against the staff-sanction
// register looked up by the keyed hash of the person's document number; the same person once per session;
// removed while the session is planned. Each change is one transaction with its audit row.
import { randomUUID } from 'node:crypto';
import { AppError, english, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { SessionDuty } from '../../persistence/schema.js';
import {
  deleteSessionStaff,
  findInstitutionStaff,
  insertSessionStaff,
  listSessionStaff as query,
  type SessionStaffRecord,
} from '../../persistence/session-staff.repository.js';
import { sanctionsOfPerson } from '../../persistence/staff-sanctions.repository.js';
import { evaluateCheck } from '../../rules/catalogue.js';
import { sessionStaffCheck } from '../../rules/mohrss-violations/session-staff.js';
import { findingView } from '../../rules/catalogue-view.js';
import type { Finding } from '../../rules/finding.js';
import { uniqueCitations } from '../../workflows/machine.js';
import {
  auditContext,
  isUniqueViolation,
  todayInChina,
  type RegistryContext,
} from '../registry/registry-context.js';
import {
  checkRefused,
  requireRunner,
  runsSession,
  sessionInScope,
  sessionNotOpen,
} from './session-access.js';

export interface SessionStaffView extends Omit<SessionStaffRecord, 'findings'> {
  check: { asOf: string; findings: ReturnType<typeof findingView>[] };
}

const view = (r: SessionStaffRecord): SessionStaffView => {
  const { findings, ...rest } = r;
  return {
    ...rest,
    check: { asOf: findings.asOf, findings: (findings.findings as Finding[]).map(findingView) },
  };
};

export async function listSessionStaff(
  ctx: RegistryContext,
  sessionId: string,
): Promise<{ items: SessionStaffView[]; abilities: { assign: boolean } }> {
  const { actor, session } = await sessionInScope(ctx, sessionId);
  const items = (await query(ctx.db, sessionId)).map(view);
  return { items, abilities: { assign: runsSession(actor, session) && session.status === 'planned' } };
}

export async function assignSessionStaff(
  ctx: RegistryContext,
  sessionId: string,
  input: { staffId: string; duty: SessionDuty },
): Promise<SessionStaffView> {
  const { actor, session } = await sessionInScope(ctx, sessionId);
  requireRunner(actor, session, '安排批次工作人员');
  if (session.status !== 'planned') throw sessionNotOpen(session.status, '安排工作人员', 'assign staff');
  // Staff of another institution answer what an unknown id answers.
  const person = await findInstitutionStaff(ctx.db, session.institutionId, input.staffId);
  if (!person) throw notFound('工作人员');
  if (!person.active)
    throw new AppError(
      422,
      'STAFF_INACTIVE',
      '工作人员已停用',
      `${person.name} 已停用，不能安排参加评价批次`,
      undefined,
      english('The staff member is inactive', `${person.name} is inactive and cannot be put on a session.`),
    );
  const sanctions = await sanctionsOfPerson(ctx.db, [person.hmac]);
  const today = todayInChina(ctx.now);
  const result = evaluateCheck(sessionStaffCheck.name, today, {
    duty: input.duty,
    session: {
      occupationCode: session.occupationCode,
      level: session.level,
      startsOn: session.startsOn,
      endsOn: session.endsOn,
    },
    roles: person.roles,
    sanctions: sanctions.map((s) => ({ kind: s.kind, fromOn: s.fromOn, toOn: s.toOn, article: s.article })),
  });
  const failed = result.findings.filter((f) => f.passed === false);
  if (failed.length > 0)
    throw checkRefused(
      'STAFF_REFUSED',
      `不得安排${person.name}参加该评价批次`,
      result.check,
      result.asOf,
      failed,
      `${person.name} may not be put on this session`,
    );

  const id = randomUUID();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      await insertSessionStaff(trx, {
        id,
        sessionId,
        institutionId: session.institutionId,
        staffId: person.id,
        duty: input.duty,
        findings: result,
        by: actor.userId,
      });
      const created = (await query(trx, sessionId)).find((r) => r.id === id)!;
      await writeAudit(trx, auditContext(ctx), {
        entity: 'session_staff',
        entityId: id,
        action: 'assign',
        after: created,
        citations: uniqueCitations(result.findings.map((f) => f.citation)),
      });
      return view(created);
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new AppError(
        409,
        'STAFF_ALREADY_ON_SESSION',
        '人员已在本批次',
        `${person.name} 已在本批次担任工作人员，同一人在一个批次只安排一次`,
        undefined,
        english(
          'Already on this session',
          `${person.name} already works on this session; a person is put on a session once.`,
        ),
      );
    throw err;
  }
}

export async function removeSessionStaff(ctx: RegistryContext, sessionId: string, id: string): Promise<void> {
  const { actor, session } = await sessionInScope(ctx, sessionId);
  const before = (await query(ctx.db, sessionId)).find((r) => r.id === id);
  if (!before) throw notFound('批次工作人员');
  requireRunner(actor, session, '调整批次工作人员');
  if (session.status !== 'planned') throw sessionNotOpen(session.status, '调整工作人员', 'change its staff');
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteSessionStaff(trx, sessionId, id))) throw notFound('批次工作人员');
    await writeAudit(trx, auditContext(ctx), {
      entity: 'session_staff',
      entityId: id,
      action: 'remove',
      before,
    });
  });
}
