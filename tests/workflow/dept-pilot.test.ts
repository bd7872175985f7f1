// Department and industry pilots (dept-pilot, 中就培函〔2020〕41号) run end to end through the generic case
// use cases on the demo registry: the transport department (demo user `industry`) recommends
// organisations per field — a third in one field is refused (三（一）推荐2家), two are accepted; a body
// not decoupled from its department is refused (二（一）); a checklist without one of the 12
// regulations is refused (附件 三); the national centre's approval publishes the organisation online
// (三（五）); a branch files locally only after the approval (三（四）); the notice's dated milestones
// (五) are shown with their due dates; an industry association applies for itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import type { Actor } from '../../src/policies/actor.js';
import { AppError } from '../../src/domain/errors.js';
import { orgCodeCheckCharacter, usccCheckCharacter } from '../../src/domain/uscc.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { builtInCalendar } from '../../src/calendar/calendar-data.js';
import { institutionId as demoInstitution } from '../../src/persistence/seed/demo/load-registry.js';
import { pdfBytes } from '../../src/materials/sample-files.test-support.js';
import type { CaseContext } from '../../src/use-cases/cases/case-context.js';
import { openProcedureCase } from '../../src/use-cases/cases/open-procedure-case.js';
import { sendCaseEvent } from '../../src/use-cases/cases/send-case-event.js';
import { uploadCaseMaterial } from '../../src/use-cases/cases/upload-case-material.js';
import { getCaseDetail } from '../../src/use-cases/cases/get-case-detail.js';
import { deptPilotProcedures } from '../../src/use-cases/dept-pilot/procedures.js';
import { getPilotMilestones } from '../../src/use-cases/dept-pilot/get-pilot-milestones.js';
import { pilotChecklist } from '../../src/workflows/dept-pilot/checklist.js';
import type { Plan } from '../../src/workflows/dept-pilot/data.js';
import type { Finding } from '../../src/rules/finding.js';
import { openTestDatabase } from '../support/test-database.js';
import { caseVersion, demoActor } from './demo-fixtures.js';
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

let serial = 0;
/** A valid USCC: '91' an enterprise, '51' a social group (协会), '52' a private non-enterprise unit. */
function uscc(head: '91' | '51' | '52', division = '110000'): string {
  const body8 = String(77_000_000 + ++serial).padStart(8, '0');
  const first17 = `${head}${division}${body8}${orgCodeCheckCharacter(body8)}`;
  return first17 + usccCheckCharacter(first17);
}

async function organisation(name: string, head: '91' | '51' | '52'): Promise<{ id: string; uscc: string }> {
  const id = randomUUID();
  const code = uscc(head);
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
async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}
const findingsOf = (e: AppError) => (e.extra?.findings ?? []) as Finding[];
const rule = (fs: readonly Finding[], id: string) => fs.filter((f) => f.ruleId === id);

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

const FIELD = '交通运输 道路运输';
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
let guizhou: Actor;
let orgA: { id: string; uscc: string };
let orgB: { id: string; uscc: string };
let orgC: { id: string; uscc: string };
let branchA: string;
let caseA: string;
let caseB: string;

beforeAll(async () => {
  h = await openTestDatabase();
  await seedAll(h.db, { demo: true, personalData: createPersonalDataProtector(TEST_DATA_KEY) });
  department = await demoActor(h.db, 'industry');
  osta = await demoActor(h.db, 'osta');
  guizhou = await demoActor(h.db, 'guizhou');
  orgA = await organisation('北京通达职业技能评价有限公司', '91');
  orgB = await organisation('北京路安职业技能评价中心', '52');
  orgC = await organisation('北京远驰职业技能评价有限公司', '91');
  branchA = await branch(orgA.id, '北京通达职业技能评价有限公司贵州分公司');
});
afterAll(async () => h?.close());

const recommend = (org: { uscc: string }, plan: Plan) =>
  openProcedureCase(ctx(department), {
    procedure: 'dept-pilot',
    input: { organisationUscc: org.uscc, ...plan },
  });

