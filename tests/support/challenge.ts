// Solves the proof-of-work challenge of public forms (src/http/challenge.ts) as the browser widget does:
// fetch a challenge, search the counter, send the base64 payload in the body's `altcha` field.
import type { LightMyRequestResponse } from 'fastify';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';

/**
 * A fresh solved challenge, ready to go into a public form's `altcha` field. `get` sends a GET to the
 * app (any client of the test: the challenge needs no account).
 */
export async function solvedChallenge(
  get: (url: string) => Promise<LightMyRequestResponse>,
): Promise<string> {
  const res = await get('/api/v1/public/challenge');
  if (res.statusCode !== 200) throw new Error(`challenge: ${res.statusCode} ${res.body}`);
  const challenge = res.json<Challenge>();
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('challenge not solved');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}
