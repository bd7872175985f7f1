// Guizhou selection (gz-rules §4–7) run end to end on the demo registry through the generic case use
// cases: the 'good' social organisation (黔程) meets every §6 number read from the registry and is
// selected for its occupations; the 'weak' one (汇才) fails per occupation (3 assessors for 茶叶加工工)
// and as an institution (2 supervisors, a lease under 3 years, no 候考室, desks 79 cm apart) and cannot
// be selected; an occupation without 4 assessors is left out of an otherwise good selection; an
// employer and a school are selected under §4 and §5; a fourth assessor added to the registry changes
// the result; a stale version is refused (409).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import type { Actor } from '../../src/policies/actor.js';
import { AppError } from '../../src/domain/errors.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { builtInCalendar } from '../../src/calendar/calendar-data.js';
import { institutionId as demoInstitution } from '../../src/persistence/seed/demo/load-registry.js';
import { demoId } from '../../src/persistence/seed/demo/ids.js';
import { pdfBytes } from '../../src/materials/sample-files.test-support.js';
import { checklistFor } from '../../src/materials/checklist.js';
import type { CaseContext } from '../../src/use-cases/cases/case-context.js';
import { openProcedureCase } from '../../src/use-cases/cases/open-procedure-case.js';
import { sendCaseEvent } from '../../src/use-cases/cases/send-case-event.js';
import { uploadCaseMaterial } from '../../src/use-cases/cases/upload-case-material.js';
import { getCaseDetail } from '../../src/use-cases/cases/get-case-detail.js';
import { gzSelectionProcedure } from '../../src/use-cases/gz-selection/procedure.js';
import { GZ_SELECTION_CHECKLIST } from '../../src/use-cases/gz-selection/checklist.js';
import { getSelectionResults } from '../../src/use-cases/gz-selection/get-selection-results.js';
import { addStaff } from '../../src/use-cases/registry/add-staff.js';
import type { Finding } from '../../src/rules/finding.js';
import type { Application, Review } from '../../src/workflows/gz-selection/data.js';
import { openTestDatabase } from '../support/test-database.js';
import { caseVersion, demoActor } from './demo-fixtures.js';
import { TEST_DATA_KEY } from '../support/test-app.js';

let h: DatabaseHandle;
const store = databaseFileStore();
const calendar = builtInCalendar();
// Wednesday 25 November 2026, 10:00 in Beijing.
const NOW = new Date('2026-11-25T02:00:00Z');
const TODAY = '2026-11-25';
const personalData = createPersonalDataProtector(TEST_DATA_KEY);

const GOOD = demoInstitution('gz-qiancheng');
const WEAK = demoInstitution('gz-huicai');
const EMPLOYER = demoInstitution('gz-wujiang');
const SCHOOL = demoInstitution('gz-qiandongnan-school');
const site = (key: string) => demoId('site', key);
const TEA = '6-02-06-10'; // 茶叶加工工

/** A staff account at a demo institution that has none. */
async function staffAccount(institutionId: string): Promise<Actor> {
  const id = randomUUID();
  const username = `gz${id.slice(0, 8)}`;
  await h.db
    .insertInto('users')
    .values({
      id,
      username,
      display_name: username,
      password_hash: 'not-used',
      role: 'institution_staff',
      authority_id: null,
      institution_id: institutionId,
      expert_id: null,
    })
    .execute();
  return { userId: id, username, role: 'institution_staff', institutionId };
}

const ctx = (caller: Actor): CaseContext => ({
  db: h.db,
  store,
  caller,
  procedures: [gzSelectionProcedure],
  calendar,
  now: NOW,
});

let applicant: Actor;
let guizhou: Actor;
let guiyang: Actor;

beforeAll(async () => {
  h = await openTestDatabase();
  await seedAll(h.db, { demo: true, personalData });
  applicant = await demoActor(h.db, 'inst_gz');
  guizhou = await demoActor(h.db, 'guizhou');
  guiyang = await demoActor(h.db, 'guiyang');
});
afterAll(async () => h?.close());

const SYSTEMS: Application['managementSystems'] = [
  'exam_affairs',
  'personnel',
  'finance',
  'archives',
  'question_bank',
  'certificates',
  'violations',
];

