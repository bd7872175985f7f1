// The @signpdf Signer SkillReg uses: @signpdf/signer-p12, with one repair. node-forge (which signer-p12
// signs with) re-encodes the signer's issuer name for the CMS SignerIdentifier from the parsed
// certificate, and encodes a UTF8String value that is already UTF-8 a second time: with a Chinese
// issuer (ours, and most Chinese CAs') the identifier names no certificate and readers cannot find the
// signer. The identifier is not signed, so the repair puts the certificate's own issuer bytes back.
import { P12Signer } from '@signpdf/signer-p12';
import { Signer } from '@signpdf/utils';
import forge from 'node-forge';

type Asn1 = forge.asn1.Asn1;
// forge takes parse options in place of `strict` (its types know only the boolean): bit strings stay
// as read, so the certificate's issuer is copied byte for byte.
const fromDer = forge.asn1.fromDer as unknown as (
  der: string,
  options: { decodeBitStrings: boolean },
) => Asn1;

function children(node: Asn1): Asn1[] {
  if (!Array.isArray(node.value)) throw new Error('CMS: unexpected ASN.1 structure');
  return node.value;
}

/** Replaces the issuer in every SignerInfo's issuerAndSerialNumber with the certificate's own issuer. */
export function repairSignerIdentifier(cms: Buffer, certificateDer: Buffer): Buffer {
  const opts = { decodeBitStrings: false };
  const tbs = children(fromDer(certificateDer.toString('binary'), opts))[0]!;
  const fields = children(tbs);
  const hasVersion = fields[0]!.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC;
  const issuer = fields[hasVersion ? 3 : 2]!;
  const contentInfo = fromDer(cms.toString('binary'), opts);
  const signedData = children(children(contentInfo)[1]!)[0]!;
  const signerInfos = children(signedData).at(-1)!;
  for (const signerInfo of children(signerInfos)) {
    const sid = children(signerInfo)[1]!;
    if (sid.tagClass === forge.asn1.Class.UNIVERSAL) children(sid)[0] = issuer;
  }
  return Buffer.from(forge.asn1.toDer(contentInfo).getBytes(), 'binary');
}

export class RepairedP12Signer extends Signer {
  private readonly inner: P12Signer;

  constructor(
    p12: Buffer,
    passphrase: string,
    private readonly certificateDer: Buffer,
  ) {
    super();
    this.inner = new P12Signer(p12, { passphrase });
  }

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    return repairSignerIdentifier(await this.inner.sign(pdfBuffer, signingTime), this.certificateDer);
  }
}
