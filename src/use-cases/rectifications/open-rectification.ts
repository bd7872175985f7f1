// Opens a rectification order (责令限期整改): from a lead (1x-selection §26 督促…整改), an inspection
// (§25), a monitoring rating (§27, 1x-exit §5(6)), a violation case (mohrss-violations §13) or a ground
// (1x-exit §5). The deadline is the authority's (no text sets one for these orders): it must be a date
// from today on. Other features call this inside their own transaction; the audit row commits with it.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB, RectificationSource } from '../../persistence/schema.js';
import type { Citation } from '../../domain/citation.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import { todayInChina } from '../registry/registry-context.js';
import { rectificationInputProblem } from './rectification-errors.js';

export interface OpenRectificationInput {
  authorityId: string;
  institutionId: string;
  programmeSeq?: number | null;
  source: RectificationSource;
  sourceId: string;
  subject: string;
  /** YYYY-MM-DD, from today (Beijing) on. */
  deadline: string;
  citations: Citation[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (s: string): boolean =>
  DATE.test(s) &&
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
  new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

export async function openRectification(
  trx: Transaction<DB>,
  audit: AuditContext,
  input: OpenRectificationInput,
): Promise<{ id: string }> {
  const today = todayInChina();
  const subject = input.subject.trim();
  if (subject.length < 2 || subject.length > 2000) {
    throw rectificationInputProblem(
      'subject',
      '整改事项须为 2–2000 字',
      'The matter to rectify must be 2–2000 characters',
    );
  }
  if (!isDate(input.deadline) || input.deadline < today) {
    throw rectificationInputProblem(
      'deadline',
      `整改期限须为今天（${today}）或以后的日期`,
      `The deadline must be a date from today (${today}) on`,
    );
  }
  const institution = await trx
    .selectFrom('institutions')
    .select('id')
    .where('id', '=', input.institutionId)
    .executeTakeFirst();
  if (!institution) {
    throw rectificationInputProblem('institutionId', '被责令整改的机构不存在', 'No such institution');
  }
  const id = randomUUID();
  const row = {
    id,
    authority_id: input.authorityId,
    institution_id: input.institutionId,
    programme_seq: input.programmeSeq ?? null,
    source: input.source,
    source_id: input.sourceId,
    subject,
    opened_on: today,
    deadline: input.deadline,
    citations: JSON.stringify(input.citations),
    opened_by: audit.caller?.userId ?? null,
  };
  await trx.insertInto('rectifications').values(row).execute();
  await writeAudit(trx, audit, {
    entity: 'rectification',
    entityId: id,
    action: 'open',
    after: { ...row, citations: input.citations, status: 'open' },
    citations: input.citations,
  });
  return { id };
}
