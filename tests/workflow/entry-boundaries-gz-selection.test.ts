// Boundary cases of the Guizhou selection (gz-rules §4–7) through the selection use cases: every number
// of §6 read from the registry at n-1 and n (staff, supervisors, assessors, floor area, desk spacing,
// exam rooms or seats, lease, history, training volume and its 但书); mohrss-filing 二(四) and 二(六)
// judging a Guizhou social organisation too (docs/decisions/0015); the "local characteristics"
// exception of §6(3) for enterprises only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import type { Actor } from '../../src/policies/actor.js';
import { AppError } from '../../src/domain/errors.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { builtInCalendar } from '../../src/calendar/calendar-data.js';
import { pdfBytes } from '../../src/materials/sample-files.test-support.js';
import { checklistFor } from '../../src/materials/checklist.js';
import type { CaseContext } from '../../src/use-cases/cases/case-context.js';
import { openProcedureCase } from '../../src/use-cases/cases/open-procedure-case.js';
import { sendCaseEvent } from '../../src/use-cases/cases/send-case-event.js';
import { uploadCaseMaterial } from '../../src/use-cases/cases/upload-case-material.js';
import { applicationForm, gzSelectionProcedure } from '../../src/use-cases/gz-selection/procedure.js';
import { findCase } from '../../src/persistence/cases.repository.js';
import { GZ_SELECTION_CHECKLIST } from '../../src/use-cases/gz-selection/checklist.js';
import { getSelectionResults } from '../../src/use-cases/gz-selection/get-selection-results.js';
import type { Finding } from '../../src/rules/finding.js';
import type { Application, Review } from '../../src/workflows/gz-selection/data.js';
import { openTestDatabase } from '../support/test-database.js';
import { caseVersion, demoActor, refusal, testUscc } from './demo-fixtures.js';
import { TEST_DATA_KEY } from '../support/test-app.js';

import { makeIdNumber } from '../support/personas.js';

let h: DatabaseHandle;
const store = databaseFileStore();
const calendar = builtInCalendar();
// Wednesday 25 November 2026, 10:00 in Beijing.
const NOW = new Date('2026-11-25T02:00:00Z');
const TODAY = '2026-11-25';
const personalData = createPersonalDataProtector(TEST_DATA_KEY);
const OCC = '4-10-03-01'; // 美容师: a national standard, no Guizhou holder in the demo
const NO_STANDARD = '6-02-06-10'; // 茶叶加工工: no national standard in the demo catalogue

const ctx = (caller: Actor): CaseContext => ({
  db: h.db,
  store,
  caller,
  procedures: [gzSelectionProcedure],
  calendar,
  now: NOW,
});

let guizhou: Actor;
beforeAll(async () => {
  h = await openTestDatabase();
  await seedAll(h.db, { demo: true, personalData });
  guizhou = await demoActor(h.db, 'guizhou');
}, 60_000);
afterAll(async () => h?.close());

async function staff(
  institutionId: string,
  role: string,
  occupation: string | null = null,
  level: number | null = null,
) {
  const id = randomUUID();
  const p = personalData.protect(makeIdNumber());
  await h.db
    .insertInto('staff')
    .values({
      id,
      institution_id: institutionId,
      branch_id: null,
      name: `职员${id.slice(0, 4)}`,
      id_doc_type: 'resident_id',
      id_number_enc: p.enc,
      id_number_hmac: p.hmac,
      id_number_masked: p.masked,
      phone: null,
    })
    .execute();
  await h.db
    .insertInto('staff_roles')
    .values({ id: randomUUID(), staff_id: id, role: role as 'assessor', occupation_code: occupation, level })
    .execute();
  return id;
}
const deactivate = (id: string) =>
  h.db.updateTable('staff').set({ active: false }).where('id', '=', id).execute();
const reactivate = (id: string) =>
  h.db.updateTable('staff').set({ active: true }).where('id', '=', id).execute();

/**
 * A Guizhou social organisation exactly at every number of gz-rules §6: 3 full-time staff, 3 quality
 * supervisors, 4 assessors (level 3) for OCC, 100 m², 2 standard rooms, desks 80 cm apart, a lease of
 * exactly 3 years (2025-07-01 – 2028-06-30).
 */
