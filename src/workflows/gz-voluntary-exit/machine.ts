// Guizhou voluntary exit (gz-rules §13, §16) as a declared state machine. An evaluation institution that
// will stop evaluating applies in writing to its own HR department at least 30 days before the intended
// end (checked on receipt: gz-rules.exit.voluntary, 29 days refused, 30 accepted); the department
// acknowledges; the institution completes the wrap-up (certificate data reported, records archived —
// the checklist computed from its data, or items waived by the department with a reason); on or after
// the intended end, with the wrap-up clear, the department terminates the evaluation activity (the whole
// filing, or some of its occupations) and issues the 终止评价活动通知书 (§16).
import { z } from 'zod';
import type { Citation } from '../../domain/citation.js';
import type { Finding } from '../../rules/finding.js';
import {
  waiverTransition,
  withdrawTransitions,
  wrapUpGuardFindings,
  type CaseWaiver,
  type WrapUpState,
} from '../exit-wrap-up/wrap-up-guard.js';
import { defineMachine, type GuardInput } from '../machine.js';
import { voluntaryFindings } from '../../rules/gz-rules/exit.js';

const gz = (article: number): Citation => ({ source: 'gz-rules', article });
export const VOLUNTARY = gz(13);
export const NOTICE = gz(16);
export const REFERENCE_PREFIX = '黔人社评退申';

const text = (max: number, describe_zh: string) => z.string().trim().min(1).max(max).describe(describe_zh);

export const openForm = z.strictObject({
  intendedTerminationOn: z.iso.date().describe('拟终止评价活动日期（提交申请之日起至少30日后，第十三条）'),
  occupations: z
    .array(
      z.strictObject({
        occupationCode: text(20, '职业（工种）代码'),
        level: z.number().int().min(1).max(5).describe('等级（1–5 级）'),
      }),
    )
    .max(50)
    .optional()
    .describe('退出的职业（工种）及等级（不填则终止全部评价活动）'),
  reason: text(2000, '申请退出的原因'),
});
export type GzExitOpenForm = z.infer<typeof openForm>;

export const refusePayload = z.strictObject({ reason: text(2000, '不予办理的理由') });
export const terminatePayload = z.strictObject({
  note: z.string().trim().max(2000).optional().describe('终止说明（可不填）'),
});

export interface GzExitData extends Record<string, unknown> {
  entryId: string;
  filingCode: string;
  applicationSubmittedOn: string;
  intendedTerminationOn: string;
  earliestTerminationOn: string;
  scope: 'institution' | 'occupations';
  occupations: { occupationCode: string; level: number }[];
  reason: string;
  admission: Finding[];
  acknowledgedOn?: string;
  waivers: CaseWaiver[];
  terminatedOn?: string;
  refusal?: { on: string; reason: string };
}

export interface GzExitCtx {
  today: string;
  userId: string | null;
  materialsComplete?: boolean;
  wrapUp?: WrapUpState;
}

type In = GuardInput<GzExitData, GzExitCtx>;

const fnd = (
  ruleId: string,
  passed: boolean,
  zh: string,
  en: string,
  values: Record<string, unknown> = {},
): Finding => ({
  ruleId: `gz-voluntary-exit/${ruleId}`,
  citation: VOLUNTARY,
  passed,
  message_zh: zh,
  message_en: en,
  values,
});

/** gz-rules.exit.voluntary on the day of submission (the application reaches the own department). */
export function noticeFindings(data: GzExitData, submittedOn: string): Finding[] {
  return voluntaryFindings(
    {
      applicationSubmittedOn: submittedOn,
      intendedTerminationOn: data.intendedTerminationOn,
      writtenApplication: true,
      submittedToOwnAuthority: true,
    },
    { asOf: submittedOn },
  );
}

