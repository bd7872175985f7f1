// The certificate pages' words, Chinese first with English beside them: statuses, document types and
// this feature's problem codes by name, never the identifier.
import type { CertificateStatus } from './types';

export const STATUS_TEXT: Record<CertificateStatus, [zh: string, en: string]> = {
  valid: ['有效', 'Valid'],
  invalidated: ['已宣布无效', 'Declared invalid'],
  withdrawn: ['已撤销', 'Withdrawn'],
};
export const STATUS_COLOR: Record<CertificateStatus, string> = {
  valid: 'success',
  invalidated: 'error',
  withdrawn: 'warning',
};

export const SOURCE_TEXT: Record<'issued' | 'uploaded', [zh: string, en: string]> = {
  issued: ['本平台颁发', 'Issued here'],
  uploaded: ['数据上报', 'Uploaded'],
};

export const DOC_TYPE_TEXT: Record<string, [zh: string, en: string]> = {
  resident_id: ['居民身份证', 'Resident ID card'],
  hk_macao_permit: ['港澳居民来往内地通行证', 'Mainland travel permit (HK/Macao)'],
  taiwan_permit: ['台湾居民来往大陆通行证', 'Mainland travel permit (Taiwan)'],
  passport: ['护照', 'Passport'],
  foreign_permanent_residence: ['外国人永久居留身份证', 'Foreign permanent residence ID'],
};

export const REGIME_TEXT: Record<string, [zh: string, en: string]> = {
  'mohrss-violations': [
    '技能人才评价违纪违规行为处理工作指引（试行）',
    'Guidelines on violations in skill evaluation',
  ],
};

/** English title and detail of this feature's own problem codes (the server writes them in Chinese). */
export const PROBLEMS_EN: Record<string, { title: string; detail: string }> = {
  ISSUER_CODE_MISSING: {
    title: 'No issuer code recorded yet',
    detail:
      'Positions 2–13 of the certificate number (institution code, province, site sequence) are recorded by the authority that filed or selected the institution; certificates can be numbered once it has recorded them.',
  },
  CERTIFICATE_ISSUANCE_REFUSED: {
    title: 'Certificates may not be issued',
    detail:
      'The institution is suspended during rectification (violations guidelines §13) or its filing was terminated (§14); certificates issued before stay valid.',
  },
  SESSION_NOT_CLOSED: {
    title: 'The session is not closed',
    detail: 'Certificates are issued once the session is closed and its results are final.',
  },
  CERTIFICATE_SERIALS_EXHAUSTED: {
    title: 'Serials used up',
    detail: 'This prefix has reached serial 999999; the province assigns the site another sequence.',
  },
  CERTIFICATE_STATUS_FINAL: {
    title: 'The status cannot change',
    detail: 'This certificate has already been declared invalid or withdrawn.',
  },
  ISSUER_CODE_TAKEN: {
    title: 'Site sequence already used',
    detail: 'Another institution in the province already holds this site sequence.',
  },
  ISSUER_CODE_IN_USE: {
    title: 'The code is in use',
    detail: 'Certificates have been numbered under this code; it can no longer change.',
  },
  INSTITUTION_CODE_INVALID: {
    title: 'Institution code not valid',
    detail: 'Filed with the ministry: 0001–9999 as the ministry assigned; filed with a province: 0000.',
  },
  INSTITUTION_REQUIRED: {
    title: 'Choose an institution',
    detail:
      'Certificates are listed per institution; choose one, or search by number or by name and document.',
  },
  SEARCH_TERMS_REQUIRED: {
    title: 'Enter what to search for',
    detail: 'Search by certificate number, or by the holder’s name and document number together.',
  },
  CERTIFICATE_NUMBER_LENGTH: {
    title: 'Not a certificate number',
    detail: 'A certificate number has 22 characters: a letter and 21 digits.',
  },
  CERTIFICATE_NUMBER_FORMAT: {
    title: 'Not a certificate number',
    detail: 'A letter Y or S, then 21 digits; the 16th (the level) is 1–5.',
  },
  CERTIFICATE_NUMBER_PROVINCE: {
    title: 'Not a certificate number',
    detail: 'Characters 6–7 are not a province code.',
  },
  CERTIFICATE_NUMBER_SERIAL: { title: 'Not a certificate number', detail: 'The serial starts at 000001.' },
};