async function atTheNumbers(name: string, head: '91' | '51') {
  const id = randomUUID();
  await h.db
    .insertInto('institutions')
    .values({
      id,
      name,
      kind: 'social_org',
      uscc: testUscc(head, '520100'),
      legal_representative: '赵立新',
      address: '贵州省贵阳市观山湖区',
      jurisdiction_code: '520100',
      authority_id: guizhou.authorityId!,
      status: 'registered',
      contact_phone: null,
      established_on: '2018-01-01',
    })
    .execute();
  const staffIds = {
    fullTime: [] as string[],
    supervisors: [] as string[],
    assessors: [] as string[],
  };
  for (let i = 0; i < 3; i++) staffIds.fullTime.push(await staff(id, 'full_time_staff'));
  for (let i = 0; i < 3; i++) staffIds.supervisors.push(await staff(id, 'quality_supervisor'));
  for (let i = 0; i < 4; i++) staffIds.assessors.push(await staff(id, 'assessor', OCC, 3));
  for (let i = 0; i < 4; i++) await staff(id, 'assessor', NO_STANDARD, 3);
  const siteId = randomUUID();
  await h.db
    .insertInto('sites')
    .values({
      id: siteId,
      institution_id: id,
      branch_id: null,
      name: `${name}考点`,
      address: '贵州省贵阳市观山湖区',
      tenure: 'leased',
      lease_start: '2025-07-01',
      lease_end: '2028-06-30',
      floor_area_m2: 100,
      functional_rooms: ['考务室', '保密室', '档案室', '候考室'],
      exam_rooms: 2,
      computer_seats: 0,
      desk_spacing_cm: 80,
      cctv_exam_rooms: true,
      cctv_full_coverage: true,
    })
    .execute();
  const userId = randomUUID();
  const username = `gzb${id.slice(0, 8)}`;
  await h.db
    .insertInto('users')
    .values({
      id: userId,
      username,
      display_name: username,
      password_hash: 'not-used',
      role: 'institution_staff',
      authority_id: null,
      institution_id: id,
      expert_id: null,
    })
    .execute();
  const applicant: Actor = { userId, username, role: 'institution_staff', institutionId: id };
  return { id, siteId, applicant, staffIds };
}

const SYSTEMS: Application['managementSystems'] = [
  'exam_affairs',
  'personnel',
  'finance',
  'archives',
  'question_bank',
  'certificates',
  'violations',
];
const application = (over: Partial<Application> = {}, volume = 1000): Application => ({
  occupations: [{ code: OCC, levels: [5, 4, 3], trainingVolume: volume }],
  trainingHistorySince: '2024-11-25',
  managementSystems: SYSTEMS,
  expertTeam: true,
  officeAndCommunicationEquipment: true,
  singleSeatPerDesk: true,
  ...over,
});
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

async function send(caller: Actor, caseId: string, event: string, payload?: unknown) {
  return sendCaseEvent(ctx(caller), {
    caseId,
    event,
    version: await caseVersion(h.db, caseId),
    ...(payload === undefined ? {} : { payload }),
  });
}

const failedIds = (fs: readonly Finding[]) => fs.filter((f) => f.passed === false).map((f) => f.ruleId);

/** A social organisation's selection case with the materials filed and submitted; its id. */
async function submitted(org: Awaited<ReturnType<typeof atTheNumbers>>, app: Application): Promise<string> {
  const { id } = await openProcedureCase(ctx(org.applicant), {
    procedure: 'gz-selection',
    input: { ...app, siteId: org.siteId },
  });
  for (const item of checklistFor(GZ_SELECTION_CHECKLIST, 'social_org').items)
    await uploadCaseMaterial(ctx(org.applicant), {
      caseId: id,
      checklistItem: item.id,
      bytes: pdfBytes(item.id),
      fileName: `${item.id}.pdf`,
      declaredType: 'application/pdf',
    });
  await send(org.applicant, id, 'submit');
  return id;
}

