// Open cases of the living demo (issue 10 point 1), so that the queues have work on the first login:
// four national employers (added here, none of them used by the browser specs) file with the national
// centre under mohrss-filing 一 — one awaiting acceptance, one returned for correction, one in technical
// review with a panel drawn from the national pool (its experts see it under 我的评审), one submitted long
// ago and overdue against the 10-working-day acceptance clock of 一(十)2 — and the 1+X office publishes a
// recruitment call that is open now. Every step runs through the use cases an officer's click runs
// (open, upload, submit, request_correction, accept, draw_panel; create and publish a call), dated in the
// past where the story needs it, so the history, the documents and the audit chain are genuine.
import type { Database } from '../../database.js';
import type { FileStore } from '../../file-store.js';
import type { InstitutionKind } from '../../schema.js';
import { demoId } from './ids.js';
import { authorityId } from './load-registry.js';
import { orgCodeCheckCharacter, usccCheckCharacter } from '../../../domain/uscc.js';
import { hashPassword } from '../../../identity/password.js';
import { DEMO_PASSWORD } from './accounts.js';
import { createRecruitmentCall } from '../../../use-cases/recruitment-calls/create-recruitment-call.js';
import { publishRecruitmentCall } from '../../../use-cases/recruitment-calls/change-call-status.js';
import { daysAgo, demoRunEnv, isoDay, runDemoProcedure, type DemoStep } from './run-procedure.js';

export const OPEN_CASES_STEP = 'demo/open-cases' as const;

const uscc = (head: string, division: string, body8: string) => {
  const first17 = `${head}${division}${body8}${orgCodeCheckCharacter(body8)}`;
  return first17 + usccCheckCharacter(first17);
};

/** Where each employer's case is left: the state a queue holds. */
export type OpenCaseStage = 'awaiting_acceptance' | 'correction' | 'expert_review' | 'overdue';

export const OPEN_CASE_EMPLOYERS: {
  key: string;
  username: string;
  person: string;
  name: string;
  uscc: string;
  address: string;
  jurisdictionCode: string;
  stage: OpenCaseStage;
  scopes: { occupationCode: string; level: number }[];
}[] = [
  {
    key: 'nat-huaxia-rail',
    username: 'inst_rail',
    person: '高建华',
    name: '中铁华夏轨道交通集团有限公司',
    uscc: uscc('91', '110108', 'MA01R7K2'),
    address: '北京市海淀区复兴路 10 号',
    jurisdictionCode: '110000',
    stage: 'awaiting_acceptance',
    scopes: [
      { occupationCode: '6-31-01-03', level: 3 },
      { occupationCode: '6-31-01-03', level: 4 },
    ],
  },
  {
    key: 'nat-hengtong-power',
    username: 'inst_power',
    person: '沈立群',
    name: '恒通电力建设集团有限公司',
    uscc: uscc('91', '310115', 'MA1HT9P4'),
    address: '上海市浦东新区世纪大道 88 号',
    jurisdictionCode: '310000',
    stage: 'correction',
    scopes: [
      { occupationCode: '6-28-01-14', level: 3 },
      { occupationCode: '6-29-02-11', level: 4 },
    ],
  },
  {
    key: 'nat-changjiang-ship',
    username: 'inst_ship',
    person: '胡振江',
    name: '长江船舶重工集团有限公司',
    uscc: uscc('91', '420106', 'MA4CJ6S1'),
    address: '湖北省武汉市武昌区临江大道 66 号',
    jurisdictionCode: '420000',
    stage: 'expert_review',
    scopes: [
      { occupationCode: '6-18-02-04', level: 3 },
      { occupationCode: '6-18-01-01', level: 4 },
    ],
  },
  {
    key: 'nat-beifang-auto',
    username: 'inst_auto',
    person: '刘东升',
    name: '北方汽车工业集团有限公司',
    uscc: uscc('91', '220104', 'MA0BF3A8'),
    address: '吉林省长春市朝阳区东风大街 8 号',
    jurisdictionCode: '220000',
    stage: 'overdue',
    scopes: [
      { occupationCode: '6-22-02-01', level: 3 },
      { occupationCode: '4-12-01-01', level: 4 },
    ],
  },
];

export const DEMO_CALL = {
  title: '2026 年第二批职业教育培训评价组织招募公告',
  batch: '2026 年第二批',
  fields: ['现代服务', '数字技术'],
} as const;

