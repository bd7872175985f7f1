// mohrss-filing 二 — filing of a social evaluation organisation, run through the generic case use cases
// (exactly what the HTTP API does) on the demo data: the Guizhou organisation that meets every threshold
// applies to the Guizhou department, findings are shown, it is accepted, assessed, the notice runs, an
// objection must be answered before filing, the receipt is issued and the directory shows the scope and
// validity; the organisation that misses gz-rules §6 is refused with the failed findings; the quota of
// 3 per occupation (二(四)) blocks a 4th organisation for 养老护理员 until the authority records an
// exception; a record within 3 years refuses (二(七)); untrue materials cancel a published filing and
// withdraw its directory entry (二(十一)); concurrent acts on one case → one 409; two filings racing for
// the last place → one is refused.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import type { Actor } from '../../src/policies/actor.js';
import { AppError } from '../../src/domain/errors.js';
import { builtInCalendar } from '../../src/calendar/calendar-data.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { institutionId } from '../../src/persistence/seed/demo/load-registry.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { findCase } from '../../src/persistence/cases.repository.js';
import { listDocuments } from '../../src/persistence/documents.repository.js';
import { findCaseNotice } from '../../src/persistence/public-notices.repository.js';
import { openProcedureCase } from '../../src/use-cases/cases/open-procedure-case.js';
import { amendSchema } from '../../src/workflows/social-org-filing/amend.js';
import { sendCaseEvent } from '../../src/use-cases/cases/send-case-event.js';
import { uploadCaseMaterial } from '../../src/use-cases/cases/upload-case-material.js';
import { getCaseDetail } from '../../src/use-cases/cases/get-case-detail.js';
import type { CaseContext } from '../../src/use-cases/cases/case-context.js';
import { fileObjection } from '../../src/use-cases/public-notice/file-objection.js';
import { answerObjection } from '../../src/use-cases/public-notice/answer-objection.js';
import { getPublicNotice } from '../../src/use-cases/public-notice/get-public-notice.js';
import { socialOrgFilingProcedure } from '../../src/use-cases/social-org-filing/procedure.js';
import type { SocialOrgFilingData } from '../../src/workflows/social-org-filing/data.js';
import { pdfBytes } from '../../src/materials/sample-files.test-support.js';
import { openTestDatabase } from '../support/test-database.js';
import { demoActor } from './demo-fixtures.js';
import { TEST_DATA_KEY } from '../support/test-app.js';
import { makeIdNumber, makeUscc } from '../support/personas.js';
import { ALL_SYSTEMS, CONDITIONS } from '../../src/workflows/social-org-filing/all-conditions-met.js';

const protector = createPersonalDataProtector(TEST_DATA_KEY);
const store = databaseFileStore();
let h: DatabaseHandle;

beforeAll(async () => {
  h = await openTestDatabase();
  await seedAll(h.db, { demo: true, personalData: protector });
}, 60_000);
afterAll(async () => h?.close());

// Beijing 10:00 on a day.
const at = (day: string) => new Date(`${day}T02:00:00Z`);
const MONDAY = '2026-03-02';

