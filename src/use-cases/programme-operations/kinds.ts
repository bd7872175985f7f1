// The kinds of a 1+X organisation's programme operation records (issue 14 point 3): one zod schema per
// kind for its details, one table for all (programme_operations). Each kind cites the article that makes
// the organisation keep it; the grounds (1x-exit §5(2)–(4)) and the ratings read them.
import { z } from 'zod';
import type { Citation } from '../../domain/citation.js';
import type { ProgrammeOperationKind } from '../../persistence/schema.js';

const text = (zh: string, max = 200) => z.string().trim().min(1).max(max).describe(zh);
const date = (zh: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe(zh);
const count = (zh: string) => z.number().int().min(0).max(10_000_000).describe(zh);
const sel = (n: number): Citation => ({ source: '1x-selection', article: n });

export interface KindSpec {
  name_zh: string;
  name_en: string;
  /** What the record's date means. */
  date_zh: string;
  date_en: string;
  citations: Citation[];
  /** Whether it concerns one certificate programme (else it may be the organisation's, for all). */
  perProgramme: 'required' | 'optional';
  details: z.ZodObject;
}

export const KINDS: Record<ProgrammeOperationKind, KindSpec> = {
  exam_site: {
    name_zh: '考核站点',
    name_en: 'Exam site',
    date_zh: '设立日期',
    date_en: 'Set up on',
    citations: [sel(22)],
    perProgramme: 'optional',
    details: z.strictObject({
      name: text('考核站点名称'),
      address: text('地址', 300),
      province: text('所在省份', 20),
      filedOn: date('向省级教育行政部门备案日期').nullable(),
      filingReference: text('备案文号或回执编号', 100).nullable(),
    }),
  },
  school_implementation: {
    name_zh: '试点院校',
    name_en: 'School implementing',
    date_zh: '院校选择实施日期',
    date_en: 'Chosen on',
    citations: [sel(17), { source: '1x-exit', article: 5, item: 4 }],
    perProgramme: 'required',
    details: z.strictObject({
      schoolName: text('院校名称'),
      year: z.number().int().min(2019).max(2100).describe('实施年度'),
      students: count('参与学生人数').nullable(),
    }),
  },
  standard_version: {
    name_zh: '职业技能等级标准版本',
    name_en: 'Standard version',
    date_zh: '发布日期',
    date_en: 'Issued on',
    citations: [sel(17), sel(28), { source: '1x-exit', article: 5, item: 3 }],
    perProgramme: 'required',
    details: z.strictObject({ version: text('版本号', 40), changes: text('更新内容', 1000) }),
  },
  materials_version: {
    name_zh: '教材和学习资源版本',
    name_en: 'Teaching materials version',
    date_zh: '发布日期',
    date_en: 'Issued on',
    citations: [sel(19), sel(28)],
    perProgramme: 'required',
    details: z.strictObject({ version: text('版本号', 40), changes: text('更新内容', 1000) }),
  },
  question_bank_version: {
    name_zh: '考核题库版本',
    name_en: 'Question bank version',
    date_zh: '启用日期',
    date_en: 'In use from',
    citations: [sel(28), { source: '1x-exit', article: 5, item: 3 }],
    perProgramme: 'required',
    details: z.strictObject({ version: text('版本号', 40), changes: text('更新内容', 1000) }),
  },
  fee_standard: {
    name_zh: '收费标准',
    name_en: 'Fee standard',
    date_zh: '公布日期',
    date_en: 'Published on',
    citations: [sel(24), sel(28)],
    perProgramme: 'required',
    details: z.strictObject({
      item: text('收费项目', 100),
      amountYuan: z.number().min(0).max(1_000_000).describe('金额（元）'),
      per: z.enum(['candidate', 'person_time']).describe('计费单位：candidate 每人 / person_time 每人次'),
      publishedWhere: text('公布渠道', 300),
    }),
  },
  teacher_training: {
    name_zh: '师资培训',
    name_en: 'Teacher training',
    date_zh: '举办日期',
    date_en: 'Held on',
    citations: [sel(20)],
    perProgramme: 'required',
    details: z.strictObject({
      trainingName: text('培训名称'),
      participants: count('参训人数'),
      place: text('地点', 200),
    }),
  },
  recognising_company: {
    name_zh: '认可证书的企业',
    name_en: 'Company recognising the certificate',
    date_zh: '认可日期',
    date_en: 'Recognised from',
    citations: [sel(17)],
    perProgramme: 'required',
    details: z.strictObject({ companyName: text('企业名称'), note: text('认可方式', 300).nullable() }),
  },
  evaluation: {
    name_zh: '考核实施',
    name_en: 'Evaluation held',
    date_zh: '考核日期',
    date_en: 'Held on',
    citations: [sel(22), sel(23), { source: '1x-exit', article: 5, item: 4 }],
    perProgramme: 'required',
    details: z.strictObject({
      candidates: count('报名参加人数'),
      passed: count('通过人数').nullable(),
      site: text('考核站点', 200).nullable(),
    }),
  },
};

export const KIND_IDS = Object.keys(KINDS) as [ProgrammeOperationKind, ...ProgrammeOperationKind[]];

/** §5(3): the kinds that are an "update of the standard or question bank" (教材 is not named there). */
export const UPDATE_KINDS: ProgrammeOperationKind[] = ['standard_version', 'question_bank_version'];
