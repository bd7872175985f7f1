// 1+X programme operations (issue 14 point 3): the organisation records what it does for each certificate
// programme — exam sites and their filing (1x-selection §22), schools implementing it each year, dated
// versions of the standard, teaching materials and question bank (§17, §19, §28(4)), the published fee
// standard (§24, §28(2)), teacher training (§20), companies recognising the certificate (§17) and the
// evaluations held. A record is never edited: a wrong one is withdrawn with a reason (kept, audited).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, ProgrammeOperationKind } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { AppError, forbidden, invalid, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { todayInChina } from '../registry/registry-context.js';
import { KINDS } from './kinds.js';
import { organisationFor } from './organisation-access.js';

export interface RecordOperationInput {
  kind: ProgrammeOperationKind;
  programmeSeq: number | null;
  occurredOn: string;
  details: Record<string, unknown>;
}

export async function recordProgrammeOperation(
  db: Kysely<DB>,
  actor: Actor,
  institutionId: string,
  input: RecordOperationInput,
  requestId?: string,
) {
  const { org, write } = await organisationFor(db, actor, institutionId);
  if (!write) throw forbidden('项目运行数据由培训评价组织自行填报，监管部门只读');
  const spec = KINDS[input.kind];
  if (input.programmeSeq === null && spec.perProgramme === 'required')
    throw invalid('PROGRAMME_REQUIRED', `${spec.name_zh}须选择证书`, [
      { path: 'programmeSeq', message: `${spec.name_zh}须选择证书` },
    ]);
  if (input.programmeSeq !== null && !org.programmes.some((p) => p.seq === input.programmeSeq))
    throw invalid('PROGRAMME_UNKNOWN', '该证书不在本组织的证书清单中', [
      { path: 'programmeSeq', message: '该证书不在本组织的证书清单中' },
    ]);
  if (input.occurredOn > todayInChina())
    throw invalid('DATE_IN_FUTURE', `${spec.date_zh}不能晚于今天`, [
      { path: 'occurredOn', message: `${spec.date_zh}不能晚于今天` },
    ]);
  const parsed = spec.details.safeParse(input.details);
  if (!parsed.success)
    throw invalid(
      'DETAILS_INVALID',
      `${spec.name_zh}的内容不符合要求`,
      parsed.error.issues.map((i) => ({ path: ['details', ...i.path].join('.'), message: i.message })),
    );
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    const row = {
      id,
      institution_id: org.institutionId,
      entry_id: org.entryId,
      programme_seq: input.programmeSeq,
      kind: input.kind,
      occurred_on: input.occurredOn,
      details: JSON.stringify(parsed.data),
      recorded_by: actor.userId,
    };
    await trx.insertInto('programme_operations').values(row).execute();
    await writeAudit(
      trx,
      { caller: actor, requestId },
      {
        entity: 'programme_operation',
        entityId: id,
        action: 'record',
        after: { ...row, details: parsed.data },
        citations: spec.citations,
      },
    );
  });
  return { id };
}

export async function withdrawProgrammeOperation(
  db: Kysely<DB>,
  actor: Actor,
  institutionId: string,
  id: string,
  reason: string,
  requestId?: string,
) {
  const { org, write } = await organisationFor(db, actor, institutionId);
  if (!write) throw forbidden('项目运行数据由培训评价组织自行填报，监管部门只读');
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('programme_operations')
      .selectAll()
      .where('id', '=', id)
      .where('institution_id', '=', org.institutionId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound('运行记录');
    if (row.withdrawn_at) throw new AppError(409, 'ALREADY_WITHDRAWN', '已撤回', '该记录已经撤回');
    await trx
      .updateTable('programme_operations')
      .set({ withdrawn_at: new Date(), withdrawn_by: actor.userId, withdrawal_reason: reason })
      .where('id', '=', id)
      .execute();
    await writeAudit(
      trx,
      { caller: actor, requestId },
      {
        entity: 'programme_operation',
        entityId: id,
        action: 'withdraw',
        after: { reason },
        citations: KINDS[row.kind].citations,
      },
    );
  });
}

export async function listProgrammeOperations(db: Kysely<DB>, actor: Actor, institutionId: string) {
  const { org, write } = await organisationFor(db, actor, institutionId);
  const rows = await db
    .selectFrom('programme_operations')
    .select(['id', 'programme_seq', 'kind', 'occurred_on', 'details', 'recorded_at', 'withdrawn_at', 'withdrawal_reason'])
    .where('institution_id', '=', org.institutionId)
    .orderBy('occurred_on', 'desc')
    .orderBy('recorded_at', 'desc')
    .limit(2000)
    .execute(); // prettier-ignore
  return {
    organisation: {
      institutionId: org.institutionId,
      name: org.name,
      approvedOn: org.approvedOn,
      programmes: org.programmes,
    },
    mayRecord: write,
    items: rows.map((r) => ({
      id: r.id,
      programmeSeq: r.programme_seq,
      kind: r.kind,
      occurredOn: String(r.occurred_on).slice(0, 10),
      details: r.details,
      recordedAt: new Date(r.recorded_at).toISOString(),
      withdrawn: r.withdrawn_at !== null,
      withdrawalReason: r.withdrawal_reason,
    })),
  };
}
