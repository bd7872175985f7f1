// The full document number of a staff member, for the roles that need it (revealPersonalData); every
// reveal is audited, without the number itself (security.md "Personal data").
import { notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { institutionPolicy } from '../../policies/institution.policy.js';
import { findStaffDocument } from '../../persistence/staff.repository.js';
import { allow, auditContext, requireActor, type RegistryContext } from './registry-context.js';
import { holderAbilities } from './branch-view.js';

export interface RevealedDocument {
  idDocType: string;
  idNumber: string;
}

export async function revealStaffDocumentNumber(
  ctx: RegistryContext,
  staffId: string,
): Promise<RevealedDocument> {
  const actor = requireActor(ctx);
  const doc = await findStaffDocument(ctx.db, institutionPolicy.scope(actor), staffId);
  if (!doc) throw notFound('工作人员');
  allow(
    (await holderAbilities(ctx.db, actor, doc.institutionId)).revealPersonalData,
    '当前账号无权查看完整证件号码',
  );
  const idNumber = ctx.personalData.reveal(doc.enc);
  await ctx.db.transaction().execute((trx) =>
    writeAudit(trx, auditContext(ctx), {
      entity: 'staff',
      entityId: staffId,
      action: 'reveal_personal_data',
      after: { field: 'id_number', idDocType: doc.idDocType },
    }),
  );
  return { idDocType: doc.idDocType, idNumber };
}
