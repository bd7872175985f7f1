// Public certificate verification (issue 12 point 1): the lookup body — one of three ways, never in a
// URL — and the answer, which has one shape for a hit and a miss.
import { z } from 'zod';
import { codeInput, line } from './common.schema.js';
import { CHALLENGE_DESCRIPTION, challengePayload } from '../challenge.js';
import { certificateStatus } from './certificates.schema.js';

export const verifyBody = z
  .strictObject({
    certificateNumber: codeInput.optional().describe('证书编号（22 位）'),
    name: line(50).optional().describe('持证人姓名（与证件号码一起查询；核验二维码时可选，用于比对姓名）'),
    documentType: z.string().max(30).optional().describe('证件类型，默认 resident_id 居民身份证'),
    documentNumber: codeInput.optional().describe('证件号码（与姓名一起查询）'),
    payload: z.string().trim().min(1).max(400).optional().describe('电子证书二维码中的签名数据（SR1.…）'),
    altcha: challengePayload.optional().describe(CHALLENGE_DESCRIPTION),
  })
  .refine(
    (b) =>
      [b.certificateNumber !== undefined, b.documentNumber !== undefined, b.payload !== undefined].filter(
        Boolean,
      ).length === 1 &&
      (b.documentNumber === undefined || b.name !== undefined),
    {
      message: '请按证书编号、按“姓名 + 证件号码”或按二维码数据中的一种方式查询',
      path: ['certificateNumber'],
    },
  );

const certificate = z.object({
  number: z.string(),
  holderName: z.string(),
  holderDocType: z.string(),
  holderDocMasked: z.string(),
  occupationCode: z.string(),
  occupationName: z.string().nullable(),
  level: z.number(),
  institutionName: z.string(),
  issuedOn: z.string(),
  status: certificateStatus,
  statusEffectiveOn: z.string().nullable(),
  statusReason: z
    .enum([
      'candidate_violation',
      'staff_violation',
      'institution_violation',
      'data_error',
      'authority_decision',
    ])
    .nullable()
    .describe('不再有效的原因类别'),
});

export const verification = z.object({
  checkedAt: z.string(),
  certificates: z.array(certificate).describe('查到的证书；未查到时为空列表（同一形态）'),
  payload: z
    .object({
      valid: z.boolean(),
      reason: z.enum(['malformed', 'unknown_key', 'key_not_valid_then', 'bad_signature']).nullable(),
      keyId: z.string().nullable(),
      signedOn: z.string().nullable(),
      nameMatches: z.boolean().nullable(),
    })
    .nullable()
    .describe('按二维码核验时：签名是否有效'),
});

export const jwk = z.object({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  x: z.string(),
  kid: z.string(),
  use: z.literal('sig'),
  alg: z.literal('EdDSA'),
  nbf: z.string(),
  exp: z.string().optional(),
});
export const keySet = z.object({ keys: z.array(jwk) });

export const statusListParams = z.strictObject({
  id: z
    .string()
    .regex(/^[YS][0-9]{14}$/, '状态列表编号为证书编号的前 15 位')
    .describe('证书编号的前 15 位'),
});
export const statusList = z.object({
  type: z.literal('SkillRegStatusList'),
  statusPurpose: z.literal('revocation'),
  statusListId: z.string(),
  issuer: z.string(),
  encodedList: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  keyId: z.string(),
  signature: z.string(),
});

/** The holder fetching their own e-certificate: the number, and who they are, as the lookup asks. */
export const holderDocumentBody = z.strictObject({
  certificateNumber: codeInput.describe('证书编号（22 位）'),
  name: line(50).describe('持证人姓名'),
  documentType: z.string().max(30).optional().describe('证件类型，默认 resident_id 居民身份证'),
  documentNumber: codeInput.describe('证件号码'),
  format: z.enum(['pdf', 'credential']).describe('pdf 电子证书（PDF）、credential 可验证凭证（JSON）'),
  altcha: challengePayload.optional().describe(CHALLENGE_DESCRIPTION),
});
