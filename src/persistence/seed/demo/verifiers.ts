// Demo step 'demo/verifiers' (issue 12 points 2, 4; decision 0035): three organisations that verify
// certificates in batches, made as people would make them, through the use cases.
// - 贵州黔程人力资源服务有限公司 (an employer's HR; account verifier_hr): created by admin, one active API key
//   created by its verifier (its full value was shown once, at the seed, and is gone — the demo shows
//   its prefix and usage), and five days of batch checks of demo certificate numbers (valid, one
//   declared invalid, unknown) made by really calling the batch use case on those days.
// - 遵义智聘人力资源有限公司 (account verifier_zy): a key used for three days, then 贵州省人社厅 (guizhou)
//   revoked its certificate-data read rights and ordered it to delete what it read (mohrss-violations
//   §15 ¶2), so that 证书数据读取单位 shows both states and verifier_zy sees the red notice.
// - 贵州省终身教育学分银行 (a credit bank; account credit_bank): exports certificates as signed credentials by
//   occupation and date range with its key (issue 12 point 4).
// A one-time step (seed_runs); a failure is reported and the demo goes on.
import type { Database } from '../../database.js';
import type { PersonalDataProtector } from '../../../identity/personal-data.js';
import type { Actor } from '../../../policies/actor.js';
import { hashPassword } from '../../../identity/password.js';
import { runOnce } from '../seed-runs.js';
import { demoActor } from './demo-actor.js';
import { demoId } from './ids.js';
import { DEMO_PASSWORD } from './accounts.js';
import {
  createVerifierOrganisation,
  orderDeletion,
  revokeReadRights,
} from '../../../use-cases/verifiers/verifier-organisations.js';
import { createApiKey } from '../../../use-cases/verifiers/api-keys.js';
import { verifyBatch, type BatchItem } from '../../../use-cases/verifiers/batch-verify.js';

export const VERIFIERS_STEP = 'demo/verifiers' as const;

const DAY_MS = 86_400_000;

async function verifierAccount(
  db: Database,
  username: string,
  displayName: string,
  organisationId: string,
): Promise<Actor> {
  const id = demoId('user', username);
  await db
    .insertInto('users')
    .values({
      id,
      username,
      display_name: displayName,
      password_hash: await hashPassword(DEMO_PASSWORD),
      role: 'verifier',
      authority_id: null,
      institution_id: null,
      expert_id: null,
      verifier_id: organisationId,
    })
    .onConflict((oc) => oc.column('username').doNothing())
    .execute();
  return { userId: id, username, role: 'verifier', verifierId: organisationId };
}

/** Numbers to check: queryable demo certificates (the newest first), the declared-invalid one, unknowns. */
async function demoNumbers(db: Database): Promise<{ known: string[]; invalid: string[]; unknown: string[] }> {
  const known = await db
    .selectFrom('certificates')
    .select('number')
    .where('status', '=', 'valid')
    .orderBy('issue_year', 'desc')
    .orderBy('number')
    .limit(400)
    .execute();
  const invalid = await db
    .selectFrom('certificates')
    .select('number')
    .where('status', '<>', 'valid')
    .limit(5)
    .execute();
  const unknown = known.slice(0, 20).map((r) => `${r.number.slice(0, 16)}9${r.number.slice(17)}`);
  return { known: known.map((r) => r.number), invalid: invalid.map((r) => r.number), unknown };
}

