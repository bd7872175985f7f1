// Demo step 'demo/filed-institutions' (issue 10 point 1): the hand-made demo institutions that the demo
// describes as filed, and that no browser walk files again, get into the public directory the way they
// would in use — never by a directory row written here:
//
// - 贵州黔康 (filed with 贵阳市人社局) and 杭州钱塘 (with the Zhejiang department) run the social-
//   organisation filing (mohrss-filing 二) to its end through the use cases: application with the six
//   materials, acceptance, assessment, 公示, filing (receipt PDF with the code), publication — dated in
//   2024 to agree with their registry scopes and status history (institutions.ts, scopes.ts);
// - 浙江之江 (a Zhejiang employer) and 宁波甬江 (a Zhejiang school) were filed under Zhejiang's own
//   provincial rules, which SkillReg does not run (mohrss-filing 一 is for national employers, gz-rules
//   for Guizhou): they come in as a real deployment brings in what was decided before it, through the
//   import of existing filings (src/use-cases/filings-import) from the province's register, marked 存量导入;
// - a new Zhejiang organisation, 温州瓯江, is left in 公示 with an objection filed by a citizen from the
//   public notice page (fileObjection), unanswered: the Zhejiang department's 待办 holds it.
//
// - 铜仁梵净, filed with 贵州省人社厅 in 2023 before SkillReg, comes in through Guizhou's register the
//   same way (demo/violations then suspends it, mohrss-violations §13).
//
// The institutions the browser specs run as applicants (黔程, 汇才, 乌江, 黔东南, 中联, 道路运输协会,
// 智联未来) are not filed here.
// A one-time step (seed_runs), claimed before it runs like demo/open-cases.
import type { Database } from '../../database.js';
import type { FileStore } from '../../file-store.js';
import type { InstitutionKind } from '../../schema.js';
import { demoId } from './ids.js';
import { authorityId, institutionId, RESIDENT_ID, type ProtectsNumbers } from './load-registry.js';
import { DEMO_AUTHORITIES } from './authorities.js';
import { DEMO_INSTITUTIONS } from './institutions.js';
import { DEMO_SCOPES } from './scopes.js';
import { insertDemoStaffAccounts } from './load-accounts.js';
import { worldCsv, type WorldRow } from './world.js';
import { beijing, daysAgo, demoRunEnv, runDemoProcedure, type DemoStep } from './run-procedure.js';
import { mod112CheckCharacter } from '../../../domain/id-number.js';
import { orgCodeCheckCharacter, usccCheckCharacter } from '../../../domain/uscc.js';
import { importFilingsIn } from '../../../use-cases/filings-import/import-filings.js';
import { findCaseNotice } from '../../public-notices.repository.js';
import { fileObjection } from '../../../use-cases/public-notice/file-objection.js';
import type { PersonalDataProtector } from '../../../identity/personal-data.js';
import { ALL_SYSTEMS, CONDITIONS } from '../../../workflows/social-org-filing/all-conditions-met.js';

export const FILED_INSTITUTIONS_STEP = 'demo/filed-institutions' as const;

const uscc = (head: string, division: string, body8: string) => {
  const first17 = `${head}${division}${body8}${orgCodeCheckCharacter(body8)}`;
  return first17 + usccCheckCharacter(first17);
};
const idNumber = (first17: string) => first17 + mod112CheckCharacter(first17);

/** The accounts of the staff who file for the organisations below (password Demo#2026). */
export const FILED_ACCOUNTS = [
  { username: 'inst_qk', person: '杨丽华', institution: 'gz-qiankang' },
  { username: 'inst_qt', person: '沈美玲', institution: 'zj-qiantang' },
  { username: 'inst_oj', person: '林晓东', institution: 'zj-oujiang' },
] as const;

