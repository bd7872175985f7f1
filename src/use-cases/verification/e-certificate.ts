// The e-certificate (issue 12 points 3 and 4): the printable PDF with the signed QR, and the Verifiable
// Credential for the credit bank — both signed today with the server's key, both saying how the
// certificate stands now (an invalidated or withdrawn one carries that on its face). Who may have them:
// whoever may see the certificate in the register (its institution, the authorities over it), and the
// holder, who has no account, by proving who they are as the public lookup does — number, name and
// document number together (the route throttles it as a lookup). A certificate of an exited institution
// stays available and valid (1x-exit §8): nothing here looks at the institution's standing.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { PersonalDataProtector } from '../../identity/personal-data.js';
import type { Caller } from '../../policies/actor.js';
import { AppError, notFound } from '../../domain/errors.js';
import { parseCertificateNumber } from '../../domain/certificate-number.js';
import { certificatePolicy } from '../../policies/certificate.policy.js';
import { findCertificate } from '../../persistence/certificates.repository.js';
import {
  certificateForDocuments,
  latestStatusChanges,
} from '../../persistence/certificate-verification.repository.js';
import { holderNameHash, signCertificatePayload } from '../../verification/certificate-payload.js';
import { renderCertificatePdf } from '../../documents/render-certificate.js';
import { documentSigningIdentity } from '../../documents/document-signing-identity.js';
import { signPdf } from '../../documents/pdf-signature.js';
import { proveCredential, type Json } from '../../verification/credential.js';
import { statusIndexOf, statusListIdOf } from '../../verification/status-list.js';
import { LEVEL_ZH, type Level } from '../../workflows/social-org-filing/data.js';
import { dateZh } from '../../documents/decision-document.js';
import { checkDocumentNumber } from '../registry/validate.js';
import { todayInChina } from '../registry/registry-context.js';
import type { PublishedKeys } from './published-keys.js';

export type CertificateForDocuments = NonNullable<Awaited<ReturnType<typeof certificateForDocuments>>>;
type Row = CertificateForDocuments;

export type CertificateRef =
  | { by: 'id'; caller: Caller; id: string }
  | { by: 'holder'; number: string; name: string; docType: string; docNumber: string };

const notFoundAnswer = () => notFound('证书');

/** The certificate the reference names, or the same 404 whether it does not exist or is not the caller's. */
async function resolve(
  db: Kysely<DB>,
  personalData: PersonalDataProtector,
  ref: CertificateRef,
): Promise<Row> {
  if (ref.by === 'id') {
    if (!ref.caller) throw new AppError(401, 'AUTH_REQUIRED', '未登录', '请先登录');
    const actor = ref.caller;
    const c = await findCertificate(db, certificatePolicy.scope(actor), ref.id);
    const row = c && (await certificateForDocuments(db, c.number));
    if (!row) throw notFoundAnswer();
    return row;
  }
  const parsed = parseCertificateNumber(ref.number);
  if (!parsed.ok) throw new AppError(422, parsed.code, '证书编号不正确', parsed.message_zh);
  const doc = checkDocumentNumber(ref.docType, ref.docNumber, 'documentNumber', todayInChina());
  const row = await certificateForDocuments(db, parsed.value.number);
  const hashes = personalData.lookupHashes(doc.number);
  if (!row || row.holder_name !== ref.name.normalize('NFKC').trim() || !hashes.includes(row.holder_doc_hmac))
    throw notFoundAnswer();
  return row;
}

async function statusNote(db: Kysely<DB>, row: Row): Promise<string | null> {
  if (row.status === 'valid') return null;
  const change = (await latestStatusChanges(db, [row])).get(row.id);
  const what = row.status === 'invalidated' ? '宣布无效' : '撤销';
  return change ? `本证书已于${dateZh(change.effective_on)}${what}` : `本证书已${what}`;
}

async function signedPayload(keys: PublishedKeys, row: Row): Promise<string> {
  await keys.publish();
  return signCertificatePayload(
    {
      number: row.number,
      holderNameHash: holderNameHash(row.number, row.holder_name),
      occupationCode: row.occupation_code,
      level: row.level,
      issuedOn: String(row.issued_on),
      issuer: row.institution_uscc,
    },
    keys.signingKey,
    todayInChina(),
  );
}

