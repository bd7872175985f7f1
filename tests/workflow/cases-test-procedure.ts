// A tiny procedure used only by the generic case API tests (it is no procedure of the law and is not
// in the registry): draft → submitted (acceptance clock, paused while correcting) → expert review →
// filed (receipt, directory entry) or refused. It exercises every part of ProcedureModule: the open
// form, event payloads, checklist, guard facts loaded under the lock, documents and effects.
import { z } from 'zod';
import type { Citation } from '../../src/domain/citation.js';
import type { Finding } from '../../src/rules/finding.js';
import { dated, type Parameter } from '../../src/parameters/parameter.js';
import { forbidden } from '../../src/domain/errors.js';
import { defineMachine, type GuardInput } from '../../src/workflows/machine.js';
import { checklistCompleteness, checklistFor, type Checklist } from '../../src/materials/checklist.js';
import { listCurrentMaterials } from '../../src/persistence/materials.repository.js';
import { nextNumber } from '../../src/persistence/cases.repository.js';
import { documentNumber } from '../../src/documents/decision-document.js';
import { defineProcedure } from '../../src/use-cases/workflow/procedure-module.js';
import { publishDirectoryEntry } from '../../src/use-cases/directory/publish-directory-entry.js';

const MATERIALS: Citation = { source: 'mohrss-filing', article: '二', item: '八' };
const ACCEPTANCE: Citation = { source: 'mohrss-filing', article: '二', item: '九' };
const FILING: Citation = { source: 'mohrss-filing', article: '二', item: '十' };

export const ACCEPTANCE_DAYS: Parameter<number> = {
  id: 'test.acceptance_days',
  description_zh: '受理答复期限（测试）',
  description_en: 'acceptance answer period (test)',
  unit: 'working_days',
  versions: dated('2021-12-23', 10, ACCEPTANCE),
};

export interface TestData extends Record<string, unknown> {
  scopes: { occupationCode: string; level: number }[];
  expertIds: string[];
  opinions: number;
  filingCode?: string;
}
interface TestCtx {
  missing: string[];
}

export const TEST_CHECKLIST: Checklist = {
  procedure: 'test-filing',
  items: [
    {
      id: 'application_form',
      title_zh: '备案申请表',
      title_en: 'Application form',
      required: true,
      accepts: ['pdf'],
      citation: MATERIALS,
    },
    {
      id: 'site_photos',
      title_zh: '场地照片',
      title_en: 'Site photos',
      required: false,
      accepts: ['image', 'pdf'],
      maxFiles: 3,
      citation: MATERIALS,
    },
  ],
};

const complete = ({ ctx }: GuardInput<TestData, TestCtx>): Finding[] => [
  {
    ruleId: 'test/materials-complete',
    citation: MATERIALS,
    passed: ctx.missing.length === 0,
    message_zh: ctx.missing.length === 0 ? '申报材料齐全' : `尚缺申报材料：${ctx.missing.join('、')}`,
    message_en: ctx.missing.length === 0 ? 'materials complete' : `missing: ${ctx.missing.join(', ')}`,
    values: { missing: ctx.missing },
  },
];
const panelDone = ({ data }: GuardInput<TestData, TestCtx>): Finding[] => [
  {
    ruleId: 'test/panel-opinions',
    citation: FILING,
    passed: data.opinions >= 1,
    message_zh: `已收到专家意见 ${data.opinions} 份`,
    message_en: `${data.opinions} opinions`,
    values: { opinions: data.opinions, minimum: 1 },
  },
];

export const testMachine = defineMachine<
  'draft' | 'submitted' | 'correction' | 'review' | 'filed' | 'refused' | 'withdrawn',
  'submit' | 'withdraw' | 'request_correction' | 'resubmit' | 'accept' | 'give_opinion' | 'file' | 'refuse',
  TestData,
  TestCtx
>({
  id: 'test-filing',
  procedure_zh: '测试备案',
  procedure_en: 'Test procedure',
  initial: 'draft',
  states: {
    draft: { label_zh: '填报中', label_en: 'Draft', awaiting: 'applicant', editableMaterials: true },
    submitted: {
      label_zh: '待受理',
      label_en: 'Awaiting acceptance',
      awaiting: 'authority',
      clock: {
        name: 'acceptance_answer',
        label_zh: '受理答复期限',
        label_en: 'Time to answer on acceptance',
        kind: 'working_days',
        parameter: ACCEPTANCE_DAYS.id,
        citation: ACCEPTANCE,
        pauses: true,
      },
    },
    correction: {
      label_zh: '补正中',
      label_en: 'Correcting',
      awaiting: 'applicant',
      editableMaterials: true,
    },
    review: { label_zh: '专家评审', label_en: 'Expert review', awaiting: 'experts' },
    filed: { label_zh: '已备案', label_en: 'Filed', final: true },
    refused: { label_zh: '未通过', label_en: 'Refused', final: true },
    withdrawn: { label_zh: '已撤回', label_en: 'Withdrawn', final: true },
  },
  guards: { complete, panelDone },
  transitions: [
    {
      from: 'draft',
      event: 'submit',
      to: 'submitted',
      guard: 'complete',
      actor: ['applicant'],
      citations: [MATERIALS],
      description_zh: '提交申报材料',
      description_en: 'Submit',
    },
    {
      from: 'draft',
      event: 'withdraw',
      to: 'withdrawn',
      actor: ['applicant'],
      citations: [MATERIALS],
      description_zh: '撤回申请',
      description_en: 'Withdraw',
    },
    {
      from: 'submitted',
      event: 'request_correction',
      to: 'correction',
      actor: ['authority'],
      citations: [ACCEPTANCE],
      description_zh: '告知补正相关材料',
      description_en: 'Request correction',
      documents: ['correction_request'],
    },
    {
      from: 'correction',
      event: 'resubmit',
      to: 'submitted',
      guard: 'complete',
      actor: ['applicant'],
      citations: [ACCEPTANCE],
      description_zh: '提交补正材料',
      description_en: 'Resubmit',
    },
    {
      from: 'submitted',
      event: 'accept',
      to: 'review',
      actor: ['authority'],
      citations: [ACCEPTANCE],
      description_zh: '予以受理并组织专家评审',
      description_en: 'Accept',
      documents: ['acceptance_notice'],
      update: (data, { payload }) => ({ ...data, expertIds: (payload as { expertIds: string[] }).expertIds }),
    },
    {
      from: 'review',
      event: 'give_opinion',
      to: 'review',
      actor: ['expert'],
      citations: [FILING],
      description_zh: '专家提交评审意见',
      description_en: 'Give opinion',
      update: (data) => ({ ...data, opinions: data.opinions + 1 }),
    },
    {
      from: 'review',
      event: 'file',
      to: 'filed',
      guard: 'panelDone',
      actor: ['authority'],
      citations: [FILING],
      description_zh: '予以备案并出具备案回执',
      description_en: 'File',
      documents: ['filing_receipt'],
    },
    {
      from: 'review',
      event: 'refuse',
      to: 'refused',
      actor: ['authority'],
      citations: [FILING],
      description_zh: '不予备案',
      description_en: 'Refuse',
    },
  ],
});