describe('dept-pilot 三（一）: at most 2 organisations per field', () => {
  let caseC: string;

  it('the department recommends by USCC: the case is about the organisation, the national centre decides, the department applies', async () => {
    caseA = (
      await recommend(
        orgA,
        planOf({ scope: [{ code: DRIVER, levels: [5, 4] }], branches: [{ branch: branchA }] }),
      )
    ).id;
    caseB = (await recommend(orgB, planOf({ scope: [{ code: MECHANIC, levels: [5, 4] }] }))).id;
    caseC = (await recommend(orgC, planOf({ scope: [{ code: DRIVER, levels: [5] }] }))).id;
    const detail = await getCaseDetail(ctx(department), caseA);
    expect(detail.roles).toContain('applicant');
    expect(detail.case.institutionId).toBe(orgA.id);
    expect(detail.case.authorityId).toBe(osta.authorityId);
    expect(detail.case.referenceNo).toMatch(/^人社鉴试申〔2026〕\d{4}号$/);
    // The organisation's own staff are not the applicant of a department's recommendation.
    const staffA = await staffAccount(orgA.id);
    await expect(getCaseDetail(ctx(staffA), caseA)).rejects.toMatchObject({ status: 404 });
    for (const id of [caseA, caseB, caseC]) await upload(department, id, 'department');
  });

  let second: Awaited<ReturnType<typeof send>>;

  it('a third organisation in the same field is refused: 3 recommended, at most 2 (drafts take no place)', async () => {
    // B and C are still drafts when A is submitted: a draft is not a recommendation yet.
    const a = await send(department, caseA, 'submit');
    expect(a.case.state).toBe('submitted');
    expect(rule(a.findings, 'dept-pilot/3/1/count')[0]).toMatchObject({
      passed: true,
      values: { actual: 1 },
    });
    second = await send(department, caseB, 'submit');
    expect(second.case.state).toBe('submitted');
    const e = await refusal(send(department, caseC, 'submit'));
    expect(e.code).toBe('GUARD_FAILED');
    const count = rule(findingsOf(e), 'dept-pilot/3/1/count')[0]!;
    expect(count).toMatchObject({ passed: false, values: { actual: 3, maximum: 2 } });
    expect(count.citation).toEqual({ source: 'dept-pilot', article: '三', item: '一' });
  });

  it('with the third withdrawn, two are accepted and together cover the original occupations', async () => {
    expect((await send(department, caseC, 'withdraw')).case.state).toBe('withdrawn');
    expect(rule(second.findings, 'dept-pilot/3/1/count')[0]).toMatchObject({
      passed: true,
      values: { actual: 2, maximum: 2 },
    });
    expect(rule(second.findings, 'dept-pilot/3/1/coverage')[0]!.passed).toBe(true);
    // 中就培函〔2020〕16号 conditions are the national centre's assessment: open, not blocking.
    expect(rule(second.findings, 'dept-pilot/3/1/conditions')[0]!.passed).toBe('needs_judgement');
  });
});

describe('dept-pilot 二（一）: bodies not decoupled from their department are refused', () => {
  it('an association not decoupled from its supervising department goes to the centre for judgement and is refused at approval', async () => {
    const assoc = await organisation('中国某运输协会', '51');
    const opened = await recommend(
      assoc,
      planOf({
        field: '交通运输 水路运输',
        originalOccupations: [MECHANIC],
        scope: [{ code: MECHANIC, levels: [4] }],
        decoupledFromSupervisor: false,
        nonProfessionalAssociation: false,
      }),
    );
    await upload(department, opened.id, 'department');
    const submitted = await send(department, opened.id, 'submit');
    const atSubmit = rule(submitted.findings, 'dept-pilot/2/1/exclusion')[0]!;
    expect(atSubmit.passed).toBe('needs_judgement');
    expect(atSubmit.message_zh).toContain('未与主管部门脱钩的协会');
    const e = await refusal(send(osta, opened.id, 'approve', {}));
    const excl = rule(findingsOf(e), 'dept-pilot/2/1/exclusion')[0]!;
    expect(excl.passed).toBe(false);
    expect(excl.message_zh).toContain('未与主管部门脱钩的协会');
  });
});

