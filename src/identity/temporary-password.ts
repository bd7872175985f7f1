// The temporary password an administrator hands over at account creation or reset: random, meets the
// password policy, and must be changed at the first login (users.must_change_password).
import { randomInt } from 'node:crypto';
import { checkPassword } from './password-policy.js';

const UPPER = 'ABCDEFGHJKMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const DIGIT = '23456789';
const pick = (set: string) => set[randomInt(set.length)]!;

/** `Xxxx-xx9x-9Xxx`: three groups of four with every class, ~60 bits. */
export function newTemporaryPassword(username = ''): string {
  for (;;) {
    const all = UPPER + LOWER + DIGIT;
    const groups = Array.from({ length: 3 }, (_, g) =>
      [g === 0 ? pick(UPPER) : pick(all), pick(LOWER), g === 1 ? pick(DIGIT) : pick(all), pick(all)].join(''),
    );
    const candidate = groups.join('-');
    if (checkPassword(candidate, username) === null) return candidate;
  }
}
