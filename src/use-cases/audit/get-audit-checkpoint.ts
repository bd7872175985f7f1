// The latest signed audit checkpoint, for anyone (issue 9 point 3): outsiders — another authority,
// an auditor — fetch it regularly and keep copies, so that a later deletion of the newest audit rows
// cannot be hidden by rewinding the database. It holds no personal data: a length, a hash, a number,
// a time, the signing key's id and public half.
import { AppError } from '../../domain/errors.js';
import type { Database } from '../../persistence/database.js';
import { latestCheckpoint } from '../../audit/chain-audit.js';
import { auditSigningPublicKey } from '../../persistence/key-fingerprints.repository.js';
import type { SignedCheckpoint } from '../../audit/audit-checkpoint.js';

export interface PublicCheckpoint extends SignedCheckpoint {
  algorithm: 'Ed25519';
  /** What the signature covers, with the values in this order. */
  signedPayload: string;
  publicKey: string;
}

export async function getAuditCheckpoint(db: Database): Promise<PublicCheckpoint> {
  const cp = await latestCheckpoint(db);
  const publicKey = cp ? await auditSigningPublicKey(db, cp.keyId) : undefined;
  if (!cp || !publicKey) {
    throw new AppError(
      404,
      'AUDIT_CHECKPOINT_NONE',
      '尚无审计检查点',
      '审计链尚无已签名的检查点（尚无审计记录被链接）',
    );
  }
  return {
    ...cp,
    algorithm: 'Ed25519',
    signedPayload: 'skillreg-audit-checkpoint/v2|checkpointSeq|length|headHash|signedAt|keyId',
    publicKey,
  };
}
