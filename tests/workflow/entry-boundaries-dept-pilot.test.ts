// Boundary cases of the dept-pilot procedures (中就培函〔2020〕41号), through the generic case use cases:
// - 三（一） "推荐2家" per field, the field matched as typed after normalisation (full-width forms, spaces):
//   the 2nd recommendation passes (2 = the most), the 3rd fails; drafts take no place, and a refused or
//   withdrawn recommendation frees its place.
// - 二（一） "原则上不得": an excluded body (a government department's public institution, an association
//   not decoupled, or one whose status is not established) goes to the national centre for judgement
//   at submission, and is refused at approval unless the centre records a reasoned exception.
// - 三（四） branch filing before the organisation is admitted is refused (parent approval first).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import type { Actor } from '../../src/policies/actor.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { builtInCalendar } from '../../src/calendar/calendar-data.js';
import { pdfBytes } from '../../src/materials/sample-files.test-support.js';
import type { CaseContext } from '../../src/use-cases/cases/case-context.js';
import { openProcedureCase } from '../../src/use-cases/cases/open-procedure-case.js';
import { sendCaseEvent } from '../../src/use-cases/cases/send-case-event.js';
import { uploadCaseMaterial } from '../../src/use-cases/cases/upload-case-material.js';
import { deptPilotProcedures } from '../../src/use-cases/dept-pilot/procedures.js';
import { deptPilotProcedure, planForm } from '../../src/use-cases/dept-pilot/procedure.js';
import { findCase } from '../../src/persistence/cases.repository.js';
import { pilotChecklist } from '../../src/workflows/dept-pilot/checklist.js';
import type { Plan } from '../../src/workflows/dept-pilot/data.js';
import type { Finding } from '../../src/rules/finding.js';
import { openTestDatabase } from '../support/test-database.js';
import { caseVersion, demoActor, findingsOf, refusal, ruleFindings, testUscc } from './demo-fixtures.js';
import { TEST_DATA_KEY } from '../support/test-app.js';

let h: DatabaseHandle;
const store = databaseFileStore();
const calendar = builtInCalendar();
// Wednesday 25 November 2026, 10:00 in Beijing.
const NOW = new Date('2026-11-25T02:00:00Z');
const TODAY = '2026-11-25';

const ctx = (caller: Actor): CaseContext => ({
  db: h.db,
  store,
  caller,
  procedures: deptPilotProcedures,
  calendar,
  now: NOW,
});

