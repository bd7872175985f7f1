// PAdES signatures on SkillReg's PDFs (decision 0036), with @signpdf: pdfkitAddPlaceholder reserves the
// signature dictionary (SubFilter ETSI.CAdES.detached, an 8 KB /Contents, an invisible widget on the
// first page, the AcroForm with SigFlags 3) while pdfkit writes the document, so the signature is part of
// the document's only revision; signPdf then fills /ByteRange and puts the CMS SignedData made by
// @signpdf/signer-p12 (node-forge: SHA-256, RSASSA-PKCS1-v1_5, the signer's certificate embedded) into
// /Contents (pdf-signer.ts repairs one node-forge flaw in it). The signing time is the caller's — the document's date — so the same document signed by
// the same identity gives the same bytes (RSASSA-PKCS1-v1_5 has no randomness).
import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import type { DocumentSigningIdentity } from './document-signing-identity.js';
import { RepairedP12Signer } from './pdf-signer.js';

export interface SignatureFields {
  /** /Name: the signer (the certificate's common name). */
  name: string;
  /** /Reason: what is signed, e.g. 备案回执 黔人社评备〔2026〕3号. */
  reason: string;
  /** /Location. */
  location: string;
  /** /M and the CMS signing time. */
  signingTime: Date;
}

/** Adds the signature dictionary and its invisible field; call after drawing, before doc.end(). */
export function addSignaturePlaceholder(doc: PDFKit.PDFDocument, fields: SignatureFields): void {
  doc.switchToPage(0);
  pdfkitAddPlaceholder({
    pdf: doc,
    pdfBuffer: Buffer.alloc(0), // unused by the pdfkit placeholder
    name: fields.name,
    reason: fields.reason,
    location: fields.location,
    contactInfo: '',
    signingTime: fields.signingTime,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'SkillReg',
  });
}

/** Signs a PDF that carries a placeholder; the identity's PKCS#12 does the CMS. */
export async function signPdf(
  pdf: Buffer,
  identity: DocumentSigningIdentity,
  signingTime: Date,
): Promise<Buffer> {
  const signer = new RepairedP12Signer(identity.p12, identity.passphrase, identity.certificateDer);
  return new SignPdf().sign(pdf, signer, signingTime);
}
