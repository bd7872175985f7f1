// Personal data at rest (security.md "Personal data"): document numbers are stored encrypted with
// AES-256-GCM, indexed by an HMAC-SHA256 keyed hash (so that "is this person already registered?"
// needs no decryption), and shown only through one masking function. Both keys are derived from one
// master key with HKDF, so the two uses never share key material.
//
// Key rotation (docs/decisions/0019): every ciphertext names the key that wrote it
// (`v2.<keyId>.<iv>.<ct>.<tag>`); a protector holds the current key and any previous keys, writes with
// the current one and reads with whichever the value names, until the background re-encryption
// (src/persistence/reencrypt-personal-data.ts) has moved every value to the current key.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createSecretKey,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';

export interface ProtectedNumber {
  /** `v2.<keyId>.<iv>.<ciphertext>.<tag>` (base64url parts): the key id says which key reads it. */
  enc: string;
  /** Hex HMAC-SHA256 of the normalised number under the current key: the lookup index. */
  hmac: string;
  masked: string;
}

export interface PersonalDataProtector {
  /** Id of the current key (written into every new ciphertext). */
  readonly keyId: string;
  /** Ids of every key this protector can read with, the current one first. */
  readonly keyIds: readonly string[];
  protect(number: string): ProtectedNumber;
  /**
   * `protect` of many numbers at once, for bulk paths (certificate uploads): the same format and the
   * same keys, with the keys prepared once and every IV drawn from one random buffer (a fresh 12-byte
   * slice per value, never reused). Each result reads back with `reveal` like one from `protect`.
   */
  protectMany(numbers: readonly string[]): ProtectedNumber[];
  reveal(enc: string): string;
  /** The lookup index under the current key. */
  lookupHash(number: string): string;
  /**
   * The lookup index under every configured key, the current one first: while a rotation is under
   * way some rows still carry the previous key's index, and a duplicate check must find them too.
   */
  lookupHashes(number: string): string[];
  /** The key id a stored value was written with ('v1' values predate key ids: undefined). */
  keyIdOf(enc: string): string | undefined;
}

const FORMAT_V1 = 'v1'; // before key ids: readable with any configured key (GCM tells which)
const FORMAT = 'v2';
const IV_BYTES = 12; // the GCM nonce size NIST SP 800-38D recommends
const TAG_BYTES = 16;
// Fixed, public HKDF inputs: the secret is the master key; salt and info only separate the uses.
const HKDF_SALT = Buffer.from('skillreg/personal-data/v1', 'utf8');
const derive = (master: Buffer, info: string): Buffer =>
  Buffer.from(hkdfSync('sha256', master, HKDF_SALT, Buffer.from(info, 'utf8'), 32));

/** Decodes and checks a base64 master key: exactly 32 bytes, or the server refuses to start. */
export function decodeMasterKey(masterKeyBase64: string, variable = 'SKILLREG_DATA_KEY'): Buffer {
  const text = (masterKeyBase64 ?? '').trim();
  const key = Buffer.from(text, 'base64');
  if (
    text === '' ||
    key.length !== 32 ||
    key.toString('base64').replace(/=+$/, '') !== text.replace(/=+$/, '')
  ) {
    throw new Error(
      `数据密钥必须是 base64 编码的 32 字节（${variable}） / personal-data master key must be 32 bytes, base64-encoded (${variable})`,
    );
  }
  return key;
}

/**
 * The fingerprint the database keeps of a data key (SHA-256 of an HKDF output that no other use
 * shares: it reveals nothing about the encryption or index keys), and the short key id derived
 * from it that every ciphertext carries.
 */
export function dataKeyFingerprint(
  masterKeyBase64: string,
  variable?: string,
): { keyId: string; fingerprint: string } {
  const master = decodeMasterKey(masterKeyBase64, variable);
  const fingerprint = createHash('sha256').update(derive(master, 'key fingerprint')).digest('hex');
  master.fill(0);
  return { keyId: fingerprint.slice(0, 16), fingerprint };
}

interface KeyMaterial {
  keyId: string;
  encKey: Buffer;
  macKey: Buffer;
}

function keyMaterial(masterKeyBase64: string): KeyMaterial {
  const { keyId } = dataKeyFingerprint(masterKeyBase64);
  const master = decodeMasterKey(masterKeyBase64);
  const material = {
    keyId,
    encKey: derive(master, 'aes-256-gcm document numbers'),
    macKey: derive(master, 'hmac-sha256 document number index'),
  };
  master.fill(0);
  return material;
}