async function staffAccount(institutionId: string): Promise<Actor> {
  const id = randomUUID();
  const username = `dp${id.slice(0, 8)}`;
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

async function organisation(
  name: string,
  head: '91' | '51' | '52' | '12',
): Promise<{ id: string; uscc: string }> {
  const id = randomUUID();
  const code = testUscc(head);
  await h.db
    .insertInto('institutions')
    .values({
      id,
      name,
      kind: 'social_org',
      uscc: code,
      legal_representative: '王五',
      address: '北京市朝阳区',
      jurisdiction_code: '110000',
      authority_id: null,
      contact_phone: null,
      established_on: null,
    })
    .execute();
  return { id, uscc: code };
}

async function branch(institutionId: string, name: string): Promise<string> {
  const id = randomUUID();
  await h.db
    .insertInto('branches')
    .values({
      id,
      institution_id: institutionId,
      name,
      uscc: null,
      address: '贵州省贵阳市',
      jurisdiction_code: '520100',
    })
    .execute();
  return id;
}

async function send(caller: Actor, caseId: string, event: string, payload?: unknown) {
  return sendCaseEvent(ctx(caller), {
    caseId,
    event,
    version: await caseVersion(h.db, caseId),
    ...(payload === undefined ? {} : { payload }),
  });
}
async function upload(
  caller: Actor,
  caseId: string,
  track: 'department' | 'industry_org',
  except: string[] = [],
) {
  for (const item of pilotChecklist('dept-pilot', track, TODAY).items) {
    if (except.includes(item.id)) continue;
    await uploadCaseMaterial(ctx(caller), {
      caseId,
      checklistItem: item.id,
      bytes: pdfBytes(item.id),
      fileName: `${item.id}.pdf`,
      declaredType: 'application/pdf',
    });
  }
}

const FIELD = '交通运输 航空运输';
const DRIVER = '4-02-02-01';
const MECHANIC = '4-12-01-01';
const planOf = (p: Partial<Plan> & Pick<Plan, 'scope'>): Plan => ({
  field: FIELD,
  originalOccupations: [DRIVER, MECHANIC],
  branches: [],
  ...p,
});

let department: Actor;
let osta: Actor;

beforeAll(async () => {
  h = await openTestDatabase();
  await seedAll(h.db, { demo: true, personalData: createPersonalDataProtector(TEST_DATA_KEY) });
  department = await demoActor(h.db, 'industry');
  osta = await demoActor(h.db, 'osta');
});
afterAll(async () => h?.close());

const recommend = async (name: string, head: '91' | '51' | '52' | '12', plan: Plan) => {
  const org = await organisation(name, head);
  const opened = await openProcedureCase(ctx(department), {
    procedure: 'dept-pilot',
    input: { organisationUscc: org.uscc, ...plan },
  });
  await upload(department, opened.id, 'department');
  return opened.id;
};
const count = (fs: readonly Finding[]) => ruleFindings(fs, 'dept-pilot/3/1/count')[0]!;

describe('dept-pilot 三（一）: at most 2 recommendations per field, the field normalised', () => {
  // One field typed four ways: a full-width space, doubled and trailing spaces, plain, a tab.
  const typed = ['交通运输　航空运输', '  交通运输   航空运输 ', '交通运输 航空运输', '交通运输\t航空运输'];
  const cases: string[] = [];

  beforeAll(async () => {
    for (const [i, field] of typed.entries())
      cases.push(
        await recommend(
          `北京航通评价中心${i}`,
          '91',
          planOf({
            field,
            scope: [
              { code: DRIVER, levels: [5] },
              { code: MECHANIC, levels: [5] },
            ],
          }),
        ),
      );
  });

  it('三（一） boundary: with three drafts in the field, the first submitted counts 1 — a draft takes no place', async () => {
    const sent = await send(department, cases[0]!, 'submit');
    expect(count(sent.findings)).toMatchObject({ passed: true, values: { actual: 1, maximum: 2 } });
  });

  it('三（一） boundary: the 2nd recommendation in the same field, typed differently, passes (2 = at most 2)', async () => {
    const sent = await send(department, cases[1]!, 'submit');
    expect(count(sent.findings)).toMatchObject({ passed: true, values: { actual: 2, maximum: 2 } });
  });

  it('三（一） boundary: the 3rd, typed with a tab, fails (3 > 2)', async () => {
    const e = await refusal(send(department, cases[3]!, 'submit'));
    expect(count(findingsOf(e))).toMatchObject({ passed: false, values: { actual: 3, maximum: 2 } });
  });

  it('三（一）: a refused recommendation frees its place — the 3rd can then be submitted as the 2nd', async () => {
    await send(osta, cases[1]!, 'refuse', { reason: '不符合中就培函〔2020〕16号申报条件' });
    const sent = await send(department, cases[3]!, 'submit');
    expect(count(sent.findings)).toMatchObject({ passed: true, values: { actual: 2 } });
    // The 4th draft (cases[2]) now makes 3 again.
    const e = await refusal(send(department, cases[2]!, 'submit'));
    expect(count(findingsOf(e))).toMatchObject({ passed: false, values: { actual: 3 } });
  });

  it('三（一）: a different field is counted apart', async () => {
    const other = await recommend(
      '北京航通评价中心乙',
      '91',
      planOf({
        field: '交通运输 铁路运输',
        scope: [
          { code: DRIVER, levels: [5] },
          { code: MECHANIC, levels: [5] },
        ],
      }),
    );
    const sent = await send(department, other, 'submit');
    expect(count(sent.findings)).toMatchObject({ passed: true, values: { actual: 1 } });
  });
});

describe('dept-pilot 三（一）: one organisation is one place — the same one cannot be put forward twice in a field', () => {
  const scope = [
    { code: DRIVER, levels: [5] },
    { code: MECHANIC, levels: [5] },
  ];
  it('a second recommendation of the same organisation in the same field (typed differently) is refused at opening; another field, or after a withdrawal, is allowed', async () => {
    const org = await organisation('北京重复推荐测试评价中心', '91');
    const open = (field: string) =>
      openProcedureCase(ctx(department), {
        procedure: 'dept-pilot',
        input: { organisationUscc: org.uscc, ...planOf({ field, scope }) },
      });
    const first = await open('交通运输 水路运输');
    // Editing the plan starts from the plan as filed, which the edit form accepts unchanged.
    const start = deptPilotProcedure.prefill!((await findCase(h.db, first.id))!, 'edit');
    expect(start).toMatchObject({ field: '交通运输 水路运输', scope });
    expect(planForm.safeParse(start).success).toBe(true);
    const again = await refusal(open('交通运输　水路运输 '));
    expect(again).toMatchObject({ status: 409, code: 'DUPLICATE' });
    expect(again.detail).toContain(first.referenceNo);
    const before = await h.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('institution_id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(Number(before.n)).toBe(1);
    await expect(open('交通运输 港口运输')).resolves.toMatchObject({ state: 'draft' });
    await send(department, first.id, 'withdraw');
    await expect(open('交通运输 水路运输')).resolves.toMatchObject({ state: 'draft' });
  });
});

describe('dept-pilot 二（一） 原则上不得: the centre judges at submission, refuses at approval unless an exception is recorded', () => {
  const field = (f: string) => ({
    field: f,
    originalOccupations: [MECHANIC],
    scope: [{ code: MECHANIC, levels: [4] }],
  });

  it('二（一）: an association not decoupled — submitted for judgement, refused at approval, admitted once the centre records its reasoned exception', async () => {
    const id = await recommend(
      '中国某航空运输协会',
      '51',
      planOf({ ...field('航空 维修'), decoupledFromSupervisor: false, nonProfessionalAssociation: false }),
    );
    const sent = await send(department, id, 'submit');
    expect(ruleFindings(sent.findings, 'dept-pilot/2/1/exclusion')[0]).toMatchObject({
      passed: 'needs_judgement',
    });
    const e = await refusal(send(osta, id, 'approve', {}));
    expect(ruleFindings(findingsOf(e), 'dept-pilot/2/1/exclusion')[0]).toMatchObject({
      passed: false,
      values: { grounds: ['未与主管部门脱钩的协会'] },
    });
    await send(osta, id, 'record_review', {
      meetsCallConditions: true,
      decoupledFromSupervisor: false,
      nonProfessionalAssociation: false,
      override: {
        reason: '该协会承担原鉴定站职能，脱钩改革方案已批复，过渡期内纳入试点',
        decidedBy: '中国就业培训技术指导中心',
        decidedOn: TODAY,
      },
    });
    const approved = await send(osta, id, 'approve', {});
    expect(approved.case.state).toBe('approved');
    const excl = ruleFindings(approved.findings, 'dept-pilot/2/1/exclusion')[0]!;
    expect(excl.passed).toBe(true);
    expect(excl.message_zh).toContain('例外理由');
  });

  it('二（一）: a public institution of a government department (USCC 12) is left to the centre at submission and refused at approval without an exception', async () => {
    const id = await recommend('某部职业技能鉴定指导中心', '12', planOf(field('航空 地勤')));
    const sent = await send(department, id, 'submit');
    expect(ruleFindings(sent.findings, 'dept-pilot/2/1/exclusion')[0]!.passed).toBe('needs_judgement');
    const e = await refusal(send(osta, id, 'approve', {}));
    expect(ruleFindings(findingsOf(e), 'dept-pilot/2/1/exclusion')[0]).toMatchObject({
      passed: false,
      values: { grounds: ['政府部门所属单位'] },
    });
  });

  it('二（一）: an association whose decoupling is not established passes submission for judgement and cannot be approved until the centre establishes it', async () => {
    const id = await recommend('中国某航空服务协会', '51', planOf(field('航空 服务')));
    const sent = await send(department, id, 'submit');
    expect(ruleFindings(sent.findings, 'dept-pilot/2/1/exclusion')[0]!.passed).toBe('needs_judgement');
    const e = await refusal(send(osta, id, 'approve', {}));
    expect(ruleFindings(findingsOf(e), 'dept-pilot/2/1/exclusion')[0]!.passed).toBe(false);
    await send(osta, id, 'record_review', {
      meetsCallConditions: true,
      decoupledFromSupervisor: true,
      nonProfessionalAssociation: false,
    });
    expect((await send(osta, id, 'approve', {})).case.state).toBe('approved');
  });
});

describe('dept-pilot 三（四）: a branch files locally only after the organisation is admitted', () => {
  it('三（四） boundary: submitted (not approved) → the branch filing is refused; approved → it goes through', async () => {
    const org = await organisation('北京航修职业技能评价有限公司', '91');
    const branchId = await branch(org.id, '北京航修职业技能评价有限公司贵州分公司');
    const pilot = (
      await openProcedureCase(ctx(department), {
        procedure: 'dept-pilot',
        input: {
          organisationUscc: org.uscc,
          ...planOf({
            field: '航空 发动机维修',
            originalOccupations: [MECHANIC],
            scope: [{ code: MECHANIC, levels: [4] }],
            branches: [{ branch: branchId }],
          }),
        },
      })
    ).id;
    await upload(department, pilot, 'department');
    await send(department, pilot, 'submit');
    const staff = await staffAccount(org.id);
    const opened = await openProcedureCase(ctx(staff), {
      procedure: 'dept-pilot-branch',
      input: { branch: branchId },
    });
    for (const item of ['filing_form', 'branch_registration', 'staff_and_sites'])
      await uploadCaseMaterial(ctx(staff), {
        caseId: opened.id,
        checklistItem: item,
        bytes: pdfBytes(item),
        fileName: `${item}.pdf`,
        declaredType: 'application/pdf',
      });
    const e = await refusal(send(staff, opened.id, 'submit'));
    expect(ruleFindings(findingsOf(e), 'dept-pilot-branch/parent-approved')[0]).toMatchObject({
      passed: false,
      values: { parentState: 'submitted' },
    });
    await send(osta, pilot, 'approve', {});
    expect((await send(staff, opened.id, 'submit')).case.state).toBe('submitted');
  });
});
