// One-time recovery codes of the second factor (ASVS V6.5 lookup secrets): 10 codes of 10 characters
// from a 31-character alphabet without look-alikes (~49 bits each), shown once, stored as argon2id hashes.
import { randomInt } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I/L
const LENGTH = 10;

/** `ABCDE-FGHJK`: grouped for reading aloud; the dash is optional when typed. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]!).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** What is hashed and compared: upper case, no dashes or spaces. Null when it cannot be a code. */
export function normaliseRecoveryCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, '');
  return s.length === LENGTH && [...s].every((c) => ALPHABET.includes(c)) ? s : null;
}
