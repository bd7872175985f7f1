// Opens a case of a procedure in its initial state: a reference number of the prefix and year
// (黔人社评备申〔2026〕0001号, gap-free), the first event, any clock of the initial state, and the audit
// row — one transaction. Only a role the machine allows to open it may (the applicant by default).
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { forbidden } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { builtInCalendar, type WorkingDayCalendar } from '../../calendar/calendar-data.js';
import {
  appendCaseEvent,
  insertCase,
  insertDeadline,
  nextNumber,
  type CaseRecord,
} from '../../persistence/cases.repository.js';
import { documentNumber } from '../../documents/decision-document.js';
import { caseRolesOf } from '../../workflows/case-roles.js';
import { chinaDate, clockLength, startDeadline, type ParameterLookup } from '../../workflows/deadline.js';
import { clockName } from '../../workflows/clock-effects.js';
import type { Machine, StateDef } from '../../workflows/machine.js';

export interface OpenCaseInput<S extends string, E extends string, D, C> {
  machine: Machine<S, E, D, C>;
  caller: Actor;
  institutionId: string;
  authorityId: string;
  jurisdictionCode: string;
  branchId?: string;
  parentCaseId?: string;
  /** Prefix of the case reference, e.g. 黔人社评备申. */
  referencePrefix: string;
  data: D;
  parameters: ParameterLookup;
  calendar?: WorkingDayCalendar;
  requestId?: string;
  now?: Date;
  /** A violation case an institution determines: its staff are the deciding body (case-roles.ts). */
  deciderInstitutionId?: string | null;
}

export async function openCase<S extends string, E extends string, D, C>(
  db: Kysely<DB>,
  input: OpenCaseInput<S, E, D, C>,
): Promise<CaseRecord> {
  const { machine, caller } = input;
  const applicantAuthorityId = (input.data as { applicantAuthorityId?: unknown } | null)
    ?.applicantAuthorityId;
  const roles = caseRolesOf(caller, {
    ...input,
    applicantAuthorityId: typeof applicantAuthorityId === 'string' ? applicantAuthorityId : null,
    deciderInstitutionId: input.deciderInstitutionId ?? null,
  });
  const allowed = machine.openedBy ?? ['applicant'];
  if (!roles.some((r) => allowed.includes(r))) throw forbidden('当前账号不能为该单位提出此项申请');
  const now = input.now ?? new Date();
  const today = chinaDate(now);
  const initial = (machine.states as Record<string, StateDef>)[machine.initial]!;

  return db.transaction().execute(async (trx) => {
    const year = Number(today.slice(0, 4));
    const referenceNo = documentNumber(
      input.referencePrefix,
      year,
      await nextNumber(trx, input.referencePrefix, year),
      4,
    );
    const created = await insertCase(trx, {
      procedure: machine.id,
      referenceNo,
      institutionId: input.institutionId,
      branchId: input.branchId ?? null,
      authorityId: input.authorityId,
      jurisdictionCode: input.jurisdictionCode,
      parentCaseId: input.parentCaseId ?? null,
      state: machine.initial,
      awaiting: initial.awaiting ?? null,
      data: input.data as Record<string, unknown>,
      createdBy: caller.userId,
      createdAt: now,
      deciderInstitutionId: input.deciderInstitutionId ?? null,
    });
    await appendCaseEvent(trx, {
      caseId: created.id,
      seq: 1,
      event: 'open',
      fromState: null,
      toState: machine.initial,
      actorUserId: caller.userId,
      actorRole: roles.find((r) => allowed.includes(r))!,
      citations: [],
      findings: [],
      payload: null,
      comment: null,
      requestId: input.requestId ?? null,
      occurredAt: now,
    });
    if (initial.clock) {
      const spec = initial.clock;
      const n = clockLength(spec, today, input.parameters);
      const name = clockName(machine.initial, spec);
      await insertDeadline(
        trx,
        created.id,
        startDeadline(
          { name, spec, awaiting: initial.awaiting ?? null, startDate: today, n },
          input.calendar ?? builtInCalendar(),
        ),
      );
    }
    await writeAudit(
      trx,
      { caller, requestId: input.requestId },
      {
        entity: 'case',
        entityId: created.id,
        action: 'open',
        after: {
          procedure: machine.id,
          referenceNo,
          state: created.state,
          version: created.version,
          data: created.data,
        },
      },
    );
    return created;
  });
}