export const gzVoluntaryExitMachine = defineMachine({
  id: 'gz-voluntary-exit',
  procedure_zh: '评价机构自愿终止退出（贵州）',
  procedure_en: 'Guizhou evaluation institution: voluntary exit',
  initial: 'draft',
  openedBy: ['applicant'],
  states: {
    draft: { label_zh: '填报中', label_en: 'Draft', awaiting: 'applicant', editableMaterials: true },
    notice: {
      label_zh: '已提交书面退出申请',
      label_en: 'Written application submitted',
      awaiting: 'authority',
    },
    wrap_up: { label_zh: '收尾工作中', label_en: 'Wrap-up under way', awaiting: 'authority' },
    terminated: { label_zh: '已终止评价活动', label_en: 'Evaluation terminated', final: true },
    refused: { label_zh: '不予办理', label_en: 'Refused', final: true },
    withdrawn: { label_zh: '已撤回', label_en: 'Withdrawn', final: true },
  },
  guards: {
    /** §13: the written application uploaded, and 30 days' notice counted from the day it is submitted. */
    submittable: ({ data, ctx }: In) => [
      fnd(
        'written-application',
        ctx.materialsComplete === true,
        ctx.materialsComplete ? '书面退出申请已上传' : '尚未上传书面退出申请（第十三条）',
        ctx.materialsComplete ? 'Written application on file' : 'The written application is not uploaded',
      ),
      ...noticeFindings(data, ctx.today),
    ],
    /** §13: not before the intended end (the 30 days' notice), and the wrap-up done or waived. */
    terminable: ({ data, ctx }: In) => [
      fnd(
        'intended-end',
        ctx.today >= data.intendedTerminationOn,
        ctx.today >= data.intendedTerminationOn
          ? `已到拟终止日期 ${data.intendedTerminationOn}`
          : `拟终止日期为 ${data.intendedTerminationOn}，此前不能终止评价活动（第十三条：提前30日申请）`,
        ctx.today >= data.intendedTerminationOn
          ? `The intended end ${data.intendedTerminationOn} has come`
          : `Not before the intended end ${data.intendedTerminationOn}`,
        { intendedTerminationOn: data.intendedTerminationOn, today: ctx.today },
      ),
      ...wrapUpGuardFindings(ctx.wrapUp, VOLUNTARY),
    ],
  },
  transitions: [
    ...withdrawTransitions(['draft', 'notice', 'wrap_up'] as const, VOLUNTARY),
    waiverTransition<'wrap_up', GzExitData>('wrap_up', VOLUNTARY),
    {
      from: 'draft',
      event: 'submit',
      to: 'notice',
      guard: 'submittable',
      actor: ['applicant'],
      citations: [VOLUNTARY],
      description_zh: '向所属人力资源社会保障部门提交书面退出申请（提前30日）',
      description_en: 'Submit the written application to the own HR department (30 days ahead)',
      update: (data, { ctx }) => {
        const found = noticeFindings(data, ctx.today);
        const earliest = found.find((x) => x.ruleId === 'gz-rules/13/notice')?.values.earliestTerminationOn;
        return {
          ...data,
          applicationSubmittedOn: ctx.today,
          earliestTerminationOn: typeof earliest === 'string' ? earliest : data.intendedTerminationOn,
          admission: found,
        };
      },
    },
    {
      from: 'notice',
      event: 'acknowledge',
      to: 'wrap_up',
      actor: ['authority'],
      citations: [VOLUNTARY],
      description_zh: '确认收到书面退出申请，督促完成证书数据上报、评价资料归档等收尾工作',
      description_en: 'Acknowledge the written application; the wrap-up follows',
      update: (data, { ctx }) => ({ ...data, acknowledgedOn: ctx.today }),
    },
    {
      from: 'notice',
      event: 'refuse',
      to: 'refused',
      actor: ['authority'],
      citations: [VOLUNTARY],
      description_zh: '不予办理（说明理由）',
      description_en: 'Refuse (with reasons)',
      update: (data, { payload, ctx }) => ({
        ...data,
        refusal: { on: ctx.today, reason: refusePayload.parse(payload).reason },
      }),
    },
    {
      from: 'wrap_up',
      event: 'terminate',
      to: 'terminated',
      guard: 'terminable',
      actor: ['authority'],
      citations: [VOLUNTARY, NOTICE],
      description_zh: '收尾工作完成，终止评价活动，出具终止评价活动通知书（第十三条、第十六条）',
      description_en: 'Wrap-up done: terminate the evaluation and issue the termination notice',
      documents: ['termination_notice'],
      update: (data, { ctx }) => ({ ...data, terminatedOn: ctx.today }),
    },
  ],
});
