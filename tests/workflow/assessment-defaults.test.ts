// Issue 10 point 7: "assessment dialogs start from what the registry already knows". Beside the social-
// organisation assessment (tests/workflow/social-org-filing.test.ts), the other assessment forms start
// from the facts the system holds, each with its source, and leave what the texts give to the authority
// unset: the Guizhou selection's review (gz-rules §4–7), the dept-pilot review (中就培函〔2020〕41号
// 二（一）), the employer filing's assessment at the panel decision (mohrss-filing 一(六)2–4) and the 1+X
// credit look-up (1x-selection §16).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import type { Actor } from '../../src/policies/actor.js';
import type { CaseRecord } from '../../src/persistence/cases.repository.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { builtInCalendar } from '../../src/calendar/calendar-data.js';
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
import { deptPilotProcedure } from '../../src/use-cases/dept-pilot/procedure.js';
import { employerFilingProcedure } from '../../src/use-cases/employer-filing/procedure.js';
import { selection1xProcedure } from '../../src/use-cases/selection-1x/procedure.js';
import type { Application, GzSelectionData } from '../../src/workflows/gz-selection/data.js';
import type { RegistryFacts } from '../../src/workflows/gz-selection/registry-facts.js';
import { reviewDefaults } from '../../src/workflows/gz-selection/review-defaults.js';
import type { DeptPilotData } from '../../src/workflows/dept-pilot/data.js';
import { pilotReviewDefaults } from '../../src/workflows/dept-pilot/review-defaults.js';
import type { EmployerFilingData } from '../../src/workflows/employer-filing/data.js';
import { employerAssessmentDefaults } from '../../src/workflows/employer-filing/assessment-defaults.js';
import { initialData, type Selection1xData } from '../../src/workflows/selection-1x/data.js';
import { exampleApplication } from '../../src/workflows/selection-1x/example.test-support.js';
import { creditCheckDefaults } from '../../src/workflows/selection-1x/credit-check-defaults.js';
import { openTestDatabase } from '../support/test-database.js';
import { caseVersion, demoActor } from './demo-fixtures.js';
import { TEST_DATA_KEY } from '../support/test-app.js';

const basisOf = (d: { basis: { field: string; basis_zh: string }[] }) =>
  Object.fromEntries(d.basis.map((b) => [b.field, b.basis_zh]));