const ctxOf = (caller: Actor | null, day: string): CaseContext => ({
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

/** The AppError a promise rejects with (fails the test if it resolves). */
async function refusal(p: Promise<unknown>): Promise<AppError & { extra?: { findings?: Finding[] } }> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}
interface Finding {
  ruleId: string;
  passed: boolean | 'needs_judgement';
  message_zh: string;
  values: Record<string, unknown>;
}
const failed = (findings: readonly Finding[] | undefined) =>
  (findings ?? []).filter((f) => f.passed === false).map((f) => f.ruleId);

const MATERIALS = [
  'basic_info_form',
  'legal_person_certificate',
  'implementation_plan',
  'expert_skill_proof',
  'asset_proof',
  'credit_report',
];
async function uploadAll(caller: Actor, caseId: string, day: string) {
  for (const item of MATERIALS)
    await uploadCaseMaterial(ctxOf(caller, day), {
      caseId,
      checklistItem: item,
      bytes: pdfBytes(`/Item (${item})`),
      fileName: `${item}.pdf`,
      declaredType: 'application/pdf',
    });
}

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
const assessment = (records: unknown[] = [], day = MONDAY) => ({
  conditions: CONDITIONS,
  regional: REGIONAL,
  creditCheck: { checkedOn: day, sources: '信用中国、国家企业信用信息公示系统、民政部门', records },
  opinion: '机构性质、职业范围、标准及实施条件经核验符合要求。',
});
const NOTICE = {
  days: 5,
  unit: 'working_days',
  basisReason: '按本厅社会培训评价组织征集通告，公示 5 个工作日',
};
const FILE = { validFrom: '2026-03-16', validTo: '2029-03-15', validityBasis: '征集通告规定备案有效期 3 年' };
// The later cases run after the first filing's validity has begun (2026-03-16), so that it counts.
const LATER = '2026-04-13';

/** Opens, files the six materials, submits and gets accepted: the case is in assessment. */
async function throughAcceptance(
  applicant: Actor,
  officer: Actor,
  input: Record<string, unknown>,
  day = MONDAY,
) {
  const opened = await openProcedureCase(ctxOf(applicant, day), { procedure: 'social-org-filing', input });
  await uploadAll(applicant, opened.id, day);
  await send(applicant, opened.id, 'submit', day);
  await send(officer, opened.id, 'accept', day);
  return opened.id;
}

/** A new Guizhou organisation's filing for 4-03-02-01, accepted on LATER: the case is in assessment. */
async function acceptedOrg(name: string) {
  const org = await createSocialOrg(name, '4-03-02-01');
  const input = {
    occupations: [{ code: '4-03-02-01', levels: [5], trainingVolume: 1500 }],
    managementSystems: ALL_SYSTEMS,
  };
  return { org, caseId: await throughAcceptance(org.applicant, officer, input, LATER) };
}

/** A Guizhou social organisation meeting every gz-rules §6 number for one occupation, with an account. */
async function createSocialOrg(
  name: string,
  occupation: string,
): Promise<{ id: string; applicant: Actor; siteId: string }> {
  const id = randomUUID();
  await h.db
    .insertInto('institutions')
    .values({
      id,
      name,
      kind: 'social_org',
      uscc: makeUscc('520100'),
      legal_representative: '赵立新',
      address: '贵州省贵阳市云岩区中华北路 1 号',
      jurisdiction_code: '520100',
      authority_id: institutionAuthority,
      status: 'registered',
      contact_phone: null,
      established_on: '2018-01-01',
    })
    .execute();
  const roles: [string, string | null][] = [
    ['full_time_staff', null],
    ['full_time_staff', null],
    ['full_time_staff', null],
    ['quality_supervisor', null],
    ['quality_supervisor', null],
    ['quality_supervisor', null],
    ['assessor', occupation],
    ['assessor', occupation],
    ['assessor', occupation],
    ['assessor', occupation],
  ];
  for (const [n, [role, occ]] of roles.entries()) {
    const staffId = randomUUID();
    const p = protector.protect(makeIdNumber());
    await h.db
      .insertInto('staff')
      .values({
        id: staffId,
        institution_id: id,
        branch_id: null,
        name: `职员${n + 1}`,
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
        occupation_code: occ,
        level: occ ? 3 : null,
      })
      .execute();
  }
  const siteId = randomUUID();
  await h.db
    .insertInto('sites')
    .values({
      id: siteId,
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
  await h.db
    .insertInto('users')
    .values({
      id: userId,
      username: `so-${id.slice(0, 8)}`,
      display_name: '申报经办人',
      password_hash: 'not-used',
      role: 'institution_staff',
      authority_id: null,
      institution_id: id,
      expert_id: null,
    })
    .execute();
  return {
    id,
    siteId,
    applicant: { userId, username: `so-${id.slice(0, 8)}`, role: 'institution_staff', institutionId: id },
  };
}

let institutionAuthority: string;
let applicant: Actor;
let officer: Actor;
let colleague: Actor;
beforeAll(async () => {
  applicant = await demoActor(h.db, 'inst_gz');
  officer = await demoActor(h.db, 'guizhou');
  colleague = { ...officer, userId: (await demoActor(h.db, 'guiyang')).userId };
  institutionAuthority = officer.authorityId!;
});

const GOOD_APPLICATION = {
  occupations: [
    { code: '4-10-01-05', levels: [5, 4, 3], trainingVolume: 1800 },
    { code: '4-03-02-01', levels: [5, 4], trainingVolume: 1200 },
  ],
  trainingHistorySince: '2019-06-01',
  managementSystems: ALL_SYSTEMS,
};

let goodCaseId: string;
describe('mohrss-filing 二: the Guizhou organisation meeting the thresholds, from application to publication', () => {
  let caseId: string;

  it('二(十)1–2: cannot submit without the six materials of 二(八); the findings name each one missing', async () => {
    const opened = await openProcedureCase(ctxOf(applicant, MONDAY), {
      procedure: 'social-org-filing',
      input: GOOD_APPLICATION,
    });
    caseId = opened.id;
    goodCaseId = caseId;
    expect(opened.referenceNo).toMatch(/^黔人社社评备申〔2026〕\d{4}号$/);
    const c = (await findCase(h.db, caseId))!;
    expect(c.authorityId).toBe(institutionAuthority);
    const err = await refusal(send(applicant, caseId, 'submit', MONDAY));
    expect(err.code).toBe('GUARD_FAILED');
    expect(err.extra?.findings?.filter((f) => f.passed === false)).toHaveLength(6);
    await uploadAll(applicant, caseId, MONDAY);
    const sent = await send(applicant, caseId, 'submit', MONDAY);
    expect(sent.case.state).toBe('submitted');
    expect(sent.findings.every((f) => f.passed === true)).toBe(true);
  });

  it('二(十)2: the authority accepts and an acceptance notice PDF is numbered and kept with the case', async () => {
    const sent = await send(officer, caseId, 'accept', MONDAY);
    expect(sent.case.state).toBe('assessment');
    expect(sent.documents).toEqual([
      expect.objectContaining({
        kind: 'acceptance_notice',
        number: expect.stringMatching(/^黔人社社评受〔2026〕\d+号$/),
      }),
    ]);
  });

  it('二(十)3: the assessment records every check — mohrss-filing 二(四)–(八) and gz-rules §6–§7 — shown to both sides', async () => {
    const sent = await send(officer, caseId, 'assess', MONDAY, assessment());
    const data = (await findCase(h.db, caseId))!.data as SocialOrgFilingData;
    // The case data keeps the decision only; the findings are on the assess event.
    expect(data.assessment?.opinion).toBe(assessment().opinion);
    expect(data.assessment).not.toHaveProperty('findings');
    expect(failed(sent.findings)).toEqual([]);
    const rules = sent.findings.map((f) => f.ruleId);
    expect(rules).toEqual(
      expect.arrayContaining([
        'mohrss-filing/2/8',
        'mohrss-filing/2/5/3/premises',
        'mohrss-filing/2/6/standard',
        'mohrss-filing/2/7/1',
        'mohrss-filing/2/4',
        'gz-rules/6/7/desk-spacing',
        'gz-rules/6/6/supervisors',
        'gz-rules/7/1',
      ]),
    );
    const quota = sent.findings.find(
      (f) => f.ruleId === 'mohrss-filing/2/4' && f.values.occupation === '4-10-01-05',
    );
    // 黔康 (active) and 梵净 (suspended) hold 养老护理员 in Guizhou: with 黔程 that makes 3, the most allowed.
    expect(quota?.values).toMatchObject({ otherFiledOrganisations: 2, totalIfFiled: 3, maximum: 3 });
    const seenByApplicant = await getCaseDetail(ctxOf(applicant, MONDAY), caseId);
    const assessEvent = seenByApplicant.events.find((e) => e.event === 'assess')!;
    expect(assessEvent.findings.map((f) => f.ruleId)).toEqual(rules);
    expect(seenByApplicant.decisionFindings.map((f) => f.ruleId)).toEqual(rules);
  });

  it('二(十)4: the notice runs for the period the authority set (the text sets none), computed in working days', async () => {
    const sent = await send(officer, caseId, 'start_notice', '2026-03-03', NOTICE);
    expect(sent.case.state).toBe('public_notice');
    expect(sent.documents.map((d) => d.kind)).toEqual(['public_notice']);
    const notice = (await findCaseNotice(h.db, caseId))!;
    // Published Tuesday 3 March: day 1 is Wednesday 4 March, the 5th working day Tuesday 10 March.
    expect([notice.publishedOn, notice.startsOn, notice.endsOn]).toEqual([
      '2026-03-03',
      '2026-03-04',
      '2026-03-10',
    ]);
    expect(notice.basisKind).toBe('authority');
    expect(notice.explanation_zh).toContain('未规定公示期');
    expect(notice.documentId).toBe(sent.documents[0]!.id);
  });

  it('二(十)4: an objection must be answered before filing — filing is refused while it is open', async () => {
    const notice = (await findCaseNotice(h.db, caseId))!;
    const filed = await fileObjection(h.db, protector, {
      noticeId: notice.id,
      name: '王小明',
      contact: '13800001234',
      text: '该机构考点的实操设备数量不足，请核查。',
      now: at('2026-03-05'),
    });
    expect(filed).toMatchObject({ seq: 1, nameMasked: '王**' });
    const early = await refusal(send(officer, caseId, 'file', '2026-03-10', FILE));
    expect(failed(early.extra?.findings)).toEqual(
      expect.arrayContaining(['public-notice/period-ended', 'public-notice/objections-answered']),
    );
    const open = await refusal(send(officer, caseId, 'file', '2026-03-11', FILE));
    expect(failed(open.extra?.findings)).toEqual(['public-notice/objections-answered']);
    const late = await refusal(
      fileObjection(h.db, protector, {
        noticeId: notice.id,
        name: '李四',
        contact: 'li@example.cn',
        text: '期满后提出的异议内容。',
        now: at('2026-03-11'),
      }),
    );
    expect(late.code).toBe('NOTICE_NOT_OPEN');
  });

  it('the applicant sees the objection (name masked, no contact); the deciding authority sees the contact; only it may answer', async () => {
    const notice = (await findCaseNotice(h.db, caseId))!;
    const asApplicant = await getPublicNotice(h.db, protector, {
      caller: applicant,
      noticeId: notice.id,
      now: at('2026-03-11'),
    });
    expect(asApplicant.viewer).toBe('applicant');
    expect(asApplicant.objections?.[0]).toMatchObject({ submitter: '王**', state: 'open' });
    expect(asApplicant.objections?.[0]).not.toHaveProperty('contact');
    const asPublic = await getPublicNotice(h.db, protector, {
      caller: null,
      noticeId: notice.id,
      now: at('2026-03-11'),
    });
    expect(asPublic).not.toHaveProperty('objections');
    expect(asPublic).toMatchObject({ objectionCount: 1, answeredCount: 0, standing: 'ended' });
    const asOfficer = await getPublicNotice(h.db, protector, {
      caller: officer,
      noticeId: notice.id,
      now: at('2026-03-11'),
    });
    expect(asOfficer.objections?.[0]).toMatchObject({ submitter: '王小明', contact: '13800001234' });
    const oid = asOfficer.objections![0]!.id;
    const byApplicant = await refusal(
      answerObjection(h.db, {
        caller: applicant,
        noticeId: notice.id,
        objectionId: oid,
        answer: '自行答复',
        finding: 'unfounded',
      }),
    );
    expect(byApplicant.status).toBe(403);
    const answered = await answerObjection(h.db, {
      caller: officer,
      noticeId: notice.id,
      objectionId: oid,
      answer: '经现场核查，实操设备 12 套，满足国家职业技能标准要求，异议不成立。',
      finding: 'unfounded',
    });
    expect(answered.finding).toBe('unfounded');
    const twice = await refusal(
      answerObjection(h.db, {
        caller: officer,
        noticeId: notice.id,
        objectionId: oid,
        answer: '再次答复',
        finding: 'unfounded',
      }),
    );
    expect(twice.code).toBe('OBJECTION_ALREADY_ANSWERED');
  });

  it('二(十)5: once answered, the authority files: filing code, receipt PDF, validity recorded, notice closed', async () => {
    const sent = await send(officer, caseId, 'file', '2026-03-11', FILE);
    expect(sent.case.state).toBe('filed');
    expect(sent.documents.map((d) => d.kind)).toEqual(['filing_receipt']);
    const c = (await findCase(h.db, caseId))!;
    const data = c.data as SocialOrgFilingData;
    expect(data.filing?.filingCode).toMatch(/^S5200002026\d{4}$/);
    expect([c.validFrom, c.validTo]).toEqual([FILE.validFrom, FILE.validTo]);
    const notice = (await findCaseNotice(h.db, caseId))!;
    expect(notice.closedOn).toBe('2026-03-11');
    expect(notice.outcome).toContain(data.filing!.filingCode);
  });

  it('二(十)6: publication puts the organisation in the directory with scope (occupation × level) and validity', async () => {
    const sent = await send(officer, caseId, 'publish', '2026-03-12');
    expect(sent.case.state).toBe('published');
    expect(sent.documents.map((d) => d.kind)).toEqual(['publication_record']);
    const entry = await h.db
      .selectFrom('directory_entries')
      .selectAll()
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    const data = (await findCase(h.db, caseId))!.data as SocialOrgFilingData;
    expect(entry).toMatchObject({
      filing_code: data.filing!.filingCode,
      valid_from: FILE.validFrom,
      valid_to: FILE.validTo,
    });
    const scopes = await h.db
      .selectFrom('directory_entry_scopes')
      .select(['occupation_code', 'level'])
      .where('entry_id', '=', entry.id)
      .execute();
    expect(scopes).toHaveLength(5);
    const docs = await listDocuments(h.db, caseId);
    expect(docs.map((d) => d.kind)).toEqual([
      'acceptance_notice',
      'public_notice',
      'filing_receipt',
      'publication_record',
    ]);
  });
});

describe('mohrss-filing 二 with gz-rules §6: the organisation that misses the thresholds', () => {
  it('is refused with the failed findings: 79 cm desks, 2 quality supervisors, 3 assessors, short lease, no 候考室, no standard', async () => {
    const huicai = institutionId('gz-huicai');
    const userId = randomUUID();
    await h.db
      .insertInto('users')
      .values({
        id: userId,
        username: 'huicai-test',
        display_name: '汇才经办人',
        password_hash: 'not-used',
        role: 'institution_staff',
        authority_id: null,
        institution_id: huicai,
        expert_id: null,
      })
      .execute();
    const weak: Actor = { userId, username: 'huicai-test', role: 'institution_staff', institutionId: huicai };
    const caseId = await throughAcceptance(weak, officer, {
      occupations: [
        { code: '4-03-02-07', levels: [5, 4], trainingVolume: 1100 },
        { code: '6-02-06-10', levels: [5, 4], trainingVolume: 1050 },
      ],
      trainingHistorySince: '2022-09-01',
      managementSystems: ALL_SYSTEMS,
    });
    await send(officer, caseId, 'assess', MONDAY, assessment());
    const blocked = await refusal(send(officer, caseId, 'start_notice', MONDAY, NOTICE));
    const fails = blocked.extra!.findings!.filter((f) => f.passed === false);
    expect(fails.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining([
        'gz-rules/6/7/desk-spacing',
        'gz-rules/6/6/supervisors',
        'gz-rules/6/6/assessors',
        'gz-rules/6/7/tenure',
        'gz-rules/6/7/functional-rooms',
        'mohrss-filing/2/6/standard',
      ]),
    );
    expect(fails.find((f) => f.ruleId === 'gz-rules/6/7/desk-spacing')?.values).toMatchObject({
      actual: 79,
      minimum: 80,
    });
    expect(fails.find((f) => f.ruleId === 'gz-rules/6/6/supervisors')?.values).toMatchObject({
      actual: 2,
      minimum: 3,
    });

    const sent = await send(officer, caseId, 'refuse', MONDAY, {
      reason: '不符合贵州省遴选条件及申报职业范围要求',
    });
    expect(sent.case.state).toBe('refused');
    expect(sent.documents.map((d) => d.kind)).toEqual(['rejection_notice']);
    const data = (await findCase(h.db, caseId))!.data as SocialOrgFilingData;
    expect(data.refusal).toMatchObject({ on: MONDAY, reason: '不符合贵州省遴选条件及申报职业范围要求' });
    expect(sent.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['gz-rules/6/7/desk-spacing', 'gz-rules/6/6/supervisors']),
    );
    expect(sent.findings.every((f) => f.passed !== true)).toBe(true);
  });
});

describe('mohrss-filing 二(四): at most 3 organisations per occupation per jurisdiction, in principle', () => {
  it('blocks a 4th organisation for 养老护理员 in Guizhou, and lets it through once the authority records an exception with a reason', async () => {
    const org = await createSocialOrg('贵州康养职业技能评价中心', '4-10-01-05');
    const caseId = await throughAcceptance(
      org.applicant,
      officer,
      {
        occupations: [{ code: '4-10-01-05', levels: [5, 4], trainingVolume: 1500 }],
        trainingHistorySince: '2020-01-01',
        managementSystems: ALL_SYSTEMS,
      },
      LATER,
    );
    await send(officer, caseId, 'assess', LATER, assessment([], LATER));
    const blocked = await refusal(send(officer, caseId, 'start_notice', LATER, NOTICE));
    expect(failed(blocked.extra?.findings)).toEqual(['mohrss-filing/2/4']);
    expect(blocked.extra!.findings!.find((f) => f.ruleId === 'mohrss-filing/2/4')?.values).toMatchObject({
      otherFiledOrganisations: 3,
      totalIfFiled: 4,
      maximum: 3,
    });
    await send(officer, caseId, 'record_quota_override', LATER, {
      occupationCode: '4-10-01-05',
      reason: '本省养老护理员需求缺口大，现有 3 家机构年评价能力不足，经厅务会研究同意增设',
    });
    const sent = await send(officer, caseId, 'start_notice', LATER, NOTICE);
    expect(sent.case.state).toBe('public_notice');
    const quota = sent.findings.find((f) => f.ruleId === 'mohrss-filing/2/4');
    expect(quota?.passed).toBe(true);
    expect(quota?.message_zh).toContain('例外理由');
  });
});

describe('mohrss-filing 二(七) and gz-rules §7: prohibitions', () => {
  it('refuses an enterprise listed as a business anomaly within 3 years of the decision (二(七)2(4), gz-rules §7(5))', async () => {
    const org = await createSocialOrg('贵州筑匠技能评价有限公司', '4-03-02-01');
    const caseId = await throughAcceptance(org.applicant, officer, {
      occupations: [{ code: '4-03-02-01', levels: [5, 4], trainingVolume: 1500 }],
      trainingHistorySince: '2020-01-01',
      managementSystems: ALL_SYSTEMS,
    });
    // Listed 2023-03-02 to 2023-06-30: within [2023-03-02, 2026-03-02] on the decision day.
    await send(
      officer,
      caseId,
      'assess',
      MONDAY,
      assessment([
        {
          register: 'business_anomaly_list',
          party: 'institution',
          from: '2023-03-02',
          to: '2023-06-30',
          source: '国家企业信用信息公示系统',
        },
      ]),
    );
    const blocked = await refusal(send(officer, caseId, 'start_notice', MONDAY, NOTICE));
    expect(failed(blocked.extra?.findings)).toEqual(['mohrss-filing/2/7/2/4', 'gz-rules/7/5']);
    const sent = await send(officer, caseId, 'refuse', MONDAY, { reason: '近 3 年内被列入经营异常目录' });
    expect(sent.case.state).toBe('refused');
    expect(failed(sent.findings)).toEqual(['mohrss-filing/2/7/2/4', 'gz-rules/7/5']);
  });
});

describe('the other paths: correction, withdrawal, a founded objection', () => {
  it('二(十)2: a correction request names the items (补正材料通知书), shown to the applicant by title; it replaces them and resubmits', async () => {
    const org = await createSocialOrg('贵州补正测试评价中心', '4-03-02-01');
    const opened = await openProcedureCase(ctxOf(org.applicant, LATER), {
      procedure: 'social-org-filing',
      input: {
        occupations: [{ code: '4-03-02-01', levels: [5], trainingVolume: 1500 }],
        managementSystems: ALL_SYSTEMS,
      },
    });
    await uploadAll(org.applicant, opened.id, LATER);
    await send(org.applicant, opened.id, 'submit', LATER);
    const asked = await send(officer, opened.id, 'request_correction', LATER, {
      items: ['credit_report'],
      note: '信用报告已过期，请提交近 3 个月内出具的信用报告',
    });
    expect(asked.case.state).toBe('correction');
    expect(asked.documents.map((d) => d.kind)).toEqual(['correction_request']);
    // The applicant sees the points on its case page, by the checklist item's title, with the note.
    const seen = await getCaseDetail(ctxOf(org.applicant, LATER), opened.id);
    const title = seen.materials.items.find((i) => i.id === 'credit_report')!;
    expect(seen.correction).toMatchObject({
      reason: '信用报告已过期，请提交近 3 个月内出具的信用报告',
      points: [{ item: 'credit_report', title_zh: title.title_zh, title_en: title.title_en, text: null }],
    });
    await uploadCaseMaterial(ctxOf(org.applicant, LATER), {
      caseId: opened.id,
      checklistItem: 'credit_report',
      bytes: pdfBytes('/Item (new credit report)'),
      fileName: 'credit_report_2026.pdf',
      declaredType: 'application/pdf',
    });
    expect((await send(org.applicant, opened.id, 'resubmit', LATER)).case.state).toBe('submitted');
    const withdrawn = await send(org.applicant, opened.id, 'withdraw', LATER);
    expect(withdrawn.case.state).toBe('withdrawn');
  });

  it('二(十)2: the applicant changes its application in the draft and when returned for correction; a bad change is refused and changes nothing', async () => {
    const org = await createSocialOrg('贵州修改申请评价中心', '4-03-02-01');
    const opened = await openProcedureCase(ctxOf(org.applicant, LATER), {
      procedure: 'social-org-filing',
      input: {
        occupations: [{ code: '4-03-02-01', levels: [5], trainingVolume: 1500 }],
        managementSystems: ALL_SYSTEMS,
      },
    });
    // The form starts from the application as filed, and accepts it unchanged.
    const start = socialOrgFilingProcedure.prefill!(
      (await findCase(h.db, opened.id))!,
      'update_application',
    )!;
    expect(start.occupations).toEqual([{ code: '4-03-02-01', levels: [5], trainingVolume: 1500 }]);
    expect(amendSchema.safeParse(start).success).toBe(true);

    const edited = await send(org.applicant, opened.id, 'update_application', LATER, {
      ...start,
      occupations: [{ code: '4-03-02-01', levels: [4, 5], trainingVolume: 1600 }],
    });
    expect(edited.case.state).toBe('draft');
    const data = () => findCase(h.db, opened.id).then((c) => c!.data as SocialOrgFilingData);
    expect((await data()).occupations).toEqual([
      { code: '4-03-02-01', name: expect.any(String), levels: [5, 4], trainingVolume: 1600 },
    ]);

    const version = (await findCase(h.db, opened.id))!.version;
    const twice = { code: '4-03-02-01', levels: [5], trainingVolume: 1 };
    for (const [change, code] of [
      [{ occupations: [twice, twice] }, 'OCCUPATION_DUPLICATE'],
      [{ occupations: [{ ...twice, code: '4-99-99-99' }] }, 'OCCUPATION_UNKNOWN'],
      [{ occupations: [twice], siteId: randomUUID() }, 'SITE_UNKNOWN'],
    ] as const) {
      const e = await refusal(
        send(org.applicant, opened.id, 'update_application', LATER, { ...start, ...change }),
      );
      expect(e.code).toBe(code);
    }
    // Only the applicant changes its application.
    await refusal(send(officer, opened.id, 'update_application', LATER, start));
    expect((await findCase(h.db, opened.id))!.version).toBe(version);
    expect((await data()).occupations[0]!.trainingVolume).toBe(1600);

    await uploadAll(org.applicant, opened.id, LATER);
    await send(org.applicant, opened.id, 'submit', LATER);
    await send(officer, opened.id, 'request_correction', LATER, {
      items: ['basic_info_form'],
      note: '申报等级与基本情况表不一致，请补正',
    });
    const corrected = await send(org.applicant, opened.id, 'update_application', LATER, {
      ...start,
      occupations: [{ code: '4-03-02-01', levels: [5], trainingVolume: 1600 }],
    });
    expect(corrected.case.state).toBe('correction');
    expect((await data()).occupations[0]!.levels).toEqual([5]);
    expect((await send(org.applicant, opened.id, 'resubmit', LATER)).case.state).toBe('submitted');
  });

  it('二(十)3: during the assessment the department returns the filing with the points listed; the applicant sees them on its case page and in the history, corrects, resubmits, and the assessment resumes', async () => {
    const { org, caseId } = await acceptedOrg('贵州评估补正测试评价中心');
    const RETURN = {
      items: ['场地设施设备证明未载明考场面积', '实施方案缺少质量督导安排'],
      reason: '评估核验中发现申报材料与实地情况不一致',
    };
    // No point listed, or not the authority: refused, nothing changes.
    await refusal(send(officer, caseId, 'request_review_correction', LATER, { ...RETURN, items: [] }));
    await refusal(send(org.applicant, caseId, 'request_review_correction', LATER, RETURN));
    expect((await findCase(h.db, caseId))!.state).toBe('assessment');

    const returned = await send(officer, caseId, 'request_review_correction', LATER, RETURN);
    expect(returned.case.state).toBe('assessment_correction');
    const seen = await getCaseDetail(ctxOf(org.applicant, LATER), caseId);
    expect(seen.awaiting?.party).toBe('applicant');
    expect(seen.materials.canUpload).toBe(true);
    expect(seen.correction).toMatchObject({
      event: 'request_review_correction',
      reason: RETURN.reason,
      points: RETURN.items.map((text) => ({ item: null, title_zh: null, text })),
    });
    expect(seen.correction!.citations.map((c) => c.citationText)).toContain('mohrss-filing 二(十).3');
    expect(seen.events.at(-1)).toMatchObject({
      event: 'request_review_correction',
      reason: RETURN.reason,
      reasonKind: 'correction',
      correctionPoints: RETURN.items.map((text) => ({ text })),
    });
    expect(seen.available.map((a) => a.event)).toEqual(
      expect.arrayContaining(['update_application', 'resubmit_review_correction']),
    );
    expect(seen.deadlines).toEqual([]);

    await uploadCaseMaterial(ctxOf(org.applicant, LATER), {
      caseId,
      checklistItem: 'asset_proof',
      bytes: pdfBytes('/Item (asset proof with exam room areas)'),
      fileName: 'asset_proof_v2.pdf',
      declaredType: 'application/pdf',
    });
    const back = await send(org.applicant, caseId, 'resubmit_review_correction', LATER);
    expect(back.case.state).toBe('assessment');
    const after = await getCaseDetail(ctxOf(officer, LATER), caseId);
    expect(after.correction).toBeNull();
    expect(after.events.find((e) => e.event === 'request_review_correction')!.correctionPoints).toHaveLength(
      2,
    );
    expect((after.case.data as SocialOrgFilingData).reviewCorrections).toEqual([
      { fromState: 'assessment', requestedOn: LATER, ...RETURN, resubmittedOn: LATER },
    ]);
    expect(after.available.map((a) => a.event)).toEqual(
      expect.arrayContaining(['assess', 'request_review_correction']),
    );
  });

  it('二(十)4: an objection found founded blocks filing; the refusal closes the notice as 不予备案', async () => {
    const org = await createSocialOrg('贵州异议测试评价中心', '4-03-02-01');
    const caseId = await throughAcceptance(
      org.applicant,
      officer,
      {
        occupations: [{ code: '4-03-02-01', levels: [5, 4], trainingVolume: 1500 }],
        trainingHistorySince: '2020-01-01',
        managementSystems: ALL_SYSTEMS,
      },
      LATER,
    );
    await send(officer, caseId, 'assess', LATER, assessment([], LATER));
    await send(officer, caseId, 'start_notice', '2026-04-14', NOTICE);
    const notice = (await findCaseNotice(h.db, caseId))!;
    const objection = await fileObjection(h.db, protector, {
      noticeId: notice.id,
      name: '欧阳娜娜',
      contact: 'ouyang@example.cn',
      text: '该机构的专家技能水平证明系借用他人证书。',
      now: at('2026-04-15'),
    });
    expect(objection.nameMasked).toBe('欧阳**');
    await answerObjection(h.db, {
      caller: officer,
      noticeId: notice.id,
      objectionId: objection.id,
      answer: '经核查，2 名专家的证书持有人与申报人员不符，异议成立。',
      finding: 'founded',
    });
    const blocked = await refusal(
      send(officer, caseId, 'file', '2026-04-22', { ...FILE, validFrom: '2026-04-22' }),
    );
    expect(failed(blocked.extra?.findings)).toEqual(['public-notice/no-founded-objection']);
    const refused = await send(officer, caseId, 'refuse', '2026-04-22', { reason: '公示期间异议经查实成立' });
    expect(refused.case.state).toBe('refused');
    expect(failed(refused.findings)).toEqual(['public-notice/no-founded-objection']);
    const closed = (await findCaseNotice(h.db, caseId))!;
    expect([closed.closedOn, closed.outcome]).toEqual(['2026-04-22', '不予备案']);

    // The case page shows both sides the notice and the answered objection; only the deciding
    // authority sees who objected and how to reach them (知情权 vs personal data).
    const seenBy = (caller: Actor) =>
      getCaseDetail({ ...ctxOf(caller, '2026-04-22'), personalData: protector }, caseId);
    const forApplicant = await seenBy(org.applicant);
    expect(forApplicant.notice).toMatchObject({
      startsOn: notice.startsOn,
      endsOn: notice.endsOn,
      periodDays: 5,
      periodUnit: 'working_days',
      objectionCount: 1,
      answeredCount: 1,
      foundedCount: 1,
      viewer: 'applicant',
    });
    expect(forApplicant.notice!.objections[0]).toMatchObject({
      submitter: '欧阳**',
      contact: null,
      finding: 'founded',
      answer: '经核查，2 名专家的证书持有人与申报人员不符，异议成立。',
    });
    const forAuthority = await seenBy(officer);
    expect(forAuthority.notice!.objections[0]).toMatchObject({
      submitter: '欧阳娜娜',
      contact: 'ouyang@example.cn',
    });
    expect(forApplicant.events.at(-1)).toMatchObject({
      reason: '公示期间异议经查实成立',
      reasonKind: 'refusal',
    });
    expect(forApplicant.decisionFindings.filter((f) => f.passed === false).map((f) => f.ruleId)).toEqual([
      'public-notice/no-founded-objection',
    ]);
  });
});

describe('二(十)3: the assessment form starts from what the system holds (issue 10 point 7)', () => {
  const assessOf = async (caller: Actor, caseId: string) =>
    (await getCaseDetail(ctxOf(caller, LATER), caseId)).available.find((a) => a.event === 'assess');

  it('from the registry and the application: staff at gz-rules §6(5)’s 3 → 是, 2 → 否; unknown facts unset, not 否', async () => {
    const { org, caseId } = await acceptedOrg('贵州预填测试评价中心');
    const assess = (await assessOf(officer, caseId))!;
    const uscc = (
      await h.db.selectFrom('institutions').select('uscc').where('id', '=', org.id).executeTakeFirstOrThrow()
    ).uscc;
    expect(assess.defaults!.values).toEqual({
      legalForm: 'enterprise',
      conditions: {
        independentLegalPersonInChina: true,
        adequateFullTimeStaff: true,
        qualityControlMeasures: true,
        financialAndManagementSystems: true,
        expertTeam: true,
      },
    });
    const basis = Object.fromEntries(assess.defaults!.basis.map((b) => [b.field, b.basis_zh]));
    expect(basis['conditions.adequateFullTimeStaff']).toBe(
      '机构登记专职工作人员 3 人（贵州细则第六条第（五）项不少于 3 人）',
    );
    expect(basis['legalForm']).toBe(`统一社会信用代码 ${uscc} 显示：企业`);
    // The form has the fields the defaults leave out: they start unset (the schema is unchanged).
    expect(Object.keys((assess.payloadSchema as { properties: object }).properties)).toEqual(
      expect.arrayContaining(['conditions', 'regional', 'creditCheck', 'opinion']),
    );

    // One full-time staff member leaves the registry: 2 < 3 → 否, with the count.
    const leaving = await h.db
      .selectFrom('staff as s')
      .innerJoin('staff_roles as r', 'r.staff_id', 's.id')
      .select('s.id')
      .where('s.institution_id', '=', org.id)
      .where('r.role', '=', 'full_time_staff')
      .executeTakeFirstOrThrow();
    await h.db.updateTable('staff').set({ active: false }).where('id', '=', leaving.id).execute();
    const after = (await assessOf(officer, caseId))!;
    expect(after.defaults!.values).toMatchObject({ conditions: { adequateFullTimeStaff: false } });
    expect(
      after.defaults!.basis.find((b) => b.field === 'conditions.adequateFullTimeStaff')!.basis_zh,
    ).toContain('专职工作人员 2 人');
    // The applicant has no assessment form, so no defaults either.
    expect(await assessOf(org.applicant, caseId)).toBeUndefined();
  });

  it('after a return at the assessment step, the reassessment starts from the earlier assessment', async () => {
    const { org, caseId } = await acceptedOrg('贵州再评估测试评价中心');
    await send(officer, caseId, 'assess', LATER, assessment([], LATER));
    await send(officer, caseId, 'request_review_correction', LATER, {
      items: ['实施方案缺少质量督导安排'],
      reason: '评估中发现实施方案不全',
    });
    await send(org.applicant, caseId, 'resubmit_review_correction', LATER);
    const assess = (await assessOf(officer, caseId))!;
    const earlier = assessment([], LATER);
    expect(assess.defaults!.values).toEqual({
      conditions: earlier.conditions,
      qualificationCatalogueOccupations: [],
      nonSkillOccupations: [],
      regional: earlier.regional,
      creditCheck: { sources: earlier.creditCheck.sources, records: [] },
      opinion: earlier.opinion,
    });
    expect(assess.defaults!.basis[0]!.basis_zh).toMatch(new RegExp(`^此前评估（${LATER}，`));
  });
});

describe('concurrency', () => {
  it('two staff acting on the same application at once: exactly one succeeds, the other gets 409', async () => {
    const org = await createSocialOrg('贵州并发测试评价中心', '4-03-02-01');
    const opened = await openProcedureCase(ctxOf(org.applicant, MONDAY), {
      procedure: 'social-org-filing',
      input: {
        occupations: [{ code: '4-03-02-01', levels: [5], trainingVolume: 1500 }],
        managementSystems: ALL_SYSTEMS,
      },
    });
    await uploadAll(org.applicant, opened.id, MONDAY);
    await send(org.applicant, opened.id, 'submit', MONDAY);
    const { version } = (await findCase(h.db, opened.id))!;
    const results = await Promise.allSettled([
      sendCaseEvent(ctxOf(officer, MONDAY), { caseId: opened.id, event: 'accept', version }),
      sendCaseEvent(ctxOf(colleague, MONDAY), { caseId: opened.id, event: 'accept', version }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as AppError).status).toBe(409);
    expect(await listDocuments(h.db, opened.id)).toHaveLength(1);
  });

  it('二(四): two filings racing for the last place of an occupation — the second counts the first and is refused', async () => {
    // 保育师 in Guizhou: 黔程 (active) and 梵净 (suspended) hold it — one place left.
    const a = await createSocialOrg('贵州育苗保育评价中心', '4-10-01-03');
    const b = await createSocialOrg('贵州启航保育评价中心', '4-10-01-03');
    const app = {
      occupations: [{ code: '4-10-01-03', levels: [5, 4], trainingVolume: 1500 }],
      trainingHistorySince: '2020-01-01',
      managementSystems: ALL_SYSTEMS,
    };
    const ids: string[] = [];
    for (const org of [a, b]) {
      const id = await throughAcceptance(org.applicant, officer, app, LATER);
      await send(officer, id, 'assess', LATER, assessment([], LATER));
      await send(officer, id, 'start_notice', '2026-04-14', NOTICE);
      ids.push(id);
    }
    const results = await Promise.allSettled(
      ids.map(async (id) => {
        const c = (await findCase(h.db, id))!;
        return sendCaseEvent(ctxOf(officer, '2026-04-22'), {
          caseId: id,
          event: 'file',
          version: c.version,
          payload: { ...FILE, validFrom: '2026-04-22' },
        });
      }),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    const err = rejected.reason as AppError & { extra?: { findings?: Finding[] } };
    expect(err.code).toBe('GUARD_FAILED');
    expect(failed(err.extra?.findings)).toEqual(['mohrss-filing/2/4']);
  });
});

// Last: the cancellation ends the good organisation's scopes and status, which the tests above count.
describe('mohrss-filing 二(十一): cancellation for untrue materials', () => {
  it('二(十一): untrue materials found later cancel the filing and withdraw the directory entry and its scopes', async () => {
    const err = await refusal(
      send(officer, goodCaseId, 'cancel', '2026-04-01', {
        verifiedOn: '2026-03-30',
        reason: '场地租赁合同系伪造',
        untrueMaterialsVerified: true,
      }),
    );
    expect(err.code).toBe('PAYLOAD_INVALID');
    const sent = await send(officer, goodCaseId, 'cancel', '2026-04-01', {
      verifiedOn: '2026-03-30',
      reason: '专家技能水平证明中 2 份证书经核验系伪造',
      untrueMaterialsVerified: true,
      statementHeard: true,
    });
    expect(sent.case.state).toBe('cancelled');
    expect(sent.documents.map((d) => d.kind)).toEqual(['filing_cancellation']);
    const entry = await h.db
      .selectFrom('directory_entries')
      .selectAll()
      .where('case_id', '=', goodCaseId)
      .executeTakeFirstOrThrow();
    expect(entry.withdrawn_on).toBe('2026-04-01');
    // The scopes this filing granted end (中式烹调师 levels 5 and 4); level 3, granted before, stays.
    const scope = await h.db
      .selectFrom('institution_scopes')
      .select(['level', 'status'])
      .where('institution_id', '=', institutionId('gz-qiancheng'))
      .where('occupation_code', '=', '4-03-02-01')
      .orderBy('level')
      .execute();
    expect(scope.map((x) => [x.level, x.status])).toEqual([
      [3, 'active'],
      [4, 'ended'],
      [5, 'ended'],
    ]);
    const data = (await findCase(h.db, goodCaseId))!.data as SocialOrgFilingData;
    expect(data.cancellation).toMatchObject({ verifiedOn: '2026-03-30', statementHeard: true });
    expect(sent.findings.map((f) => [f.ruleId, f.passed])).toEqual([['mohrss-filing/2/11', false]]);
    const detail = await getCaseDetail(ctxOf(officer, '2026-04-01'), goodCaseId);
    expect(detail.events.at(-1)).toMatchObject({
      reason: '专家技能水平证明中 2 份证书经核验系伪造',
      reasonKind: 'cancellation',
    });
  });
});
