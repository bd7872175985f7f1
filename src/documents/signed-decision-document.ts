// What SkillReg stores for a decision document (issue 12 point 3): the PDF of render-decision-document.ts,
// signed as PAdES by the document-signing identity (decision 0036), at the document's date.
import { DOCUMENT_KIND_ZH, type DecisionDocument } from './decision-document.js';
import { documentSigningIdentity, type DocumentSigningIdentity } from './document-signing-identity.js';
import { signPdf } from './pdf-signature.js';
import { renderWithLayout } from './render-decision-document.js';

export async function renderSignedDecisionDocument(
  d: DecisionDocument,
  identity?: DocumentSigningIdentity,
): Promise<Buffer> {
  const signer = identity ?? (await documentSigningIdentity());
  // The issue date at 00:00 China time, as the document's Info dates: the same document, the same bytes.
  const signingTime = new Date(`${d.date}T00:00:00+08:00`);
  const { pdf } = await renderWithLayout(d, {
    name: signer.commonName,
    reason: `${d.issuer} ${DOCUMENT_KIND_ZH[d.kind]} ${d.number}`,
    location: 'SkillReg 技能人才评价机构监管平台',
    signingTime,
  });
  return signPdf(pdf, signer, signingTime);
}
