// Signed checkpoints of the audit chain (issue 9 point 3), as transparency logs do it: a checkpoint
// says "the chain had `length` rows and its head hash was `headHash`", carries a number that only
// grows (`checkpointSeq`, advanced in the database under the chain-head lock, so several processes
// never reuse or reverse it) and an Ed25519 signature. It is published on
// GET /api/v1/public/audit/checkpoint so that outsiders keep copies (witnesses); each server process
// also keeps one in SKILLREG_AUDIT_CHECKPOINT, ideally on storage other than the database's.
// `npm run audit:verify -- --checkpoint FILE` checks the database against any such copy.
import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AuditSigningKey } from './audit-signing-key.js';

export interface SignedCheckpoint {
  /** Grows by one with every checkpoint signed, across all processes. */
  checkpointSeq: number;
  /** Chain length (the seq of the head row) when it was signed. */
  length: number;
  headHash: string;
  signedAt: string;
  keyId: string;
  /** Ed25519 over checkpointPayload(), base64. */
  signature: string;
}

/** The exact bytes that are signed. 'v1' files (before 0012) signed `skillreg-audit|seq|hash|signedAt`. */
export function checkpointPayload(c: Omit<SignedCheckpoint, 'signature'>): Buffer {
  return Buffer.from(
    `skillreg-audit-checkpoint/v2|${c.checkpointSeq}|${c.length}|${c.headHash}|${c.signedAt}|${c.keyId}`,
  );
}

export function signCheckpoint(
  key: AuditSigningKey,
  c: { checkpointSeq: number; length: number; headHash: string },
  now: Date = new Date(),
): SignedCheckpoint {
  const unsigned = { ...c, signedAt: now.toISOString(), keyId: key.keyId };
  return {
    ...unsigned,
    signature: sign(null, checkpointPayload(unsigned), key.privateKey).toString('base64'),
  };
}

/** A checkpoint as read from a file or the network, with whether its signature holds for `publicKey`. */
export function checkpointSignatureValid(
  cp: SignedCheckpoint & { legacy?: boolean },
  publicKey: KeyObject,
): boolean {
  const payload = cp.legacy
    ? Buffer.from(`skillreg-audit|${cp.length}|${cp.headHash}|${cp.signedAt}`)
    : checkpointPayload(cp);
  try {
    return verify(null, payload, publicKey, Buffer.from(cp.signature, 'base64'));
  } catch {
    return false;
  }
}

export const publicKeyFromPem = (pem: string): KeyObject => createPublicKey(pem);

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isHex64 = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);

/**
 * Parses a checkpoint file's text: the current shape, or the pre-0012 one ({seq, hash, signedAt,
 * signature}: read as checkpoint number 0, `legacy`). Anything else is refused with a message.
 */
export function parseCheckpoint(text: string): SignedCheckpoint & { legacy?: boolean } {
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new Error('检查点文件不是有效的 JSON / the checkpoint file is not valid JSON');
  }
  if (v && typeof v === 'object' && isInt(v.checkpointSeq) && isInt(v.length) && isHex64(v.headHash)) {
    if (typeof v.signedAt === 'string' && typeof v.keyId === 'string' && typeof v.signature === 'string') {
      return {
        checkpointSeq: v.checkpointSeq,
        length: v.length,
        headHash: v.headHash,
        signedAt: v.signedAt,
        keyId: v.keyId,
        signature: v.signature,
      };
    }
  }
  if (v && typeof v === 'object' && isInt(v.seq) && isHex64(v.hash) && typeof v.signature === 'string') {
    return {
      checkpointSeq: 0,
      length: v.seq,
      headHash: v.hash,
      signedAt: String(v.signedAt),
      keyId: '',
      signature: v.signature,
      legacy: true,
    };
  }
  throw new Error('检查点文件格式不正确 / the checkpoint file has an unknown shape');
}

export interface CheckpointFile {
  readonly path: string;
  /** undefined when the file does not exist. */
  read(): Promise<(SignedCheckpoint & { legacy?: boolean }) | undefined>;
  /** Replaces the file only with a newer checkpoint (a higher number); returns whether it wrote. */
  write(cp: SignedCheckpoint): Promise<boolean>;
}

export function checkpointFile(path: string): CheckpointFile {
  const read = async () => {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    return parseCheckpoint(text);
  };
  let last = -1;
  return {
    path,
    read,
    async write(cp) {
      if (cp.checkpointSeq <= last) return false;
      const current = await read().catch(() => undefined);
      if (current && !current.legacy && current.checkpointSeq >= cp.checkpointSeq) return false;
      await mkdir(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(cp, null, 2) + '\n');
      await rename(tmp, path);
      last = cp.checkpointSeq;
      return true;
    },
  };
}
