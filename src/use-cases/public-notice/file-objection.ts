// A member of the public objects to a notice (提出异议) — no account needed. Accepted from the day of
// publication to the last day of the period (China time), while the notice is open. The objector's
// name and contact are personal data: stored encrypted with masked copies (security.md); the audit row
// carries the masked copies only. Written under the case lock, so that an objection and the decision
// after the notice cannot cross: the decision's guard sees every objection filed before it.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { AppError, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { maskName, type PersonalDataProtector } from '../../identity/personal-data.js';
import { lockCase } from '../../persistence/cases.repository.js';
import { findNotice, insertObjection } from '../../persistence/public-notices.repository.js';
import { chinaDate } from '../../workflows/deadline.js';
import { acceptsObjections } from '../../workflows/public-notice/notice-period.js';

export interface FileObjectionInput {
  noticeId: string;
  name: string;
  contact: string;
  text: string;
  requestId?: string;
  now?: Date;
}

export interface FiledObjection {
  id: string;
  noticeId: string;
  seq: number;
  submittedOn: string;
  nameMasked: string;
}

export async function fileObjection(
  db: Kysely<DB>,
  personalData: PersonalDataProtector,
  input: FileObjectionInput,
): Promise<FiledObjection> {
  const today = chinaDate(input.now ?? new Date());
  const found = await findNotice(db, input.noticeId);
  if (!found) throw notFound('公示');
  return db.transaction().execute(async (trx) => {
    await lockCase(trx, found.caseId);
    const notice = (await findNotice(trx, input.noticeId))!;
    if (!acceptsObjections(notice, today))
      throw new AppError(
        409,
        'NOTICE_NOT_OPEN',
        '公示期已结束',
        notice.closedOn
          ? `该公示已于 ${notice.closedOn} 办结（${notice.outcome ?? ''}），不再受理异议`
          : `该公示的公示期至 ${notice.endsOn} 止，已不再受理异议`,
      );
    const name = input.name.trim();
    const contact = input.contact.trim();
    const protectedContact = personalData.protect(contact);
    const objection = await insertObjection(trx, {
      noticeId: notice.id,
      submitterNameEnc: personalData.protect(name).enc,
      submitterNameMasked: maskName(name),
      contactEnc: protectedContact.enc,
      contactMasked: protectedContact.masked,
      text: input.text.trim(),
      submittedOn: today,
    });
    await writeAudit(
      trx,
      { caller: null, requestId: input.requestId },
      {
        entity: 'objection',
        entityId: objection.id,
        action: 'file',
        after: {
          noticeId: notice.id,
          caseId: notice.caseId,
          seq: objection.seq,
          submitter: objection.submitterNameMasked,
          contact: objection.contactMasked,
          text: objection.text,
          submittedOn: today,
        },
        citations: notice.citations,
      },
    );
    return {
      id: objection.id,
      noticeId: notice.id,
      seq: objection.seq,
      submittedOn: today,
      nameMasked: objection.submitterNameMasked,
    };
  });
}
