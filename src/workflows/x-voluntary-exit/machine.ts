// 1+X voluntary exit (1x-exit §2–4, §6, §9–10) as a declared state machine. A training-evaluation
// organisation applies to leave the catalogue (资质退出) or to give up one or more of its certificate
// programmes (证书实施资格退出), once a full year has passed since the approval (§4, checked on receipt).
// §6(1): the paper application is received at any time and processed in the January and July intakes —
// the case waits in 'queued' until its intake opens; the delegated unit then starts it (a guard refuses
// an earlier start). §6(2)–(3): a panel drawn from the departments' recommended expert pools gives its
// opinion; §6(4): the office consults the other departments in writing, each opinion recorded (the two
// the text names are required); §6(5): the written answer to the organisation, then publication. §9: the
// wrap-up (fees without exams, exams without certificates …) must be clear or waived before the exit
// takes effect. On approval the exit applies (§2: the last programme takes the organisation) and bars
// the entity for 3 years (§10).
import { addYears } from '../../calendar/calendar-days.js';
import type { Citation } from '../../domain/citation.js';
import type { Completeness } from '../../materials/checklist.js';
import { voluntaryReentryBanYears } from '../../parameters/1x-exit.js';
import { parameterAt } from '../../parameters/parameter.js';
import { required } from '../../rules/assessment.js';
import {
  intakeFinding,
  intakeProcessingFinding,
  nextIntake,
  workCompleted,
  yearFindings,
} from '../../rules/1x-exit/voluntary.js';
import type { Finding } from '../../rules/finding.js';
import {
  waiverTransition,
  withdrawTransitions,
  wrapUpGuardFindings,
  type WrapUpState,
} from '../exit-wrap-up/wrap-up-guard.js';
import { defineMachine, type GuardInput } from '../machine.js';
import {
  panelDrawFindings,
  panelOutcomeFindings,
  withDrawnPanel,
  withPanelDecision,
  type PanelDrawCtx,
  type PanelOpinionsCtx,
} from '../review/panel.js';
import {
  DEPARTMENT_ZH,
  NAMED_DEPARTMENTS,
  approvePayload,
  consultationPayload,
  panelPayload,
  publishPayload,
  refusePayload,
  type XExitData,
} from './data.js';

const ex = (article: number, item?: number): Citation =>
  item === undefined ? { source: '1x-exit', article } : { source: '1x-exit', article, item };
export const SCOPE = ex(2);
export const ON_APPLICATION = ex(3);
export const ONE_YEAR = ex(4);
export const INTAKE = ex(6, 1);
export const EXPERTS = ex(6, 2);
export const PANEL = ex(6, 3);
export const CONSULTATION = ex(6, 4);
export const REPLY = ex(6, 5);
export const WRAP_UP = ex(9);
export const BAR = ex(10);

export const REFERENCE_PREFIX = '职教评退申';

export interface XExitCtx {
  today: string;
  userId: string | null;
  materials?: Completeness & { missingTitles: string[] };
  draw?: PanelDrawCtx;
  opinions?: PanelOpinionsCtx;
  wrapUp?: WrapUpState;
  /** Seqs of the entry's programmes not yet withdrawn (§2: does the last one go?). */
  liveProgrammeSeqs?: number[];
}

type In = GuardInput<XExitData, XExitCtx>;

const fnd = (
  ruleId: string,
  citation: Citation,
  passed: boolean,
  message_zh: string,
  message_en: string,
  values: Record<string, unknown> = {},
): Finding => ({ ruleId: `1x-voluntary-exit/${ruleId}`, citation, passed, message_zh, message_en, values });

function materialsFinding(ctx: XExitCtx): Finding {
  const m = ctx.materials;
  const ok = !!m && m.complete;
  return fnd(
    'materials',
    INTAKE,
    ok,
    ok ? '退出申请材料齐全' : `退出申请材料不全：尚缺 ${m?.missingTitles.join('、') ?? ''}`,
    ok ? 'Application materials complete' : 'Application materials incomplete',
    { missing: m?.missing ?? [] },
  );
}

/** §4 (a year since each programme's approval; the related work done) and §6(1) on `ctx.today`. */
export function admissionFindings(data: XExitData, ctx: XExitCtx): Finding[] {
  return [
    materialsFinding(ctx),
    ...yearFindings(
      {
        level: data.level,
        certificates: data.programmes.map((p) => ({ name: p.name, approvedOn: p.approvedOn })),
      },
      ctx.today,
    ),
    required(workCompleted, data.workCompleted, '相关工作内容已完成', 'Related work completed'),
    intakeFinding(ctx.today),
  ];
}

