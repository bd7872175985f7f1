// Demo step 'demo/results' (issue 11 points 3, 4): the held sessions of 贵州黔康 (inst_qk) and 杭州钱塘
// (inst_qt) — opened in the past by demo/evaluation-sessions and left planned — get their candidates
// (registered through the candidates' use case), their staff (checked by mohrss-violations §9, §10, §12(2)),
// the pass marks the institution enters from the standard, every candidate's results (passes, a fail one
// point under the mark, an absence, a §5 cancellation) and are then closed by the institution — each step
// through its use case, audited. The closed sessions carry passed and failed candidates, from which the
// certificate wing issues. 黔康 first records through its staff register the assessor its level-4 and
// level-5 sessions need (its assessors hold level-3 and level-4 cards, and a card qualifies for its own
// level only: decision 0028). The staff-sanction register gets a revoked card in each province and a
// §9 bar already over (recorded by guizhou / zhejiang).
// Runs after demo/evaluation-sessions and before demo/candidates (which takes the next planned session).
import type { Database } from '../../database.js';
import type { PersonalDataProtector } from '../../../identity/personal-data.js';
import { mod112CheckCharacter } from '../../../domain/id-number.js';
import { runOnce } from '../seed-runs.js';
import { demoActor } from './demo-actor.js';
import { DEMO_SESSIONS } from './evaluation-sessions.js';
import { addStaff } from '../../../use-cases/registry/add-staff.js';
import { registerCandidate } from '../../../use-cases/candidates/register-candidate.js';
import { assignSessionStaff } from '../../../use-cases/session-staff/session-staff.js';
import { recordStaffSanction } from '../../../use-cases/session-staff/staff-sanctions.js';
import { enterResults, setPassMarks } from '../../../use-cases/results/enter-results.js';
import type { ResultInput } from '../../../use-cases/results/result-input.js';
import { closeEvaluationSession } from '../../../use-cases/evaluation-sessions/end-evaluation-session.js';
import type { RegistryContext } from '../../../use-cases/registry/registry-context.js';
import type { EvaluationSubject, SessionDuty } from '../../schema.js';

export const RESULTS_STEP = 'demo/results' as const;