describe('gz-rules §6 numbers at the boundary, read from the registry through the selection use cases', () => {
  let org: Awaited<ReturnType<typeof atTheNumbers>>;
  let caseId: string;

  /** The results now (as both sides see them), after the application is edited to `app`. */
  async function resultsWith(app: Application = application()) {
    await send(org.applicant, caseId, 'edit', app);
    const r = await getSelectionResults(h.db, org.applicant, caseId, TODAY);
    const occupation = r.current.occupations.find((o) => o.code === OCC)!;
    return { institution: r.current.institution.findings, occupation: occupation.findings, r };
  }
  const one = (fs: readonly Finding[], ruleId: string) => fs.find((f) => f.ruleId === ruleId)!;
  const site = (values: Record<string, unknown>) =>
    h.db.updateTable('sites').set(values).where('id', '=', org.siteId).execute();

  beforeAll(async () => {
    org = await atTheNumbers('贵州边界评价中心', '91');
    caseId = (
      await openProcedureCase(ctx(org.applicant), {
        procedure: 'gz-selection',
        input: { ...application(), siteId: org.siteId },
      })
    ).id;
  });

  it('at every number (n) nothing of §6 fails: 3 staff, 3 supervisors, 4 assessors, 100 m², 2 rooms, 80 cm, 3-year lease, 2 years, 1000', async () => {
    const { institution, occupation } = await resultsWith({ ...application(), siteId: org.siteId });
    expect(failedIds(institution)).toEqual([]);
    expect(failedIds(occupation)).toEqual([]);
  });

  it('editing the draft starts from the application as filed (prefill), which the edit form accepts unchanged', async () => {
    const app = application();
    await send(org.applicant, caseId, 'edit', app);
    const c = (await findCase(h.db, caseId))!;
    const start = gzSelectionProcedure.prefill!(c, 'edit');
    expect(start).toEqual(app);
    expect(applicationForm.safeParse(start).success).toBe(true);
  });

  it('gz-rules §6(5) boundary: 2 full-time staff fail, 3 pass', async () => {
    await deactivate(org.staffIds.fullTime[0]!);
    const { institution } = await resultsWith();
    expect(one(institution, 'gz-rules/6/5')).toMatchObject({
      passed: false,
      values: { actual: 2, minimum: 3 },
    });
    await reactivate(org.staffIds.fullTime[0]!);
    expect(one((await resultsWith()).institution, 'gz-rules/6/5')).toMatchObject({
      passed: true,
      values: { actual: 3 },
    });
  });

  it('gz-rules §6(6) boundary: 2 quality supervisors fail, 3 pass', async () => {
    await deactivate(org.staffIds.supervisors[0]!);
    const { institution } = await resultsWith();
    expect(one(institution, 'gz-rules/6/6/supervisors')).toMatchObject({
      passed: false,
      values: { actual: 2, minimum: 3 },
    });
    await reactivate(org.staffIds.supervisors[0]!);
    expect(one((await resultsWith()).institution, 'gz-rules/6/6/supervisors')).toMatchObject({
      passed: true,
      values: { actual: 3 },
    });
  });

  it('gz-rules §6(6) boundary: 3 assessors for the occupation fail (the occupation is left out), 4 pass', async () => {
    await deactivate(org.staffIds.assessors[0]!);
    const { occupation, r } = await resultsWith();
    expect(one(occupation, 'gz-rules/6/6/assessors')).toMatchObject({
      passed: false,
      values: { actual: 3, minimum: 4 },
    });
    expect(r.current.overall).toBe('not_selectable');
    await reactivate(org.staffIds.assessors[0]!);
    expect(one((await resultsWith()).occupation, 'gz-rules/6/6/assessors')).toMatchObject({
      passed: true,
      values: { actual: 4 },
    });
  });

  it('gz-rules §6(7) boundary: 99 m² fail, 100 m² pass', async () => {
    await site({ floor_area_m2: 99 });
    expect(one((await resultsWith()).institution, 'gz-rules/6/7/office-area')).toMatchObject({
      passed: false,
      values: { actual: 99, minimum: 100 },
    });
    await site({ floor_area_m2: 100 });
    expect(one((await resultsWith()).institution, 'gz-rules/6/7/office-area')!.passed).toBe(true);
  });

  it('gz-rules §6(7) boundary: desks 79 cm apart fail, 80 cm pass (≥80cm)', async () => {
    await site({ desk_spacing_cm: 79 });
    expect(one((await resultsWith()).institution, 'gz-rules/6/7/desk-spacing')).toMatchObject({
      passed: false,
      values: { actual: 79, minimum: 80 },
    });
    await site({ desk_spacing_cm: 80 });
    expect(one((await resultsWith()).institution, 'gz-rules/6/7/desk-spacing')!.passed).toBe(true);
  });

  it('gz-rules §6(7) boundary: 1 standard room and 59 computer seats fail; 1 room and 60 seats pass; 2 rooms pass', async () => {
    await site({ exam_rooms: 1, computer_seats: 59 });
    expect(one((await resultsWith()).institution, 'gz-rules/6/7/theory-exam-capacity')).toMatchObject({
      passed: false,
      values: { metBy: null },
    });
    await site({ computer_seats: 60 });
    expect(one((await resultsWith()).institution, 'gz-rules/6/7/theory-exam-capacity')).toMatchObject({
      passed: true,
      values: { metBy: 'seats' },
    });
    await site({ exam_rooms: 2, computer_seats: 0 });
    expect(one((await resultsWith()).institution, 'gz-rules/6/7/theory-exam-capacity')).toMatchObject({
      passed: true,
      values: { metBy: 'rooms' },
    });
  });

  it('gz-rules §6(7) boundary: a lease one day short of 3 years fails, exactly 3 years passes', async () => {
    await site({ lease_end: '2028-06-29' });
    expect(one((await resultsWith()).institution, 'gz-rules/6/7/tenure')).toMatchObject({
      passed: false,
      values: { mustRunTo: '2028-06-30' },
    });
    await site({ lease_end: '2028-06-30' });
    expect(one((await resultsWith()).institution, 'gz-rules/6/7/tenure')!.passed).toBe(true);
  });

  it('gz-rules §6(3) boundary: 2 years of history reached on the anniversary — since 2024-11-26 fails, since 2024-11-25 passes', async () => {
    const late = await resultsWith(application({ trainingHistorySince: '2024-11-26' }));
    expect(one(late.occupation, 'gz-rules/6/3/history')).toMatchObject({
      passed: false,
      values: { reachedOn: '2026-11-26' },
    });
    const onTime = await resultsWith(application({ trainingHistorySince: '2024-11-25' }));
    expect(one(onTime.occupation, 'gz-rules/6/3/history')).toMatchObject({
      passed: true,
      values: { reachedOn: '2026-11-25' },
    });
  });

  it('gz-rules §6(3) boundary: 999 person-times fail, 1000 pass', async () => {
    expect(one((await resultsWith(application({}, 999))).occupation, 'gz-rules/6/3/volume')).toMatchObject({
      passed: false,
      values: { actual: 999, minimum: 1000 },
    });
    expect(one((await resultsWith(application({}, 1000))).occupation, 'gz-rules/6/3/volume')!.passed).toBe(
      true,
    );
  });

  it('gz-rules §6(3) 但书 boundary: a MOHRSS new occupation needs no history and 200 person-times — 199 fail, 200 pass', async () => {
    const newOcc = (volume: number) =>
      application({
        trainingHistorySince: undefined,
        occupations: [{ code: OCC, levels: [5, 4, 3], trainingVolume: volume, newOccupation: true }],
      });
    const low = await resultsWith(newOcc(199));
    expect(one(low.occupation, 'gz-rules/6/3/exception')).toMatchObject({
      passed: false,
      values: { actual: 199, minimum: 200 },
    });
    const ok = await resultsWith(newOcc(200));
    expect(failedIds(ok.occupation)).toEqual([]);
    expect(ok.institution.concat(ok.occupation).some((f) => f.ruleId === 'gz-rules/6/3/history')).toBe(false);
  });

  it('mohrss-filing 二(六) also judges a Guizhou social organisation: an occupation without a national standard or filed norm is left out', async () => {
    const { r } = await resultsWith(
      application({
        occupations: [
          { code: OCC, levels: [5, 4, 3], trainingVolume: 1000 },
          { code: NO_STANDARD, levels: [5, 4, 3], trainingVolume: 1000 },
        ],
      }),
    );
    const tea = r.current.occupations.find((o) => o.code === NO_STANDARD)!;
    expect(failedIds(tea.findings)).toEqual(['mohrss-filing/2/6/standard']);
    expect(r.current.overall).toBe('partially_selectable');
  });
});

