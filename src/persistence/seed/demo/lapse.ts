// Demo step 'demo/lapse' (issue 15 points 2 and 6; gz-rules §14, 1x-exit §9): a Guizhou employer whose
// gz-rules selection ran out without a renewal, terminated by the real daily job, with a wrap-up list that
// has records in it. Everything goes through the use cases, on the days the story dates:
//   - guizhou registers 六盘水颐康养老服务集团 (an employer, gz-rules §4) with its site and staff; the
//     administrator makes its login `inst_gz_lapsed` (demo password);
//   - its gz-selection for 养老护理员 四级 is decided 400 days ago with a validity that ended 6 days ago
//     (gz-rules §7: the validity is the authority's choice — a short one here so that it has ended);
//   - within the validity it held a first session (three passed, certified, the records archived — their
//     certificates stay valid and verifiable after the exit, 1x-exit §8), a second one (closed, results
//     entered: two passed, never certified, the records never archived) and opened a later one that never
//     took place, two candidates' fees collected;
//   - runExitsDay(db, today): the filing lapses (route lapse, whole institution), 15 days to wrap up.
// The wrap-up list then shows: fees without an exam (2), exams without certificates (2), records not
// archived (1). No other demo step calls runExitsDay: the server's own job at start finds the day done.
import { cleanBackground } from './clean-background.js';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../database.js';
import type { FileStore } from '../../file-store.js';
import type { PersonalDataProtector } from '../../../identity/personal-data.js';
import { runOnce } from '../seed-runs.js';
import { demoActor } from './demo-actor.js';
import { DEMO_PASSWORD } from './accounts.js';
import { beijing, demoRunEnv, runDemoProcedure } from './run-procedure.js';
import { addCalendarDays } from '../../../calendar/calendar-days.js';
import { mod112CheckCharacter } from '../../../domain/id-number.js';
import { orgCodeCheckCharacter, usccCheckCharacter } from '../../../domain/uscc.js';
import { todayInChina, type RegistryContext } from '../../../use-cases/registry/registry-context.js';
import { createInstitution } from '../../../use-cases/registry/create-institution.js';
import { addSite } from '../../../use-cases/registry/add-site.js';
import { addStaff } from '../../../use-cases/registry/add-staff.js';
import { createAccount } from '../../../use-cases/accounts/create-account.js';
import { changePassword } from '../../../use-cases/accounts/change-password.js';
import { openEvaluationSession } from '../../../use-cases/evaluation-sessions/open-evaluation-session.js';
import { closeEvaluationSession } from '../../../use-cases/evaluation-sessions/end-evaluation-session.js';
import { registerCandidate } from '../../../use-cases/candidates/register-candidate.js';
import { recordFee } from '../../../use-cases/candidates/candidate-fees.js';
import { assignSessionStaff } from '../../../use-cases/session-staff/session-staff.js';
import { enterResults, setPassMarks } from '../../../use-cases/results/enter-results.js';
import { runExitsDay } from '../../../jobs/daily-exits.js';
import { assignGuizhouIssuerCode } from './guizhou-issuer-code.js';
import { issueCertificates } from '../../../use-cases/certificates/issue-certificates.js';
import { archiveSession } from '../../../use-cases/exits/wrap-up-actions.js';

export const LAPSE_STEP = 'demo/lapse' as const;
/** The login of the lapsed institution (README: 退出与收尾). */
export const LAPSED_USERNAME = 'inst_gz_lapsed';
export const LAPSED_NAME = '六盘水颐康养老服务集团有限公司';

const OCCUPATION = '4-10-01-05'; // 养老护理员
const LEVEL = 4;

