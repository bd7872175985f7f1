// Demo step 'demo/renewal' (issue 15 point 1; gz-rules §8–12, §14): two Guizhou employers selected under
// gz-rules through the real gz-selection procedure, with their own logins (demo password):
//   - 黔南都匀汇通汽车服务有限公司 (inst_gz_due): its selection ends in 45 days and no renewal is filed —
//     the home page's 续期提醒 card shows the days left and the reminder the daily job sends (this step
//     runs before demo/lapse, whose runExitsDay of today sends it), and the button that opens the case;
//   - 黔南福泉味源餐饮管理有限公司 (inst_gz_renewed): its selection ends in 20 days; its certificates of the
//     validity (中式烹调师 120, 中式面点师 60, 营销员 12) are brought in through 证书数据上报 — queued with the
//     interactive priority (ahead of the bulk history) and run here to its end before the renewal is
//     decided: the history of demo/certificate-history arrives by the background runner after the start,
//     so a decision taken in the seed could not count it; the renewal is applied for, assessed and decided
//     5 days ago: 192 ≥ 150 (§8(2)); 中式烹调师 and 中式面点师 renewed for a validity the department sets and
//     gives its reason for; 营销员 withheld (§8(3): no certificate–pay linkage found for its sales posts).
//     A successor entry is published; the old one runs to its end.
// The step runs after the certificate history is planned: its institutions get no history rows, and the
// history's threshold institutions (149/150 …) stay as they were.
import { cleanBackground } from './clean-background.js';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Database } from '../../database.js';
import type { FileStore } from '../../file-store.js';
import type { PersonalDataProtector } from '../../../identity/personal-data.js';
import { runOnce } from '../seed-runs.js';
import { demoActor } from './demo-actor.js';
import { DEMO_PASSWORD } from './accounts.js';
import { beijing, demoRunEnv, runDemoProcedure } from './run-procedure.js';
import { fromEpochDay, toEpochDay } from '../../../calendar/calendar-days.js';
import { mod112CheckCharacter } from '../../../domain/id-number.js';
import { orgCodeCheckCharacter, usccCheckCharacter } from '../../../domain/uscc.js';
import { todayInChina, type RegistryContext } from '../../../use-cases/registry/registry-context.js';
import { createInstitution } from '../../../use-cases/registry/create-institution.js';
import { addSite } from '../../../use-cases/registry/add-site.js';
import { addStaff } from '../../../use-cases/registry/add-staff.js';
import { createAccount } from '../../../use-cases/accounts/create-account.js';
import { changePassword } from '../../../use-cases/accounts/change-password.js';
import { assignGuizhouIssuerCode } from './guizhou-issuer-code.js';
import { queueUploadIn, storeUploadFile } from '../../../use-cases/certificate-uploads/start-upload.js';
import { certificateUploadHandler } from '../../../use-cases/certificate-uploads/run-upload.js';
import { claimJob } from '../../../jobs/job-queue.js';
import { historyFile } from './certificate-history.js';

export const RENEWAL_STEP = 'demo/renewal' as const;

const addDays = (d: string, n: number) => fromEpochDay(toEpochDay(d) + n);
const uscc = (body8: string) => {
  const first17 = `91522700${body8}${orgCodeCheckCharacter(body8)}`;
  return first17 + usccCheckCharacter(first17);
};
const idNumber = (birth: string, seq: number) => {
  const first17 = `522701${birth}${String(seq).padStart(3, '0')}`;
  return first17 + mod112CheckCharacter(first17);
};

interface Story {
  username: string;
  name: string;
  body8: string;
  legalRepresentative: string;
  address: string;
  siteName: string;
  occupations: string[];
  people: string[];
}
const DUE: Story = {
  username: 'inst_gz_due',
  name: '黔南都匀汇通汽车服务有限公司',
  body8: 'Y8000001',
  legalRepresentative: '韦正华',
  address: '贵州省黔南布依族苗族自治州都匀市剑江中路 66 号',
  siteName: '汇通汽车维修实训基地',
  occupations: ['4-12-01-01'], // 汽车维修工
  people: ['韦正华', '莫晓燕', '石开明', '吴国强', '潘丽萍'],
};
const RENEWED: Story = {
  username: 'inst_gz_renewed',
  name: '黔南福泉味源餐饮管理有限公司',
  body8: 'Y8000002',
  legalRepresentative: '罗光荣',
  address: '贵州省黔南布依族苗族自治州福泉市金山大道 18 号',
  siteName: '味源餐饮技能实训中心',
  // 中式烹调师, 中式面点师, 营销员
  occupations: ['4-03-02-01', '4-03-02-02', '4-01-02-01'],
  people: ['罗光荣', '杨秀英', '龙建军', '张福生', '田春梅'],
};
const RENEWED_COUNTS: Record<string, number> = { '4-03-02-01': 120, '4-03-02-02': 60, '4-01-02-01': 12 };
const LEVEL = 4;