function socialOrgApplication(occupations: Application['occupations'], siteId: string): Application {
  return {
    occupations,
    siteId,
    trainingHistorySince: '2021-03-01',
    managementSystems: SYSTEMS,
    expertTeam: true,
    officeAndCommunicationEquipment: true,
    singleSeatPerDesk: true,
  };
}

const background: Review['background'] = {
  checkedOn: TODAY,
  sources: '信用中国、贵州省社会组织信息公示平台',
  misconductRecords: [],
  annualInspectionFailures: [],
  illegalSocialOrgListings: [],
  businessAnomalyListings: [],
  specialRectifications: [],
  talentEvaluationBadRecords: [],
};

async function uploadAll(caller: Actor, caseId: string, kind: string) {
  for (const item of checklistFor(GZ_SELECTION_CHECKLIST, kind).items)
    await uploadCaseMaterial(ctx(caller), {
      caseId,
      checklistItem: item.id,
      bytes: pdfBytes(item.id),
      fileName: `${item.id}.pdf`,
      declaredType: 'application/pdf',
    });
}

async function send(caller: Actor, caseId: string, event: string, payload?: unknown) {
  return sendCaseEvent(ctx(caller), {
    caseId,
    event,
    version: await caseVersion(h.db, caseId),
    ...(payload === undefined ? {} : { payload }),
  });
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

const findingsOf = (e: AppError) => (e.extra?.findings ?? []) as (Finding & { passed: unknown })[];
const only = (fs: readonly Finding[], ruleId: string) => fs.filter((f) => f.ruleId === ruleId);

describe('gz-rules §6: the demo social organisation that meets every number is selected', () => {
  let caseId: string;
  const occupations = [
    { code: '4-10-01-05', levels: [5, 4, 3], trainingVolume: 1500 },
    { code: '4-10-01-03', levels: [5, 4], trainingVolume: 1200 },
    { code: '4-03-02-01', levels: [5, 4, 3], trainingVolume: 1000 },
  ];

  it('opens with the provincial department as the deciding authority and the occupations × levels applied for', async () => {
    const opened = await openProcedureCase(ctx(applicant), {
      procedure: 'gz-selection',
      input: socialOrgApplication(occupations, site('gz-qiancheng-main')),
    });
    caseId = opened.id;
    expect(opened.referenceNo).toMatch(/^黔人社评遴申〔2026〕\d{4}号$/);
    const c = await h.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(c.authority_id).toBe(guizhou.authorityId);
    expect(c.institution_id).toBe(GOOD);
  });

  it('refuses to submit while a required material is missing (checklist per institution kind)', async () => {
    const e = await refusal(send(applicant, caseId, 'submit'));
    expect(e.code).toBe('GUARD_FAILED');
    const m = only(findingsOf(e), 'gz-selection/materials')[0]!;
    expect(m.passed).toBe(false);
    expect(m.values.missing).toEqual(
      checklistFor(GZ_SELECTION_CHECKLIST, 'social_org').items.map((i) => i.id),
    );
  });

  it('on submission reads every §6 number from the registry: 3 full-time staff, 3 supervisors, 4 assessors per occupation, the site', async () => {
    await uploadAll(applicant, caseId, 'social_org');
    const sent = await send(applicant, caseId, 'submit');
    expect(sent.case.state).toBe('submitted');
    const r = await getSelectionResults(h.db, applicant, caseId, TODAY);
    const inst = r.current.institution.findings;
    const numbers = [
      'gz-rules/6/5',
      'gz-rules/6/6/supervisors',
      'gz-rules/6/7/tenure',
      'gz-rules/6/7/office-area',
      'gz-rules/6/7/functional-rooms',
      'gz-rules/6/7/theory-exam-capacity',
      'gz-rules/6/7/desk-spacing',
      'gz-rules/6/7/exam-video',
      'gz-rules/6/7/full-video-coverage',
    ];
    for (const id of numbers) expect(only(inst, id).map((f) => [id, f.passed])).toEqual([[id, true]]);
    expect(only(inst, 'gz-rules/6/5')[0]!.values).toMatchObject({ actual: 3, minimum: 3 });
    expect(only(inst, 'gz-rules/6/7/desk-spacing')[0]!.values).toMatchObject({ actual: 85, minimum: 80 });
    for (const o of r.current.occupations) {
      expect(o.assessors).toBe(4);
      expect(only(o.findings, 'gz-rules/6/6/assessors')[0]!.passed).toBe(true);
      expect(o.selectable).toBe(true);
    }
    // Recorded with the case for both sides, and what is left to the authority is open.
    expect(r.recorded?.overall).toBe('selectable');
    expect(only(inst, 'gz-rules/6/1')[0]!.passed).toBe('needs_judgement');
  });

  it('cannot be selected before the §7 background check is recorded', async () => {
    const e = await refusal(send(guizhou, caseId, 'select', { validTo: '2029-11-24' }));
    expect(only(findingsOf(e), 'gz-selection/background-check')[0]!.passed).toBe(false);
  });

  it('another authority in the province sees the case but cannot decide it', async () => {
    const detail = await getCaseDetail(ctx(guiyang), caseId);
    expect(detail.roles).toEqual(['public']);
    const e = await refusal(send(guiyang, caseId, 'record_review', { background }));
    expect(e.status).toBe(403);
  });

  it('a stale version is refused (409) and changes nothing', async () => {
    const v = await caseVersion(h.db, caseId);
    await send(guizhou, caseId, 'record_review', {
      influenceAndReputation: true,
      practicalEquipmentMeetsStandard: true,
      safetyCompliant: true,
      occupations: occupations.map((o) => ({ code: o.code, closelyRelated: true })),
      background,
    });
    const e = await refusal(
      sendCaseEvent(ctx(guizhou), {
        caseId,
        event: 'select',
        version: v,
        payload: { validTo: '2029-11-24' },
      }),
    );
    expect(e.status).toBe(409);
    expect(
      (await h.db.selectFrom('cases').select('state').where('id', '=', caseId).executeTakeFirstOrThrow())
        .state,
    ).toBe('submitted');
  });

  it('is selected for its three occupations: published with scope and validity, documents numbered and kept', async () => {
    const sent = await send(guizhou, caseId, 'select', { validTo: '2029-11-24' });
    expect(sent.case.state).toBe('selected');
    expect(sent.documents.map((d) => d.kind)).toEqual(['selection_result', 'publication_record']);
    expect(sent.documents[0]!.number).toMatch(/^黔人社评遴决〔2026〕\d+号$/);
    expect(sent.citations.map((c) => c.citationText)).toEqual(
      expect.arrayContaining(['gz-rules §6', 'gz-rules §7']),
    );
    const detail = await getCaseDetail(ctx(applicant), caseId);
    expect(detail.case.validFrom).toBe(TODAY);
    expect(detail.case.validTo).toBe('2029-11-24');
    expect(detail.documents).toHaveLength(2);
    expect(detail.directoryEntry?.scopes).toHaveLength(8);
    expect(detail.directoryEntry?.validTo).toBe('2029-11-24');
    const audit = await h.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'case')
      .where('entity_id', '=', caseId)
      .execute();
    expect(audit.map((a) => a.action)).toContain('transition:select');
  });
});