describe('mohrss-filing 二(四) in a Guizhou selection of a social organisation (docs/decisions/0015)', () => {
  let org: Awaited<ReturnType<typeof atTheNumbers>>;
  let caseId: string;
  const holder = async (name: string, validTo = '2029-12-31') => {
    const other = await atTheNumbers(name, '91');
    await h.db
      .insertInto('institution_scopes')
      .values({
        id: randomUUID(),
        institution_id: other.id,
        occupation_code: OCC,
        level: 4,
        valid_from: '2025-01-01',
        valid_to: validTo,
        status: 'active',
      })
      .execute();
  };
  const quota = async () => {
    const r = await getSelectionResults(h.db, guizhou, caseId, TODAY);
    return r.current.occupations[0]!.findings.find((f) => f.ruleId === 'mohrss-filing/2/4')!;
  };

  beforeAll(async () => {
    org = await atTheNumbers('贵州名媛美业评价中心', '91');
    caseId = await submitted(org, application());
    await holder('贵州美业评价甲');
    await holder('贵州美业评价乙');
  });

  it('二(四) boundary: 2 other Guizhou holders — 3 with the applicant — pass', async () => {
    expect(await quota()).toMatchObject({
      passed: true,
      values: { otherFiledOrganisations: 2, totalIfFiled: 3, maximum: 3 },
    });
  });

  it('二(四) boundary: a 3rd holder makes 4 — the occupation fails and cannot be selected', async () => {
    await holder('贵州美业评价丙');
    expect(await quota()).toMatchObject({
      passed: false,
      values: { otherFiledOrganisations: 3, totalIfFiled: 4 },
    });
    await send(guizhou, caseId, 'record_review', {
      influenceAndReputation: true,
      practicalEquipmentMeetsStandard: true,
      safetyCompliant: true,
      occupations: [{ code: OCC, closelyRelated: true }],
      background,
    });
    const e = await sendCaseEvent(ctx(guizhou), {
      caseId,
      event: 'select',
      version: await caseVersion(h.db, caseId),
      payload: { validTo: '2029-11-24' },
    }).then(
      () => null,
      (err: AppError) => err,
    );
    expect(e?.code).toBe('GUARD_FAILED');
    expect(failedIds((e?.extra?.findings ?? []) as Finding[])).toContain('mohrss-filing/2/4');
  });

  it('二(四) "原则上": selected once the department records its reasoned exception', async () => {
    await send(guizhou, caseId, 'record_review', {
      influenceAndReputation: true,
      practicalEquipmentMeetsStandard: true,
      safetyCompliant: true,
      occupations: [{ code: OCC, closelyRelated: true }],
      background,
      quotaOverrides: [
        {
          code: OCC,
          reason: '黔西南州尚无美容师评价机构，经厅务会研究同意增设',
          decidedBy: '贵州省人力资源和社会保障厅',
          decidedOn: TODAY,
        },
      ],
    });
    expect((await quota()).passed).toBe(true);
    const sent = await send(guizhou, caseId, 'select', { validTo: '2029-11-24' });
    expect(sent.case.state).toBe('selected');
  });
});

