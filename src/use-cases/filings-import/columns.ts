// The import template of existing filings (备案/遴选存量导入, docs/decisions/0022-filings-import.md):
// one row per filing or selection decided before SkillReg, in the columns below, as CSV (UTF-8) or
// Excel (.xlsx, first sheet). Headers are matched by their Chinese name; the order is free.
import type { InstitutionKind } from '../../persistence/schema.js';

export const IMPORT_COLUMNS = [
  { key: 'name', zh: '机构名称', en: 'Institution', required: true, example: '广州南粤职业技能评价中心' },
  {
    key: 'kind',
    zh: '机构类别',
    en: 'Kind',
    required: true,
    example: '社会培训评价组织',
    note: '用人单位 / 院校 / 社会培训评价组织 / 行业组织 / 职业教育培训评价组织（1+X）',
  },
  {
    key: 'uscc',
    zh: '统一社会信用代码',
    en: 'USCC',
    required: true,
    example: '52440106MJL000016Y',
  },
  { key: 'filingCode', zh: '备案编号', en: 'Filing code', required: true, example: 'S4420230999' },
  {
    key: 'authority',
    zh: '备案（遴选）部门',
    en: 'Deciding authority',
    required: true,
    example: '广东省人力资源和社会保障厅',
    note: '须为本系统已登记的监管部门全称',
  },
  { key: 'decisionDate', zh: '决定日期', en: 'Decision date', required: true, example: '2023-05-18' },
  { key: 'validFrom', zh: '有效期起', en: 'Valid from', required: true, example: '2023-06-01' },
  {
    key: 'validTo',
    zh: '有效期止',
    en: 'Valid to',
    required: false,
    example: '2028-05-31',
    note: '空白表示未定截止日',
  },
  {
    key: 'scope',
    zh: '认定范围',
    en: 'Scope',
    required: false,
    example: '4-10-01-05:3/4/5；4-03-02-01:4/5',
    note: '职业编码:等级（1–5，用 / 分隔），多个职业用分号分隔；1+X 培训评价组织可空',
  },
  {
    key: 'programmes',
    zh: '1+X证书',
    en: '1+X certificates',
    required: false,
    example: '',
    note: '仅职业教育培训评价组织填写：证书名称:初级/中级/高级，多个用分号分隔',
  },
  {
    key: 'branches',
    zh: '分支机构',
    en: 'Branches',
    required: false,
    example: '广东省|广州南粤职业技能评价中心深圳分中心|52440304MJL0000247|S4420230999-44001',
    note: '省份|分支机构名称|统一社会信用代码（可空）|分支机构备案编号，多个用分号分隔',
  },
  {
    key: 'legalRepresentative',
    zh: '法定代表人',
    en: 'Legal representative',
    required: false,
    example: '李建华',
  },
  {
    key: 'address',
    zh: '住所',
    en: 'Address',
    required: false,
    example: '广东省广州市天河区体育西路 100 号',
  },
] as const;

export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];
export type RawImportRow = { row: number } & Partial<Record<ImportColumnKey, string>>;

export const columnZh = (key: ImportColumnKey): string => IMPORT_COLUMNS.find((c) => c.key === key)!.zh;

/** 机构类别 as written in a sheet → the kind (glossary); the English id is accepted too. */
export const KIND_NAMES: Record<string, InstitutionKind> = {
  用人单位: 'employer',
  企业: 'employer',
  院校: 'school',
  学校: 'school',
  社会培训评价组织: 'social_org',
  行业组织: 'industry_org',
  行业协会: 'industry_org',
  '行业组织（协会）': 'industry_org',
  职业教育培训评价组织: 'training_org',
  '职业教育培训评价组织（1+X）': 'training_org',
  '1+X培训评价组织': 'training_org',
  '1+X 培训评价组织': 'training_org',
  employer: 'employer',
  school: 'school',
  social_org: 'social_org',
  industry_org: 'industry_org',
  training_org: 'training_org',
};

/** The kind's name as the template writes it. */
export const KIND_ZH: Record<InstitutionKind, string> = {
  employer: '用人单位',
  school: '院校',
  social_org: '社会培训评价组织',
  industry_org: '行业组织',
  training_org: '职业教育培训评价组织',
};

/** 1+X certificate levels (1x-selection §16) as written in a sheet. */
export const PROGRAMME_LEVELS: Record<string, 'junior' | 'intermediate' | 'senior'> = {
  初级: 'junior',
  中级: 'intermediate',
  高级: 'senior',
};
export const PROGRAMME_LEVEL_ZH: Record<string, string> = {
  junior: '初级',
  intermediate: '中级',
  senior: '高级',
};