describe('gz-rules §4–7: the Guizhou selection review starts from the application and an earlier review', () => {
  let h: DatabaseHandle;
  const store = databaseFileStore();
  const NOW = new Date('2026-11-25T02:00:00Z');
  const TODAY = '2026-11-25';
  let applicant: Actor;
  let guizhou: Actor;
  const ctx = (caller: Actor): CaseContext => ({
    db: h.db,
    store,
    caller,
    procedures: [gzSelectionProcedure],
    calendar: builtInCalendar(),
    now: NOW,
  });
  const send = async (caller: Actor, caseId: string, event: string, payload?: unknown) =>
    sendCaseEvent(ctx(caller), {
      caseId,
      event,
      version: await caseVersion(h.db, caseId),
      ...(payload === undefined ? {} : { payload }),
    });
  const reviewOf = async (caller: Actor, caseId: string) =>
    (await getCaseDetail(ctx(caller), caseId)).available.find((a) => a.event === 'record_review');

  beforeAll(async () => {
    h = await openTestDatabase();
    await seedAll(h.db, { demo: true, personalData: createPersonalDataProtector(TEST_DATA_KEY) });
    applicant = await demoActor(h.db, 'inst_gz');
    guizhou = await demoActor(h.db, 'guizhou');
  });
  afterAll(async () => h?.close());

  it('a submitted application: one row per occupation applied for, 民办非企业单位 → §6(3) enterprise exception 否, every judgement unset', async () => {
    const occupations = [
      { code: '4-10-01-05', levels: [5, 4, 3], trainingVolume: 1500 },
      { code: '4-10-01-03', levels: [5, 4], trainingVolume: 1200 },
    ];
    const app: Application = {
      occupations,
      siteId: demoId('site', 'gz-qiancheng-main'),
      trainingHistorySince: '2021-03-01',
      managementSystems: [
        'exam_affairs',
        'personnel',
        'finance',
        'archives',
        'question_bank',
        'certificates',
        'violations',
      ],
      expertTeam: true,
      officeAndCommunicationEquipment: true,
      singleSeatPerDesk: true,
    };
    const opened = await openProcedureCase(ctx(applicant), { procedure: 'gz-selection', input: app });
    for (const item of checklistFor(GZ_SELECTION_CHECKLIST, 'social_org').items)
      await uploadCaseMaterial(ctx(applicant), {
        caseId: opened.id,
        checklistItem: item.id,
        bytes: pdfBytes(item.id),
        fileName: `${item.id}.pdf`,
        declaredType: 'application/pdf',
      });
    await send(applicant, opened.id, 'submit');

    const first = (await reviewOf(guizhou, opened.id))!;
    expect(first.defaults!.values).toEqual({
      guizhouCharacteristicEnterprise: false,
      occupations: [{ code: '4-10-01-05' }, { code: '4-10-01-03' }],
    });
    const basis = basisOf(first.defaults!);
    expect(basis['guizhouCharacteristicEnterprise']).toBe(
      '统一社会信用代码 52520115MJ5K3R2C8B 显示为民办非企业单位，不是企业：第六条第（三）项“贵州地方性特色的企业”不适用',
    );
    expect(basis['occupations']).toBe('申请认定的职业（工种）2 个：4-10-01-05、4-10-01-03');
    // 影响力和声誉、设备、消防安全 … are the authority's: not in the defaults, so unset in the form.
    for (const k of [
      'influenceAndReputation',
      'practicalEquipmentMeetsStandard',
      'safetyCompliant',
      'background',
    ])
      expect(first.defaults!.values).not.toHaveProperty(k);
    // The applicant has no review form.
    expect(await reviewOf(applicant, opened.id)).toBeUndefined();

    // Recorded once, the review is where the next record starts (it replaces the last one).
    await send(guizhou, opened.id, 'record_review', {
      influenceAndReputation: true,
      occupations: [{ code: '4-10-01-03', closelyRelated: false }],
      background: { checkedOn: TODAY, sources: '信用中国、贵州省社会组织信息公示平台' },
    });
    const again = (await reviewOf(guizhou, opened.id))!;
    expect(again.defaults!.values).toMatchObject({
      influenceAndReputation: true,
      occupations: [{ code: '4-10-01-05' }, { code: '4-10-01-03', closelyRelated: false }],
      background: { checkedOn: TODAY, sources: '信用中国、贵州省社会组织信息公示平台' },
    });
    expect(again.defaults!.values).not.toHaveProperty('safetyCompliant');
    expect(basisOf(again.defaults!)['influenceAndReputation']).toBe('此前记录的审核意见');
    expect(basisOf(again.defaults!)['occupations']).toContain('其中 1 个沿用此前审核意见');
  });

  const registry = (kind: string, uscc: string): RegistryFacts => ({
    institution: { id: 'i', name: '测试', kind, uscc, jurisdictionCode: '520100' },
    fullTimeStaff: 3,
    qualitySupervisors: 3,
    assessors: [],
    site: null,
    siteCount: 0,
  });
  const data = (applyingAs: GzSelectionData['applyingAs']): GzSelectionData => ({
    applyingAs,
    application: { occupations: [{ code: '4-10-01-05', levels: [5] }] },
  });

  it('gz-rules §6(3) 但书: an enterprise by its USCC (9x) is left to the authority; a 社会团体 (51) is 否', () => {
    expect(reviewDefaults(data('social_org'), registry('social_org', '91520102MA6HK8N350')).values).toEqual({
      occupations: [{ code: '4-10-01-05' }],
    });
    expect(
      reviewDefaults(data('social_org'), registry('social_org', '51520102MJ0000000X')).values,
    ).toMatchObject({ guizhouCharacteristicEnterprise: false });
    // An employer's review has no such field to settle.
    expect(reviewDefaults(data('employer'), registry('employer', '51520102MJ0000000X')).values).toEqual({
      occupations: [{ code: '4-10-01-05' }],
    });
  });
});

