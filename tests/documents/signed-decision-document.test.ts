// Decision documents carry a PAdES signature (issue 12 point 3, decision 0036): checked for real —
// the byte ranges' SHA-256 against the CMS message digest, the signature over the signed attributes
// with the certificate's key, the signer identifier against the certificate — and by poppler's pdfsig,
// which CI installs with pdftotext (.ci/run).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DecisionDocument } from '../../src/documents/decision-document.js';
import {
  configuredDocumentSigningIdentity,
  deriveRsaKey,
  derivedDocumentSigningIdentity,
  DOCUMENT_SIGNER_COMMON_NAME,
  type DocumentSigningIdentity,
} from '../../src/documents/document-signing-identity.js';
import { renderSignedDecisionDocument } from '../../src/documents/signed-decision-document.js';

const KEY = Buffer.alloc(32, 7).toString('base64');
const OTHER_KEY = Buffer.alloc(32, 9).toString('base64');

const receipt: DecisionDocument = {
  kind: 'filing_receipt',
  number: '黔人社评备〔2026〕3号',
  title: '关于贵州黔康职业技能评价有限公司备案的回执',
  issuer: '贵阳市人力资源和社会保障局',
  date: '2026-03-15',
  addressee: '贵州黔康职业技能评价有限公司',
  paragraphs: ['你单位报送的备案材料收悉。经审查，符合备案条件，予以备案。'],
  citations: [{ source: 'gz-rules', article: 6 }],
  caseReference: 'GZ-2026-0001',
};

interface Checked {
  subFilter: string;
  signer: forge.pki.Certificate;
  signingTime: Date;
}

/** Verifies the PDF's one signature; throws saying what does not hold. */
function verifyPdfSignature(pdf: Buffer): Checked {
  const text = pdf.toString('latin1');
  const m = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]/.exec(text);
  if (!m) throw new Error('no /ByteRange');
  const [a, l1, b, l2] = m.slice(1).map(Number) as [number, number, number, number];
  if (a !== 0 || b + l2 !== pdf.length) throw new Error('the byte ranges do not cover the file');
  if (pdf[l1] !== 0x3c || pdf[b - 1] !== 0x3e) throw new Error('the gap is not the /Contents string');
  const hash = createHash('sha256')
    .update(pdf.subarray(a, a + l1))
    .update(pdf.subarray(b, b + l2))
    .digest();
  const padded = Buffer.from(pdf.subarray(l1 + 1, b - 1).toString('latin1'), 'hex');
  // The placeholder is zero-padded after the DER: keep the SEQUENCE's declared length.
  const lengthBytes = padded[1]! & 0x7f;
  const der = padded.subarray(0, 2 + lengthBytes + padded.readUIntBE(2, lengthBytes));
  const p7 = forge.pkcs7.messageFromAsn1(
    forge.asn1.fromDer(forge.util.createBuffer(der.toString('binary')), false),
  ) as forge.pkcs7.PkcsSignedData & {
    rawCapture: { signerInfos: forge.asn1.Asn1[] };
  };
  const signerInfo = p7.rawCapture.signerInfos[0]!;
  const siFields = signerInfo.value as forge.asn1.Asn1[];
  // SignerInfo: version, sid, digestAlgorithm, [0] signedAttrs, signatureAlgorithm, signature
  const sid = siFields[1]!;
  const attrs = siFields[3]!;
  const signature = (siFields[5]!.value as string) ?? '';
  const [issuerAsn1, serialAsn1] = sid.value as forge.asn1.Asn1[];
  const signer = p7.certificates.find(
    (c) => c.serialNumber === forge.util.bytesToHex(serialAsn1!.value as string),
  );
  if (!signer) throw new Error('no certificate with the signer serial');
  const certTbs = (forge.pki.certificateToAsn1(signer).value as forge.asn1.Asn1[])[0]!;
  const certIssuer = (certTbs.value as forge.asn1.Asn1[])[3]!;
  if (forge.asn1.toDer(issuerAsn1!).bytes() !== forge.asn1.toDer(certIssuer).bytes())
    throw new Error('the signer identifier does not name the certificate');
  let digest: string | undefined;
  let signingTime: Date | undefined;
  for (const attr of attrs.value as forge.asn1.Asn1[]) {
    const [type, set] = attr.value as forge.asn1.Asn1[];
    const oid = forge.asn1.derToOid(type!.value as string);
    const value = (set!.value as forge.asn1.Asn1[])[0]!;
    if (oid === forge.pki.oids.messageDigest) digest = value.value as string;
    if (oid === forge.pki.oids.signingTime) signingTime = forge.asn1.utcTimeToDate(value.value as string);
  }
  if (digest !== hash.toString('binary')) throw new Error('message digest differs from the byte ranges');
  // The signature is over the DER of the signed attributes as a SET (RFC 5652 §5.4).
  const signedAttrs = forge.asn1.create(
    forge.asn1.Class.UNIVERSAL,
    forge.asn1.Type.SET,
    true,
    attrs.value as forge.asn1.Asn1[],
  );
  const md = forge.md.sha256.create();
  md.update(forge.asn1.toDer(signedAttrs).getBytes());
  if (!(signer.publicKey as forge.pki.rsa.PublicKey).verify(md.digest().getBytes(), signature))
    throw new Error('the signature does not verify with the certificate key');
  const subFilter = /\/SubFilter \/([A-Za-z.]+)/.exec(text)?.[1] ?? '';
  return { subFilter, signer, signingTime: signingTime ?? new Date(NaN) };
}

