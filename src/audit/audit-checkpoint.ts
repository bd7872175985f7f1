// Signed checkpoints of the audit chain head, kept outside the database (a file in the data
// directory, or wherever SKILLREG_AUDIT_CHECKPOINT points), so that deleting the newest audit rows
// together with the head is still detected. Ed25519 signatures from node:crypto.
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ChainHead } from './chain-audit.js';

export interface Checkpoint extends ChainHead {
  signedAt: string;
  signature: string;
}

const payload = (c: ChainHead, signedAt: string) =>
  Buffer.from(`skillreg-audit|${c.seq}|${c.hash}|${signedAt}`);

export interface CheckpointStore {
  write(head: ChainHead): Promise<void>;
  read(): Promise<Checkpoint | undefined>;
}

async function loadKey(dataDir: string, env: NodeJS.ProcessEnv): Promise<KeyObject> {
  if (env.SKILLREG_AUDIT_SIGNING_KEY) return createPrivateKey(env.SKILLREG_AUDIT_SIGNING_KEY);
  // Development default: a key generated once into the data directory. Production configures
  // SKILLREG_AUDIT_SIGNING_KEY (PEM) and keeps the checkpoint file on other storage.
  const file = join(dataDir, 'audit-signing-key.pem');
  if (existsSync(file)) return createPrivateKey(await readFile(file, 'utf8'));
  const { privateKey } = generateKeyPairSync('ed25519');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  return privateKey;
}

export async function checkpointStore(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<CheckpointStore> {
  const key = await loadKey(dataDir, env);
  const pub = createPublicKey(key);
  const file = env.SKILLREG_AUDIT_CHECKPOINT ?? join(dataDir, 'audit-checkpoint.json');
  return {
    async write(head) {
      const signedAt = new Date().toISOString();
      const signature = sign(null, payload(head, signedAt), key).toString('base64');
      const cp: Checkpoint = { seq: Number(head.seq), hash: head.hash, signedAt, signature };
      await mkdir(dirname(file), { recursive: true });
      await writeFile(`${file}.tmp`, JSON.stringify(cp));
      await rename(`${file}.tmp`, file);
    },
    async read() {
      if (!existsSync(file)) return undefined;
      const cp = JSON.parse(await readFile(file, 'utf8')) as Checkpoint;
      const ok = verify(null, payload(cp, cp.signedAt), pub, Buffer.from(cp.signature, 'base64'));
      if (!ok) throw new Error(`audit checkpoint ${file} has an invalid signature`);
      return cp;
    },
  };
}
