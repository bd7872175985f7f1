// Demo step 'demo/verification' (issue 12): a certificate that no longer stands, so that the public
// verification page shows what a declared-invalid certificate looks like (never "valid": the day and
// the reason category). 贵阳市人社局 (account guiyang), which filed 贵州黔康, declares the second
// certificate 黔康 issued at level 4 invalid through the use case — cheating found after the
// evaluation, mohrss-violations §8 — with its history row and audit entry, as a person would.
// A one-time step (seed_runs); a failure is reported and the demo goes on.
import type { Database } from '../../database.js';
import type { PersonalDataProtector } from '../../../identity/personal-data.js';
import { runOnce } from '../seed-runs.js';
import { demoActor } from './demo-actor.js';
import { changeCertificateStatus } from '../../../use-cases/certificates/change-certificate-status.js';
import { todayInChina } from '../../../use-cases/registry/registry-context.js';

export const VERIFICATION_STEP = 'demo/verification' as const;

async function invalidateOne(db: Database, personalData: PersonalDataProtector): Promise<void> {
  const institution = await demoActor(db, 'inst_qk');
  const target = await db
    .selectFrom('certificates')
    .select(['id'])
    .where('institution_id', '=', institution.institutionId!)
    .where('session_id', 'is not', null)
    .where('level', '=', 4)
    .where('status', '=', 'valid')
    .orderBy('issue_year', 'desc')
    .orderBy('number', 'desc')
    .executeTakeFirst();
  if (!target) return;
  await changeCertificateStatus({ db, caller: await demoActor(db, 'guiyang'), personalData }, target.id, {
    to: 'invalidated',
    reason: '评价结束后经核查发现该考生由他人代考（演示数据）',
    effectiveOn: todayInChina(),
    articles: [{ regime: 'mohrss-violations', article: '第八条' }],
  });
}

export async function runVerificationDemo(
  db: Database,
  personalData: PersonalDataProtector,
): Promise<boolean> {
  if (!(await runOnce(db, VERIFICATION_STEP, async () => ({ claimed: 1 })))) return false;
  try {
    await invalidateOne(db, personalData);
    return true;
  } catch (err) {
    console.warn(`演示证书核验数据未能生成 / demo verification data incomplete: ${(err as Error).message}`);
    return false;
  }
}
