// The certificate API's shapes as the pages read them (src/http/schemas/certificates.schema.ts).
export type CertificateStatus = 'valid' | 'invalidated' | 'withdrawn';

export interface Certificate {
  id: string;
  number: string;
  issueYear: number;
  issuedOn: string;
  institutionId: string;
  institutionName: string;
  branchId: string | null;
  branchName: string | null;
  sessionId: string | null;
  source: 'issued' | 'uploaded';
  holderName: string;
  holderDocType: string;
  holderDocMasked: string;
  occupationCode: string;
  occupationName: string | null;
  level: number;
  status: CertificateStatus;
  statusChangedAt: string | null;
  queryableAt: string;
  abilities: { read: boolean; changeStatus: boolean; revealDocument: boolean };
}

export interface CertificateDetail extends Certificate {
  history: {
    fromStatus: CertificateStatus;
    toStatus: CertificateStatus;
    reason: string;
    articles: { regime: string; article: string }[];
    effectiveOn: string;
    decisionCaseId: string | null;
    decisionCaseReference: string | null;
    changedByName: string | null;
    changedAt: string;
  }[];
}

export interface CertificatePage {
  items: Certificate[];
  nextCursor: string | null;
}

export interface CountRow {
  institutionId: string;
  institutionName: string;
  occupationCode: string;
  occupationName: string | null;
  year: number;
  level: number;
  issued: number;
  valid: number;
}

export interface DelayRow {
  institutionId: string;
  institutionName: string;
  sessions: number;
  issued: number;
  averageDays: number;
  longestDays: number;
}

export interface Issuer {
  institutionId: string;
  institutionName: string;
  branchId: string | null;
  branchName: string | null;
  jurisdictionCode: string;
  kindLetter: 'Y' | 'S';
  provinceCode: string;
  ministryFiled: boolean;
  filedBy: { id: string; name: string }[];
  code: {
    institutionCode: string;
    siteSequence: string;
    issuerPrefix: string;
    assignedByAuthorityName: string | null;
    assignedAt: string;
    /** A certificate is numbered under it: fixed from then on. */
    inUse: boolean;
  } | null;
  /** May record the code now, or correct it while no certificate is numbered under it. */
  abilities: { assign: boolean };
}

export interface IssuanceResult {
  issued: number;
  alreadyIssued: number;
  issuedOn: string;
  firstNumber: string | null;
  lastNumber: string | null;
}