describe('mohrss-filing 二(七)2(5) in a Guizhou selection of a social organisation: no bad record in talent evaluation', () => {
  let org: Awaited<ReturnType<typeof atTheNumbers>>;
  let caseId: string;
  const RULE = 'mohrss-filing/2/7/2/5';
  // An occupation of its own (企业人力资源管理师, a national standard): the 二(四) quota of OCC is full by now.
  const HR = '4-07-03-04';
  const app = () => application({ occupations: [{ code: HR, levels: [5, 4, 3], trainingVolume: 1000 }] });
  const review = (clearedOn: string | null) => ({
    influenceAndReputation: true,
    practicalEquipmentMeetsStandard: true,
    safetyCompliant: true,
    occupations: [{ code: HR, closelyRelated: true }],
    background: {
      ...background,
      talentEvaluationBadRecords: [
        { recordedOn: '2025-06-01', clearedOn, description: '2025 年评价考务违规，省厅通报' },
      ],
    },
  });
  const record = async () => {
    const r = await getSelectionResults(h.db, guizhou, caseId, TODAY);
    return r.current.institution.findings.find((f) => f.ruleId === RULE)!;
  };

  beforeAll(async () => {
    org = await atTheNumbers('贵州评价记录边界中心', '91');
    for (let i = 0; i < 4; i++) await staff(org.id, 'assessor', HR, 3);
    caseId = await submitted(org, app());
  });

  it('二(七)2(5) boundary: a record cleared the day after the decision still stands — refused', async () => {
    await send(guizhou, caseId, 'record_review', review('2026-11-26'));
    expect(await record()).toMatchObject({ passed: false, citation: { source: 'mohrss-filing' } });
    const e = await refusal(send(guizhou, caseId, 'select', { validTo: '2029-11-24' }));
    expect(e.code).toBe('GUARD_FAILED');
    expect(failedIds((e.extra?.findings ?? []) as Finding[])).toContain(RULE);
  });

  it('二(七)2(5) boundary: a record cleared on the day of the decision no longer stands — selected', async () => {
    await send(guizhou, caseId, 'record_review', review(TODAY));
    expect((await record()).passed).toBe(true);
    const sent = await send(guizhou, caseId, 'select', { validTo: '2029-11-24' });
    expect(sent.case.state).toBe('selected');
  });
});