/** The social organisations filed through mohrss-filing 二, with the dates of their story. */
export const SOCIAL_ORG_FILINGS = [
  {
    key: 'gz-qiankang',
    applicant: 'inst_qk',
    authority: 'guiyang',
    trainingHistorySince: '2021-03-01',
    // Opened, accepted, assessed, 公示 5 working days, filed, published; valid from scopes.ts.
    days: {
      open: '2024-07-22',
      accept: '2024-07-24',
      assess: '2024-08-05',
      notice: '2024-08-12',
      file: '2024-08-26',
      publish: '2024-08-30',
    },
    validTo: '2027-08-31',
    validFrom: '2024-09-01',
    regional: true,
  },
  {
    key: 'zj-qiantang',
    applicant: 'inst_qt',
    authority: 'zhejiang',
    trainingHistorySince: '2018-06-01',
    days: {
      open: '2024-03-04',
      accept: '2024-03-06',
      assess: '2024-03-18',
      notice: '2024-03-25',
      file: '2024-04-08',
      publish: '2024-04-19',
    },
    validFrom: '2024-04-22',
    validTo: '2027-04-21',
    regional: false,
  },
] as const;

/** The organisation in 公示 with an objection (new in the registry, like the open cases' employers). */
export const NOTICE_ORG = {
  key: 'zj-oujiang',
  name: '温州瓯江家庭服务职业技能评价中心',
  uscc: uscc('52', '330302', 'MJ9E5K3W'),
  person: '林晓东',
  address: '浙江省温州市鹿城区车站大道 577 号 9 楼',
  jurisdictionCode: '330300',
  occupation: { code: '4-10-01-05', levels: [5, 4, 3] },
  objection: {
    name: '陈建国',
    contact: '13906770000',
    text: '该中心养老护理实训室仍在装修，公示所称实训设备尚未到位，请核查后再予备案。',
  },
} as const;

/** Zhejiang's register of filings decided before SkillReg, as the operator imports it. */
export const ZHEJIANG_REGISTER_FILE = '浙江省职业技能等级认定备案存量目录（演示数据）.csv';
const ZHEJIANG_IMPORTS: { key: string; filingCode: string; decisionDate: string }[] = [
  { key: 'zj-zhijiang', filingCode: 'Y3320230016', decisionDate: '2023-10-12' },
  { key: 'zj-yongjiang-school', filingCode: 'X3320240003', decisionDate: '2024-01-05' },
];
/** Guizhou's register: 梵净, filed with the province in 2023 (its story goes on in demo/violations). */
export const GUIZHOU_REGISTER_FILE = '贵州省职业技能等级认定备案存量目录（演示数据）.csv';
const GUIZHOU_IMPORTS: { key: string; filingCode: string; decisionDate: string }[] = [
  { key: 'gz-fanjing', filingCode: 'S5220230011', decisionDate: '2023-05-08' },
];
const KIND_ZH: Partial<Record<InstitutionKind, string>> = {
  employer: '用人单位',
  school: '院校',
  social_org: '社会培训评价组织',
};

export const zhejiangRegisterRows = (): WorldRow[] => registerRows('zhejiang', ZHEJIANG_IMPORTS);
export const guizhouRegisterRows = (): WorldRow[] => registerRows('guizhou', GUIZHOU_IMPORTS);

function registerRows(
  authorityKey: string,
  imports: { key: string; filingCode: string; decisionDate: string }[],
): WorldRow[] {
  const authority = DEMO_AUTHORITIES.find((a) => a.key === authorityKey)!.name;
  return imports.map((r) => {
    const inst = DEMO_INSTITUTIONS.find((i) => i.key === r.key)!;
    const scopes = DEMO_SCOPES.filter((s) => s.institution === r.key);
    return {
      name: inst.name,
      kind: KIND_ZH[inst.kind]!,
      uscc: inst.uscc,
      filingCode: r.filingCode,
      authority,
      decisionDate: r.decisionDate,
      validFrom: scopes[0]!.validFrom ?? '',
      validTo: scopes[0]!.validTo ?? '',
      scope: scopes.map((s) => `${s.occupation}:${[...s.levels].sort().join('/')}`).join('；'),
    };
  });
}

const scopesOf = (key: string) =>
  DEMO_SCOPES.filter((s) => s.institution === key).map((s) => ({
    code: s.occupation,
    levels: [...s.levels],
    trainingVolume: 1500,
  }));

