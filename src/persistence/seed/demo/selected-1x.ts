// Demo step 'demo/selected-1x' (issue 10 point 1): 杭州数智, the 1+X training-evaluation organisation
// that the demo describes as selected, gets into the public directory through the 1+X selection
// (1x-selection §12–16) run to its end through the use cases, dated in 2023 to agree with its registry
// history (institutions.ts): the joint-conference office publishes the 2023 first-batch call (§12, §14);
// the organisation applies with its certificate programmes and uploads the materials; the office
// accepts, draws a panel from its selection pool (§13), the drawn experts write their opinions, the
// office records the selection with its appraisal of §6–10 (§15), enters the NDRC, SAMR and tax credit
// results, publishes the result for 5 working days (§16 公示), records the joint conference's written
// approval and publishes the list — so the directory shows its programmes and levels with the case's
// documents, and the experts find the review under 已办.
// 智联未来 (inst_tx) is left unselected: the browser specs run its selection. A one-time step
// (seed_runs), claimed before it runs like demo/filed-institutions.
import type { Database } from '../../database.js';
import type { FileStore } from '../../file-store.js';
import type { Actor } from '../../../policies/actor.js';
import { demoId } from './ids.js';
import { insertDemoStaffAccounts } from './load-accounts.js';
import { beijing, demoRunEnv, runDemoProcedure, type DemoRunEnv } from './run-procedure.js';
import { createRecruitmentCall } from '../../../use-cases/recruitment-calls/create-recruitment-call.js';
import { publishRecruitmentCall } from '../../../use-cases/recruitment-calls/change-call-status.js';
import { submitExpertOpinion } from '../../../use-cases/review/submit-expert-opinion.js';
import { ALL_ASSESSMENTS_MET, type Application } from '../../../workflows/selection-1x/data.js';

export const SELECTED_1X_STEP = 'demo/selected-1x' as const;

/** The staff account that applies for 杭州数智 (password Demo#2026). */
export const SELECTED_1X_ACCOUNT = {
  username: 'inst_sz',
  person: '周晓雯',
  institution: 'tx-shuzhi',
} as const;

/** The past call it answered (§12, §14), published by the joint-conference office. */
export const SELECTED_1X_CALL = {
  title: '2023 年第一批职业教育培训评价组织招募公告',
  batch: '2023 年第一批',
  description: '面向现代信息技术领域招募职业教育培训评价组织，申报材料在线提交（演示数据）。',
  field: '现代信息技术',
  createdOn: '2023-02-24',
  openOn: '2023-03-01',
  closeOn: '2023-03-31',
} as const;

/** The story's days (Beijing 10:00): the notice's 5 working days end on 2023-04-26. */
const DAYS = {
  open: '2023-03-06',
  submit: '2023-03-08',
  accept: '2023-03-15',
  draw: '2023-03-22',
  opinions: '2023-04-06',
  select: '2023-04-13',
  credit: '2023-04-18',
  notice: '2023-04-20',
  endNotice: '2023-05-08',
  approve: '2023-06-08',
  publish: '2023-06-16',
} as const;

/** What 杭州数智 declares (§2, §6–10): two certificate programmes, nine years of training. */
const APPLICATION: Application = {
  field: SELECTED_1X_CALL.field,
  programmes: [
    {
      name: '大数据应用开发（Python）',
      code: null,
      levels: ['junior', 'intermediate', 'senior'],
      standardTitle: '大数据应用开发（Python）职业技能等级标准',
    },
    {
      name: '云计算平台运维与开发',
      code: null,
      levels: ['intermediate', 'senior'],
      standardTitle: '云计算平台运维与开发职业技能等级标准',
    },
  ],
  independentLegalPerson: true,
  registeredInChina: true,
  financialAndManagementRules: true,
  annualReviewRecordYears: 5,
  unlawfulConduct: false,
  dishonesty: false,
  majorEconomicDispute: false,
  badLoans: false,
  ownIntellectualProperty: true,
  realPositions: true,
  expertRecommendation: true,
  latestTextbookPublishedOn: '2022-08-01',
  trainingSince: '2017-09-01',
  personTimes: 63_500,
  emergingOrShortageField: false,
  teamSize: 28,
  teamDescription: '行业企业管理人员 6 人、技术骨干 16 人、高技能人才 6 人',
  experience: '自 2017 年起在浙江、江苏、安徽等 14 个省份开展大数据和云计算师资培训与考核，累计 6.35 万人次',
};