describe('中就培函〔2020〕41号 二（一）: the dept-pilot review starts from what the plan states of an association', () => {
  const pilot = (
    kind: DeptPilotData['organisation']['kind'],
    plan: Partial<DeptPilotData['plan']>,
  ): DeptPilotData => ({
    track: 'department',
    organisation: { institutionId: 'i', name: '测试协会', uscc: '51100000MJ0000000X', kind },
    plan: {
      field: '交通运输',
      originalOccupations: ['4-02-02-01'],
      scope: [{ code: '4-02-02-01', levels: [5] }],
      branches: [],
      ...plan,
    },
    milestones: { workPlanSubmittedOn: null, implementationPlanSubmittedOn: null },
  });

  it('an association: 脱钩 and 非专业 as the plan states them, to verify; 16号 conditions unset', () => {
    const d = pilotReviewDefaults(
      pilot('association', { decoupledFromSupervisor: true, nonProfessionalAssociation: false }),
    );
    expect(d.values).toEqual({ decoupledFromSupervisor: true, nonProfessionalAssociation: false });
    expect(basisOf(d)).toEqual({
      decoupledFromSupervisor: '方案中填报：已与主管部门脱钩——是（待核实）',
      nonProfessionalAssociation: '方案中填报：属非专业行业协会——否（待核实）',
    });
  });

  it('二（一） asks it of an association only: an enterprise is not prefilled, nor a plan that is silent', () => {
    expect(pilotReviewDefaults(pilot('enterprise', { decoupledFromSupervisor: true })).values).toEqual({});
    expect(pilotReviewDefaults(pilot('association', {})).values).toEqual({});
  });

  it('an earlier review of the case is where the next starts', () => {
    const d = pilotReviewDefaults({
      ...pilot('association', { decoupledFromSupervisor: false }),
      review: { meetsCallConditions: true, decoupledFromSupervisor: true },
    });
    expect(d.values).toEqual({ meetsCallConditions: true, decoupledFromSupervisor: true });
    expect(basisOf(d)['meetsCallConditions']).toBe('此前记录的审核意见');
  });

  it('the procedure serves them for record_review', () => {
    expect(deptPilotProcedure.defaults?.events).toEqual(['record_review']);
  });
});

describe('mohrss-filing 一(六)2–4: the employer assessment at the panel decision starts unset', () => {
  const employer = (assessment?: EmployerFilingData['assessment']): EmployerFilingData => ({
    declaration: { nationalEmployer: true, enterpriseCategory: 'central_soe', acceptsSupervision: true },
    scopes: [{ occupationCode: '6-31-01-03', level: 3 }],
    ...(assessment ? { assessment } : {}),
  });

  it('the registry holds no fact that settles 一(六)2–4: defaults served but empty (是/否 answered, no switch at 否)', () => {
    const c = { data: employer() } as unknown as CaseRecord;
    const d = employerFilingProcedure.defaults!.of(c, 'approve_review', {} as never);
    expect(d).toEqual({ values: {}, basis: [] });
    expect(employerFilingProcedure.defaults!.events).toEqual(['approve_review']);
  });

  it('an earlier assessment of the case is where the next starts', () => {
    const a = {
      skilledWorkersImportantPart: true,
      trainingEvaluationFoundation: false,
      talentMechanism: true,
    };
    const d = employerAssessmentDefaults(employer(a));
    expect(d.values).toEqual({ assessment: a });
    expect(d.basis[0]!.basis_zh).toBe('此前对申请条件的认定');
  });
});

describe('1x-selection §16: a credit look-up starts with the next platform without a result that counts', () => {
  const SHORTLISTED = '2026-06-10';
  const TODAY = '2026-06-20';
  const case1x = (checks: Selection1xData['creditChecks']): Selection1xData => ({
    ...initialData('call', {} as Selection1xData['call'], exampleApplication(TODAY)),
    shortlistedOn: SHORTLISTED,
    creditChecks: checks,
  });
  const check = (platform: 'ndrc' | 'samr' | 'tax', checkedOn: string) => ({
    platform,
    source: platform,
    checkedOn,
    result: 'clear' as const,
    reference: null,
  });

  it('none recorded: 信用中国 first, its name as the source; day and result unset', () => {
    const d = creditCheckDefaults(case1x([]), TODAY);
    expect(d.values).toEqual({ platform: 'ndrc', source: '国家发展改革委“信用中国”平台' });
    expect(basisOf(d)['platform']).toBe('国家发展改革委“信用中国”平台：尚未录入核查结果');
  });

  it('§16 拟入围: a look-up the day before shortlisting does not count (信用中国 again); on the day it does (next: 市场监管总局)', () => {
    const before = creditCheckDefaults(case1x([check('ndrc', '2026-06-09')]), TODAY);
    expect(before.values).toMatchObject({ platform: 'ndrc' });
    expect(basisOf(before)['platform']).toContain('早于拟入围日（2026-06-10）');
    expect(creditCheckDefaults(case1x([check('ndrc', SHORTLISTED)]), TODAY).values).toMatchObject({
      platform: 'samr',
    });
  });

  it('every platform looked up: nothing to start from', () => {
    const all = (['ndrc', 'samr', 'tax'] as const).map((p) => check(p, SHORTLISTED));
    expect(creditCheckDefaults(case1x(all), TODAY).values).toEqual({});
    expect(selection1xProcedure.defaults?.events).toEqual(['record_credit_check']);
  });
});