describe('dept-pilot 附件 三: the 12 required internal regulations', () => {
  it('a checklist missing one regulation (财务制度) is refused; with it, the submission goes through', async () => {
    const orgD = await organisation('北京顺驰职业技能评价有限公司', '91');
    const opened = await recommend(
      orgD,
      planOf({
        field: '交通运输 城市客运',
        originalOccupations: [DRIVER],
        scope: [{ code: DRIVER, levels: [4] }],
      }),
    );
    await upload(department, opened.id, 'department', ['regulation.finance']);
    const e = await refusal(send(department, opened.id, 'submit'));
    const regs = rule(findingsOf(e), 'dept-pilot/annex-gov/3/regulations')[0]!;
    expect(regs).toMatchObject({ passed: false, values: { required: 12, given: 11, missing: ['finance'] } });
    expect(regs.message_zh).toContain('财务制度');
    const detail = await getCaseDetail(ctx(department), opened.id);
    expect(detail.materials.missing).toEqual(['regulation.finance']);
    await uploadCaseMaterial(ctx(department), {
      caseId: opened.id,
      checklistItem: 'regulation.finance',
      bytes: pdfBytes('finance'),
      fileName: '财务制度.pdf',
      declaredType: 'application/pdf',
    });
    expect((await send(department, opened.id, 'submit')).case.state).toBe('submitted');
  });
});

describe('dept-pilot 三（四）、三（五）: approval publishes; branches file locally only after it', () => {
  let staffA: Actor;
  let branchCase: string;

  it('a branch filing submitted before the organisation is in the pilot is refused', async () => {
    staffA = await staffAccount(orgA.id);
    const opened = await openProcedureCase(ctx(staffA), {
      procedure: 'dept-pilot-branch',
      input: { branch: '北京通达职业技能评价有限公司贵州分公司' },
    });
    branchCase = opened.id;
    const c = await h.db
      .selectFrom('cases')
      .selectAll()
      .where('id', '=', branchCase)
      .executeTakeFirstOrThrow();
    expect(c.parent_case_id).toBe(caseA);
    expect(c.authority_id).toBe(guizhou.authorityId);
    for (const item of ['filing_form', 'branch_registration', 'staff_and_sites'])
      await uploadCaseMaterial(ctx(staffA), {
        caseId: branchCase,
        checklistItem: item,
        bytes: pdfBytes(item),
        fileName: `${item}.pdf`,
        declaredType: 'application/pdf',
      });
    const e = await refusal(send(staffA, branchCase, 'submit'));
    expect(rule(findingsOf(e), 'dept-pilot-branch/parent-approved')[0]!.passed).toBe(false);
    expect(rule(findingsOf(e), 'dept-pilot-branch/listed')[0]!.passed).toBe(true);
  });

  it('the department cannot approve its own recommendation; a stale version is refused (409)', async () => {
    expect((await refusal(send(department, caseA, 'approve', {}))).status).toBe(403);
    const v = await caseVersion(h.db, caseA);
    await send(osta, caseA, 'record_review', { meetsCallConditions: true });
    const e = await refusal(
      sendCaseEvent(ctx(osta), { caseId: caseA, event: 'approve', version: v, payload: {} }),
    );
    expect(e.status).toBe(409);
  });

  it('the national centre approves: published online with its scope, the record numbered and kept', async () => {
    const sent = await send(osta, caseA, 'approve', {});
    expect(sent.case.state).toBe('approved');
    expect(sent.documents.map((d) => d.kind)).toEqual(['publication_record']);
    expect(sent.documents[0]!.number).toMatch(/^人社鉴试公〔2026〕\d+号$/);
    expect(sent.citations.map((c) => c.citationText)).toEqual(expect.arrayContaining(['dept-pilot 三(五)']));
    const entry = await h.db
      .selectFrom('directory_entries as e')
      .innerJoin('directory_entry_scopes as s', 's.entry_id', 'e.id')
      .select([
        'e.filing_code',
        'e.regime',
        'e.valid_from',
        'e.valid_to',
        'e.branch_id',
        's.occupation_code',
        's.level',
      ])
      .where('e.case_id', '=', caseA)
      .orderBy('s.level')
      .execute();
    expect(entry.map((r) => [r.occupation_code, r.level])).toEqual([
      [DRIVER, 4],
      [DRIVER, 5],
    ]);
    expect(entry[0]).toMatchObject({
      regime: 'dept-pilot',
      valid_from: TODAY,
      valid_to: null,
      branch_id: null,
    });
    expect(entry[0]!.filing_code).toMatch(/^人社鉴试〔2026〕\d{4}号$/);
    const detail = await getCaseDetail(ctx(department), caseA);
    expect(detail.case.validFrom).toBe(TODAY);
  });

  it('after approval the branch files locally with the provincial department and is published as a branch', async () => {
    expect((await send(staffA, branchCase, 'submit')).case.state).toBe('submitted');
    const filed = await send(guizhou, branchCase, 'file', { meetsLocalRequirements: true });
    expect(filed.case.state).toBe('filed');
    expect(filed.documents.map((d) => d.kind)).toEqual(['branch_filing_receipt']);
    const entry = await h.db
      .selectFrom('directory_entries')
      .select(['branch_id', 'filing_code'])
      .where('case_id', '=', branchCase)
      .executeTakeFirstOrThrow();
    expect(entry.branch_id).toBe(branchA);
    expect(entry.filing_code).toMatch(/^试点分支备〔2026〕\d{4}号$/);
  });

  it('a branch not named in the plan cannot be opened', async () => {
    const other = await branch(orgA.id, '北京通达职业技能评价有限公司遵义分公司');
    const e = await refusal(
      openProcedureCase(ctx(staffA), { procedure: 'dept-pilot-branch', input: { branch: other } }),
    );
    expect(e.code).toBe('BRANCH_NOT_IN_PLAN');
  });
});

