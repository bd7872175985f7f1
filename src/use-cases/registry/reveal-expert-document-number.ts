// The full document number of an expert, for the expert's keeper (revealPersonalData); every reveal is
// audited, without the number itself (security.md "Personal data").
import { notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { expertPolicy } from '../../policies/expert.policy.js';
import { findExpertDocument } from '../../persistence/experts.repository.js';
import { allow, auditContext, requireActor, type RegistryContext } from './registry-context.js';
import { loadExpert } from './expert-view.js';
import type { RevealedDocument } from './reveal-staff-document-number.js';

export async function revealExpertDocumentNumber(
  ctx: RegistryContext,
  expertId: string,
): Promise<RevealedDocument> {
  const actor = requireActor(ctx);
  const expert = await loadExpert(ctx.db, actor, expertId);
  allow(expert.abilities.revealPersonalData, '当前账号无权查看完整证件号码');
  const doc = await findExpertDocument(ctx.db, expertPolicy.scope(actor), expertId);
  if (!doc?.enc || !doc.idDocType) throw notFound('证件号码');
  const idNumber = ctx.personalData.reveal(doc.enc);
  await ctx.db.transaction().execute((trx) =>
    writeAudit(trx, auditContext(ctx), {
      entity: 'expert',
      entityId: expertId,
      action: 'reveal_personal_data',
      after: { field: 'id_number', idDocType: doc.idDocType },
    }),
  );
  return { idDocType: doc.idDocType, idNumber };
}