const REGIONAL = {
  influenceAndReputation: true,
  notCloselyRelatedOccupations: [],
  newOccupations: [],
  guizhouCharacteristicEnterprise: false,
  officeAndCommunicationEquipment: true,
  singleSeatPerDesk: true,
  practicalEquipmentMeetsStandard: true,
  safetyCompliant: true,
};
const assessment = (day: string, regional: boolean) => ({
  conditions: CONDITIONS,
  ...(regional ? { regional: REGIONAL } : {}),
  creditCheck: { checkedOn: day, sources: '信用中国、国家企业信用信息公示系统、民政部门', records: [] },
  opinion: '机构性质、职业范围、国家职业标准及实施条件经核验符合要求，考评人员与质量督导人员数量满足规定。',
});
const NOTICE = {
  days: 5,
  unit: 'working_days',
  basisReason: '按本厅社会培训评价组织征集通告，公示 5 个工作日',
};

/** The steps of a social-organisation filing from submission, as `officer` decides it. */
function socialOrgSteps(
  applicant: string,
  officer: string,
  d: { submit: Date; accept: Date; assess: Date; notice: Date; file?: Date; publish?: Date },
  o: { regional: boolean; validFrom?: string; validTo?: string; noticeDays?: number },
): DemoStep[] {
  const day = (x: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(x);
  return [
    { as: applicant, on: d.submit, event: 'submit' },
    { as: officer, on: d.accept, event: 'accept' },
    { as: officer, on: d.assess, event: 'assess', payload: assessment(day(d.assess), o.regional) },
    {
      as: officer,
      on: d.notice,
      event: 'start_notice',
      payload: { ...NOTICE, days: o.noticeDays ?? NOTICE.days },
    },
    ...(d.file
      ? [
          {
            as: officer,
            on: d.file,
            event: 'file',
            payload: {
              validFrom: o.validFrom,
              validTo: o.validTo,
              validityBasis: '征集通告规定备案有效期 3 年',
            },
          },
        ]
      : []),
    ...(d.publish ? [{ as: officer, on: d.publish, event: 'publish' }] : []),
  ];
}

/** The accounts, and the 公示 organisation with its staff, roles and site: plain registry rows. */
export async function registerFiledInstitutions(db: Database, personalData: ProtectsNumbers): Promise<void> {
  const o = NOTICE_ORG;
  const id = institutionId(o.key);
  await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('institutions')
      .values({
        id,
        name: o.name,
        kind: 'social_org',
        uscc: o.uscc,
        legal_representative: o.person,
        address: o.address,
        jurisdiction_code: o.jurisdictionCode,
        authority_id: authorityId('zhejiang'),
        status: 'registered',
        contact_phone: '0577-85550626',
        established_on: '2019-03-12',
      })
      .onConflict((oc) => oc.column('uscc').doNothing())
      .returning('id')
      .execute();
    if (inserted.length > 0) {
      await trx
        .insertInto('institution_status_history')
        .values({
          id: demoId('status_history', `${o.key}:0`),
          institution_id: id,
          from_status: null,
          to_status: 'registered',
          reason: '登记入库（演示数据）',
        })
        .execute();
      // 3 full-time staff, 3 quality supervisors, 4 assessors of the occupation (gz-rules §6(6) numbers).
      const roles: [string, string | null][] = [
        ['full_time_staff', null],
        ['full_time_staff', null],
        ['full_time_staff', null],
        ['quality_supervisor', null],
        ['quality_supervisor', null],
        ['quality_supervisor', null],
        ['assessor', o.occupation.code],
        ['assessor', o.occupation.code],
        ['assessor', o.occupation.code],
        ['assessor', o.occupation.code],
      ];
      const names = [
        '林晓东',
        '周雅琴',
        '郑国强',
        '黄丽君',
        '吴志刚',
        '陈佳怡',
        '徐海燕',
        '潘建军',
        '叶静怡',
        '钱永明',
      ];
      for (const [n, [role, occupation]] of roles.entries()) {
        const staffId = demoId('staff', `${o.key}:${n}`);
        const p = personalData.protect(
          idNumber(`3303021980${String(n + 1).padStart(2, '0')}0${n % 2 ? 5 : 6}12${n}`),
        );
        await trx
          .insertInto('staff')
          .values({
            id: staffId,
            institution_id: id,
            branch_id: null,
            name: names[n]!,
            id_doc_type: RESIDENT_ID,
            id_number_enc: p.enc,
            id_number_hmac: p.hmac,
            id_number_masked: p.masked,
            phone: null,
          })
          .execute();
        await trx
          .insertInto('staff_roles')
          .values({
            id: demoId('staff_role', `${staffId}:0`),
            staff_id: staffId,
            role: role as 'assessor',
            occupation_code: occupation,
            level: occupation ? 3 : null,
          })
          .execute();
      }
      await trx
        .insertInto('sites')
        .values({
          id: demoId('site', `${o.key}-main`),
          institution_id: id,
          branch_id: null,
          name: '瓯江家庭服务评价考点（车站大道）',
          address: o.address,
          tenure: 'leased',
          lease_start: '2024-01-01',
          lease_end: '2029-12-31',
          floor_area_m2: 240,
          functional_rooms: ['考务室', '保密室', '档案室', '候考室', '养老护理实训室'],
          exam_rooms: 2,
          computer_seats: 40,
          desk_spacing_cm: 85,
          cctv_exam_rooms: true,
          cctv_full_coverage: true,
        })
        .execute();
    }
  });
  await insertDemoStaffAccounts(db, FILED_ACCOUNTS);
}