const idNumber = (region: string, birth: string, seq: number) => {
  const first17 = `${region}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + mod112CheckCharacter(first17);
};

/** Each held session's candidates: name, document, and [theory, skills] — a number, 'absent' or '5(1)'. */
type Mark = number | 'absent' | '5(1)';
const PEOPLE: Record<'inst_qk' | 'inst_qt', [string, string, Mark, Mark][]> = {
  inst_qk: [
    ['何秀英', idNumber('520102', '19780312', 15), 82, 88],
    ['蒋文静', idNumber('520103', '19830619', 26), 60, 71],
    ['谢春花', idNumber('520111', '19760925', 37), 59, 80],
    ['宋丽萍', idNumber('520112', '19810411', 48), 'absent', 'absent'],
    ['唐明辉', idNumber('520113', '19891207', 59), 74, '5(1)'],
  ],
  inst_qt: [
    ['金美华', idNumber('330102', '19790215', 16), 91, 86],
    ['陆雪芬', idNumber('330105', '19840822', 27), 68, 60],
    ['顾国平', idNumber('330106', '19770430', 38), 55, 72],
    ['蔡玉兰', idNumber('330108', '19820917', 49), 77, 'absent'],
  ],
};

const SOURCE = '国家职业技能标准（评价规范）规定的合格标准（演示数据，以标准原文为准）';

function results(subjects: EvaluationSubject[], [theory, skills]: [Mark, Mark]): ResultInput[] {
  return subjects.map((subject, i) => {
    const m = i === 0 ? theory : i === 1 ? skills : 70;
    if (m === 'absent') return { subject, outcome: 'absent' };
    if (m === '5(1)')
      return {
        subject,
        outcome: 'cancelled',
        cancelArticle: '5(1)',
        cancelReason: '技能考核中将手机带入考位，经考务人员两次提醒仍拒不放到指定位置（演示数据）',
      };
    return { subject, outcome: 'scored', score: m };
  });
}

/** The institution's staff able to take a duty on a session (role, and for an assessor the exact card). */
async function staffFor(
  db: Database,
  institutionId: string,
  duty: SessionDuty,
  occupationCode: string,
  level: number,
) {
  let q = db
    .selectFrom('staff as s')
    .innerJoin('staff_roles as r', 'r.staff_id', 's.id')
    .select(['s.id', 's.name'])
    .where('s.institution_id', '=', institutionId)
    .where('r.role', '=', duty)
    .where('s.active', '=', true);
  if (duty === 'assessor') q = q.where('r.occupation_code', '=', occupationCode).where('r.level', '=', level);
  return q.orderBy('s.name').execute();
}

async function recordSanctions(db: Database, personalData: PersonalDataProtector): Promise<void> {
  const gz: RegistryContext = { db, caller: await demoActor(db, 'guizhou'), personalData };
  const zj: RegistryContext = { db, caller: await demoActor(db, 'zhejiang'), personalData };
  await recordStaffSanction(gz, {
    kind: 'assessor_card_revoked',
    name: '程娟',
    docType: 'resident_id',
    docNumber: '520115197012224508',
    fromOn: '2026-03-16',
    toOn: null,
    article: '第十条第（一）项',
    reason: '技能考核评分未按评分标准执行，造成阅评结果重大错误（演示数据）',
    decisionRef: '黔人社鉴处〔2026〕2号（演示）',
  });
  await recordStaffSanction(zj, {
    kind: 'assessor_card_revoked',
    name: '胡艳',
    docType: 'resident_id',
    docNumber: '330702197312178422',
    fromOn: '2026-08-03',
    toOn: null,
    article: '第十条第（二）项',
    reason: '违规涂改参评人员答卷（演示数据）',
    decisionRef: '浙人社鉴处〔2026〕9号（演示）',
  });
  await recordStaffSanction(zj, {
    kind: 'work_ban',
    name: '莫光明',
    docType: 'resident_id',
    docNumber: '330105196807279497',
    fromOn: '2026-04-20',
    toOn: '2026-12-31',
    article: '第九条第（三）项',
    reason: '对考场内作弊现象未及时制止或上报，取消其当年参加评价工作的资格（演示数据）',
    decisionRef: '浙人社鉴处〔2026〕4号（演示）',
  });
}

async function holdSession(
  ctx: RegistryContext,
  s: {
    id: string;
    version: number;
    institutionId: string;
    occupationCode: string;
    level: number;
    subjects: EvaluationSubject[];
  },
  people: [string, string, Mark, Mark][],
): Promise<void> {
  const ids: string[] = [];
  for (const [name, docNumber] of people)
    ids.push((await registerCandidate(ctx, s.id, { name, docType: 'resident_id', docNumber })).id);
  for (const duty of ['exam_admin', 'quality_supervisor', 'assessor'] as const) {
    const take = duty === 'assessor' ? 2 : 1;
    for (const p of (await staffFor(ctx.db, s.institutionId, duty, s.occupationCode, s.level)).slice(0, take))
      await assignSessionStaff(ctx, s.id, { staffId: p.id, duty });
  }
  await setPassMarks(
    ctx,
    s.id,
    s.subjects.map((subject) => ({ subject, fullMark: 100, passMark: 60, source: SOURCE })),
  );
  for (const [n, [, , theory, skills]] of people.entries())
    await enterResults(ctx, s.id, ids[n]!, results(s.subjects, [theory, skills]));
  await closeEvaluationSession(ctx, s.id, s.version);
}

async function loadResults(db: Database, personalData: PersonalDataProtector): Promise<void> {
  await recordSanctions(db, personalData);
  const qk: RegistryContext = { db, caller: await demoActor(db, 'inst_qk'), personalData };
  // 黔康's level-4 and level-5 sessions need an assessor with those cards (its staff register).
  await addStaff(qk, qk.caller!.institutionId!, {
    name: '欧阳明',
    idDocType: 'resident_id',
    idNumber: idNumber('520102', '19750608', 61),
    roles: [
      { role: 'assessor', occupationCode: '4-10-01-05', level: 4 },
      { role: 'assessor', occupationCode: '4-10-01-06', level: 5 },
    ],
  });
  for (const d of DEMO_SESSIONS.filter((x) => x.end === 'closed')) {
    const ctx: RegistryContext = { db, caller: await demoActor(db, d.account), personalData };
    const s = await db
      .selectFrom('evaluation_sessions')
      .select(['id', 'version', 'institution_id', 'occupation_code', 'level', 'subjects'])
      .where('institution_id', '=', ctx.caller!.institutionId!)
      .where('occupation_code', '=', d.occupationCode)
      .where('level', '=', d.level)
      .where('starts_on', '=', d.startsOn)
      .where('status', '=', 'planned')
      .executeTakeFirst();
    if (!s) continue; // an older demo database: the session was closed before results existed
    await holdSession(
      ctx,
      {
        id: s.id,
        version: s.version,
        institutionId: s.institution_id,
        occupationCode: s.occupation_code,
        level: s.level,
        subjects: s.subjects,
      },
      PEOPLE[d.account],
    );
  }
}

/** Claims the step, then runs it; a failure is reported and the demo goes on. True when it ran now. */
export async function runResultsDemo(db: Database, personalData: PersonalDataProtector): Promise<boolean> {
  if (!(await runOnce(db, RESULTS_STEP, async () => ({ claimed: 1 })))) return false;
  try {
    await loadResults(db, personalData);
    return true;
  } catch (err) {
    console.warn(`演示成绩未能全部生成 / demo results incomplete: ${(err as Error).message}`);
    return false;
  }
}
