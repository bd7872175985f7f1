// Boundary cases of a social-organisation filing (mohrss-filing 二, with gz-rules §6 for a Guizhou
// applicant), run through the generic case use cases on the demo data — the assessment records every
// check as of its day, so each boundary is read from the findings the authority sees:
// - 二(四) quota: 2 other holders (3 with the applicant) pass, 3 (4 with it) fail; a holding counts from
//   the filing receipt to the last day of validity — also between publication and the first day of
//   validity, and no longer the day after validity ends, whatever the status flag says; refused and
//   withdrawn filings never count (docs/decisions/0015).
// - gz-rules §6(6) assessors are those accredited to the highest level applied for: 3 matching + 1 of
//   a lower level fail, 4 matching pass.
// - gz-rules §6(3) 但书 "具有贵州地方性特色的企业": an enterprise gets it (200 passes, 199 fails), a social
//   group assessed "local characteristics" does not (2 years and 1000 person-times apply).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import type { Actor } from '../../src/policies/actor.js';
import { builtInCalendar } from '../../src/calendar/calendar-data.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { findCase, listCaseEvents } from '../../src/persistence/cases.repository.js';
import { openProcedureCase } from '../../src/use-cases/cases/open-procedure-case.js';
import { sendCaseEvent } from '../../src/use-cases/cases/send-case-event.js';
import { uploadCaseMaterial } from '../../src/use-cases/cases/upload-case-material.js';
import type { CaseContext } from '../../src/use-cases/cases/case-context.js';
import { socialOrgFilingProcedure } from '../../src/use-cases/social-org-filing/procedure.js';
import type { Finding } from '../../src/rules/finding.js';
import { pdfBytes } from '../../src/materials/sample-files.test-support.js';
import { openTestDatabase } from '../support/test-database.js';
import { demoActor, testUscc } from './demo-fixtures.js';
import { TEST_DATA_KEY } from '../support/test-app.js';
import { makeIdNumber } from '../support/personas.js';
import { ALL_SYSTEMS, CONDITIONS } from '../../src/workflows/social-org-filing/all-conditions-met.js';

const protector = createPersonalDataProtector(TEST_DATA_KEY);
const store = databaseFileStore();
let h: DatabaseHandle;
let officer: Actor;

const at = (day: string) => new Date(`${day}T02:00:00Z`);
const MONDAY = '2026-03-02';
// Occupations no demo organisation holds in Guizhou, both with a national standard (二(六)).
const OCC_A = '4-10-03-01'; // 美容师
const OCC_B = '4-07-03-04'; // 企业人力资源管理师

beforeAll(async () => {
  h = await openTestDatabase();
  await seedAll(h.db, { demo: true, personalData: protector });
  officer = await demoActor(h.db, 'guizhou');
}, 60_000);
afterAll(async () => h?.close());

const ctxOf = (caller: Actor, day: string): CaseContext => ({
  db: h.db,
  store,
  caller,
  procedures: [socialOrgFilingProcedure],
  calendar: builtInCalendar(),
  now: at(day),
});

async function send(caller: Actor, caseId: string, event: string, day: string, payload?: unknown) {
  const c = (await findCase(h.db, caseId))!;
  return sendCaseEvent(ctxOf(caller, day), {
    caseId,
    event,
    version: c.version,
    ...(payload ? { payload } : {}),
  });
}

const MATERIALS = [
  'basic_info_form',
  'legal_person_certificate',
  'implementation_plan',
  'expert_skill_proof',
  'asset_proof',
  'credit_report',
];
const assessment = (day: string, regional: Record<string, unknown> = {}) => ({
  conditions: CONDITIONS,
  decoupledFromGovernment: true,
  regional: {
    influenceAndReputation: true,
    notCloselyRelatedOccupations: [],
    newOccupations: [],
    guizhouCharacteristicEnterprise: false,
    officeAndCommunicationEquipment: true,
    singleSeatPerDesk: true,
    practicalEquipmentMeetsStandard: true,
    safetyCompliant: true,
    ...regional,
  },
  creditCheck: { checkedOn: day, sources: '信用中国、国家企业信用信息公示系统、民政部门', records: [] },
  opinion: '机构性质、职业范围、标准及实施条件经核验。',
});
const NOTICE = { days: 5, unit: 'working_days', basisReason: '按本厅征集通告，公示 5 个工作日' };

