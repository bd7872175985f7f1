// The accounts API as the web app reads it (src/http/schemas/accounts.schema.ts).
import type { Role, User } from '../../app/auth';

export interface AccountAbilities {
  update: boolean;
  disable: boolean;
  enable: boolean;
  resetPassword: boolean;
  resetSecondFactor: boolean;
}

export interface Account {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  authority: { id: string; name: string } | null;
  institution: { id: string; name: string } | null;
  expert: { id: string; name: string } | null;
  verifier: { id: string; name: string } | null;
  disabled: boolean;
  locked: boolean;
  mustChangePassword: boolean;
  secondFactor: boolean;
  passwordChangedAt: string;
  lastLoginAt: string | null;
  createdAt: string;
  version: number;
  abilities: AccountAbilities;
}

export interface WithTemporaryPassword {
  account: Account;
  temporaryPassword: string;
}

export interface TotpStatus {
  enabled: boolean;
  enabledAt: string | null;
  recoveryCodesLeft: number;
  required: boolean;
}

export interface EnrolmentStart {
  otpauthUri: string;
  secret: string;
}

export interface EnrolmentDone {
  recoveryCodes: string[];
  /** Present when the enrolment completed a login. */
  user?: User;
  csrfToken?: string;
}