async function register(db: Database, personalData: PersonalDataProtector, s: Story) {
  const guizhou: RegistryContext = { db, caller: await demoActor(db, 'guizhou'), personalData };
  const inst = await createInstitution(guizhou, {
    name: s.name,
    kind: 'employer',
    uscc: uscc(s.body8),
    legalRepresentative: s.legalRepresentative,
    address: s.address,
    jurisdictionCode: '522700',
    contactPhone: '0854-8221066',
    establishedOn: '2011-05-20',
  });
  const site = await addSite(guizhou, inst.id, {
    name: s.siteName,
    address: s.address,
    tenure: 'owned',
    floorAreaM2: 720,
    functionalRooms: ['考务室', '保密室', '档案室', '候考室', '实操考核室'],
    examRooms: 2,
    computerSeats: 40,
    deskSpacingCm: 90,
    cctvExamRooms: true,
    cctvFullCoverage: true,
  });
  const assessor = s.occupations.map((occupationCode) => ({
    role: 'assessor' as const,
    occupationCode,
    level: LEVEL,
  }));
  const roles: Parameters<typeof addStaff>[2]['roles'][] = [
    [{ role: 'full_time_staff' }, { role: 'exam_admin' }],
    [{ role: 'full_time_staff' }],
    [{ role: 'quality_supervisor' }],
    assessor,
    assessor,
  ];
  for (const [k, name] of s.people.entries())
    await addStaff(guizhou, inst.id, {
      name,
      idDocType: 'resident_id',
      idNumber: idNumber(`1980${String(k + 1).padStart(2, '0')}15`, 11 + k),
      roles: roles[k]!,
    });
  const admin = await demoActor(db, 'admin');
  const { account, temporaryPassword } = await createAccount(
    db,
    { caller: admin, requestId: RENEWAL_STEP },
    { username: s.username, displayName: s.people[0]!, role: 'institution_staff', institutionId: inst.id },
  );
  await changePassword(
    db,
    { caller: await demoActor(db, account.username), requestId: RENEWAL_STEP, sessionId: randomUUID() },
    { currentPassword: temporaryPassword, newPassword: DEMO_PASSWORD },
  );
  return { institutionId: inst.id, siteId: site.id };
}

const background = cleanBackground;

/** gz-selection for the story's occupations, decided on `decidedOn` with the validity to `validTo`. */
async function select(
  db: Database,
  store: FileStore,
  s: Story,
  siteId: string,
  decidedOn: string,
  validTo: string,
) {
  const env = await demoRunEnv(db, store);
  const on = beijing(decidedOn);
  await runDemoProcedure(env, {
    procedure: 'gz-selection',
    applicant: s.username,
    openedOn: beijing(addDays(decidedOn, -30)),
    input: {
      occupations: s.occupations.map((code) => ({ code, levels: [LEVEL], hasCorrespondingSkillPost: true })),
      siteId,
      enterpriseCategories: ['above_scale'],
    },
    steps: [
      { as: s.username, on: beijing(addDays(decidedOn, -29)), event: 'submit' },
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
          occupations: s.occupations.map((code) => ({ code, directlyRelatedToMainBusiness: true })),
          background: background(decidedOn),
        },
      },
      { as: 'guizhou', on, event: 'select', payload: { validTo } },
    ],
  });
}

/**
 * The institution's certificates of its validity, through 证书数据上报: the file is queued (interactive,
 * before the bulk history) and the queue run here until this upload has finished.
 */