type Assessor = { occupation: string; level: number };
const four = (occupation: string, level = 3): Assessor[] =>
  Array.from({ length: 4 }, () => ({ occupation, level }));

async function addStaff(
  institutionId: string,
  role: string,
  occupation: string | null,
  level: number | null,
) {
  const staffId = randomUUID();
  const p = protector.protect(makeIdNumber());
  await h.db
    .insertInto('staff')
    .values({
      id: staffId,
      institution_id: institutionId,
      branch_id: null,
      name: `职员${staffId.slice(0, 4)}`,
      id_doc_type: 'resident_id',
      id_number_enc: p.enc,
      id_number_hmac: p.hmac,
      id_number_masked: p.masked,
      phone: null,
    })
    .execute();
  await h.db
    .insertInto('staff_roles')
    .values({
      id: randomUUID(),
      staff_id: staffId,
      role: role as 'assessor',
      occupation_code: occupation,
      level,
    })
    .execute();
}

/** A Guizhou social organisation with 3 staff, 3 supervisors, the assessors given, a good site. */
async function createSocialOrg(
  name: string,
  assessors: Assessor[],
  head: '91' | '51' = '91',
): Promise<{ id: string; applicant: Actor }> {
  const id = randomUUID();
  await h.db
    .insertInto('institutions')
    .values({
      id,
      name,
      kind: 'social_org',
      uscc: testUscc(head, '520100'),
      legal_representative: '赵立新',
      address: '贵州省贵阳市云岩区中华北路 1 号',
      jurisdiction_code: '520100',
      authority_id: officer.authorityId!,
      status: 'registered',
      contact_phone: null,
      established_on: '2018-01-01',
    })
    .execute();
  for (let i = 0; i < 3; i++) await addStaff(id, 'full_time_staff', null, null);
  for (let i = 0; i < 3; i++) await addStaff(id, 'quality_supervisor', null, null);
  for (const a of assessors) await addStaff(id, 'assessor', a.occupation, a.level);
  await h.db
    .insertInto('sites')
    .values({
      id: randomUUID(),
      institution_id: id,
      branch_id: null,
      name: `${name}考点`,
      address: '贵州省贵阳市云岩区中华北路 1 号',
      tenure: 'owned',
      lease_start: null,
      lease_end: null,
      floor_area_m2: 200,
      functional_rooms: ['考务室', '保密室', '档案室', '候考室'],
      exam_rooms: 2,
      computer_seats: 0,
      desk_spacing_cm: 85,
      cctv_exam_rooms: true,
      cctv_full_coverage: true,
    })
    .execute();
  const userId = randomUUID();
  const username = `sob-${id.slice(0, 8)}`;
  await h.db
    .insertInto('users')
    .values({
      id: userId,
      username,
      display_name: '申报经办人',
      password_hash: 'not-used',
      role: 'institution_staff',
      authority_id: null,
      institution_id: id,
      expert_id: null,
    })
    .execute();
  return { id, applicant: { userId, username, role: 'institution_staff', institutionId: id } };
}

/** A holder known to the registry only (no filing case here): a social organisation with a scope. */
async function registryHolder(
  name: string,
  occupation: string,
  scope: { status: 'active' | 'suspended' | 'pending' | 'ended'; validFrom: string; validTo: string },
): Promise<string> {
  const org = await createSocialOrg(name, []);
  const scopeId = randomUUID();
  await h.db
    .insertInto('institution_scopes')
    .values({
      id: scopeId,
      institution_id: org.id,
      occupation_code: occupation,
      level: 4,
      valid_from: scope.validFrom,
      valid_to: scope.validTo,
      status: scope.status,
    })
    .execute();
  return scopeId;
}

interface AppliedOcc {
  code: string;
  levels: number[];
  trainingVolume: number;
}

