// A lead entered by the authority's staff (1x-exit §7(1): hotline, letters, the certificate platform,
// biweekly reports; inspections; breaches found otherwise), in its own ledger.
import type { Kysely } from 'kysely';
import type { DB, LeadSource } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { raiseLead } from './raise-lead.js';
import { requireAuthorityStaff } from './lead-access.js';
import { leadInputProblem } from './lead-errors.js';
import { todayInChina } from '../registry/registry-context.js';

export async function enterLead(
  db: Kysely<DB>,
  actor: Actor,
  input: {
    source: LeadSource;
    institutionId?: string | null | undefined;
    subjectText?: string | undefined;
    summary: string;
    sourceRef?: string | undefined;
    receivedOn: string;
  },
  requestId?: string,
) {
  const authorityId = requireAuthorityStaff(actor);
  if (input.receivedOn > todayInChina())
    throw leadInputProblem('receivedOn', '收到日期不能晚于今天', 'The date received cannot be in the future');
  if (!input.institutionId && !(input.subjectText ?? '').trim()) {
    throw leadInputProblem(
      'institutionId',
      '请选择所涉机构或写明所涉单位',
      'Choose the institution or name whom the lead is about',
    );
  }
  return db
    .transaction()
    .execute((trx) =>
      raiseLead(
        trx,
        { caller: actor, requestId },
        { ...input, authorityId, institutionId: input.institutionId ?? null },
      ),
    );
}
