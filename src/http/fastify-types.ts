// What the app adds to Fastify's instance and request.
import type { Database } from '../persistence/database.js';
import type { Actor } from '../policies/actor.js';
import type { Config } from '../config.js';
import type { PersonalDataProtector } from '../identity/personal-data.js';

export interface RequestSession {
  id: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The policy that guards this route, e.g. 'institution.read', or 'public' for routes open to
     * everyone. Every /api/v1 route must declare one (the app refuses to start otherwise).
     */
    policy?: string;
  }
  interface FastifyInstance {
    db: Database;
    config: Config;
    /** Encrypts, indexes, masks and reveals document numbers (security.md "Personal data"). */
    personalData: PersonalDataProtector;
  }
  interface FastifyRequest {
    /** The authenticated caller, or null for the public. */
    caller: Actor | null;
    session: RequestSession | null;
    /** Extra user info for /auth/me. */
    callerInfo: CallerInfo | null;
    /** A login whose password step is done and whose second factor is awaited (no privileges). */
    pendingLogin: PendingLogin | null;
  }
}

export interface PendingLogin {
  sessionId: string;
  userId: string;
  step: 'second_factor' | 'enrolment';
}

export interface CallerInfo {
  displayName: string;
  /** A new or reset account: every route but /auth/* answers 403 until the password is changed. */
  mustChangePassword?: boolean;
  /** The user signs in with a TOTP second factor. */
  secondFactor?: boolean;
  authority?: { id: string; name: string; kind: string; jurisdictionCode: string };
  institution?: { id: string; name: string; kind: string };
  /** A verifier account's organisation (issue 12 point 2). */
  verifier?: { id: string; name: string };
}