/** Opens, files the six materials, submits and gets accepted: the case is in assessment. */
async function inAssessment(
  applicant: Actor,
  occupations: AppliedOcc[],
  extra: Record<string, unknown> = { trainingHistorySince: '2020-01-01' },
  day = MONDAY,
): Promise<string> {
  const opened = await openProcedureCase(ctxOf(applicant, day), {
    procedure: 'social-org-filing',
    input: { occupations, managementSystems: ALL_SYSTEMS, ...extra },
  });
  for (const item of MATERIALS)
    await uploadCaseMaterial(ctxOf(applicant, day), {
      caseId: opened.id,
      checklistItem: item,
      bytes: pdfBytes(`/Item (${item})`),
      fileName: `${item}.pdf`,
      declaredType: 'application/pdf',
    });
  await send(applicant, opened.id, 'submit', day);
  await send(officer, opened.id, 'accept', day);
  return opened.id;
}

/** The findings of the latest assessment: they live on its event (recordFindings), not in the data. */
async function lastAssessmentFindings(caseId: string) {
  const events = await listCaseEvents(h.db, caseId);
  return events.filter((e) => e.event === 'assess').at(-1)!.findings;
}

/** Records the assessment on `day` and returns the findings it recorded. */
async function assess(caseId: string, day: string, regional: Record<string, unknown> = {}) {
  await send(officer, caseId, 'assess', day, assessment(day, regional));
  return lastAssessmentFindings(caseId);
}

const quotaOf = (findings: readonly Finding[], code: string) =>
  findings.find((f) => f.ruleId === 'mohrss-filing/2/4' && f.values.occupation === code)!;
const ofOccupation = (findings: readonly Finding[], ruleId: string, code: string) =>
  findings.filter((f) => f.ruleId === ruleId && f.values.occupation === code);

describe('mohrss-filing 二(四) quota: at most 3 social organisations per occupation per jurisdiction', () => {
  let applicantCase: string;
  let lateScope: string;

  beforeAll(async () => {
    const x = await createSocialOrg('贵州边界测试评价中心', [...four(OCC_A), ...four(OCC_B)]);
    applicantCase = await inAssessment(x.applicant, [
      { code: OCC_A, levels: [5, 4, 3], trainingVolume: 1500 },
      { code: OCC_B, levels: [5, 4, 3], trainingVolume: 1500 },
    ]);
    await registryHolder('贵州美业评价甲', OCC_A, {
      status: 'active',
      validFrom: '2025-01-01',
      validTo: '2028-12-31',
    });
    await registryHolder('贵州美业评价乙', OCC_A, {
      status: 'suspended',
      validFrom: '2025-01-01',
      validTo: '2028-12-31',
    });
  });

  it('二(四) boundary: 2 other holders — 3 with the applicant — pass (不超过 3 家 includes 3)', async () => {
    const q = quotaOf(await assess(applicantCase, MONDAY), OCC_A);
    expect(q.passed).toBe(true);
    expect(q.values).toMatchObject({ otherFiledOrganisations: 2, totalIfFiled: 3, maximum: 3 });
  });

  it('二(四) boundary: 3 other holders — 4 with the applicant — fail; a granted scope counts before its first day of validity', async () => {
    lateScope = await registryHolder('贵州美业评价丙', OCC_A, {
      status: 'active',
      validFrom: '2026-06-01',
      validTo: '2029-05-31',
    });
    const q = quotaOf(await assess(applicantCase, MONDAY), OCC_A);
    expect(q.passed).toBe(false);
    expect(q.values).toMatchObject({ otherFiledOrganisations: 3, totalIfFiled: 4, maximum: 3 });
  });

  it('二(四): a scope whose validity has ended holds nothing, although its status still says active', async () => {
    await h.db
      .updateTable('institution_scopes')
      .set({ valid_to: '2026-03-01' })
      .where('id', '=', lateScope)
      .execute();
    const q = quotaOf(await assess(applicantCase, MONDAY), OCC_A);
    expect(q.passed).toBe(true);
    expect(q.values).toMatchObject({ otherFiledOrganisations: 2, totalIfFiled: 3 });
  });

  it('二(四) with 二(十)5: a filing holds its place from the receipt to the last day of its validity — published or not, started or not', async () => {
    // Refused and withdrawn filings for the occupation never hold a place.
    const refused = await createSocialOrg('贵州不予备案测试中心', four(OCC_B));
    const refusedCase = await inAssessment(refused.applicant, [
      { code: OCC_B, levels: [5, 4], trainingVolume: 1500 },
    ]);
    await send(officer, refusedCase, 'refuse', MONDAY, { reason: '评估不符合要求，不予备案' });
    const withdrawn = await createSocialOrg('贵州撤回测试中心', four(OCC_B));
    const opened = await openProcedureCase(ctxOf(withdrawn.applicant, MONDAY), {
      procedure: 'social-org-filing',
      input: {
        occupations: [{ code: OCC_B, levels: [5], trainingVolume: 1500 }],
        managementSystems: ALL_SYSTEMS,
      },
    });
    await send(withdrawn.applicant, opened.id, 'withdraw', MONDAY);

    // Y is filed on 11 March with a validity from 1 April to 30 September.
    const y = await createSocialOrg('贵州人力资源评价中心', four(OCC_B));
    const yCase = await inAssessment(y.applicant, [{ code: OCC_B, levels: [5, 4, 3], trainingVolume: 1500 }]);
    await assess(yCase, MONDAY);
    await send(officer, yCase, 'start_notice', '2026-03-03', NOTICE);

    const before = quotaOf(await assess(applicantCase, '2026-03-10'), OCC_B);
    expect(before.values).toMatchObject({ otherFiledOrganisations: 0, totalIfFiled: 1 });

    await send(officer, yCase, 'file', '2026-03-11', {
      validFrom: '2026-04-01',
      validTo: '2026-09-30',
      validityBasis: '征集通告规定的备案有效期',
    });
    const onReceipt = quotaOf(await assess(applicantCase, '2026-03-11'), OCC_B);
    expect(onReceipt.values).toMatchObject({ otherFiledOrganisations: 1, totalIfFiled: 2 });

    await send(officer, yCase, 'publish', '2026-03-12');
    const publishedNotStarted = quotaOf(await assess(applicantCase, '2026-03-13'), OCC_B);
    expect(publishedNotStarted.values).toMatchObject({ otherFiledOrganisations: 1, totalIfFiled: 2 });

    const lastDay = quotaOf(await assess(applicantCase, '2026-09-30'), OCC_B);
    expect(lastDay.values).toMatchObject({ otherFiledOrganisations: 1 });
    const dayAfter = quotaOf(await assess(applicantCase, '2026-10-01'), OCC_B);
    expect(dayAfter.values).toMatchObject({ otherFiledOrganisations: 0, totalIfFiled: 1 });
  });
});

