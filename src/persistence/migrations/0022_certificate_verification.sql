-- 0022 certificate verification (issue 12; decision 0033, 0034): the published certificate-signing keys
-- and the log of public lookups. Frozen once shipped; PostgreSQL 15 and PGlite alike.

-- The Ed25519 keys that sign e-certificate payloads and status lists, as published in the key set
-- (JWKS): every process on one database publishes the key it signs with when it starts, and a key
-- stops being the one in use (not_after) the day another takes over. The private keys are never here.
CREATE TABLE certificate_signing_keys (
  key_id text PRIMARY KEY CHECK (key_id ~ '^[0-9a-f]{16}$'),
  -- The raw 32-byte public key, base64url (the JWK's x).
  public_x text NOT NULL UNIQUE CHECK (length(public_x) = 43),
  not_before date NOT NULL,
  -- The last day the key signed: set when another key takes over, or when it is cut off.
  not_after date,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (not_after IS NULL OR not_after >= not_before)
);

-- 查询日志: one row per public lookup (issue 12 point 1), written in batches. What was looked up and
-- who asked are kept only as keyed hashes (HMAC under a key derived from the data key), so the log can
-- count and link repeated lookups of one target without holding a number or a name in clear.
CREATE TABLE certificate_lookups (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  -- by_number, by_holder (name + document number), by_payload (a scanned QR).
  channel text NOT NULL CHECK (channel IN ('by_number', 'by_holder', 'by_payload')),
  target_hash text NOT NULL,
  client_hash text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('found', 'not_found', 'refused')),
  matches smallint NOT NULL DEFAULT 0 CHECK (matches >= 0)
);
CREATE INDEX certificate_lookups_at_idx ON certificate_lookups (at);
CREATE INDEX certificate_lookups_target_idx ON certificate_lookups (target_hash, at);