async function checkOnDays(
  db: Database,
  personalData: PersonalDataProtector,
  channel: { organisationId: string; keyId: string },
  numbers: Awaited<ReturnType<typeof demoNumbers>>,
  days: number[],
): Promise<void> {
  for (const [i, back] of days.entries()) {
    const count = 40 + ((i * 37) % 90);
    const items: BatchItem[] = [
      // The demo has few certificates at this step (the uploads come later): the same ones come back,
      // as applicants' certificates do when a recruitment system checks its candidates again.
      ...Array.from({ length: numbers.known.length > 0 ? count : 0 }, (_, j) => ({
        certificateNumber: numbers.known[(i * 30 + j) % numbers.known.length]!,
      })),
      ...numbers.invalid.map((n) => ({ certificateNumber: n })),
      ...numbers.unknown.slice(0, 3 + i).map((n) => ({ certificateNumber: n })),
    ];
    const at = new Date(Date.now() - back * DAY_MS);
    // Two requests a day, as a recruitment system checking its applicants would.
    await verifyBatch(db, personalData, channel, items.slice(0, Math.ceil(items.length / 2)), at);
    await verifyBatch(db, personalData, channel, items.slice(Math.ceil(items.length / 2)), at);
  }
}

async function run(db: Database, personalData: PersonalDataProtector): Promise<void> {
  const admin = { caller: await demoActor(db, 'admin'), personalData, db };
  const numbers = await demoNumbers(db);

  // Made by admin, with its verifier's account and one key, used on the given days back from today.
  const organisation = async (o: {
    name: string;
    contact: string;
    dailyQuota: number;
    account: [username: string, displayName: string];
    key: string;
    days: number[];
    kind?: 'employer' | 'credit_bank';
  }) => {
    const org = await createVerifierOrganisation(admin, {
      name: o.name,
      kind: o.kind ?? 'employer',
      contact: o.contact,
      dailyQuota: o.dailyQuota,
    });
    const caller = await verifierAccount(db, ...o.account, org.id);
    const key = await createApiKey({ db, caller, personalData }, { name: o.key });
    const channel = { organisationId: org.id, keyId: key.key.id };
    await checkOnDays(db, personalData, channel, numbers, o.days);
    return org;
  };
  await organisation({
    name: '贵州黔程人力资源服务有限公司',
    contact: '人力资源部 杨女士 0851-85550123',
    dailyQuota: 10_000,
    account: ['verifier_hr', '杨敏（人力资源部）'],
    key: '招聘系统',
    days: [6, 4, 3, 1, 0],
  });
  const zy = await organisation({
    name: '遵义智聘人力资源有限公司',
    contact: '运营部 周先生 0851-28880456',
    dailyQuota: 5_000,
    account: ['verifier_zy', '周强（运营部）'],
    key: '简历筛查接口',
    days: [9, 8, 7],
  });

  // The credit bank (1x-selection §24): its clerk exports certificates as credentials with a key of
  // its own (GET /api/v1/verifier/credentials); the demo's key has checked a few numbers.
  await organisation({
    name: '贵州省终身教育学分银行',
    contact: '学分认定处 吴先生 0851-86660789',
    dailyQuota: 50_000,
    account: ['credit_bank', '吴磊（学分认定处）'],
    key: '学分认定系统',
    days: [2],
    kind: 'credit_bank',
  });

  const guizhou = { db, caller: await demoActor(db, 'guizhou'), personalData };
  const revoked = await revokeReadRights(guizhou, zy.id, {
    version: zy.version,
    reason:
      '经核查，该单位将通过核验接口读取的证书数据用于招聘以外的人才数据库建设，超出核验用途（演示数据）',
  });
  await orderDeletion(guizhou, zy.id, {
    version: revoked.version,
    order:
      '责令该单位自收到通知之日起 10 个工作日内删除通过核验接口读取的全部证书数据（含备份），并向贵州省人力资源和社会保障厅书面报告删除情况（演示数据）',
  });
}

export async function runVerifiersDemo(db: Database, personalData: PersonalDataProtector): Promise<boolean> {
  if (!(await runOnce(db, VERIFIERS_STEP, async () => ({ claimed: 1 })))) return false;
  try {
    await run(db, personalData);
    return true;
  } catch (err) {
    console.warn(
      `演示核验单位数据未能生成 / demo verifier organisations incomplete: ${(err as Error).message}`,
    );
    return false;
  }
}
