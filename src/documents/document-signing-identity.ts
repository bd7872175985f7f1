// The identity that signs decision documents (PAdES, decision 0036): an X.509 certificate and its RSA
// private key, handed to @signpdf/signer-p12 as a PKCS#12. Every server process on one database must
// sign with the same identity, and the embedded default must work with no set-up, so it is either
// - configured: SKILLREG_DOCUMENT_SIGNING_P12 (base64 of a .p12) or SKILLREG_DOCUMENT_SIGNING_P12_FILE,
//   with SKILLREG_DOCUMENT_SIGNING_P12_PASSPHRASE — an authority's own 电子印章 / CA-issued certificate; or
// - derived from the personal-data key, deterministically: the RSA-2048 key from HKDF (deriveRsaKey) and
//   a self-signed certificate whose every field is fixed (subject, serial from the key, validity
//   2020-01-01 … 2049-12-31, extensions), signed with RSASSA-PKCS1-v1_5, which is deterministic — so
//   every process holding the data key builds the same certificate byte for byte, and rotating the data
//   key rotates the identity (what was signed stays verifiable: the certificate travels in each PDF).
import { checkPrimeSync, createHash, hkdfSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import forge from 'node-forge';
import { loadConfig, type Config } from '../config.js';
import { resolveDataKey } from '../identity/data-key.js';

export const DOCUMENT_SIGNER_COMMON_NAME = '技能人才评价机构监管平台 文书签章';
export const DOCUMENT_SIGNER_ORGANIZATION = 'SkillReg';

export interface DocumentSigningIdentity {
  /** The PKCS#12 @signpdf/signer-p12 signs with, and its passphrase. */
  p12: Buffer;
  passphrase: string;
  /** The signer's certificate (DER, PEM) and the SHA-256 of its DER, hex. */
  certificateDer: Buffer;
  certificatePem: string;
  fingerprint: string;
  /** The certificate's subject common name: the /Name of each signature. */
  commonName: string;
  source: 'configured' | 'derived';
}

const E = 65537n;
const PRIME_BYTES = 128; // two 1024-bit primes: a 2048-bit modulus

const toHex = (n: bigint) => n.toString(16);
const big = (n: bigint) => new forge.jsbn.BigInteger(toHex(n), 16);

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new Error('not invertible');
  return ((oldS % m) + m) % m;
}

/**
 * A 1024-bit prime from the seed: HKDF-SHA-256(seed, info `<label>/<attempt>`) as a big-endian
 * number with its two top bits and its low bit set, then the first number upwards (step 2) that is
 * prime (OpenSSL's test through checkPrimeSync) with p − 1 prime to e. Anyone can redo it.
 */
function derivePrime(seed: Buffer, label: string): bigint {
  for (let attempt = 0; ; attempt++) {
    const bytes = Buffer.from(hkdfSync('sha256', seed, '', `${label}/${attempt}`, PRIME_BYTES));
    bytes[0]! |= 0xc0;
    bytes[PRIME_BYTES - 1]! |= 1;
    const limit = 1n << BigInt(PRIME_BYTES * 8);
    for (let p = BigInt(`0x${bytes.toString('hex')}`); p < limit; p += 2n) {
      if ((p - 1n) % E !== 0n && checkPrimeSync(p)) return p;
    }
  }
}

/** The RSA-2048 key of the derived identity (e = 65537, d = e⁻¹ mod λ(n)). */
export function deriveRsaKey(dataKey: string): forge.pki.rsa.KeyPair {
  const seed = Buffer.from(
    hkdfSync('sha256', Buffer.from(dataKey, 'base64'), '', 'skillreg/document-signing/rsa-2048', 32),
  );
  const p = derivePrime(seed, 'p');
  let q = derivePrime(seed, 'q');
  for (let i = 0; q === p; i++) q = derivePrime(seed, `q${i}`);
  const n = p * q;
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  const lambda = ((p - 1n) * (q - 1n)) / gcd(p - 1n, q - 1n);
  const d = modInverse(E, lambda);
  const privateKey = forge.pki.rsa.setPrivateKey(
    big(n),
    big(E),
    big(d),
    big(p),
    big(q),
    big(d % (p - 1n)),
    big(d % (q - 1n)),
    big(modInverse(q, p)),
  );
  return { privateKey, publicKey: forge.pki.rsa.setPublicKey(big(n), big(E)) };
}

// UTF8String for the Chinese subject (forge encodes it; its types call the tag a class).
const utf8 = (value: string) => ({
  value,
  valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class,
});
const oid = (name: string): string => {
  const id = forge.pki.oids[name];
  if (!id) throw new Error(`node-forge has no OID ${name}`);
  return id;
};

/** The self-signed certificate of a derived key: every field fixed, so the same key gives the same bytes. */
export function selfSignedCertificate(keys: forge.pki.rsa.KeyPair): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  const spki = forge.asn1.toDer(forge.pki.publicKeyToAsn1(keys.publicKey)).getBytes();
  // A positive serial of 16 bytes from the key (a leading 01 keeps it positive).
  cert.serialNumber = `01${createHash('sha256').update(spki, 'binary').digest('hex').slice(0, 30)}`;
  cert.validity.notBefore = new Date('2020-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2049-12-31T23:59:59Z');
  const name = [
    { shortName: 'C', value: 'CN' },
    { shortName: 'O', ...utf8(DOCUMENT_SIGNER_ORGANIZATION) },
    { shortName: 'CN', ...utf8(DOCUMENT_SIGNER_COMMON_NAME) },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return cert;
}