async function uploadCertificates(
  db: Database,
  personalData: PersonalDataProtector,
  institutionId: string,
  validFrom: string,
  validTo: string,
) {
  await assignGuizhouIssuerCode(db, personalData, institutionId);
  const code = await db
    .selectFrom('certificate_issuer_codes')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .executeTakeFirstOrThrow();
  const csv = await historyFile(
    db,
    {
      issuer: {
        institutionId,
        name: RENEWED.name,
        kind: 'employer',
        jurisdictionCode: '522700',
        prefix: `${code.kind_letter}${code.institution_code}${code.province_code}${code.site_sequence}`,
        grants: RENEWED.occupations.map((occupationCode) => ({
          occupationCode,
          level: LEVEL,
          validFrom,
          validTo,
        })),
        account: RENEWED.username,
      },
      perOccupation: new Map(Object.entries(RENEWED_COUNTS)),
      role: 'renewal',
      withWrongRows: false,
    },
    20_261_205,
  );
  const caller = await demoActor(db, RENEWED.username);
  const stored = await storeUploadFile(db, Readable.from([Buffer.from(csv, 'utf8')]));
  await db.transaction().execute((trx) =>
    queueUploadIn(
      trx,
      { caller },
      {
        ...stored,
        institutionId,
        fileName: '有效期内证书数据（续期申报用）.csv',
        uploadedBy: caller.userId,
        priority: 'interactive',
      },
    ),
  );
  const handler = certificateUploadHandler({ db, personalData });
  for (let n = 0; n < 20; n++) {
    const job = await claimJob(db, `demo-renewal:${process.pid}`);
    if (!job) break;
    await handler.run(job);
    if (job.id === stored.id) break;
  }
  const done = await db
    .selectFrom('background_jobs')
    .select('status')
    .where('id', '=', stored.id)
    .executeTakeFirst();
  if (done?.status !== 'succeeded')
    throw new Error(`the renewal demo upload ended ${done?.status ?? 'unrun'}`);
}

async function decideRenewal(db: Database, store: FileStore, today: string, validTo: string) {
  const env = await demoRunEnv(db, store);
  const entry = await db
    .selectFrom('directory_entries as e')
    .innerJoin('institutions as i', 'i.id', 'e.institution_id')
    .select('e.id')
    .where('i.name', '=', RENEWED.name)
    .where('e.regime', '=', 'gz-rules')
    .executeTakeFirstOrThrow();
  const appliedOn = addDays(today, -25);
  const decidedOn = addDays(today, -5);
  await runDemoProcedure(env, {
    procedure: 'gz-renewal',
    applicant: RENEWED.username,
    openedOn: beijing(appliedOn),
    input: { entryId: entry.id },
    steps: [
      { as: RENEWED.username, on: beijing(appliedOn), event: 'submit' },
      {
        as: 'guizhou',
        on: beijing(addDays(decidedOn, -2)),
        event: 'record_assessment',
        payload: {
          goodStanding: true,
          incentiveEvidence: true,
          falseDeclarationFound: false,
          assessedOn: addDays(decidedOn, -2),
          basis: '核查续期申请表、工作开展情况报告、证书与待遇挂钩佐证及信用记录；实地查看实训中心（演示）',
        },
      },
      {
        as: 'guizhou',
        on: beijing(decidedOn),
        event: 'renew',
        payload: {
          validTo: addDays(validTo, 3 * 365),
          validityReason: '细则未规定有效期长度；参照首次遴选确定的有效期长度，续期三年（演示）',
          withheld: [
            {
              code: '4-01-02-01',
              reason: '营销员岗位未实现证书与岗位使用、待遇挂钩，佐证材料未涉及该岗位（第八条第（三）项）',
            },
          ],
        },
      },
    ],
  });
}

/** Claims the step, then runs it; a failure is reported and the demo goes on. True when it ran now. */
export async function runRenewalDemo(
  db: Database,
  store: FileStore,
  personalData: PersonalDataProtector,
): Promise<boolean> {
  if (!(await runOnce(db, RENEWAL_STEP, async () => ({ claimed: 1 })))) return false;
  try {
    const today = todayInChina();
    // Due: selected three years ago, ends in 45 days.
    const due = await register(db, personalData, DUE);
    await select(db, store, DUE, due.siteId, addDays(today, -1050), addDays(today, 45));
    // Renewed: selected three years ago, ends in 20 days; certificates in; renewal decided 5 days ago.
    const renewed = await register(db, personalData, RENEWED);
    const validFrom = addDays(today, -1075);
    const validTo = addDays(today, 20);
    await select(db, store, RENEWED, renewed.siteId, validFrom, validTo);
    await uploadCertificates(db, personalData, renewed.institutionId, validFrom, addDays(today, -30));
    await decideRenewal(db, store, today, validTo);
    return true;
  } catch (err) {
    console.warn(`演示续期未能生成 / demo renewal incomplete: ${(err as Error).message}`);
    return false;
  }
}
