-- 0011 accounts (issue 9 points 1 and 9): atomic lockout for unknown names, password change at next
-- login, the second factor (TOTP) with recovery codes, and sessions that wait for the second factor.
-- Frozen in time: never edit after it has shipped; add a new numbered file instead.

-- An administrator's reset (or a new account) gives a temporary password that must be changed at the
-- next login. TOTP: the secret is stored encrypted (the personal-data protector, AES-256-GCM); a
-- pending secret waits for its first code; the last accepted time step refuses a replayed code.
ALTER TABLE users
  ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
  ADD COLUMN totp_secret_enc text,
  ADD COLUMN totp_pending_secret_enc text,
  ADD COLUMN totp_enabled_at timestamptz,
  ADD COLUMN totp_last_step bigint;

-- Failed logins of names that are no account, so that lockout does not tell which accounts exist
-- (security.md "Identity and sessions"). Keyed by an HMAC of the normalised name: never the name.
CREATE TABLE login_failures (
  name_hash text PRIMARY KEY,
  failed_count integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- One-time recovery codes of the second factor, stored as argon2id hashes; shown once at enrolment.
CREATE TABLE recovery_codes (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  code_hash text NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX recovery_codes_user_idx ON recovery_codes (user_id);

-- A session whose password step is done but whose second factor is not: 'second_factor' (enter a
-- code) or 'enrolment' (set the factor up first). Such a session carries no privileges.
ALTER TABLE sessions
  ADD COLUMN pending text CHECK (pending IN ('second_factor', 'enrolment'));
