// `npm run cli -- verify-certificate` (issue 12 point 3): an e-certificate's payload checked offline
// against saved copies of the published keys and of the issuer's status list.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVerifyCertificateCommand } from '../../src/cli/verify-certificate-command.js';
import { toKeySet } from '../../src/verification/key-set.js';
import { signStatusList, STATUS_LIST_BITS, statusIndexOf } from '../../src/verification/status-list.js';
import { ISSUER, NUMBER, signedPayload, signingKey as key, verificationKey } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'skillreg-verify-'));
const keysFile = join(dir, 'jwks.json');
writeFileSync(keysFile, JSON.stringify(toKeySet([verificationKey])));
const payload = signedPayload();
const now = new Date('2026-06-01T09:00:00Z');
function statusFile(revoked: number[]): string {
  const file = join(dir, `status-${revoked.join('-')}.json`);
  const doc = signStatusList(
    {
      statusListId: NUMBER.slice(0, 15),
      issuer: ISSUER,
      revoked,
      bits: STATUS_LIST_BITS,
      validFrom: new Date('2026-06-01T08:00:00Z'),
      validUntil: new Date('2026-06-02T08:00:00Z'),
    },
    key,
  );
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

async function run(args: string[]) {
  const lines: string[] = [];
  const code = await runVerifyCertificateCommand(args, (l) => lines.push(l), now);
  return { code, text: lines.join('\n') };
}

describe('npm run cli -- verify-certificate', () => {
  it('checks the signature and the holder’s name, and prints what the certificate says', async () => {
    const r = await run([payload, '--keys', keysFile, '--name', '王小明']);
    expect(r.code).toBe(0);
    expect(r.text).toContain('签名有效');
    expect(r.text).toContain(NUMBER);
    expect(r.text).toContain('持证人姓名相符');
  });

  it('fails on another name, on an altered payload, and names why', async () => {
    expect((await run([payload, '--keys', keysFile, '--name', '王小红'])).code).toBe(1);
    const altered = payload.replace('.3.', '.4.');
    const r = await run([altered, '--keys', keysFile]);
    expect(r.code).toBe(1);
    expect(r.text).toContain('签名不符');
  });

  it('reads the revocation from a saved status list: fine before, revoked after the refresh', async () => {
    const before = await run([payload, '--keys', keysFile, '--status', statusFile([]), '--index', '42']);
    expect(before.code).toBe(0);
    expect(before.text).toContain('证书未被撤销');
    const after = await run([payload, '--keys', keysFile, '--status', statusFile([42]), '--index', '42']);
    expect(after.code).toBe(1);
    expect(after.text).toContain('证书已撤销');
  });

  it('finds the certificate’s bit from its number when no index is given (decision 0034)', async () => {
    const bit = statusIndexOf(NUMBER);
    expect((await run([payload, '--keys', keysFile, '--status', statusFile([bit + 1])])).code).toBe(0);
    const revoked = await run([payload, '--keys', keysFile, '--status', statusFile([bit])]);
    expect(revoked.code).toBe(1);
    expect(revoked.text).toContain('证书已撤销');
  });

  it('answers with the usage when arguments are missing', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run([payload])).code).toBe(2);
    expect((await run([payload, '--keys', keysFile, '--status', statusFile([]), '--index', 'x'])).code).toBe(
      2,
    );
  });
});
