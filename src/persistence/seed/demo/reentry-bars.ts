// Demo step 'demo/reentry-bars' (issue 15 point 7; 1x-exit §10): a barred entity can try to apply to the open
// 1+X recruitment call and be refused with its bar. The bars themselves come from the exit steps that run
// before this one (a completed voluntary 1+X exit: 3 years; a revocation: 5 years — applyExit writes them).
// A refused application changes nothing, so nothing is stored for it; what this step makes sure of is a
// login for the barred entity: when no institution account is bound to it, the administrator creates one
// through the real account use case (`inst_barred`), and its first password change sets the demo password.
// With no bar in force (the exit steps not there yet) it does nothing and claims nothing: a later start
// looks again.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../database.js';
import { runOnce } from '../seed-runs.js';
import { demoActor } from './demo-actor.js';
import { DEMO_PASSWORD } from './accounts.js';
import { createAccount } from '../../../use-cases/accounts/create-account.js';
import { changePassword } from '../../../use-cases/accounts/change-password.js';
import { todayInChina } from '../../../use-cases/registry/registry-context.js';

export const REENTRY_BARS_STEP = 'demo/reentry-bars' as const;
/** The account made for a barred entity that has none (README: 退出限制). */
export const BARRED_USERNAME = 'inst_barred';

export async function runReentryBarsDemo(db: Database): Promise<boolean> {
  const today = todayInChina();
  const bars = await db
    .selectFrom('reentry_bars as r')
    .leftJoin('users as u', (j) =>
      j.onRef('u.institution_id', '=', 'r.institution_id').on('u.role', '=', 'institution_staff'),
    )
    .select(['r.institution_id', 'r.institution_name', 'r.decided_on', 'u.username'])
    .where('r.decided_on', '<=', today)
    .where('r.last_barred_day', '>=', today)
    .orderBy('r.decided_on', 'desc')
    .execute();
  if (bars.length === 0) return false;
  // A barred entity with a login already: the README names it, nothing to make.
  if (bars.some((b) => b.username !== null)) return false;
  if (!(await runOnce(db, REENTRY_BARS_STEP, async () => ({ claimed: 1 })))) return false;
  try {
    const bar = bars[0]!;
    const admin = await demoActor(db, 'admin');
    const { account, temporaryPassword } = await createAccount(
      db,
      { caller: admin, requestId: 'demo/reentry-bars' },
      {
        username: BARRED_USERNAME,
        displayName: `${bar.institution_name}（演示）`,
        role: 'institution_staff',
        institutionId: bar.institution_id,
      },
    );
    const user = await demoActor(db, account.username);
    await changePassword(
      db,
      { caller: user, requestId: 'demo/reentry-bars', sessionId: randomUUID() },
      { currentPassword: temporaryPassword, newPassword: DEMO_PASSWORD },
    );
    return true;
  } catch (err) {
    console.warn(
      `演示退出限制账号未能生成 / demo re-entry bar account incomplete: ${(err as Error).message}`,
    );
    return false;
  }
}
