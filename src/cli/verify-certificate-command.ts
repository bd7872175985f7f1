// `npm run cli -- verify-certificate <payload|file.pdf> --keys <jwks.json> [--status <list.json>]
// [--name <name>]` (issue 12 point 3): checks an e-certificate's QR payload without the server — the
// signature against a saved copy of the published keys, the holder's name against the payload's hash when
// given, and the revocation bit of the certificate in a saved status list when given (its list and bit
// are read from the certificate number, decision 0034; `--index` overrides the bit). Exit code 0 when the certificate checks
// out, 1 when it does not, 2 on wrong usage. Given the path of an e-certificate PDF (a name ending in .pdf)
// instead of the payload, it reads the payload the PDF carries in its Info dictionary (pdf-payload.ts).
import { readFile, stat } from 'node:fs/promises';
import {
  holderNameHash,
  verifyCertificatePayload,
  type PayloadCheck,
} from '../verification/certificate-payload.js';
import { fromKeySet } from '../verification/key-set.js';
import { payloadFromPdf } from '../verification/pdf-payload.js';
import {
  isRevokedAt,
  statusIndexOf,
  statusListIdOf,
  verifyStatusList,
  type StatusListDocument,
} from '../verification/status-list.js';

const USAGE =
  '用法 / usage: npm run cli -- verify-certificate <payload|证书.pdf> --keys <jwks.json> [--status <list.json>] [--name <持证人姓名>]';

const REASONS: Record<Exclude<PayloadCheck, { ok: true }>['reason'], string> = {
  malformed: '不是本平台电子证书的二维码内容 / not a SkillReg certificate payload',
  unknown_key: '签名密钥不在公布的密钥中（请更新密钥文件）/ signed by a key not in the published set',
  key_not_valid_then: '签名之日该密钥不在有效期内 / the key was not valid on the day it signed',
  bad_signature: '签名不符：内容被改动或伪造 / the signature does not match: altered or forged',
};

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function runVerifyCertificateCommand(
  args: string[],
  out: (line: string) => void = console.log,
  now: Date = new Date(),
): Promise<number> {
  const subject = args[0];
  const keysFile = option(args, '--keys');
  if (!subject || subject.startsWith('--') || !keysFile) {
    out(USAGE);
    return 2;
  }
  let payload = subject;
  if (/\.pdf$/i.test(subject)) {
    const file = await stat(subject).catch(() => null);
    if (!file?.isFile()) {
      out(`✗ 找不到文件 / no such file: ${subject}`);
      return 2;
    }
    const found = payloadFromPdf(await readFile(subject));
    if (found === null) {
      out(
        `✗ 该 PDF 中没有本平台电子证书的签名内容 / this PDF carries no SkillReg certificate payload: ${subject}`,
      );
      return 1;
    }
    out(`  从 PDF 读取 / read from the PDF: ${subject}`);
    payload = found;
  }
  const keys = fromKeySet(JSON.parse(await readFile(keysFile, 'utf8')) as unknown);
  const check = verifyCertificatePayload(payload, keys);
  if (!check.ok) {
    out(`✗ ${REASONS[check.reason]}`);
    return 1;
  }
  const c = check.claims;
  out(`✓ 签名有效 / signature valid (key ${c.keyId}, signed ${c.signedOn})`);
  out(`  证书编号 / number: ${c.number}`);
  out(`  职业（工种）/ occupation: ${c.occupationCode}  等级 / level: ${c.level}`);
  out(`  发证日期 / issued: ${c.issuedOn}  发证机构 / issuer: ${c.issuer}`);
  let good = true;
  const name = option(args, '--name');
  if (name !== undefined) {
    const same = holderNameHash(c.number, name) === c.holderNameHash;
    out(
      same
        ? `✓ 持证人姓名相符 / the holder's name matches`
        : `✗ 持证人姓名不符 / the holder's name does not match`,
    );
    good &&= same;
  }
  const statusFile = option(args, '--status');
  if (statusFile !== undefined) {
    const given = option(args, '--index');
    const index = given === undefined ? statusIndexOf(c.number) : Number(given);
    if (!Number.isInteger(index) || index < 0) {
      out(USAGE);
      return 2;
    }
    const doc = JSON.parse(await readFile(statusFile, 'utf8')) as StatusListDocument;
    const list = verifyStatusList(doc, keys, now);
    if (!list.ok) {
      out(
        list.reason === 'expired'
          ? `✗ 状态列表已过期，请更新后再核验 / the status list has expired: refresh it`
          : `✗ 状态列表不可信（${list.reason}）/ the status list cannot be trusted (${list.reason})`,
      );
      return 1;
    }
    if (doc.issuer !== c.issuer || (doc.statusListId && doc.statusListId !== statusListIdOf(c.number))) {
      out(`✗ 状态列表属于另一发证机构 / the status list is another issuer's`);
      return 1;
    }
    const revoked = isRevokedAt(list.bits, index);
    out(
      revoked
        ? `✗ 证书已撤销或注销（状态列表 ${doc.validFrom}）/ revoked (status list of ${doc.validFrom})`
        : `✓ 证书未被撤销（状态列表 ${doc.validFrom}）/ not revoked (status list of ${doc.validFrom})`,
    );
    good &&= !revoked;
  }
  return good ? 0 : 1;
}
