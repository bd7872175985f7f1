// Identity documents that candidates and staff may present, and the shape of each document's number.
// The resident ID and the 港澳台居民居住证 follow GB 11643-1999 and are checked fully (id-number.ts);
// the others are checked for their published format only — their issuers publish no check algorithm,
// except the 2023 外国人永久居留身份证, which uses the GB 11643 MOD 11-2 check character.
import { compactCode } from './half-width.js';
import { HMT_RESIDENCE_PREFIXES, mod112CheckCharacter, parseIdNumber, type IdNumber } from './id-number.js';
import { rejected, valid, type Validation } from './validation.js';

export const DOCUMENT_TYPES = [
  'resident_id',
  'hk_macao_permit',
  'taiwan_permit',
  'passport',
  'foreign_permanent_residence',
  'hmt_residence_permit',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, { zh: string; en: string }> = {
  resident_id: { zh: '居民身份证', en: 'Resident identity card' },
  hk_macao_permit: {
    zh: '港澳居民来往内地通行证',
    en: 'Mainland travel permit for Hong Kong and Macao residents',
  },
  taiwan_permit: { zh: '台湾居民来往大陆通行证', en: 'Mainland travel permit for Taiwan residents' },
  passport: { zh: '护照', en: 'Passport' },
  foreign_permanent_residence: {
    zh: '外国人永久居留身份证',
    en: "Foreigner's permanent residence ID card",
  },
  hmt_residence_permit: {
    zh: '港澳台居民居住证',
    en: 'Residence permit for Hong Kong, Macao and Taiwan residents',
  },
};

export interface DocumentNumber {
  type: DocumentType;
  /** The normalised number (for a legacy 15-digit resident ID, its 18-digit form). */
  number: string;
  /** What GB 11643 numbers say about their holder (resident ID, 港澳台居民居住证). */
  identity?: IdNumber;
}

export const isDocumentType = (value: string): value is DocumentType =>
  (DOCUMENT_TYPES as readonly string[]).includes(value);

const badFormat = (type: DocumentType, rule_zh: string, rule_en: string): Validation<never> =>
  rejected(
    'INVALID_DOCUMENT_NUMBER_FORMAT',
    `${DOCUMENT_TYPE_LABELS[type].zh}号码格式不正确：${rule_zh}`,
    `Not a valid ${DOCUMENT_TYPE_LABELS[type].en} number: ${rule_en}`,
  );

const isHmtPrefix = (n: string): boolean =>
  (HMT_RESIDENCE_PREFIXES as readonly string[]).includes(n.slice(0, 6));

function parseResidentId(input: string, asOf: string | undefined): Validation<DocumentNumber> {
  const r = parseIdNumber(input, { asOf });
  if (!r.ok) return r;
  if (isHmtPrefix(r.value.number18)) {
    return rejected(
      'INVALID_DOCUMENT_TYPE_MISMATCH',
      '以 810000、820000、830000 开头的是港澳台居民居住证号码，请将证件类型选为“港澳台居民居住证”',
      'Numbers starting 810000, 820000 or 830000 belong to a residence permit for Hong Kong, Macao and Taiwan residents; choose that document type',
    );
  }
  return valid({ type: 'resident_id', number: r.value.number18, identity: r.value });
}

function parseHmtResidencePermit(input: string, asOf: string | undefined): Validation<DocumentNumber> {
  const n = compactCode(input);
  const rule_zh = '18 位，以 810000（香港）、820000（澳门）或 830000（台湾）开头';
  const rule_en = '18 characters starting 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan)';
  if (!/^\d{17}[\dX]$/.test(n) || !isHmtPrefix(n)) return badFormat('hmt_residence_permit', rule_zh, rule_en);
  const r = parseIdNumber(n, { asOf });
  return r.ok ? valid({ type: 'hmt_residence_permit', number: r.value.number18, identity: r.value }) : r;
}

function parseForeignPermanentResidence(n: string): Validation<DocumentNumber> {
  // 2017 card (and its 2004 predecessor): 3-letter nationality code + 12 digits.
  if (/^[A-Z]{3}\d{12}$/.test(n)) return valid({ type: 'foreign_permanent_residence', number: n });
  // 2023 card: 18 characters beginning with 9, GB 11643 structure with its MOD 11-2 check character.
  if (/^9\d{16}[\dX]$/.test(n)) {
    const expected = mod112CheckCharacter(n.slice(0, 17));
    if (n[17] !== expected) {
      return rejected(
        'INVALID_DOCUMENT_NUMBER_CHECK',
        `外国人永久居留身份证号码校验码（第 18 位）应为 ${expected}`,
        `The check character (position 18) should be ${expected}`,
      );
    }
    return valid({ type: 'foreign_permanent_residence', number: n });
  }
  return badFormat(
    'foreign_permanent_residence',
    '2017 年版为 3 位字母加 12 位数字，2023 年版为以 9 开头的 18 位',
    '3 letters and 12 digits (2017 card) or 18 characters starting with 9 (2023 card)',
  );
}

/** Normalise and check a document number for its type. `asOf` (YYYY-MM-DD) refuses future birth dates. */
export function parseDocumentNumber(
  type: string,
  input: string,
  options: { asOf?: string } = {},
): Validation<DocumentNumber> {
  if (!isDocumentType(type)) {
    return rejected(
      'INVALID_DOCUMENT_TYPE',
      `证件类型“${type}”不受支持`,
      `Document type "${type}" is not supported`,
    );
  }
  const n = compactCode(input);
  switch (type) {
    case 'resident_id':
      return parseResidentId(input, options.asOf);
    case 'hmt_residence_permit':
      return parseHmtResidencePermit(input, options.asOf);
    case 'foreign_permanent_residence':
      return parseForeignPermanentResidence(n);
    case 'hk_macao_permit':
      // H = 香港, M = 澳门; 8 digits, followed on cards since 2013 by a 2-digit issue count.
      return /^[HM]\d{8}(\d{2})?$/.test(n)
        ? valid({ type, number: n })
        : badFormat(
            type,
            'H（香港）或 M（澳门）加 8 位或 10 位数字',
            'H (Hong Kong) or M (Macao) and 8 or 10 digits',
          );
    case 'taiwan_permit':
      // The card issued since 2015 carries an 8-digit number for life.
      return /^\d{8}$/.test(n) ? valid({ type, number: n }) : badFormat(type, '8 位数字', '8 digits');
    case 'passport':
      // Numbering differs by issuing state (ICAO 9303 lets a number longer than the 9-character field
      // overflow into optional data): letters and digits, 5 to 17 of them.
      return /^[A-Z0-9]{5,17}$/.test(n)
        ? valid({ type, number: n })
        : badFormat(type, '5–17 位字母或数字', '5 to 17 letters or digits');
  }
}