export async function eCertificatePdf(
  db: Kysely<DB>,
  personalData: PersonalDataProtector,
  keys: PublishedKeys,
  ref: CertificateRef,
  origin: string,
): Promise<{ pdf: Buffer; number: string }> {
  const row = await resolve(db, personalData, ref);
  const payload = await signedPayload(keys, row);
  // Signed twice: the QR's Ed25519 payload for phones and the offline check, and a PAdES signature of
  // the whole file for PDF readers (decision 0036), both today.
  const identity = await documentSigningIdentity();
  const signingTime = new Date();
  const unsigned = await renderCertificatePdf({
    number: row.number,
    holderName: row.holder_name,
    holderDocMasked: row.holder_doc_masked,
    occupationCode: row.occupation_code,
    occupationName: row.occupation_name ?? row.occupation_code,
    level: row.level,
    institutionName: row.institution_name,
    issuedOn: String(row.issued_on),
    statusNote: await statusNote(db, row),
    payload,
    verifyUrl: `${origin}/verify#${payload}`,
    signature: {
      name: identity.commonName,
      reason: `职业技能等级证书 ${row.number}`,
      location: 'SkillReg 技能人才评价机构监管平台',
      signingTime,
    },
  });
  return { pdf: await signPdf(unsigned, identity, signingTime), number: row.number };
}

/**
 * The Open Badges 3.0 OpenBadgeCredential of the certificate (VC Data Model 2.0): the achievement is the
 * occupation at its level, the issuer the evaluation institution (its USCC), the subject identified by
 * a salted hash of the name, not by name or document number in clear. `credentialStatus` points
 * at the issuer code's status list (decision 0034), so the credit bank checks revocation the way
 * every offline verifier does.
 */
export async function eCertificateCredential(
  db: Kysely<DB>,
  personalData: PersonalDataProtector,
  keys: PublishedKeys,
  ref: CertificateRef,
  origin: string,
  now: Date = new Date(),
): Promise<{ credential: { [k: string]: Json }; number: string }> {
  const row = await resolve(db, personalData, ref);
  await keys.publish();
  return { credential: credentialOf(row, keys, origin, now), number: row.number };
}

/** The signed credential of one certificate as the register holds it (also the credit bank's export). */
export function credentialOf(
  row: CertificateForDocuments,
  keys: PublishedKeys,
  origin: string,
  now: Date,
): { [k: string]: Json } {
  const level = LEVEL_ZH[row.level as Level] ?? String(row.level);
  const statusListId = statusListIdOf(row.number);
  const index = statusIndexOf(row.number);
  const credential: { [k: string]: Json } = {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: `${origin}/verify#certificate-${row.number}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `职业技能等级证书：${row.occupation_name ?? row.occupation_code}（${level}）`,
    issuer: {
      id: `urn:uscc:${row.institution_uscc}`,
      type: ['Profile'],
      name: row.institution_name,
    },
    validFrom: `${String(row.issued_on)}T00:00:00+08:00`,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          // Open Badges 3.0: "sha256$" + hex SHA-256 of the identity followed by the salt.
          identityHash: `sha256$${createHash('sha256')
            .update(`${row.holder_name.normalize('NFKC').trim()}${row.number}`, 'utf8')
            .digest('hex')}`,
          identityType: 'name',
          hashed: true,
          salt: row.number,
        },
      ],
      achievement: {
        id: `${origin}/occupations/${row.occupation_code}/level/${row.level}`,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: `${row.occupation_name ?? row.occupation_code}（${row.occupation_code}）${level}`,
        description: '职业技能等级证书（国家职业资格目录外技能人员水平评价）',
        criteria: { narrative: '按国家职业技能标准经职业技能等级认定合格' },
      },
    },
    credentialStatus: {
      id: `${origin}/api/v1/public/status-lists/${statusListId}#${index}`,
      type: 'SkillRegStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(index),
      statusListCredential: `${origin}/api/v1/public/status-lists/${statusListId}`,
    },
  };
  return proveCredential(
    credential,
    {
      privateKey: keys.signingKey.privateKey,
      verificationMethod: `${origin}/api/v1/public/certificate-keys#${keys.signingKey.keyId}`,
    },
    now,
  );
}
