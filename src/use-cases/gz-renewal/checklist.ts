// The materials of a Guizhou renewal (gz-rules §11), with the guidance (填报指引) §11 says the platform
// gives for each: what the document must contain and how it is checked. The list is the parameter
// src/parameters/gz-rules.ts renewal.required_materials (+ employer_additional_materials, §11(4)); the
// supplementary materials of §11(5) are what the authority asks for through a correction.
import type { Checklist, ChecklistItem } from '../../materials/checklist.js';
import type { Citation } from '../../domain/citation.js';
import { parameterAt, entryNameEn } from '../../parameters/parameter.js';
import { renewalEmployerMaterials, renewalMaterials } from '../../parameters/gz-rules.js';

const gz = (article: number, item?: number): Citation =>
  item === undefined ? { source: 'gz-rules', article } : { source: 'gz-rules', article, item };
const DOCS = ['pdf', 'image', 'word'] as const;

/** The guidance for each material (shown in the checklist and on the 办事指南 page). */
const GUIDANCE: Record<string, { item: number; zh: string; en: string; maxFiles?: number }> = {
  renewal_application_form: {
    item: 1,
    zh: '按省平台提供的表样填写，加盖单位公章；载明原遴选结果编号、有效期及申请续期的职业（工种）和等级，与本申请所选一致。',
    en: 'Use the provincial form, sealed; state the selection code, the validity and the occupations and levels applied for, as chosen here.',
  },
  work_report: {
    item: 2,
    zh: '有效期内工作开展情况：认定的职业（工种）、等级、获证人员明细、制度执行情况、质量管控措施。获证人次以证书登记为准，系统按职业自动统计，报告中的数字应与之一致。',
    en: 'Work in the validity period: occupations, levels, certified persons, how the rules were applied, quality control. The counts are taken from the certificate register and the report should agree with them.',
    maxFiles: 3,
  },
  core_conditions_evidence: {
    item: 3,
    zh: '场地（产权证明或租赁合同，在有效期内）、设备清单、专职人员和考评人员名单等，证明核心条件仍符合国家职业标准要求。',
    en: 'Site (title or lease in force), equipment list, staff and assessor lists, showing the core conditions still meet the national standards.',
    maxFiles: 5,
  },
  pay_linkage_evidence: {
    item: 4,
    zh: '用人单位：证书与岗位聘用、薪酬待遇挂钩的制度文件及执行记录（如聘任文件、工资表节选），与报备时的承诺对应。',
    en: 'Employers: the rules and records linking certificates to posts and pay (appointment papers, payroll extracts), matching the commitment made at filing.',
    maxFiles: 5,
  },
};

function item(id: string, title_zh: string, title_en: string, appliesTo?: readonly string[]): ChecklistItem {
  const g = GUIDANCE[id]!;
  return {
    id,
    title_zh,
    title_en,
    required: true,
    accepts: DOCS,
    citation: gz(11, g.item),
    note_zh: g.zh,
    note_en: g.en,
    ...(g.maxFiles ? { maxFiles: g.maxFiles } : {}),
    ...(appliesTo ? { appliesTo } : {}),
  };
}

/** The checklist as of a day (the parameter is effective-dated). */
export function renewalChecklist(asOf: string): Checklist {
  return {
    procedure: 'gz-renewal',
    items: [
      ...parameterAt(renewalMaterials, asOf).map((e) => item(e.id, e.name_zh, entryNameEn(e))),
      ...parameterAt(renewalEmployerMaterials, asOf).map((e) =>
        item(e.id, e.name_zh, entryNameEn(e), ['employer']),
      ),
    ],
  };
}
