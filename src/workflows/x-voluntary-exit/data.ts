// The data of a 1+X voluntary exit (1x-exit §2–4, §6, §9–10) and the payloads of its events: strict zod
// objects with Chinese descriptions (the API validates them, the case page renders them as forms).
import { z } from 'zod';
import type { Finding } from '../../rules/finding.js';
import type { Intake } from '../../rules/1x-exit/voluntary.js';
import type { ReviewData } from '../review/panel.js';
import type { CaseWaiver } from '../exit-wrap-up/wrap-up-guard.js';

const text = (max: number, describe_zh: string) => z.string().trim().min(1).max(max).describe(describe_zh);
const date = (describe_zh: string) => z.iso.date().describe(describe_zh);

export const EXIT_LEVEL_DESCRIPTION =
  '退出情形（第二条）：organisation 培训评价组织资质退出 / certificate 职业技能等级证书实施资格退出';

/** The application as the organisation files it (the paper materials go to the delegated unit, §6(1)). */
export const openForm = z.strictObject({
  level: z.enum(['organisation', 'certificate']).describe(EXIT_LEVEL_DESCRIPTION),
  programmes: z
    .array(text(200, '证书名称（与机构目录所列一致）'))
    .max(20)
    .optional()
    .describe('退出实施资格的职业技能等级证书（证书实施资格退出时填写）'),
  reason: text(2000, '申请退出的原因'),
  workCompleted: z.boolean().describe('已完成相关工作内容（第四条）'),
});
export type OpenForm = z.infer<typeof openForm>;

export const drawPayload = z.strictObject({
  poolId: z.guid().meta({
    description: '专家库（教育部、国家发展改革委、市场监管总局等部门推荐，第六条第（二）项）',
    widget: 'remote',
    source: '/expert-pools?pageSize=100',
    labelField: 'name',
  }),
  size: z.number().int().min(3).max(15).describe('评审专家人数（3—15 人）'),
});

export const panelPayload = z.strictObject({
  outcome: z
    .enum(['approve', 'reject'])
    .describe('专家评议意见（第六条第（三）项）：approve 同意退出 / reject 不同意退出'),
  reason: z.string().trim().max(2000).optional().describe('说明（评审组未形成多数意见时必填）'),
});

export const DEPARTMENT_DESCRIPTION =
  '征求意见的部门（第六条第（四）项）：ndrc 国家发展改革委 / samr 市场监管总局 / moe 教育部 / mohrss 人力资源社会保障部 / other 其他部门';
export const DEPARTMENTS = ['ndrc', 'samr', 'moe', 'mohrss', 'other'] as const;
export const DEPARTMENT_ZH: Record<(typeof DEPARTMENTS)[number], string> = {
  ndrc: '国家发展改革委',
  samr: '市场监管总局',
  moe: '教育部',
  mohrss: '人力资源社会保障部',
  other: '其他部门',
};
/** §6(4) names these two ("国家发展改革委、市场监管总局等部门"): their opinions are required; "等" the office's. */
export const NAMED_DEPARTMENTS = ['ndrc', 'samr'] as const;

export const consultationPayload = z.strictObject({
  department: z.enum(DEPARTMENTS).describe(DEPARTMENT_DESCRIPTION),
  otherName: z.string().trim().max(100).optional().describe('其他部门的名称（选择“其他部门”时填写）'),
  requestedOn: date('书面征求意见的日期'),
  answeredOn: date('部门书面回复的日期'),
  position: z
    .enum(['agree', 'disagree', 'comments'])
    .describe('部门意见：agree 同意 / disagree 不同意 / comments 有意见或建议'),
  opinion: text(2000, '部门书面意见（摘要）'),
  reference: z.string().trim().max(200).optional().describe('复函文号'),
});
export type ConsultationPayload = z.infer<typeof consultationPayload>;

export const approvePayload = z.strictObject({
  reason: text(2000, '同意退出的意见（汇总专家评议意见及各部门意见）'),
});
export const refusePayload = z.strictObject({
  reason: text(2000, '不同意退出（或不予办理）的理由'),
});
export const publishPayload = z.strictObject({
  channel: text(200, '公开发布的渠道（如部际联席会议办公室网站）'),
});

export interface ExitProgramme {
  seq: number;
  name: string;
  /** The programme's approval: the day its directory entry took effect (1x-exit §4). */
  approvedOn: string;
}

export interface XExitDecision {
  outcome: 'approved' | 'refused';
  decidedOn: string;
  reason_zh: string;
  /** §2: whether the organisation's qualification goes (organisation level, or its last programme). */
  organisationExits: boolean;
  /** §10: the last day of the 3-year bar (approved exits). */
  barredUntil: string | null;
}

export interface XExitData extends ReviewData, Record<string, unknown> {
  entryId: string;
  filingCode: string;
  level: 'organisation' | 'certificate';
  /** The programmes leaving (organisation level: all live programmes). */
  programmes: ExitProgramme[];
  /** The live programmes of the entry when the application arrived. */
  liveProgrammeCount: number;
  reason: string;
  workCompleted: boolean;
  /** §6(1): the day the delegated unit received the application (its submission), and its intake. */
  receivedOn?: string;
  intake?: Intake;
  /** §4 and §6(1) as found on receipt (at opening: as found that day). */
  admission: Finding[];
  processingStartedOn?: string;
  waivers: CaseWaiver[];
  consultations: (ConsultationPayload & { recordedOn: string })[];
  decision?: XExitDecision;
  exitId?: string;
  published?: { on: string; channel: string };
}