const CREDIT_SOURCES = {
  ndrc: '信用中国 www.creditchina.gov.cn',
  samr: '国家企业信用信息公示系统 www.gsxt.gov.cn',
  tax: '国家税务总局浙江省税务局复函',
} as const;

/** The staff account of 杭州数智. */
export async function registerSelected1x(db: Database): Promise<void> {
  await insertDemoStaffAccounts(db, [SELECTED_1X_ACCOUNT]);
}

/** The drawn experts, as the Actors their logins would be. */
export async function drawnExperts(env: DemoRunEnv, caseId: string): Promise<Actor[]> {
  const row = await env.db
    .selectFrom('cases')
    .select('snapshot')
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  const expertIds = (row.snapshot as { expertIds?: string[] }).expertIds ?? [];
  if (expertIds.length === 0) return [];
  const users = await env.db
    .selectFrom('users')
    .select(['id', 'username', 'expert_id'])
    .where('expert_id', 'in', expertIds)
    .execute();
  return users.map((u) => ({ userId: u.id, username: u.username, role: 'expert', expertId: u.expert_id! }));
}

/** Runs the call and the selection. Returns what it made. */
export async function runSelected1x(db: Database, store: FileStore): Promise<Record<string, number>> {
  const env = await demoRunEnv(db, store);
  const jco = await env.actor('jco');
  const callCtx = { db, caller: jco, now: beijing(SELECTED_1X_CALL.createdOn) };
  const call = await createRecruitmentCall(callCtx, {
    title: SELECTED_1X_CALL.title,
    batch: SELECTED_1X_CALL.batch,
    description: SELECTED_1X_CALL.description,
    openOn: SELECTED_1X_CALL.openOn,
    closeOn: SELECTED_1X_CALL.closeOn,
    fields: [{ name: SELECTED_1X_CALL.field }],
  });
  await publishRecruitmentCall(callCtx, call.id, call.version);

  const { state } = await runDemoProcedure(env, {
    procedure: '1x-selection',
    applicant: SELECTED_1X_ACCOUNT.username,
    openedOn: beijing(DAYS.open),
    input: { callId: call.id, ...APPLICATION },
    steps: [
      { as: SELECTED_1X_ACCOUNT.username, on: beijing(DAYS.submit), event: 'submit' },
      { as: 'jco', on: beijing(DAYS.accept), event: 'accept' },
      {
        as: 'jco',
        on: beijing(DAYS.draw),
        event: 'draw_panel',
        payload: { poolId: demoId('expert_pool', 'jco-1x'), size: 3 },
      },
      {
        on: beijing(DAYS.opinions),
        run: async (e, caseId, on) => {
          for (const expert of await drawnExperts(e, caseId))
            await submitExpertOpinion(e.db, {
              caller: expert,
              caseId,
              at: on,
              recommendation: 'approve',
              opinion: '证书标准与现代信息技术岗位需求衔接紧密，题库与考核站点满足要求，建议入围。',
            });
        },
      },
      { as: 'jco', on: beijing(DAYS.select), event: 'select', payload: { assessments: ALL_ASSESSMENTS_MET } },
      ...Object.entries(CREDIT_SOURCES).map(([platform, source]) => ({
        as: 'jco',
        on: beijing(DAYS.credit),
        event: 'record_credit_check',
        payload: {
          platform,
          source,
          checkedOn: DAYS.credit,
          result: 'clear',
          reference: `查询 ${platform}（演示）`,
        },
      })),
      {
        as: 'jco',
        on: beijing(DAYS.notice),
        event: 'start_notice',
        payload: { days: 5, unit: 'working_days', basisReason: '遴选工作方案规定遴选结果公示 5 个工作日' },
      },
      { as: 'jco', on: beijing(DAYS.endNotice), event: 'end_notice' },
      {
        as: 'jco',
        on: beijing(DAYS.approve),
        event: 'approve',
        payload: {
          decidedOn: DAYS.approve,
          form: 'written',
          reference: '部际联席会议书面审议〔2023〕2号（演示）',
        },
      },
      { as: 'jco', on: beijing(DAYS.publish), event: 'publish', payload: {} },
    ],
  });
  return { recruitmentCalls: 1, published: state === 'published' ? 1 : 0 };
}