/** The employers, their staff accounts (password Demo#2026) and status history; plain registry rows. */
export async function registerOpenCaseEmployers(db: Database): Promise<void> {
  const hashes = await Promise.all(OPEN_CASE_EMPLOYERS.map(() => hashPassword(DEMO_PASSWORD)));
  await db.transaction().execute(async (trx) => {
    for (const [n, e] of OPEN_CASE_EMPLOYERS.entries()) {
      const id = demoId('institution', e.key);
      await trx
        .insertInto('institutions')
        .values({
          id,
          name: e.name,
          kind: 'employer' as InstitutionKind,
          uscc: e.uscc,
          legal_representative: e.person,
          address: e.address,
          jurisdiction_code: e.jurisdictionCode,
          authority_id: authorityId('osta'),
          status: 'registered',
          contact_phone: null,
          established_on: '2005-01-01',
        })
        .onConflict((oc) => oc.column('uscc').doNothing())
        .execute();
      await trx
        .insertInto('institution_status_history')
        .values({
          id: demoId('status_history', `${e.key}:0`),
          institution_id: id,
          from_status: null,
          to_status: 'registered',
          reason: '登记入库（演示数据）',
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      await trx
        .insertInto('users')
        .values({
          id: demoId('user', e.username),
          username: e.username,
          display_name: e.person,
          password_hash: hashes[n]!,
          role: 'institution_staff',
          authority_id: null,
          institution_id: id,
          expert_id: null,
        })
        .onConflict((oc) => oc.column('username').doNothing())
        .execute();
    }
  });
}

/** Runs the cases and the call. `now` is the real time; earlier steps are dated back from it. */
export async function runOpenCases(
  db: Database,
  store: FileStore,
  now: Date = new Date(),
): Promise<Record<string, number>> {
  const env = await demoRunEnv(db, store);
  // Days back from today at which each employer submitted (calendar days; the clock counts working days).
  const submittedDaysAgo: Record<OpenCaseStage, number> = {
    awaiting_acceptance: 2,
    correction: 7,
    expert_review: 14,
    overdue: 30,
  };
  const after: Record<OpenCaseStage, DemoStep[]> = {
    awaiting_acceptance: [],
    overdue: [],
    correction: [
      {
        as: 'osta',
        on: daysAgo(now, 4),
        event: 'request_correction',
        payload: {
          items: [
            { item: 'assessor_roster', reason: '考评人员名册缺少职业（工种）及等级栏目，请补充后重新提交' },
          ],
        },
      },
    ],
    expert_review: [
      { as: 'osta', on: daysAgo(now, 10), event: 'accept' },
      {
        as: 'osta',
        on: daysAgo(now, 8),
        event: 'draw_panel',
        payload: { poolId: demoId('expert_pool', 'osta-national'), size: 3 },
      },
    ],
  };
  let cases = 0;
  for (const e of OPEN_CASE_EMPLOYERS) {
    const submittedAt = daysAgo(now, submittedDaysAgo[e.stage]);
    await runDemoProcedure(env, {
      procedure: 'mohrss-employer-filing',
      applicant: e.username,
      openedOn: daysAgo(now, submittedDaysAgo[e.stage] + 1),
      materialsOn: submittedAt,
      input: {
        nationalEmployer: true,
        enterpriseCategory: 'central_soe',
        acceptsSupervision: true,
        scopes: e.scopes,
      },
      steps: [
        { as: e.username, on: submittedAt, event: 'submit', payload: { truthful: true } },
        ...after[e.stage],
      ],
    });
    cases++;
  }

  // A 1+X recruitment call open now (1x-selection §12, §14): drafted and published by the office.
  const jco = await env.actor('jco');
  const callCtx = { db, caller: jco, now: daysAgo(now, 5) };
  const call = await createRecruitmentCall(callCtx, {
    title: DEMO_CALL.title,
    batch: DEMO_CALL.batch,
    description:
      '按照职业教育培训评价组织遴选工作方案，面向现代服务、数字技术领域招募培训评价组织，申报材料在线提交。',
    openOn: isoDay(daysAgo(now, 5)),
    closeOn: isoDay(daysAgo(now, -40)),
    fields: DEMO_CALL.fields.map((name) => ({ name })),
  });
  await publishRecruitmentCall(callCtx, call.id, call.version);
  return { cases, recruitmentCalls: 1 };
}