describe('gz-rules §6(3) 但书 in a Guizhou selection: "具有贵州地方性特色的企业" only', () => {
  async function assessedLocal(head: '91' | '51', name: string) {
    const org = await atTheNumbers(name, head);
    const app = application({ trainingHistorySince: undefined }, 200);
    const caseId = (
      await openProcedureCase(ctx(org.applicant), {
        procedure: 'gz-selection',
        input: { ...app, siteId: org.siteId },
      })
    ).id;
    for (const item of checklistFor(GZ_SELECTION_CHECKLIST, 'social_org').items)
      await uploadCaseMaterial(ctx(org.applicant), {
        caseId,
        checklistItem: item.id,
        bytes: pdfBytes(item.id),
        fileName: `${item.id}.pdf`,
        declaredType: 'application/pdf',
      });
    await send(org.applicant, caseId, 'submit');
    await send(guizhou, caseId, 'record_review', {
      influenceAndReputation: true,
      guizhouCharacteristicEnterprise: true,
      practicalEquipmentMeetsStandard: true,
      safetyCompliant: true,
      occupations: [{ code: OCC, closelyRelated: true }],
      background,
    });
    return (await getSelectionResults(h.db, guizhou, caseId, TODAY)).current;
  }

  it('§6(3): an enterprise with local characteristics is exempt from the years and passes with 200 person-times', async () => {
    const r = await assessedLocal('91', '贵州苗绣技艺评价有限公司');
    const own = r.occupations[0]!.findings;
    // (The quota of 二(四) is full by now — the earlier cases — and is judged apart.)
    expect(failedIds([...r.institution.findings, ...own]).filter((id) => id.startsWith('gz-rules'))).toEqual(
      [],
    );
    expect(own.find((f) => f.ruleId === 'gz-rules/6/3/exception')).toMatchObject({
      passed: true,
      values: { actual: 200, minimum: 200, exception: 'guizhou_characteristic_enterprise' },
    });
  });

  it('§6(3): a social group assessed as having local characteristics is refused the exception — 2 years and 1000 apply', async () => {
    const r = await assessedLocal('51', '贵州省民族技艺协会');
    const all = [...r.institution.findings, ...r.occupations[0]!.findings];
    expect(failedIds(all)).toEqual(expect.arrayContaining(['gz-rules/6/3/history', 'gz-rules/6/3/volume']));
    expect(
      all.find((f) => f.ruleId === 'gz-rules/6/3/exception' && f.values.applies === false)?.message_zh,
    ).toContain('社会团体');
    expect(r.overall).toBe('not_selectable');
  });
});
