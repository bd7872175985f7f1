// Raises a lead in an authority's ledger (工作台账; 1x-selection §26, 1x-exit §7(1), dept-pilot 四(三),
// mohrss-filing 一(十七) / 二(十三)): a public complaint, a call to the hotline, a letter, a finding of
// the certificate platform or a biweekly report, an inspection's finding, a breach the system detected
// (mohrss-violations §15 ¶2). The lead starts 'received'; its first history row and its audit row commit
// with it. Other features (inspections, the §15 ¶2 detector) call this inside their own transaction.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB, LeadSource } from '../../persistence/schema.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import { LEAD_CITATIONS } from './lead-citations.js';
import { leadInputProblem } from './lead-errors.js';
import { appendLeadEvent } from './lead-events.js';

export type { LeadSource } from '../../persistence/schema.js';

export interface RaiseLeadInput {
  source: LeadSource;
  authorityId: string;
  institutionId?: string | null;
  summary: string;
  sourceRef?: string | null;
  /** YYYY-MM-DD: the day the lead reached the authority. */
  receivedOn: string;
  /** Whom it is about when no institution of the directory is named (a complaint's free text). */
  subjectText?: string | null;
  /** Public complaints: SHA-256 of the tracking code and the encrypted contact details. */
  trackingHash?: string | null;
  contactEnc?: string | null;
  /** The §15 ¶2 alert this lead stands for. */
  dataAccessAlertId?: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function raiseLead(
  trx: Transaction<DB>,
  audit: AuditContext,
  input: RaiseLeadInput,
): Promise<{ id: string }> {
  const summary = input.summary.trim();
  if (summary.length < 2 || summary.length > 5000) {
    throw leadInputProblem('summary', '线索内容须为 2–5000 字', 'The lead must be 2–5000 characters');
  }
  if (!DATE.test(input.receivedOn) || Number.isNaN(Date.parse(`${input.receivedOn}T00:00:00Z`))) {
    throw leadInputProblem('receivedOn', '收到日期无效', 'The date received is not a valid date');
  }
  if (input.institutionId) {
    const found = await trx
      .selectFrom('institutions')
      .select('id')
      .where('id', '=', input.institutionId)
      .executeTakeFirst();
    if (!found) throw leadInputProblem('institutionId', '所涉机构不存在', 'No such institution');
  }
  const id = randomUUID();
  const row = {
    id,
    authority_id: input.authorityId,
    institution_id: input.institutionId ?? null,
    subject_text: input.subjectText?.trim() || null,
    source: input.source,
    source_ref: input.sourceRef?.trim() || null,
    summary,
    received_on: input.receivedOn,
    tracking_hash: input.trackingHash ?? null,
    contact_enc: input.contactEnc ?? null,
    data_access_alert_id: input.dataAccessAlertId ?? null,
  };
  await trx.insertInto('leads').values(row).execute();
  await appendLeadEvent(trx, audit, {
    leadId: id,
    action: 'raise',
    fromStatus: null,
    toStatus: 'received',
    authorityId: input.authorityId,
    onDate: input.receivedOn,
    note: null,
    details: { source: input.source },
  });
  // The audit row never carries the contact details, not even encrypted: only that there are some.
  const { contact_enc, tracking_hash, ...shown } = row;
  await writeAudit(trx, audit, {
    entity: 'lead',
    entityId: id,
    action: 'raise',
    after: {
      ...shown,
      status: 'received',
      hasContact: contact_enc !== null,
      tracked: tracking_hash !== null,
    },
    citations: LEAD_CITATIONS[input.source],
  });
  return { id };
}