/** §6(4): the two departments the text names have answered in writing. */
function consultationFindings(data: XExitData): Finding[] {
  return NAMED_DEPARTMENTS.map((d) => {
    const got = data.consultations.find((c) => c.department === d);
    return fnd(
      `consultation/${d}`,
      CONSULTATION,
      !!got,
      got
        ? `已书面征求${DEPARTMENT_ZH[d]}意见（${got.answeredOn} 复函：${got.opinion}）`
        : `尚未记录${DEPARTMENT_ZH[d]}的书面意见（第六条第（四）项）`,
      got ? `${d} answered on ${got.answeredOn}` : `No written opinion of ${d} recorded yet`,
      { department: d },
    );
  });
}

/** §2 ¶2–3: whether the organisation's qualification goes with this exit. */
export function organisationExits(data: XExitData, liveSeqs: readonly number[]): boolean {
  if (data.level === 'organisation') return true;
  const leaving = new Set(data.programmes.map((p) => p.seq));
  return liveSeqs.every((s) => leaving.has(s));
}

const barUntil = (today: string) => addYears(today, parameterAt(voluntaryReentryBanYears, today));

export const xVoluntaryExitMachine = defineMachine({
  id: '1x-voluntary-exit',
  procedure_zh: '培训评价组织依申请退出（1+X 证书）',
  procedure_en: '1+X training-evaluation organisation: exit on application',
  initial: 'draft',
  openedBy: ['applicant'],
  states: {
    draft: { label_zh: '填报中', label_en: 'Draft', awaiting: 'applicant', editableMaterials: true },
    queued: {
      label_zh: '已接收，待集中受理',
      label_en: 'Received, queued for the intake',
      awaiting: 'authority',
    },
    in_intake: { label_zh: '集中受理中', label_en: 'Processing in the intake', awaiting: 'authority' },
    expert_review: { label_zh: '专家评议', label_en: 'Expert review', awaiting: 'experts' },
    consultation: {
      label_zh: '征求部门意见',
      label_en: 'Consulting the departments',
      awaiting: 'authority',
    },
    approved: {
      label_zh: '已同意退出，待公开发布',
      label_en: 'Exit approved, to be published',
      awaiting: 'authority',
    },
    published: { label_zh: '已退出并公开发布', label_en: 'Exited and published', final: true },
    refused: { label_zh: '不同意退出', label_en: 'Exit refused', final: true },
    withdrawn: { label_zh: '已撤回', label_en: 'Withdrawn', final: true },
  },
  guards: {
    /** §4 on the day the application reaches the delegated unit, the materials; §6(1) names the intake. */
    admissible: ({ data, ctx }: In) => admissionFindings(data, ctx),
    /** §6(1): the delegated unit starts in the application's intake. */
    intakeOpen: ({ data, ctx }: In) => [intakeProcessingFinding(data.receivedOn ?? ctx.today, ctx.today)],
    panelDraw: ({ ctx, payload }: In) => (payload === undefined ? [] : panelDrawFindings(ctx.draw, EXPERTS)),
    panelOpinion: ({ ctx, payload }: In) => {
      const p = panelPayload.safeParse(payload);
      return p.success ? panelOutcomeFindings(ctx.opinions, p.data.outcome, payload, PANEL) : [];
    },
    /** §6(4), §9: the named departments answered; the wrap-up clear or waived. */
    approvable: ({ data, ctx }: In) => [
      ...consultationFindings(data),
      ...wrapUpGuardFindings(ctx.wrapUp, WRAP_UP),
    ],
    consultation: ({ payload }: In) => {
      const p = consultationPayload.safeParse(payload);
      if (!p.success) return [];
      const ok = p.data.department !== 'other' || !!p.data.otherName;
      const order = p.data.answeredOn >= p.data.requestedOn;
      return [
        fnd(
          'consultation/department',
          CONSULTATION,
          ok,
          ok ? '征求意见部门已明确' : '选择“其他部门”时须填写部门名称',
          ok ? 'Department named' : 'Name the other department',
        ),
        fnd(
          'consultation/dates',
          CONSULTATION,
          order,
          order ? '复函日期不早于征求意见日期' : '复函日期早于征求意见日期',
          order ? 'Dates in order' : 'The answer predates the request',
        ),
      ];
    },
  },
  transitions: [
    ...withdrawTransitions(['draft', 'queued', 'in_intake'] as const, ON_APPLICATION),
    waiverTransition<'consultation', XExitData>('consultation', WRAP_UP),
    {
      from: 'draft',
      event: 'submit',
      to: 'queued',
      guard: 'admissible',
      actor: ['applicant'],
      citations: [ONE_YEAR, INTAKE],
      description_zh: '提交退出申请（随时接收，列入最近一次集中受理）',
      description_en: 'Submit the application (received any time, queued for the next intake)',
      update: (data, { ctx }) => ({
        ...data,
        receivedOn: ctx.today,
        intake: nextIntake(ctx.today),
        admission: admissionFindings(data, ctx),
      }),
    },
    {
      from: 'queued',
      event: 'start_processing',
      to: 'in_intake',
      guard: 'intakeOpen',
      actor: ['authority'],
      citations: [INTAKE],
      description_zh: '集中受理：具体受托单位在申请所属的受理期（每年 1 月、7 月）开始办理',
      description_en:
        'Intake: the delegated unit starts processing in the application’s intake (January or July)',
      update: (data, { ctx }) => ({ ...data, processingStartedOn: ctx.today }),
    },
    {
      from: 'in_intake',
      event: 'draw_panel',
      to: 'expert_review',
      guard: 'panelDraw',
      actor: ['authority'],
      citations: [EXPERTS],
      description_zh: '从有关部门推荐的专家库中随机抽取专家，组织审核申请材料（第六条第（二）项）',
      description_en:
        'Draw experts at random from the departments’ recommended pools to review the application',
      update: (data, { ctx }) => (ctx.draw ? withDrawnPanel(data, ctx.draw) : data),
    },
    {
      from: 'in_intake',
      event: 'refuse',
      to: 'refused',
      actor: ['authority'],
      citations: [ONE_YEAR, INTAKE, REPLY],
      description_zh: '不予办理（书面反馈理由）',
      description_en: 'Refuse (written answer with reasons)',
      documents: ['exit_reply'],
      update: (data, { payload, ctx }) => ({
        ...data,
        decision: {
          outcome: 'refused' as const,
          decidedOn: ctx.today,
          reason_zh: refusePayload.parse(payload).reason,
          organisationExits: false,
          barredUntil: null,
        },
      }),
    },
    {
      from: 'expert_review',
      event: 'record_panel_opinion',
      to: 'consultation',
      guard: 'panelOpinion',
      actor: ['authority'],
      citations: [PANEL],
      description_zh:
        '专家独立评议、合议后形成专家评议意见，报部际联席会议办公室（第六条第（三）、（四）项）',
      description_en: 'The panel’s collective opinion, reported to the joint-conference office',
      update: (data, { payload, ctx }) =>
        withPanelDecision(data, ctx.opinions, panelPayload.parse(payload).outcome, payload),
    },
    {
      from: 'consultation',
      event: 'record_consultation',
      to: 'consultation',
      guard: 'consultation',
      actor: ['authority'],
      citations: [CONSULTATION],
      description_zh: '记录部门书面意见（国家发展改革委、市场监管总局等）',
      description_en: 'Record a department’s written opinion (NDRC, SAMR …)',
      update: (data, { payload, ctx }) => ({
        ...data,
        consultations: [
          ...data.consultations,
          { ...consultationPayload.parse(payload), recordedOn: ctx.today },
        ],
      }),
    },
    {
      from: 'consultation',
      event: 'approve',
      to: 'approved',
      guard: 'approvable',
      actor: ['authority'],
      citations: [CONSULTATION, REPLY, WRAP_UP, SCOPE, BAR],
      description_zh: '汇总各方意见，同意退出并书面反馈（退出生效；自愿退出的主体 3 年内不得参与招募遴选）',
      description_en:
        'Approve the exit and answer in writing (the exit takes effect; 3-year bar on the entity)',
      documents: ['exit_reply'],
      update: (data, { payload, ctx }) => ({
        ...data,
        decision: {
          outcome: 'approved' as const,
          decidedOn: ctx.today,
          reason_zh: approvePayload.parse(payload).reason,
          organisationExits: organisationExits(data, ctx.liveProgrammeSeqs ?? []),
          barredUntil: barUntil(ctx.today),
        },
      }),
    },
    {
      from: 'consultation',
      event: 'refuse',
      to: 'refused',
      actor: ['authority'],
      citations: [CONSULTATION, REPLY],
      description_zh: '汇总各方意见，不同意退出并书面反馈理由',
      description_en: 'Refuse the exit and answer in writing with the reasons',
      documents: ['exit_reply'],
      update: (data, { payload, ctx }) => ({
        ...data,
        decision: {
          outcome: 'refused' as const,
          decidedOn: ctx.today,
          reason_zh: refusePayload.parse(payload).reason,
          organisationExits: false,
          barredUntil: null,
        },
      }),
    },
    {
      from: 'approved',
      event: 'publish',
      to: 'published',
      actor: ['authority'],
      citations: [REPLY],
      description_zh: '公开发布退出结果（第六条第（五）项）',
      description_en: 'Publish the exit',
      documents: ['publication_record'],
      update: (data, { payload, ctx }) => ({
        ...data,
        published: { on: ctx.today, channel: publishPayload.parse(payload).channel },
      }),
    },
  ],
});