const uscc = () => {
  const body8 = '31270516';
  const first17 = `91520200${body8}${orgCodeCheckCharacter(body8)}`;
  return first17 + usccCheckCharacter(first17);
};
const idNumber = (region: string, birth: string, seq: number) => {
  const first17 = `${region}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + mod112CheckCharacter(first17);
};

const STAFF: { name: string; id: string; roles: Parameters<typeof addStaff>[2]['roles'] }[] = [
  { name: '罗红梅', id: idNumber('520201', '19820314', 21), roles: [{ role: 'full_time_staff' }, { role: 'exam_admin' }] },
  { name: '杨晓军', id: idNumber('520201', '19790521', 33), roles: [{ role: 'full_time_staff' }] },
  { name: '王丽娟', id: idNumber('520202', '19850709', 46), roles: [{ role: 'quality_supervisor' }] },
  { name: '陈德明', id: idNumber('520203', '19760113', 57), roles: [{ role: 'assessor', occupationCode: OCCUPATION, level: LEVEL }] },
  { name: '张秀芬', id: idNumber('520221', '19810930', 68), roles: [{ role: 'assessor', occupationCode: OCCUPATION, level: LEVEL }] },
]; // prettier-ignore

/** [name, 身份证号, theory, skills] of the held session. */
const HELD: [string, string, number, number][] = [
  ['吴桂兰', idNumber('520201', '19750402', 12), 78, 84],
  ['李春燕', idNumber('520202', '19800817', 24), 66, 72],
  ['赵明芳', idNumber('520203', '19730226', 35), 52, 61],
];
/** Candidates of the first session: all passed, certified (their certificates outlive the exit). */
const CERTIFIED: [string, string, number, number][] = [
  ['陈秀珍', idNumber('520201', '19780915', 61), 81, 88],
  ['王丽娟', idNumber('520202', '19820520', 72), 74, 79],
  ['杨桂芬', idNumber('520203', '19760112', 83), 69, 77],
];
/** Candidates of the session that never took place, their fees collected. */
const NEVER_HELD: [string, string][] = [
  ['刘小英', idNumber('520221', '19860611', 48)],
  ['何金莲', idNumber('520201', '19830304', 59)],
];

const background = cleanBackground;

async function registerInstitution(db: Database, personalData: PersonalDataProtector) {
  const guizhou: RegistryContext = { db, caller: await demoActor(db, 'guizhou'), personalData };
  const inst = await createInstitution(guizhou, {
    name: LAPSED_NAME,
    kind: 'employer',
    uscc: uscc(),
    legalRepresentative: '周建国',
    address: '贵州省六盘水市钟山区人民中路 58 号',
    jurisdictionCode: '520200',
    contactPhone: '0858-8225016',
    establishedOn: '2012-04-16',
  });
  const site = await addSite(guizhou, inst.id, {
    name: '颐康养老护理实训中心',
    address: '贵州省六盘水市钟山区人民中路 58 号 2 号楼',
    tenure: 'owned',
    floorAreaM2: 680,
    functionalRooms: ['考务室', '保密室', '档案室', '候考室', '养老护理实训室'],
    examRooms: 2,
    computerSeats: 40,
    deskSpacingCm: 90,
    cctvExamRooms: true,
    cctvFullCoverage: true,
  });
  for (const s of STAFF)
    await addStaff(guizhou, inst.id, {
      name: s.name,
      idDocType: 'resident_id',
      idNumber: s.id,
      roles: s.roles,
    });
  const admin = await demoActor(db, 'admin');
  const { account, temporaryPassword } = await createAccount(
    db,
    { caller: admin, requestId: LAPSE_STEP },
    { username: LAPSED_USERNAME, displayName: '罗红梅', role: 'institution_staff', institutionId: inst.id },
  );
  const user = await demoActor(db, account.username);
  await changePassword(
    db,
    { caller: user, requestId: LAPSE_STEP, sessionId: randomUUID() },
    { currentPassword: temporaryPassword, newPassword: DEMO_PASSWORD },
  );
  return { institutionId: inst.id, siteId: site.id };
}

async function select(db: Database, store: FileStore, siteId: string, decidedOn: string, validTo: string) {
  const env = await demoRunEnv(db, store);
  const on = beijing(decidedOn);
  await runDemoProcedure(env, {
    procedure: 'gz-selection',
    applicant: LAPSED_USERNAME,
    openedOn: beijing(addCalendarDays(decidedOn, -30)),
    input: {
      occupations: [{ code: OCCUPATION, levels: [LEVEL], hasCorrespondingSkillPost: true }],
      siteId,
      enterpriseCategories: ['above_scale'],
    },
    steps: [
      { as: LAPSED_USERNAME, on: beijing(addCalendarDays(decidedOn, -29)), event: 'submit' },
      {
        as: 'guizhou',
        on,
        event: 'record_review',
        payload: {
          skilledWorkersMajority: true,
          incentiveSystem: true,
          systemsAndPlan: true,
          siteMeetsNationalStandard: true,
          siteSafetyCompliant: true,
          occupations: [{ code: OCCUPATION, directlyRelatedToMainBusiness: true }],
          background: background(decidedOn),
        },
      },
      { as: 'guizhou', on, event: 'select', payload: { validTo } },
    ],
  });
}

/** A session held on `heldOn` (two days) with the people's scores entered, then closed; returns its id. */
async function holdSession(
  ctx: RegistryContext,
  siteId: string,
  heldOn: string,
  people: [string, string, number, number][],
): Promise<string> {
  const held = await openEvaluationSession(ctx, {
    siteId,
    occupationCode: OCCUPATION,
    level: LEVEL,
    startsOn: heldOn,
    endsOn: addCalendarDays(heldOn, 1),
  });
  const ids: string[] = [];
  for (const [name, docNumber] of people)
    ids.push((await registerCandidate(ctx, held.id, { name, docType: 'resident_id', docNumber })).id);
  const staff = await ctx.db
    .selectFrom('staff as s')
    .innerJoin('staff_roles as r', 'r.staff_id', 's.id')
    .select(['s.id', 'r.role'])
    .where('s.institution_id', '=', ctx.caller!.institutionId!)
    .where('r.role', 'in', ['exam_admin', 'quality_supervisor', 'assessor'])
    .execute();
  for (const s of staff)
    await assignSessionStaff(ctx, held.id, {
      staffId: s.id,
      duty: s.role as 'exam_admin' | 'quality_supervisor' | 'assessor',
    });
  await setPassMarks(
    ctx,
    held.id,
    held.subjects.map((subject) => ({
      subject,
      fullMark: 100,
      passMark: 60,
      source: '国家职业技能标准（评价规范）规定的合格标准（演示数据，以标准原文为准）',
    })),
  );
  for (const [n, [, , theory, skills]] of people.entries())
    await enterResults(
      ctx,
      held.id,
      ids[n]!,
      held.subjects.map((subject, i) => ({
        subject,
        outcome: 'scored' as const,
        score: i === 0 ? theory : i === 1 ? skills : 70,
      })),
    );
  const version = (
    await ctx.db
      .selectFrom('evaluation_sessions')
      .select('version')
      .where('id', '=', held.id)
      .executeTakeFirstOrThrow()
  ).version;
  await closeEvaluationSession(ctx, held.id, version);
  return held.id;
}

/**
 * The first session, certified and archived within the validity: its certificates stay valid and
 * verifiable after the exit (1x-exit §8). The department gives the institution its certificate code first.
 */
async function certifiedSession(
  db: Database,
  personalData: PersonalDataProtector,
  institutionId: string,
  siteId: string,
  heldOn: string,
) {
  await assignGuizhouIssuerCode(db, personalData, institutionId);
  const ctx: RegistryContext = { db, caller: await demoActor(db, LAPSED_USERNAME), personalData };
  const id = await holdSession(ctx, siteId, heldOn, CERTIFIED);
  await issueCertificates({ ...ctx, now: beijing(addCalendarDays(heldOn, 10)) }, id);
  await archiveSession(ctx, id, {
    location: '本公司档案室 1 号柜（评价资料档案盒，演示）',
    archivedOn: addCalendarDays(heldOn, 14),
  });
}

async function sessions(
  db: Database,
  personalData: PersonalDataProtector,
  siteId: string,
  heldOn: string,
  plannedOn: string,
) {
  const ctx: RegistryContext = { db, caller: await demoActor(db, LAPSED_USERNAME), personalData };
  await holdSession(ctx, siteId, heldOn, HELD);
  const planned = await openEvaluationSession(ctx, {
    siteId,
    occupationCode: OCCUPATION,
    level: LEVEL,
    startsOn: plannedOn,
    endsOn: plannedOn,
  });
  for (const [name, docNumber] of NEVER_HELD) {
    const c = await registerCandidate(ctx, planned.id, { name, docType: 'resident_id', docNumber });
    await recordFee(ctx, planned.id, c.id, {
      kind: 'collected',
      amountFen: 38000,
      onDate: addCalendarDays(plannedOn, -20),
      note: '鉴定考核费（演示）',
    });
  }
}

/** Claims the step, then runs it; a failure is reported and the demo goes on. True when it ran now. */
export async function runLapseDemo(
  db: Database,
  store: FileStore,
  personalData: PersonalDataProtector,
): Promise<boolean> {
  if (!(await runOnce(db, LAPSE_STEP, async () => ({ claimed: 1 })))) return false;
  try {
    const today = todayInChina();
    const decidedOn = addCalendarDays(today, -400);
    const validTo = addCalendarDays(today, -6);
    const { institutionId, siteId } = await registerInstitution(db, personalData);
    await select(db, store, siteId, decidedOn, validTo);
    await certifiedSession(db, personalData, institutionId, siteId, addCalendarDays(today, -250));
    await sessions(db, personalData, siteId, addCalendarDays(today, -120), addCalendarDays(today, -20));
    const out = await runExitsDay(db, today);
    if (!out)
      console.warn('演示到期终止：今天的到期任务已运行过 / demo lapse: the daily job had already run today');
    return true;
  } catch (err) {
    console.warn(`演示到期终止未能完成 / demo lapse incomplete: ${(err as Error).message}`);
    return false;
  }
}