function describe(
  cert: forge.pki.Certificate,
  p12: Buffer,
  passphrase: string,
  source: DocumentSigningIdentity['source'],
): DocumentSigningIdentity {
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  // Read back from the DER, where forge leaves a UTF8String's value as its UTF-8 bytes.
  const parsed = forge.pki.certificateFromAsn1(forge.asn1.fromDer(der));
  const field = parsed.subject.getField('CN') as { value: string; valueTagClass: number } | null;
  const cn = field && {
    value:
      field.valueTagClass === (forge.asn1.Type.UTF8 as number)
        ? forge.util.decodeUtf8(field.value)
        : field.value,
  };
  return {
    p12,
    passphrase,
    certificateDer: Buffer.from(der, 'binary'),
    certificatePem: forge.pki.certificateToPem(cert),
    fingerprint: createHash('sha256').update(der, 'binary').digest('hex'),
    commonName: cn?.value ?? DOCUMENT_SIGNER_COMMON_NAME,
    source,
  };
}

/** The identity derived from the data key (base64): same key, same certificate, in every process. */
export function derivedDocumentSigningIdentity(dataKey: string): DocumentSigningIdentity {
  const keys = deriveRsaKey(dataKey);
  const cert = selfSignedCertificate(keys);
  // The PKCS#12 only carries key and certificate to the signer inside this process: its salt is
  // random and its passphrase fixed, which changes nothing that is signed.
  const passphrase = 'skillreg';
  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], passphrase, {
    algorithm: 'aes256',
    count: 1,
  });
  return describe(cert, Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'), passphrase, 'derived');
}

/** A configured PKCS#12, checked the way @signpdf/signer-p12 reads it: an RSA key and its certificate. */
export function configuredDocumentSigningIdentity(
  p12: Buffer,
  passphrase: string,
  variable = 'SKILLREG_DOCUMENT_SIGNING_P12',
): DocumentSigningIdentity {
  const refuse = (zh: string, en: string) => new Error(`${variable} ${zh} / ${variable} ${en}`);
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), false, passphrase);
  } catch {
    throw refuse(
      '不是有效的 PKCS#12，或口令（SKILLREG_DOCUMENT_SIGNING_P12_PASSPHRASE）不对',
      'is not a valid PKCS#12, or SKILLREG_DOCUMENT_SIGNING_P12_PASSPHRASE is wrong',
    );
  }
  const keyBagType = oid('pkcs8ShroudedKeyBag');
  const certBagType = oid('certBag');
  const keyBag = parsed.getBags({ bagType: keyBagType })[keyBagType]?.[0];
  const key = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key?.n)
    throw refuse('必须含有 RSA 私钥（加密保存）', 'must hold an RSA private key (shrouded key bag)');
  const certs = (parsed.getBags({ bagType: certBagType })[certBagType] ?? [])
    .map((b) => b.cert)
    .filter((c): c is forge.pki.Certificate => c !== undefined);
  const cert = certs.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n?.equals(key.n) && pub.e?.equals(key.e);
  });
  if (!cert) throw refuse('中没有与私钥对应的证书', 'holds no certificate for its private key');
  return describe(cert, p12, passphrase, 'configured');
}

type SigningConfig = Pick<
  Config,
  'documentSigningP12' | 'documentSigningP12File' | 'documentSigningP12Passphrase'
>;

/** The configured identity when there is one, otherwise the one derived from the data key (base64). */
export async function resolveDocumentSigningIdentity(
  config: SigningConfig,
  dataKey: string,
): Promise<DocumentSigningIdentity> {
  const passphrase = config.documentSigningP12Passphrase ?? '';
  if (config.documentSigningP12) {
    return configuredDocumentSigningIdentity(Buffer.from(config.documentSigningP12, 'base64'), passphrase);
  }
  if (config.documentSigningP12File) {
    const variable = 'SKILLREG_DOCUMENT_SIGNING_P12_FILE';
    const file = config.documentSigningP12File;
    const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT')
        throw new Error(`${variable} 指向的文件 ${file} 不存在 / ${variable}: ${file} does not exist`);
      throw err;
    });
    return configuredDocumentSigningIdentity(bytes, passphrase, variable);
  }
  return derivedDocumentSigningIdentity(dataKey);
}

let current: Promise<DocumentSigningIdentity> | undefined;

/** The server installs the identity it resolved at start (a bad PKCS#12 refuses the start). */
export function installDocumentSigningIdentity(identity: DocumentSigningIdentity): void {
  current = Promise.resolve(identity);
}

/**
 * The identity documents are signed with: the installed one, or else — a command, a test — the one
 * the process's configuration gives, resolved once (the same the server would install).
 */
export function documentSigningIdentity(): Promise<DocumentSigningIdentity> {
  current ??= (async () => {
    const config = loadConfig();
    return resolveDocumentSigningIdentity(config, await resolveDataKey(config));
  })().catch((err: unknown) => {
    current = undefined;
    throw err;
  });
  return current;
}