describe('gz-rules §6: the weak demo social organisation fails per occupation and as an institution', () => {
  let weak: Actor;
  let caseId: string;

  beforeAll(async () => {
    weak = await staffAccount(WEAK);
    const opened = await openProcedureCase(ctx(weak), {
      procedure: 'gz-selection',
      input: socialOrgApplication(
        [
          { code: '4-03-02-07', levels: [5, 4], trainingVolume: 1100 },
          { code: TEA, levels: [5, 4], trainingVolume: 1300 },
        ],
        site('gz-huicai-main'),
      ),
    });
    caseId = opened.id;
    await uploadAll(weak, caseId, 'social_org');
    await send(weak, caseId, 'submit');
  });

  it('3 assessors for 茶叶加工工 fail §6(6) for that occupation only (4 required); the other has 4', async () => {
    const r = await getSelectionResults(h.db, weak, caseId, TODAY);
    const tea = r.current.occupations.find((o) => o.code === TEA)!;
    const other = r.current.occupations.find((o) => o.code === '4-03-02-07')!;
    expect(tea.assessors).toBe(3);
    expect(only(tea.findings, 'gz-rules/6/6/assessors')[0]).toMatchObject({
      passed: false,
      values: { actual: 3, minimum: 4 },
    });
    expect(tea.outcome).toBe('fail');
    expect(other.assessors).toBe(4);
    expect(only(other.findings, 'gz-rules/6/6/assessors')[0]!.passed).toBe(true);
    // mohrss-filing 二(六) also judges a social organisation (docs/decisions/0015): the demo catalogue
    // holds no national standard for 4-03-02-07, so that is its only failure.
    expect(other.findings.filter((f) => f.passed === false).map((f) => f.ruleId)).toEqual([
      'mohrss-filing/2/6/standard',
    ]);
  });

  it('2 supervisors, a 2-year-10-month lease, no 候考室 and desks 79 cm apart fail the institution (§6(6), §6(7))', async () => {
    const r = await getSelectionResults(h.db, guizhou, caseId, TODAY);
    const failed = r.current.institution.findings.filter((f) => f.passed === false).map((f) => f.ruleId);
    expect(failed.sort()).toEqual(
      [
        'gz-rules/6/6/supervisors',
        'gz-rules/6/7/desk-spacing',
        'gz-rules/6/7/functional-rooms',
        'gz-rules/6/7/tenure',
      ].sort(),
    );
    expect(only(r.current.institution.findings, 'gz-rules/6/7/desk-spacing')[0]!.values).toMatchObject({
      actual: 79,
      minimum: 80,
    });
    expect(r.current.overall).toBe('not_selectable');
    expect(r.current.occupations.every((o) => !o.selectable)).toBe(true);
  });

  it('cannot be selected (the guard shows the failures) and is refused with a written result', async () => {
    await send(guizhou, caseId, 'record_review', { background });
    const e = await refusal(send(guizhou, caseId, 'select', { validTo: '2029-11-24' }));
    expect(e.code).toBe('GUARD_FAILED');
    expect(
      findingsOf(e)
        .filter((f) => f.passed === false)
        .map((f) => f.ruleId),
    ).toEqual(expect.arrayContaining(['gz-rules/6/6/supervisors', 'gz-rules/6/7/desk-spacing']));
    const sent = await send(guizhou, caseId, 'refuse', {
      reason: '内部质量督导员不足3人，场地条件不符合第六条第（七）项',
    });
    expect(sent.case.state).toBe('refused');
    expect(sent.documents.map((d) => d.kind)).toEqual(['selection_result']);
    const entry = await h.db
      .selectFrom('directory_entries')
      .select('id')
      .where('case_id', '=', caseId)
      .execute();
    expect(entry).toEqual([]);
  });

  it('a fourth assessor for 茶叶加工工 added to the registry changes that occupation’s result', async () => {
    await addStaff({ db: h.db, caller: guizhou, personalData, now: NOW }, WEAK, {
      name: '罗文',
      idDocType: 'resident_id',
      idNumber: '520302198504123010',
      roles: [{ role: 'assessor', occupationCode: TEA, level: 4 }],
    });
    const r = await getSelectionResults(h.db, weak, caseId, TODAY);
    const tea = r.current.occupations.find((o) => o.code === TEA)!;
    expect(tea.assessors).toBe(4);
    expect(only(tea.findings, 'gz-rules/6/6/assessors')[0]!.passed).toBe(true);
    // What was recorded at the decision stays as it was.
    expect(r.recorded?.occupations.find((o) => o.code === TEA)?.assessors).toBe(3);
  });
});