describe('gz-rules §6(6) in a social-organisation filing: assessors matching the highest level applied for', () => {
  it('§6(6) boundary: 3 assessors accredited to level 3 and 1 only to level 4 are 3 for levels 5–3 (fail); a 4th at level 2 makes 4 (pass)', async () => {
    const v = await createSocialOrg('贵州考评员测试中心', [
      { occupation: OCC_A, level: 3 },
      { occupation: OCC_A, level: 3 },
      { occupation: OCC_A, level: 3 },
      { occupation: OCC_A, level: 4 },
    ]);
    const caseId = await inAssessment(v.applicant, [
      { code: OCC_A, levels: [5, 4, 3], trainingVolume: 1500 },
    ]);
    const [three] = ofOccupation(await assess(caseId, MONDAY), 'gz-rules/6/6/assessors', OCC_A);
    expect(three).toMatchObject({ passed: false, values: { actual: 3, minimum: 4 } });
    await addStaff(v.id, 'assessor', OCC_A, 2);
    const [fourth] = ofOccupation(await assess(caseId, MONDAY), 'gz-rules/6/6/assessors', OCC_A);
    expect(fourth).toMatchObject({ passed: true, values: { actual: 4, minimum: 4 } });
  });
});

describe('gz-rules §6(3) 但书: "具有贵州地方性特色的企业" is for enterprises only', () => {
  const local = { guizhouCharacteristicEnterprise: true };
  const noHistory = {};

  it('§6(3) exception boundary: an enterprise with local characteristics needs no years and 200 person-times (200 passes)', async () => {
    const e = await createSocialOrg('贵州苗绣技艺评价有限公司', four(OCC_A), '91');
    const caseId = await inAssessment(
      e.applicant,
      [{ code: OCC_A, levels: [5, 4, 3], trainingVolume: 200 }],
      noHistory,
    );
    const findings = await assess(caseId, MONDAY, local);
    expect(findings.some((f) => f.ruleId === 'gz-rules/6/3/history')).toBe(false);
    const [volume] = ofOccupation(findings, 'gz-rules/6/3/exception', OCC_A);
    expect(volume).toMatchObject({ passed: true, values: { actual: 200, minimum: 200 } });
  });

  it('§6(3) exception boundary: 199 person-times fail', async () => {
    const e = await createSocialOrg('贵州蜡染技艺评价有限公司', four(OCC_A), '91');
    const caseId = await inAssessment(
      e.applicant,
      [{ code: OCC_A, levels: [5, 4, 3], trainingVolume: 199 }],
      noHistory,
    );
    const [volume] = ofOccupation(await assess(caseId, MONDAY, local), 'gz-rules/6/3/exception', OCC_A);
    expect(volume).toMatchObject({ passed: false, values: { actual: 199, minimum: 200 } });
  });

  it('§6(3): a social group assessed as having local characteristics is refused the exception — 2 years and 1000 person-times apply', async () => {
    const g = await createSocialOrg('贵州省民族技艺协会', four(OCC_A), '51');
    const caseId = await inAssessment(
      g.applicant,
      [{ code: OCC_A, levels: [5, 4, 3], trainingVolume: 200 }],
      noHistory,
    );
    const findings = await assess(caseId, MONDAY, local);
    const history = findings.find((f) => f.ruleId === 'gz-rules/6/3/history');
    expect(history?.passed).toBe(false);
    const [volume] = ofOccupation(findings, 'gz-rules/6/3/volume', OCC_A);
    expect(volume).toMatchObject({ passed: false, values: { actual: 200, minimum: 1000 } });
    const note = findings.find((f) => f.ruleId === 'gz-rules/6/3/exception' && f.values.applies === false);
    expect(note?.values).toMatchObject({ legalForm: 'social_group' });
    expect(note?.message_zh).toContain('社会团体');
    const blocked = await sendCaseEvent(ctxOf(officer, MONDAY), {
      caseId,
      event: 'start_notice',
      version: (await findCase(h.db, caseId))!.version,
      payload: NOTICE,
    }).then(
      () => null,
      (e: { extra?: { findings?: Finding[] } }) => e,
    );
    expect(blocked?.extra?.findings?.filter((f) => f.passed === false).map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['gz-rules/6/3/history', 'gz-rules/6/3/volume']),
    );
  });
});

