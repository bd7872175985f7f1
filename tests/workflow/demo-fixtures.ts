// Helpers of the workflow tests that run on the demo registry (seedAll with demo: true): the demo
// accounts as Actors without logging in, registry numbers that do not collide with the demo's, the
// case's current version, and the refusal a use case throws with the findings it carries.
import { expect } from 'vitest';
import type { Database } from '../../src/persistence/database.js';
import { AppError } from '../../src/domain/errors.js';
import type { Finding } from '../../src/rules/finding.js';
import { orgCodeCheckCharacter, usccCheckCharacter } from '../../src/domain/uscc.js';

/** A demo account (README lists them) as the Actor the HTTP layer would build after login. */
export { demoActor } from '../../src/persistence/seed/demo/demo-actor.js';

let serial = 77_000_000;
/**
 * A valid USCC (GB 32100-2015) the demo registry does not hold: '91' an enterprise, '51' a social group
 * (协会), '52' a private non-enterprise unit, '12' a public institution; `division` is the registering area.
 */
export function testUscc(head: '91' | '51' | '52' | '12', division = '110000'): string {
  const body8 = String(++serial).padStart(8, '0');
  const first17 = `${head}${division}${body8}${orgCodeCheckCharacter(body8)}`;
  return first17 + usccCheckCharacter(first17);
}

/** The case's version now: the optimistic check of every event needs it. */
export async function caseVersion(db: Database, caseId: string): Promise<number> {
  return (await db.selectFrom('cases').select('version').where('id', '=', caseId).executeTakeFirstOrThrow())
    .version;
}

/** The AppError a refused use case rejects with (the test fails if it resolves or throws anything else). */
export async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}
export const findingsOf = (e: AppError) => (e.extra?.findings ?? []) as Finding[];
export const ruleFindings = (fs: readonly Finding[], id: string) => fs.filter((f) => f.ruleId === id);
