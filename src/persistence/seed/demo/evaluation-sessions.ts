// Demo step 'demo/evaluation-sessions' (issue 11 point 1): the filed demo institutions 贵州黔康 (inst_qk)
// and 杭州钱塘 (inst_qt) hold evaluation sessions 评价批次, opened, closed and cancelled by their own staff
// through the use cases (open-evaluation-session.ts, end-evaluation-session.ts) — each checked against
// mohrss-violations §13–14 from their directory entries, registry status and sites, never written as rows.
// Held sessions (past dates) are closed by demo/results (results.ts); one is cancelled with its reason;
// the rest stay planned.
//
// The subjects come from the occupation standards (occupation-standards.ts). A demo database created
// before the standards recorded subjects has none: the national centre (`osta`) records the common
// structure the seed records (marked "to be confirmed" there) through the standards' own use case, audited,
// before the sessions are opened — the step the refusal SUBJECTS_NOT_RECORDED asks for.
// A one-time step (seed_runs), claimed before it runs like demo/filed-institutions.
import type { Database } from '../../database.js';
import type { PersonalDataProtector } from '../../../identity/personal-data.js';
import { runOnce } from '../seed-runs.js';
import { demoActor } from './demo-actor.js';
import { demoId } from './ids.js';
import { COMMON_SUBJECTS } from '../occupation-standards.js';
import { openEvaluationSession } from '../../../use-cases/evaluation-sessions/open-evaluation-session.js';
import { cancelEvaluationSession } from '../../../use-cases/evaluation-sessions/end-evaluation-session.js';
import { upsertOccupationStandard } from '../../../use-cases/registry/upsert-occupation-standard.js';
import type { RegistryContext } from '../../../use-cases/registry/registry-context.js';

export const EVALUATION_SESSIONS_STEP = 'demo/evaluation-sessions' as const;

interface DemoSession {
  account: 'inst_qk' | 'inst_qt';
  site: string;
  occupationCode: string;
  level: number;
  startsOn: string;
  endsOn: string;
  /** closed: held and closed by the institution; cancelled: with the reason; absent: planned. */
  end?: 'closed' | { cancelled: string };
}

/** Within each institution's filed scope and validity (scopes.ts): 黔康 2024-09-01–2027-08-31, 钱塘 2024-04-22–2027-04-21. */
export const DEMO_SESSIONS: DemoSession[] = [
  {
    account: 'inst_qk',
    site: 'gz-qiankang-main',
    occupationCode: '4-10-01-05',
    level: 4,
    startsOn: '2025-06-14',
    endsOn: '2025-06-15',
    end: 'closed',
  },
  {
    account: 'inst_qk',
    site: 'gz-qiankang-main',
    occupationCode: '4-10-01-06',
    level: 5,
    startsOn: '2025-11-08',
    endsOn: '2025-11-09',
    end: 'closed',
  },
  {
    account: 'inst_qk',
    site: 'gz-qiankang-main',
    occupationCode: '4-10-01-05',
    level: 3,
    startsOn: '2027-03-20',
    endsOn: '2027-03-21',
  },
  {
    account: 'inst_qt',
    site: 'zj-qiantang-main',
    occupationCode: '4-10-01-06',
    level: 3,
    startsOn: '2025-05-17',
    endsOn: '2025-05-18',
    end: 'closed',
  },
  {
    account: 'inst_qt',
    site: 'zj-qiantang-main',
    occupationCode: '4-10-01-05',
    level: 5,
    startsOn: '2026-10-10',
    endsOn: '2026-10-11',
    end: { cancelled: '报名人数不足，本批次不再举行，已报名人员转入下一批次（演示数据）' },
  },
  {
    account: 'inst_qt',
    site: 'zj-qiantang-main',
    occupationCode: '4-10-01-03',
    level: 4,
    startsOn: '2027-03-13',
    endsOn: '2027-03-14',
  },
];

async function recordMissingSubjects(db: Database, personalData: PersonalDataProtector): Promise<void> {
  const codes = [...new Set(DEMO_SESSIONS.map((s) => s.occupationCode))];
  const missing = await db
    .selectFrom('occupation_standards')
    .select(['id', 'version'])
    .where('occupation_code', 'in', codes)
    .where('kind', '=', 'national_standard')
    .where('subjects_by_level', 'is', null)
    .execute();
  if (missing.length === 0) return;
  const ctx: RegistryContext = { db, caller: await demoActor(db, 'osta'), personalData };
  for (const s of missing)
    await upsertOccupationStandard(
      ctx,
      { id: s.id, version: s.version },
      { subjectsByLevel: COMMON_SUBJECTS },
    );
}

async function openDemoSessions(db: Database, personalData: PersonalDataProtector): Promise<void> {
  await recordMissingSubjects(db, personalData);
  for (const d of DEMO_SESSIONS) {
    const ctx: RegistryContext = { db, caller: await demoActor(db, d.account), personalData };
    const s = await openEvaluationSession(ctx, {
      siteId: demoId('site', d.site),
      occupationCode: d.occupationCode,
      level: d.level,
      startsOn: d.startsOn,
      endsOn: d.endsOn,
    });
    // A held session is closed by demo/results once its staff, pass marks and results are entered
    // (closing needs them: mohrss-violations §12(1)–(4), decision 0028).
    if (d.end && d.end !== 'closed') await cancelEvaluationSession(ctx, s.id, s.version, d.end.cancelled);
  }
}

/**
 * Claims the step, then opens the sessions (each use case runs its own transaction); a failure is
 * reported and the demo goes on. True when the step ran now.
 */
export async function runEvaluationSessionsDemo(
  db: Database,
  personalData: PersonalDataProtector,
): Promise<boolean> {
  if (!(await runOnce(db, EVALUATION_SESSIONS_STEP, async () => ({ claimed: 1 })))) return false;
  try {
    await openDemoSessions(db, personalData);
    return true;
  } catch (err) {
    console.warn(`演示评价批次未能全部生成 / demo evaluation sessions incomplete: ${(err as Error).message}`);
    return false;
  }
}
