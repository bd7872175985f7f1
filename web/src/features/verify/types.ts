// The public verification answer (src/http/schemas/verification.schema.ts).
import type { CertificateStatus } from '../certificates/types';

export type StatusReason =
  'candidate_violation' | 'staff_violation' | 'institution_violation' | 'data_error' | 'authority_decision';

export interface VerifiedCertificate {
  number: string;
  holderName: string;
  holderDocType: string;
  holderDocMasked: string;
  occupationCode: string;
  occupationName: string | null;
  level: number;
  institutionName: string;
  issuedOn: string;
  status: CertificateStatus;
  statusEffectiveOn: string | null;
  statusReason: StatusReason | null;
}

export type PayloadProblem = 'malformed' | 'unknown_key' | 'key_not_valid_then' | 'bad_signature';

export interface Verification {
  checkedAt: string;
  certificates: VerifiedCertificate[];
  payload: {
    valid: boolean;
    reason: PayloadProblem | null;
    keyId: string | null;
    signedOn: string | null;
    nameMatches: boolean | null;
  } | null;
}