/** A subject field as text (forge leaves a parsed UTF8String as its UTF-8 bytes). */
const field = (cert: forge.pki.Certificate, name: string) =>
  forge.util.decodeUtf8(String(cert.subject.getField(name).value));

let identity: DocumentSigningIdentity;
let pdf: Buffer;
beforeAll(async () => {
  identity = derivedDocumentSigningIdentity(KEY);
  pdf = await renderSignedDecisionDocument(receipt, identity);
});

describe('the derived signing identity', () => {
  it('is the same certificate for the same data key, another for another key', () => {
    const again = derivedDocumentSigningIdentity(KEY);
    expect(again.certificatePem).toBe(identity.certificatePem);
    expect(again.fingerprint).toBe(identity.fingerprint);
    expect(derivedDocumentSigningIdentity(OTHER_KEY).fingerprint).not.toBe(identity.fingerprint);
  });

  it('is a self-signed RSA-2048 certificate naming the platform', () => {
    const cert = forge.pki.certificateFromPem(identity.certificatePem);
    expect((cert.publicKey as forge.pki.rsa.PublicKey).n.bitLength()).toBe(2048);
    expect(field(cert, 'CN')).toBe(DOCUMENT_SIGNER_COMMON_NAME);
    expect(field(cert, 'O')).toBe('SkillReg');
    expect(cert.verify(cert)).toBe(true);
    expect(identity.commonName).toBe(DOCUMENT_SIGNER_COMMON_NAME);
    expect(identity.source).toBe('derived');
  });
});

describe('a signed decision document', () => {
  it('carries a CAdES detached signature over the whole file that verifies', () => {
    expect(pdf.toString('latin1')).toMatch(/\/ByteRange \[0 \d+ \d+ \d+\]/);
    const checked = verifyPdfSignature(pdf);
    expect(checked.subFilter).toBe('ETSI.CAdES.detached');
    expect(forge.pki.certificateToPem(checked.signer)).toBe(identity.certificatePem);
    // Signed at the document's date, 00:00 China time.
    expect(checked.signingTime.toISOString()).toBe('2026-03-14T16:00:00.000Z');
  });

  it('fails when one byte of the document is changed', () => {
    const tampered = Buffer.from(pdf);
    const at = tampered.indexOf('/Title', 0, 'latin1') + 3;
    tampered[at] = tampered[at]! ^ 0x01;
    expect(() => verifyPdfSignature(tampered)).toThrow(/message digest/);
    const tail = Buffer.from(pdf);
    tail[tail.length - 20] = tail[tail.length - 20]! ^ 0x01;
    expect(() => verifyPdfSignature(tail)).toThrow(/message digest/);
  });

  it('renders the same bytes for the same document and identity', async () => {
    expect((await renderSignedDecisionDocument(receipt, identity)).equals(pdf)).toBe(true);
  });

  it('is valid for poppler (pdfsig)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skillreg-sig-'));
    const file = join(dir, 'receipt.pdf');
    writeFileSync(file, pdf);
    const out = execFileSync('pdfsig', [file], { encoding: 'utf8' });
    expect(out).toContain('Signature is Valid');
    expect(out).toContain('ETSI.CAdES.detached');
    expect(out).toContain(DOCUMENT_SIGNER_COMMON_NAME);
  });
});

describe('a configured PKCS#12', () => {
  // A certificate issued by a CA with a Chinese name, as an authority's 电子印章 certificate would be.
  function issued(passphrase: string): Buffer {
    const ca = deriveRsaKey(OTHER_KEY);
    const leaf = deriveRsaKey(Buffer.alloc(32, 11).toString('base64'));
    const cert = forge.pki.createCertificate();
    cert.publicKey = leaf.publicKey;
    cert.serialNumber = '0a1b2c';
    cert.validity.notBefore = new Date('2025-01-01T00:00:00Z');
    cert.validity.notAfter = new Date('2030-01-01T00:00:00Z');
    const utf8 = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;
    cert.setSubject([{ shortName: 'CN', value: '贵阳市人力资源和社会保障局', valueTagClass: utf8 }]);
    cert.setIssuer([{ shortName: 'CN', value: '测试电子认证服务机构', valueTagClass: utf8 }]);
    cert.sign(ca.privateKey, forge.md.sha256.create());
    const asn1 = forge.pkcs12.toPkcs12Asn1(leaf.privateKey, [cert], passphrase, { algorithm: 'aes256' });
    return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
  }

  it('signs with its certificate, named correctly though its issuer is Chinese', async () => {
    const configured = configuredDocumentSigningIdentity(issued('口令 secret'), '口令 secret');
    expect(configured.source).toBe('configured');
    expect(configured.commonName).toBe('贵阳市人力资源和社会保障局');
    const signed = await renderSignedDecisionDocument(receipt, configured);
    const checked = verifyPdfSignature(signed);
    expect(field(checked.signer, 'CN')).toBe('贵阳市人力资源和社会保障局');
  });

  it('is refused with a wrong passphrase or without a key', () => {
    expect(() => configuredDocumentSigningIdentity(issued('right'), 'wrong')).toThrow(
      /SKILLREG_DOCUMENT_SIGNING_P12/,
    );
    expect(() => configuredDocumentSigningIdentity(Buffer.from('not a p12'), '')).toThrow(
      /SKILLREG_DOCUMENT_SIGNING_P12/,
    );
  });
});
