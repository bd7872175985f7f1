// Demo step 'demo/candidates' (issue 11 point 2): candidates 考生 on the planned demo sessions of 贵州黔康
// (inst_qk) and 杭州钱塘 (inst_qt), registered by their staff through the use case — each checked against
// the evaluation-ban register (mohrss-violations §6–7) — with fees collected, one withdrawn and refunded.
// The ban register gets three entries recorded by the provinces through their use case: a §7(4) ban by
// 浙江省人社厅 still running (the person 吴某某, whom 黔康 in Guizhou then tries to register and is refused,
// as a user can try again: README), a §6(1) ban by 贵州省人社厅 already over, and a §7(2) ban by 贵州.
// A one-time step (seed_runs); a failure is reported and the demo goes on.
import type { Database } from '../../database.js';
import type { PersonalDataProtector } from '../../../identity/personal-data.js';
import { mod112CheckCharacter } from '../../../domain/id-number.js';
import { AppError } from '../../../domain/errors.js';
import { runOnce } from '../seed-runs.js';
import { demoActor } from './demo-actor.js';
import { recordBan } from '../../../use-cases/candidates/evaluation-bans.js';
import { registerCandidate } from '../../../use-cases/candidates/register-candidate.js';
import { recordFee } from '../../../use-cases/candidates/candidate-fees.js';
import { withdrawCandidate } from '../../../use-cases/candidates/withdraw-candidate.js';
import type { RegistryContext } from '../../../use-cases/registry/registry-context.js';

export const CANDIDATES_STEP = 'demo/candidates' as const;

/** A valid 18-digit resident ID (GB 11643) from a region code, a birth date and a sequence. */
const idNumber = (region: string, birth: string, seq: number) => {
  const first17 = `${region}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + mod112CheckCharacter(first17);
};

/** The person banned by Zhejiang whom a Guizhou institution cannot register (README's demo section). */
export const DEMO_BANNED = { name: '吴某某', number: idNumber('330106', '19950312', 27) };

const QK = [
  ['陈晓燕', idNumber('520102', '19880214', 12)],
  ['杨志强', idNumber('520103', '19910730', 35)],
  ['罗春梅', idNumber('520111', '19850905', 46)],
  ['王海波', idNumber('520112', '19930118', 51)],
  ['刘佳怡', idNumber('520113', '19960621', 62)],
  ['张国庆', idNumber('520102', '19801001', 73)],
] as const;
const QT = [
  ['徐丽娟', idNumber('330102', '19870409', 14)],
  ['沈建华', idNumber('330105', '19820727', 23)],
  ['朱雅琴', idNumber('330106', '19940302', 38)],
  ['俞志明', idNumber('330108', '19900816', 47)],
] as const;

async function plannedSession(db: Database, institutionId: string): Promise<string | undefined> {
  const r = await db
    .selectFrom('evaluation_sessions')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('status', '=', 'planned')
    .orderBy('starts_on')
    .executeTakeFirst();
  return r?.id;
}

async function registerAll(
  ctx: RegistryContext,
  sessionId: string,
  people: readonly (readonly [string, string])[],
  feeFen: number,
  feeDate: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (const [name, docNumber] of people) {
    const c = await registerCandidate(ctx, sessionId, { name, docType: 'resident_id', docNumber });
    await recordFee(ctx, sessionId, c.id, {
      kind: 'collected',
      amountFen: feeFen,
      onDate: feeDate,
      note: '考核费',
    });
    ids.push(c.id);
  }
  return ids;
}

async function loadCandidates(db: Database, personalData: PersonalDataProtector): Promise<void> {
  const zj: RegistryContext = { db, caller: await demoActor(db, 'zhejiang'), personalData };
  const gz: RegistryContext = { db, caller: await demoActor(db, 'guizhou'), personalData };
  await recordBan(zj, {
    name: DEMO_BANNED.name,
    docType: 'resident_id',
    docNumber: DEMO_BANNED.number,
    article: '7(4)',
    startsOn: '2025-09-10',
    endsOn: '2027-09-09',
    reason: '由他人冒名顶替参加评价（情节轻微，2 年内不得参加评价）（演示数据）',
    decisionRef: '浙人社鉴处〔2025〕7号（演示）',
  });
  await recordBan(gz, {
    name: '郑某',
    docType: 'resident_id',
    docNumber: idNumber('520102', '19920505', 81),
    article: '6(1)',
    startsOn: '2025-06-14',
    endsOn: '2025-12-31',
    reason: '评价过程中使用手机（当年不得参加评价）（演示数据）',
    decisionRef: '黔人社鉴处〔2025〕3号（演示）',
  });
  await recordBan(gz, {
    name: '冯某某',
    docType: 'resident_id',
    docNumber: idNumber('520103', '19890909', 92),
    article: '7(2)',
    startsOn: '2026-05-20',
    endsOn: '2031-05-19',
    reason: '评价前以非正当手段获得试题并传播（情节严重，5 年内不得参加评价）（演示数据）',
    decisionRef: '黔人社鉴处〔2026〕5号（演示）',
  });

  const qk: RegistryContext = { db, caller: await demoActor(db, 'inst_qk'), personalData };
  const qt: RegistryContext = { db, caller: await demoActor(db, 'inst_qt'), personalData };
  const qkSession = await plannedSession(db, qk.caller!.institutionId!);
  const qtSession = await plannedSession(db, qt.caller!.institutionId!);
  if (qkSession) {
    const ids = await registerAll(qk, qkSession, QK, 30000, '2026-11-20');
    // One withdrew and had the fee refunded (1x-exit §9's 已收费但未实施考核, settled).
    const c = await db
      .selectFrom('candidates')
      .select('version')
      .where('id', '=', ids[5]!)
      .executeTakeFirstOrThrow();
    await withdrawCandidate(qk, qkSession, ids[5]!, {
      version: c.version,
      reason: '本人因工作调动申请撤回（演示数据）',
    });
    await recordFee(qk, qkSession, ids[5]!, {
      kind: 'refunded',
      amountFen: 30000,
      onDate: '2026-11-28',
      note: '撤回全额退费',
    });
    // The person Zhejiang banned is refused in Guizhou (mohrss-violations §7: a ban is national).
    try {
      await registerCandidate(qk, qkSession, {
        name: DEMO_BANNED.name,
        docType: 'resident_id',
        docNumber: DEMO_BANNED.number,
      });
      throw new Error('the banned demo person was registered');
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'CANDIDATE_REFUSED') throw err;
    }
  }
  if (qtSession) await registerAll(qt, qtSession, QT, 28000, '2026-11-25');
}

/** Claims the step, then registers; true when it ran now. */
export async function runCandidatesDemo(db: Database, personalData: PersonalDataProtector): Promise<boolean> {
  if (!(await runOnce(db, CANDIDATES_STEP, async () => ({ claimed: 1 })))) return false;
  try {
    await loadCandidates(db, personalData);
    return true;
  } catch (err) {
    console.warn(`演示考生未能全部生成 / demo candidates incomplete: ${(err as Error).message}`);
    return false;
  }
}