describe('mohrss-filing 二(七)2(4) and gz-rules §7(5): 近3年内 in the business-anomaly list', () => {
  const listed = (to: string) => ({
    ...assessment(MONDAY),
    creditCheck: {
      checkedOn: MONDAY,
      sources: '国家企业信用信息公示系统',
      records: [
        {
          register: 'business_anomaly_list',
          party: 'institution',
          from: '2022-10-01',
          to,
          source: '国家企业信用信息公示系统',
        },
      ],
    },
  });

  it('二(七)2(4) boundary: a listing removed on the first day of the 3-year window (2023-03-02) is outside it; removed a day later, it is inside', async () => {
    const e = await createSocialOrg('贵州信用边界测试有限公司', four(OCC_A));
    const caseId = await inAssessment(e.applicant, [
      { code: OCC_A, levels: [5, 4, 3], trainingVolume: 1500 },
    ]);
    await send(officer, caseId, 'assess', MONDAY, listed('2023-03-02'));
    let findings = await lastAssessmentFindings(caseId);
    expect(findings.find((f) => f.ruleId === 'mohrss-filing/2/7/2/4')?.passed).toBe(true);
    expect(findings.find((f) => f.ruleId === 'gz-rules/7/5')?.passed).toBe(true);
    await send(officer, caseId, 'assess', MONDAY, listed('2023-03-03'));
    findings = await lastAssessmentFindings(caseId);
    expect(findings.find((f) => f.ruleId === 'mohrss-filing/2/7/2/4')?.passed).toBe(false);
    expect(findings.find((f) => f.ruleId === 'gz-rules/7/5')?.passed).toBe(false);
  });
});