function decrypt(k: KeyMaterial, iv: string, ct: string, tag: string): string {
  const decipher = createDecipheriv('aes-256-gcm', k.encKey, Buffer.from(iv, 'base64url'), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  // A wrong key or an altered ciphertext fails authentication here and throws.
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
}

/**
 * `currentKey` writes; `previousKeys` (during a rotation) only read. The key id inside a value
 * picks its key; a value naming a key that is not configured cannot be read.
 */
export function createPersonalDataProtector(
  currentKey: string,
  previousKeys: readonly string[] = [],
): PersonalDataProtector {
  const current = keyMaterial(currentKey);
  const keys = new Map<string, KeyMaterial>([[current.keyId, current]]);
  for (const k of previousKeys) {
    const m = keyMaterial(k);
    if (!keys.has(m.keyId)) keys.set(m.keyId, m);
  }
  const all = [...keys.values()];
  const hmacWith = (k: KeyMaterial, number: string) =>
    createHmac('sha256', k.macKey).update(number, 'utf8').digest('hex');
  // The current keys as KeyObjects, for protectMany: imported once instead of once per value.
  let bulk: BulkProtectionKey | undefined;
  const bulkKey = () =>
    (bulk ??= {
      keyId: current.keyId,
      enc: createSecretKey(current.encKey),
      mac: createSecretKey(current.macKey),
    });

  const keyIdOf = (enc: string): string | undefined => {
    const parts = enc.split('.');
    return parts[0] === FORMAT && parts.length === 5 ? parts[1] : undefined;
  };

  const protector: PersonalDataProtector = {
    keyId: current.keyId,
    keyIds: all.map((k) => k.keyId),
    protect(number) {
      const enc = encryptWith(current.keyId, current.encKey, randomBytes(IV_BYTES), number);
      return { enc, hmac: hmacWith(current, number), masked: maskDocumentNumber(number) };
    },
    protectMany: (numbers) => protectManyWith(bulkKey(), numbers),
    reveal(enc) {
      const parts = enc.split('.');
      if (parts[0] === FORMAT && parts.length === 5) {
        const [, keyId, iv, ct, tag] = parts as [string, string, string, string, string];
        const k = keys.get(keyId);
        if (!k) throw new Error(`personal data was encrypted with key ${keyId}, which is not configured`);
        if (!iv || !tag) throw new Error('unknown personal-data ciphertext format');
        return decrypt(k, iv, ct, tag);
      }
      const [format, iv, ct, tag, ...rest] = parts;
      if (format !== FORMAT_V1 || !iv || ct === undefined || !tag || rest.length > 0) {
        throw new Error('unknown personal-data ciphertext format');
      }
      let last: unknown;
      for (const k of all) {
        try {
          return decrypt(k, iv, ct, tag);
        } catch (err) {
          last = err;
        }
      }
      throw last;
    },
    lookupHash: (number) => hmacWith(current, number),
    lookupHashes: (number) => all.map((k) => hmacWith(k, number)),
    keyIdOf,
  };
  bulkKeys.set(protector, bulkKey);
  return protector;
}

const encryptWith = (keyId: string, key: Buffer | KeyObject, iv: Buffer, number: string): string => {
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  // GCM is a stream mode: final() adds nothing, so update's output is the whole ciphertext (a million
  // upload rows come through here: no concat, no intermediate arrays).
  const ct = cipher.update(number, 'utf8');
  cipher.final();
  const tag = cipher.getAuthTag();
  return `${FORMAT}.${keyId}.${iv.toString('base64url')}.${ct.toString('base64url')}.${tag.toString('base64url')}`;
};

/**
 * A protector's current key as KeyObjects, for protectMany in a worker thread of this process
 * (KeyObjects pass through postMessage; the certificate upload's checks run in one, decision 0032).
 * It writes only: reading and older keys stay with the protector.
 */
export interface BulkProtectionKey {
  keyId: string;
  enc: KeyObject;
  mac: KeyObject;
}
const bulkKeys = new WeakMap<PersonalDataProtector, () => BulkProtectionKey>();

export function bulkProtectionKey(pd: PersonalDataProtector): BulkProtectionKey {
  const key = bulkKeys.get(pd);
  if (!key) throw new Error('not a protector of createPersonalDataProtector');
  return key();
}

/** protectMany with a BulkProtectionKey: every IV a fresh 12-byte slice of one random buffer. */
export function protectManyWith(k: BulkProtectionKey, numbers: readonly string[]): ProtectedNumber[] {
  const ivs = randomBytes(IV_BYTES * numbers.length);
  return numbers.map((number, i) => ({
    enc: encryptWith(k.keyId, k.enc, ivs.subarray(i * IV_BYTES, (i + 1) * IV_BYTES), number),
    hmac: createHmac('sha256', k.mac).update(number, 'utf8').digest('hex'),
    masked: maskDocumentNumber(number),
  }));
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
