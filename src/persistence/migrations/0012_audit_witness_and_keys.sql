-- 0012 witnessed audit checkpoints, an audited purge instead of a bypass, and key fingerprints
-- (issue 9 point 3, issue 10; docs/decisions/0019-witnessed-checkpoints-and-keys.md).
-- Frozen once shipped; written for PostgreSQL 15 and PGlite alike. Roles and grants are not made
-- here (they are cluster-wide and need a superuser): `npm run cli -- db roles` does that.

-- The latest signed checkpoint, kept beside the chain head and advanced in the sequencer's
-- transaction: its number only grows, whichever process signs it. Witnesses fetch it from
-- GET /api/v1/public/audit/checkpoint and keep copies.
ALTER TABLE audit_chain_head ADD COLUMN checkpoint_seq bigint NOT NULL DEFAULT 0;
ALTER TABLE audit_chain_head ADD COLUMN checkpoint_length bigint NOT NULL DEFAULT 0;
ALTER TABLE audit_chain_head ADD COLUMN checkpoint_hash text;
ALTER TABLE audit_chain_head ADD COLUMN checkpoint_signed_at text;
ALTER TABLE audit_chain_head ADD COLUMN checkpoint_key_id text;
ALTER TABLE audit_chain_head ADD COLUMN checkpoint_signature text;

-- Neither the chain nor the checkpoint number ever goes back (rewinding the head is how deleting the
-- newest rows would be hidden from the chain itself).
CREATE FUNCTION audit_chain_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'audit_chain_head has exactly one row';
  END IF;
  IF NEW.seq < OLD.seq OR NEW.checkpoint_seq < OLD.checkpoint_seq THEN
    RAISE EXCEPTION 'the audit chain head never goes back (seq % → %, checkpoint % → %)',
      OLD.seq, NEW.seq, OLD.checkpoint_seq, NEW.checkpoint_seq;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER audit_chain_head_guard BEFORE UPDATE OR DELETE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION audit_chain_head_guard();

-- Retention purges: a prefix of the chain (seq 1..up_to_seq), all older than the cutoff, removed in
-- one transaction that records here where the remaining chain starts (anchor_hash = row_hash of the
-- last purged row = prev_hash of the first kept one) and writes its own audit row.
CREATE TABLE audit_purges (
  id bigserial PRIMARY KEY,
  up_to_seq bigint NOT NULL CHECK (up_to_seq >= 1),
  anchor_hash text NOT NULL,
  cutoff timestamptz NOT NULL,
  tx bigint NOT NULL,
  purged_at timestamptz NOT NULL DEFAULT now(),
  purged_by text NOT NULL
);

CREATE FUNCTION audit_purges_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_up_to bigint;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'audit_purges is append-only';
  END IF;
  -- 网络安全法 §21: network logs are kept at least six months; a purge never reaches younger rows.
  IF NEW.cutoff > now() - interval '184 days' THEN
    RAISE EXCEPTION 'an audit purge cannot reach rows younger than 184 days';
  END IF;
  SELECT max(up_to_seq) INTO last_up_to FROM audit_purges;
  IF last_up_to IS NOT NULL AND NEW.up_to_seq <= last_up_to THEN
    RAISE EXCEPTION 'an audit purge must go beyond the previous one (seq %)', last_up_to;
  END IF;
  NEW.anchor_hash := (SELECT row_hash FROM audit_log WHERE chain_seq = NEW.up_to_seq);
  IF NEW.anchor_hash IS NULL THEN
    RAISE EXCEPTION 'audit row % is not chained', NEW.up_to_seq;
  END IF;
  IF EXISTS (SELECT 1 FROM audit_log WHERE chain_seq <= NEW.up_to_seq AND occurred_at >= NEW.cutoff) THEN
    RAISE EXCEPTION 'audit rows up to % are not all older than the cutoff', NEW.up_to_seq;
  END IF;
  NEW.tx := txid_current();
  NEW.purged_at := now();
  NEW.purged_by := current_user;
  RETURN NEW;
END;
$$;
CREATE TRIGGER audit_purges_guard BEFORE INSERT OR UPDATE OR DELETE ON audit_purges
  FOR EACH ROW EXECUTE FUNCTION audit_purges_guard();

-- Audit rows are append-only. The 0001 bypass (a session setting skillreg.audit_purge that any
-- session could switch on) is gone: a row may be deleted only by a purge recorded in the same
-- transaction that covers it, and only if it is chained and older than that purge's cutoff.
-- Content columns never change; the sequencer fills the chain columns once.
CREATE OR REPLACE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.chain_seq IS NOT NULL AND EXISTS (
      SELECT 1 FROM audit_purges p
       WHERE p.tx = txid_current() AND OLD.chain_seq <= p.up_to_seq AND OLD.occurred_at < p.cutoff
    ) THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only';
  END IF;
  IF OLD.chain_seq IS NOT NULL
     OR NEW.id IS DISTINCT FROM OLD.id
     OR NEW.occurred_at IS DISTINCT FROM OLD.occurred_at
     OR NEW.request_id IS DISTINCT FROM OLD.request_id
     OR NEW.actor_user_id IS DISTINCT FROM OLD.actor_user_id
     OR NEW.actor_role IS DISTINCT FROM OLD.actor_role
     OR NEW.actor_authority_id IS DISTINCT FROM OLD.actor_authority_id
     OR NEW.actor_institution_id IS DISTINCT FROM OLD.actor_institution_id
     OR NEW.entity IS DISTINCT FROM OLD.entity
     OR NEW.entity_id IS DISTINCT FROM OLD.entity_id
     OR NEW.action IS DISTINCT FROM OLD.action
     OR NEW.before_hash IS DISTINCT FROM OLD.before_hash
     OR NEW.after_hash IS DISTINCT FROM OLD.after_hash
     OR NEW.before_data IS DISTINCT FROM OLD.before_data
     OR NEW.after_data IS DISTINCT FROM OLD.after_data
     OR NEW.citations IS DISTINCT FROM OLD.citations THEN
    RAISE EXCEPTION 'audit_log rows cannot be edited';
  END IF;
  RETURN NEW;
END;
$$;

-- TRUNCATE fires no row trigger: refuse it outright.
CREATE FUNCTION audit_log_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_no_truncate();

-- Fingerprints of the keys every server process must share (issue 10): recorded at the first start,
-- compared at every start. A data key's fingerprint is a SHA-256 of an HKDF output no other use
-- shares; the audit signing key's is the SHA-256 of its public key, which is kept here too so that
-- the public checkpoint endpoint can publish it. During a rotation the previous data key is
-- 'retiring' until the background re-encryption has moved every value to the new one.
CREATE TABLE key_fingerprints (
  key_id text PRIMARY KEY,
  purpose text NOT NULL CHECK (purpose IN ('data', 'audit_signing')),
  fingerprint text NOT NULL UNIQUE,
  public_key text,
  state text NOT NULL CHECK (state IN ('active', 'retiring', 'retired')),
  registered_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz,
  CHECK ((purpose = 'audit_signing') = (public_key IS NOT NULL))
);
CREATE UNIQUE INDEX key_fingerprints_one_active_uq ON key_fingerprints (purpose) WHERE state = 'active';