describe('dept-pilot 五: the dated milestones of the notice', () => {
  it('shows the three due dates the notice sets (9月底, 10月上旬, 11月中旬 2020) and how each stands', async () => {
    const m = await getPilotMilestones(h.db, department, caseA, TODAY);
    expect(m.milestones.map((x) => [x.ruleId, x.due])).toEqual([
      ['dept-pilot/5/1', '2020-09-30'],
      ['dept-pilot/5/2', '2020-10-10'],
      ['dept-pilot/5/3', '2020-11-20'],
    ]);
    // Done in 2026: each step is recorded, after the notice's date.
    expect(m.milestones.map((x) => [x.doneOn, x.standing])).toEqual([
      [TODAY, 'met_late'],
      [TODAY, 'met_late'],
      [TODAY, 'met_late'],
    ]);
    expect(m.milestones[1]!.explanation_zh).toContain('上旬');
    expect(m.branchFilings.map((b) => [b.branchName, b.state])).toEqual([
      ['北京通达职业技能评价有限公司贵州分公司', 'filed'],
    ]);
  });

  it('a plan not yet submitted shows its milestones overdue', async () => {
    const orgE = await organisation('北京畅行职业技能评价中心', '52');
    const opened = await recommend(
      orgE,
      planOf({ field: '交通运输 公路养护', scope: [{ code: DRIVER, levels: [4] }] }),
    );
    const m = await getPilotMilestones(h.db, department, opened.id, TODAY);
    expect(m.milestones.map((x) => x.standing)).toEqual(['overdue', 'overdue', 'overdue']);
    expect(m.milestones[0]!.message_zh).toContain('2020-09-30');
  });
});

describe('dept-pilot 二（一）: an industry association acting directly', () => {
  it('the association applies for itself with the industry checklist and is admitted', async () => {
    const daoyun = demoInstitution('ind-daoyun');
    const staff = await staffAccount(daoyun);
    await branch(daoyun, '中国道路运输职业技能评价协会贵州分会');
    const opened = await openProcedureCase(ctx(staff), {
      procedure: 'dept-pilot',
      input: {
        field: '道路运输',
        originalOccupations: [],
        scope: [{ code: MECHANIC, levels: [5, 4, 3] }],
        branches: [
          {
            branch: '中国道路运输职业技能评价协会贵州分会',
            decoupledFromSupervisor: true,
            nonProfessionalAssociation: false,
          },
        ],
        associationType: 'professional',
      },
    });
    await upload(staff, opened.id, 'industry_org');
    const sent = await send(staff, opened.id, 'submit');
    expect(rule(sent.findings, 'dept-pilot/3/1/industry-org')[0]!.passed).toBe(true);
    expect(rule(sent.findings, 'dept-pilot/annex-industry/3/regulations')[0]!.passed).toBe(true);
    expect((await send(osta, opened.id, 'approve', { validTo: '2029-12-31' })).case.state).toBe('approved');
    const c = await h.db
      .selectFrom('cases')
      .select(['valid_to'])
      .where('id', '=', opened.id)
      .executeTakeFirstOrThrow();
    expect(c.valid_to).toBe('2029-12-31');
  });
});
