// The application materials of a 1+X selection (1x-selection §14 按要求向有关机构提交申报材料). The text
// names no list: the call's work plan does (§13, §14). The checklist below asks for the evidence of each
// condition the experts select against (§2, §6–10) — one item per condition group, each citing the
// article it proves — plus the application form and the declaration that the materials are true,
// valid and lawful (§14 对其真实性、有效性、合法性负责). §10's proof of influence and §11's social need
// strengthen an application but are not conditions, so they are optional.
import type { Citation } from '../../domain/citation.js';
import type { Checklist, ChecklistItem } from '../../materials/checklist.js';
import { SELECTION_1X } from '../../workflows/selection-1x/machine.js';

const sel = (article: number): Citation => ({ source: '1x-selection', article });
const ALL = ['pdf', 'image', 'excel', 'word'] as const;

const item = (
  id: string,
  title_zh: string,
  title_en: string,
  citation: Citation,
  required = true,
  note?: [zh: string, en: string],
  maxFiles?: number,
): ChecklistItem => ({
  id,
  title_zh,
  title_en,
  required,
  accepts: [...ALL],
  citation,
  ...(note ? { note_zh: note[0], note_en: note[1] } : {}),
  ...(maxFiles ? { maxFiles } : {}),
});

export const SELECTION_1X_CHECKLIST: Checklist = {
  procedure: SELECTION_1X,
  items: [
    item('application_form', '1. 培训评价组织和职业技能等级证书申报书', 'Application form', sel(14)),
    item(
      'legal_person_registration',
      '2. 营业执照或法人登记证书',
      'Business licence or legal person registration',
      sel(6),
      true,
      [
        '第二条：具有独立法人资质；第六条：在中国依法登记注册',
        '§2: an independent legal person; §6: registered in China according to law',
      ],
    ),
    item(
      'annual_review_records',
      '3. 近三年工商税务年审记录（年度报告、纳税证明）',
      'Business and tax annual review records, last three years',
      sel(6),
      true,
      undefined,
      5,
    ),
    item(
      'financial_management_rules',
      '4. 财务制度和管理制度',
      'Financial and management rules',
      sel(6),
      true,
      undefined,
      10,
    ),
    item(
      'level_standard',
      '5. 职业技能等级标准（每个申报证书一份）',
      'Skill-level standard of each certificate',
      sel(7),
      true,
      [
        '第七条：申报的证书有相应的职业技能等级标准',
        '§7: each certificate applied for has its skill-level standard',
      ],
      10,
    ),
    item(
      'intellectual_property',
      '6. 自主知识产权证明',
      'Proof of own intellectual property',
      sel(7),
      true,
      undefined,
      10,
    ),
    item(
      'enterprise_recognition',
      '7. 龙头企业、优质企业认可和使用证明，行业企业权威专家推荐意见',
      'Recognition by leading enterprises and expert recommendations',
      sel(7),
      true,
      undefined,
      20,
    ),
    item(
      'training_resources',
      '8. 配套教材（含实训规范）、考核大纲、教学案例库、题库等资源清单及近三年出版教材',
      'Textbooks, assessment outlines, case and question banks',
      sel(8),
      true,
      undefined,
      20,
    ),
    item('teaching_team', '9. 专家、师资团队名单及简介', 'Expert and teaching team', sel(9), true, [
      '第九条：行业企业管理人员、技术骨干、高技能人才等组成的专家、师资团队',
      '§9: a team of experts and teachers made up of managers, lead technicians and highly skilled workers of the industry',
    ]),
    item(
      'training_experience',
      '10. 职业技能培训经验及培训、考核规模证明（年限、人次）',
      'Proof of training experience and scale (years, person-times)',
      sel(10),
      true,
      [
        '第十条：一般应具有 5 年以上培训经验和 5 万人次以上规模',
        '§10: as a rule, at least 5 years of training experience and at least 50,000 person-times',
      ],
      10,
    ),
    item(
      'influence_proof',
      '11. 行业影响力、业界和上下游企业认可度证明',
      'Proof of influence and recognition in the field',
      sel(10),
      false,
      undefined,
      10,
    ),
    item(
      'social_need',
      '12. 证书社会需求情况说明',
      'Statement of the social need for the certificate',
      sel(11),
      false,
    ),
    item(
      'truthfulness_declaration',
      '13. 申报材料真实性、有效性、合法性承诺书',
      'Declaration that the materials are genuine, valid and lawful',
      sel(14),
    ),
  ],
};