/** Runs the filings, the import and the notice with its objection. `now` is the real time. */
export async function runFiledInstitutions(
  db: Database,
  store: FileStore,
  personalData: PersonalDataProtector,
  now: Date = new Date(),
): Promise<Record<string, number>> {
  const env = await demoRunEnv(db, store);
  let published = 0;
  for (const f of SOCIAL_ORG_FILINGS) {
    await runDemoProcedure(env, {
      procedure: 'social-org-filing',
      applicant: f.applicant,
      openedOn: beijing(f.days.open),
      input: {
        occupations: scopesOf(f.key),
        trainingHistorySince: f.trainingHistorySince,
        managementSystems: ALL_SYSTEMS,
      },
      steps: socialOrgSteps(
        f.applicant,
        f.authority,
        {
          submit: beijing(f.days.open),
          accept: beijing(f.days.accept),
          assess: beijing(f.days.assess),
          notice: beijing(f.days.notice),
          file: beijing(f.days.file),
          publish: beijing(f.days.publish),
        },
        { regional: f.regional, validFrom: f.validFrom, validTo: f.validTo },
      ),
    });
    published++;
  }

  const report = await db.transaction().execute((trx) =>
    importFilingsIn(
      trx,
      { caller: null, system: true },
      {
        fileName: ZHEJIANG_REGISTER_FILE,
        bytes: new TextEncoder().encode(worldCsv(zhejiangRegisterRows())),
      },
    ),
  );
  const guizhouReport = await db.transaction().execute((trx) =>
    importFilingsIn(
      trx,
      { caller: null, system: true },
      {
        fileName: GUIZHOU_REGISTER_FILE,
        bytes: new TextEncoder().encode(worldCsv(guizhouRegisterRows())),
      },
    ),
  );

  // 公示 of 10 working days started 4 days ago: open today whatever the weekday; the objection is today's.
  const o = NOTICE_ORG;
  const inNotice = await runDemoProcedure(env, {
    procedure: 'social-org-filing',
    applicant: 'inst_oj',
    openedOn: daysAgo(now, 20),
    input: {
      occupations: [{ ...o.occupation, levels: [...o.occupation.levels], trainingVolume: 1200 }],
      trainingHistorySince: '2020-09-01',
      managementSystems: ALL_SYSTEMS,
    },
    steps: [
      ...socialOrgSteps(
        'inst_oj',
        'zhejiang',
        {
          submit: daysAgo(now, 18),
          accept: daysAgo(now, 14),
          assess: daysAgo(now, 8),
          notice: daysAgo(now, 4),
        },
        { regional: false, noticeDays: 10 },
      ),
      {
        on: now,
        run: async (e, caseId, on) => {
          const notice = await findCaseNotice(e.db, caseId);
          return fileObjection(e.db, personalData, { noticeId: notice!.id, ...o.objection, now: on });
        },
      },
    ],
  });
  return {
    published,
    imported: report.inserted + report.updated + guizhouReport.inserted + guizhouReport.updated,
    inNotice: inNotice.state === 'public_notice' ? 1 : 0,
  };
}
