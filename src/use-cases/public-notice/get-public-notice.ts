// One notice, shaped for who is looking (notice-view.ts). When the deciding authority opens it, the
// objectors' names and contacts are decrypted for it — a read of personal data, audited.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { PersonalDataProtector } from '../../identity/personal-data.js';
import { findCase } from '../../persistence/cases.repository.js';
import { findNotice, listObjections } from '../../persistence/public-notices.repository.js';
import { canReadCase, caseRolesOf } from '../../workflows/case-roles.js';
import { chinaDate } from '../../workflows/deadline.js';
import { partiesOf } from '../workflow/case-parties.js';
import { noticeDetailView, type NoticeViewer } from './notice-view.js';

export async function getPublicNotice(
  db: Kysely<DB>,
  personalData: PersonalDataProtector,
  input: { caller: Caller; noticeId: string; requestId?: string; now?: Date },
) {
  const notice = await findNotice(db, input.noticeId);
  if (!notice) throw notFound('公示');
  const today = chinaDate(input.now ?? new Date());
  const c = await findCase(db, notice.caseId);
  const parties = c ? partiesOf(c) : null;
  const roles = input.caller && parties ? caseRolesOf(input.caller, parties) : [];
  const viewer: NoticeViewer = roles.includes('authority')
    ? 'authority'
    : roles.includes('applicant')
      ? 'applicant'
      : input.caller && parties && canReadCase(input.caller, parties)
        ? 'reader'
        : 'public';
  const objections = await listObjections(db, notice.id);
  if (viewer === 'authority' && objections.length > 0) {
    await db.transaction().execute((trx) =>
      writeAudit(
        trx,
        { caller: input.caller, requestId: input.requestId },
        {
          entity: 'public_notice',
          entityId: notice.id,
          action: 'reveal_objectors',
          after: { objections: objections.map((o) => o.seq) },
        },
      ),
    );
  }
  return noticeDetailView(notice, objections, today, viewer, (enc) => personalData.reveal(enc));
}