describe('gz-rules §6(6): an occupation without 4 assessors is left out of an otherwise good selection', () => {
  it('selects 黔程 for the occupations that pass and publishes only those', async () => {
    const opened = await openProcedureCase(ctx(applicant), {
      procedure: 'gz-selection',
      input: socialOrgApplication(
        [
          { code: '4-10-01-05', levels: [4], trainingVolume: 1500 },
          { code: '4-10-01-06', levels: [4], trainingVolume: 1500 },
        ],
        site('gz-qiancheng-main'),
      ),
    });
    await uploadAll(applicant, opened.id, 'social_org');
    await send(applicant, opened.id, 'submit');
    await send(guizhou, opened.id, 'record_review', { background });
    const r = await getSelectionResults(h.db, guizhou, opened.id, TODAY);
    expect(r.current.overall).toBe('partially_selectable');
    const sent = await send(guizhou, opened.id, 'select', { validTo: '2029-11-24' });
    const excluded = sent.findings.find((f) => f.ruleId === 'gz-selection/occupation-excluded');
    expect(excluded?.message_zh).toContain('4-10-01-06');
    const scopes = await h.db
      .selectFrom('directory_entries as e')
      .innerJoin('directory_entry_scopes as s', 's.entry_id', 'e.id')
      .select(['s.occupation_code', 's.level'])
      .where('e.case_id', '=', opened.id)
      .execute();
    expect(scopes).toEqual([{ occupation_code: '4-10-01-05', level: 4 }]);
  });
});