const openSchema = z.strictObject({
  scopes: z
    .array(
      z.strictObject({
        occupationCode: z.string().min(1).describe('职业（工种）代码'),
        level: z.number().int().min(1).max(5).describe('等级'),
      }),
    )
    .min(1)
    .describe('申请备案的职业（工种）及等级'),
});

export const testProcedure = defineProcedure<TestData, TestCtx>({
  id: 'test-filing',
  title_zh: '测试备案',
  title_en: 'Test filing',
  regimes: ['mohrss-filing'],
  machine: testMachine,
  mayOpen: async (_db, caller) => caller.role === 'institution_staff',
  openSchema,
  resolveOpen: async (db, caller, raw) => {
    const input = openSchema.parse(raw);
    const inst = await db
      .selectFrom('institutions')
      .select(['id', 'authority_id', 'jurisdiction_code'])
      .where('id', '=', caller.institutionId ?? '00000000-0000-0000-0000-000000000000')
      .executeTakeFirst();
    if (!inst?.authority_id) throw forbidden('本单位没有主管的人力资源社会保障部门');
    return {
      institutionId: inst.id,
      authorityId: inst.authority_id,
      jurisdictionCode: inst.jurisdiction_code,
      referencePrefix: '测试备申',
      data: { scopes: input.scopes, expertIds: [], opinions: 0 },
    };
  },
  eventSchemas: {
    request_correction: z.strictObject({
      items: z.array(z.string().min(1).describe('材料项目')).min(1).describe('需补正的材料'),
    }),
    accept: z.strictObject({ expertIds: z.array(z.string()).min(1).describe('评审专家') }),
    give_opinion: z.strictObject({
      conclusion: z.enum(['pass', 'fail']).describe('评审结论'),
      opinion: z.string().min(1).describe('评审意见'),
    }),
    file: z.strictObject({ validTo: z.iso.date().describe('有效期至') }),
  },
  previewGuards: ['submit', 'resubmit'],
  checklist: () => TEST_CHECKLIST,
  loadGuardsCtx: async (trx, c) => {
    const inst = await trx
      .selectFrom('institutions')
      .select('kind')
      .where('id', '=', c.institutionId)
      .executeTakeFirstOrThrow();
    const done = checklistCompleteness(
      checklistFor(TEST_CHECKLIST, inst.kind),
      await listCurrentMaterials(trx, c.id),
    );
    return { missing: done.items.filter((i) => i.status === 'missing').map((i) => i.title_zh) };
  },
  documents: {
    correction_request: (d) => ({
      numberPrefix: '测试备补',
      title: '补正材料通知书',
      paragraphs: [
        `${d.institutionName}：请补正以下材料：${(d.payload as { items: string[] }).items.join('、')}。`,
      ],
    }),
    acceptance_notice: (d) => ({
      numberPrefix: '测试备受',
      title: '受理通知书',
      paragraphs: [`${d.institutionName}：你单位的备案申请材料齐全，予以受理。`],
    }),
    filing_receipt: (d) => ({
      numberPrefix: '测试备回',
      title: '备案回执',
      paragraphs: [`${d.institutionName}：予以备案。`],
    }),
  },
  effects: async (trx, ctx) => {
    if (ctx.event !== 'file') return;
    const year = Number(ctx.today.slice(0, 4));
    const filingCode = documentNumber('测试备案码', year, await nextNumber(trx, '测试备案码', year), 4);
    await publishDirectoryEntry(trx, ctx, {
      institutionId: ctx.after.institutionId,
      branchId: ctx.after.branchId,
      caseId: ctx.after.id,
      procedure: ctx.after.procedure,
      regime: 'mohrss-filing',
      filingCode,
      validFrom: ctx.today,
      validTo: (ctx.payload as { validTo: string }).validTo,
      scopes: (ctx.data as TestData).scopes,
      authorityId: ctx.after.authorityId,
      citations: [FILING],
      publishedOn: ctx.today,
    });
  },
  parameters: (id) => (id === ACCEPTANCE_DAYS.id ? ACCEPTANCE_DAYS : undefined),
  summary: (c) =>
    `申请职业：${(c.data as TestData).scopes.map((s) => `${s.occupationCode}/${s.level}级`).join('、')}`,
});
