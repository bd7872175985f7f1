// Personal data at rest (security.md "Personal data"): document numbers are stored encrypted with
// AES-256-GCM, indexed by an HMAC-SHA256 keyed hash (so that "is this person already registered?"
// needs no decryption), and shown only through one masking function. Both keys are derived from one
// master key with HKDF, so the two uses never share key material.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

export interface ProtectedNumber {
  /** `v1.<iv>.<ciphertext>.<tag>` in base64url: versioned so that SM4-GCM can be added beside it. */
  enc: string;
  /** Hex HMAC-SHA256 of the normalised number: the lookup index. */
  hmac: string;
  masked: string;
}

export interface PersonalDataProtector {
  protect(number: string): ProtectedNumber;
  reveal(enc: string): string;
  lookupHash(number: string): string;
}

const FORMAT = 'v1';
const IV_BYTES = 12; // the GCM nonce size NIST SP 800-38D recommends
const TAG_BYTES = 16;
// Fixed, public HKDF inputs: the secret is the master key; salt and info only separate the uses.
const HKDF_SALT = Buffer.from('skillreg/personal-data/v1', 'utf8');
const derive = (master: Buffer, info: string): Buffer =>
  Buffer.from(hkdfSync('sha256', master, HKDF_SALT, Buffer.from(info, 'utf8'), 32));

/** Decodes and checks a base64 master key: exactly 32 bytes, or the server refuses to start. */
export function decodeMasterKey(masterKeyBase64: string): Buffer {
  const text = (masterKeyBase64 ?? '').trim();
  const key = Buffer.from(text, 'base64');
  if (
    text === '' ||
    key.length !== 32 ||
    key.toString('base64').replace(/=+$/, '') !== text.replace(/=+$/, '')
  ) {
    throw new Error('personal-data master key must be 32 bytes, base64-encoded (SKILLREG_DATA_KEY)');
  }
  return key;
}

export function createPersonalDataProtector(masterKeyBase64: string): PersonalDataProtector {
  const master = decodeMasterKey(masterKeyBase64);
  const encKey = derive(master, 'aes-256-gcm document numbers');
  const macKey = derive(master, 'hmac-sha256 document number index');
  master.fill(0);

  const lookupHash = (number: string): string =>
    createHmac('sha256', macKey).update(number, 'utf8').digest('hex');

  return {
    protect(number) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const ct = Buffer.concat([cipher.update(number, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      const enc = [FORMAT, iv, ct, tag]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
      return { enc, hmac: lookupHash(number), masked: maskDocumentNumber(number) };
    },
    reveal(enc) {
      const [format, iv, ct, tag, ...rest] = enc.split('.');
      if (format !== FORMAT || !iv || ct === undefined || !tag || rest.length > 0) {
        throw new Error('unknown personal-data ciphertext format');
      }
      const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64url'), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      // A wrong key or an altered ciphertext fails authentication here and throws.
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
    lookupHash,
  };
}

/**
 * The one masking function for document numbers (security.md): first 3 and last 4 characters
 * visible for an 18-character 身份证号 (`110***********123X`); shorter numbers keep proportionally
 * less (3/18 in front, 4/18 at the end, rounded down), so that most of any number stays hidden.
 */
export function maskDocumentNumber(s: string): string {
  const chars = Array.from(s);
  const n = chars.length;
  const head = Math.min(3, Math.floor((n * 3) / 18));
  const tail = Math.min(4, Math.floor((n * 4) / 18));
  return chars.map((c, i) => (i < head || i >= n - tail ? c : '*')).join('');
}

// 复姓: a name starting with one of these keeps both characters of the surname ('欧阳**').
const COMPOUND_SURNAMES = new Set(
  (
    '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 轩辕 端木 南宫 西门 独孤 呼延 ' +
    '百里 东郭 万俟 澹台 公冶 太史 申屠 钟离 闻人 赫连 拓跋 第五 单于 濮阳 淳于 仲孙 司空 亓官 司寇 ' +
    '子车 颛孙 巫马 公西 漆雕 乐正 壤驷 公良 梁丘 左丘 东门 谷梁 羊舌 微生 公羊 闾丘 鲜于 宗政'
  ).split(' '),
);

/** Names on public pages: the surname stays, every other character becomes '*' ('张*', '欧阳**'). */
export function maskName(s: string): string {
  const chars = Array.from(s.trim());
  if (chars.length <= 1) return chars.join('');
  const keep = chars.length > 2 && COMPOUND_SURNAMES.has(chars[0]! + chars[1]!) ? 2 : 1;
  return chars.map((c, i) => (i < keep || c === '·' || c === ' ' ? c : '*')).join('');
}