describe('gz-rules §4 and §5: an employer and a school', () => {
  it('an employer (§4) is selected for an occupation with a corresponding skill post', async () => {
    const staff = await staffAccount(EMPLOYER);
    const opened = await openProcedureCase(ctx(staff), {
      procedure: 'gz-selection',
      input: {
        occupations: [{ code: '6-18-02-04', levels: [5, 4, 3], hasCorrespondingSkillPost: true }],
        siteId: site('gz-wujiang-training'),
        enterpriseCategories: ['above_scale'],
      },
    });
    await uploadAll(staff, opened.id, 'employer');
    await send(staff, opened.id, 'submit');
    await send(guizhou, opened.id, 'record_review', {
      skilledWorkersMajority: true,
      incentiveSystem: true,
      systemsAndPlan: true,
      siteMeetsNationalStandard: true,
      siteSafetyCompliant: true,
      occupations: [{ code: '6-18-02-04', directlyRelatedToMainBusiness: true }],
      background,
    });
    const r = await getSelectionResults(h.db, guizhou, opened.id, TODAY);
    expect(r.current.checks).toEqual(['gz-rules.selection.employer', 'gz-rules.prohibitions']);
    expect(r.current.overall).toBe('selectable');
    const sent = await send(guizhou, opened.id, 'select', { validTo: '2029-11-24' });
    expect(sent.case.state).toBe('selected');
  });

  it('an employer whose occupation has no corresponding skill post fails §4(3) for that occupation', async () => {
    const staff = await staffAccount(EMPLOYER);
    const opened = await openProcedureCase(ctx(staff), {
      procedure: 'gz-selection',
      input: {
        occupations: [{ code: '6-31-01-03', levels: [4], hasCorrespondingSkillPost: false }],
        siteId: site('gz-wujiang-training'),
        enterpriseCategories: ['above_scale'],
      },
    });
    const r = await getSelectionResults(h.db, staff, opened.id, TODAY);
    const o = r.current.occupations[0]!;
    expect(o.outcome).toBe('fail');
    expect(o.findings.find((f) => f.passed === false)?.ruleId).toBe('gz-rules/4/3');
  });

  it('a school (§5) is selected with its office rooms, full-time staff and only site read from the registry', async () => {
    const staff = await staffAccount(SCHOOL);
    const opened = await openProcedureCase(ctx(staff), {
      procedure: 'gz-selection',
      input: {
        occupations: [{ code: '6-09-03-11', levels: [5, 4] }],
        // No site named: the school's only registered site is the one offered.
        candidatesOwnFullTimeStudentsOnly: true,
        evaluationTiming: 'graduation_year',
        dedicatedUnit: true,
      },
    });
    await uploadAll(staff, opened.id, 'school');
    await send(staff, opened.id, 'submit');
    const before = await getSelectionResults(h.db, staff, opened.id, TODAY);
    expect(before.current.registry.site?.id).toBe(site('gz-qiandongnan-school-campus'));
    expect(only(before.current.institution.findings, 'gz-rules/5/2/rooms')[0]!.passed).toBe(true);
    expect(only(before.current.institution.findings, 'gz-rules/5/2/unit').map((f) => f.passed)).toContain(
      true,
    );
    await send(guizhou, opened.id, 'record_review', {
      stableFunding: true,
      siteMeetsNationalStandard: true,
      siteSafetyCompliant: true,
      occupations: [{ code: '6-09-03-11', matchesMajor: true, levelConsistentWithSchooling: true }],
      background,
    });
    const sent = await send(guizhou, opened.id, 'select', { validTo: '2029-11-24' });
    expect(sent.case.state).toBe('selected');
  });

  it('an institution outside Guizhou may not open a Guizhou selection (§2)', async () => {
    const zj = await demoActor(h.db, 'inst_zj');
    expect(await gzSelectionProcedure.mayOpen(h.db, zj)).toBe(false);
    const e = await refusal(
      openProcedureCase(ctx(zj), {
        procedure: 'gz-selection',
        input: { occupations: [{ code: '6-31-01-03', levels: [4] }], siteId: null },
      }),
    );
    expect(e.status).toBe(403);
  });
});
