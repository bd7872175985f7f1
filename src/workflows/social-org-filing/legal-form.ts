// The legal form of an applicant (二(七)1 bars government bodies and public institutions; 二(七)2(2)(3)
// concern social groups and private non-enterprise units, (4) enterprises), read from the first two
// characters of its USCC (GB 32100-2015 表1: 登记管理部门 · 机构类别) where they tell it unambiguously.
// Where they do not (a foundation, a 事业单位 that may be a school, a farmers' cooperative …) the
// applicant declares it and the authority verifies it at assessment.
import { parseUscc } from '../../domain/uscc.js';
import type { LegalForm } from '../../rules/facts.js';

export function legalFormFromUscc(uscc: string, institutionKind: string): LegalForm | null {
  const parsed = parseUscc(uscc);
  if (!parsed.ok) return null;
  const authority = parsed.value.registrationAuthority.code;
  const type = parsed.value.orgType.code;
  if (authority === '9' && type === '1') return 'enterprise'; // 工商 · 企业
  if (authority === '5' && type === '1') return 'social_group'; // 民政 · 社会团体
  if (authority === '5' && type === '2') return 'private_non_enterprise'; // 民政 · 民办非企业单位
  if (authority === '1' && type === '1') return 'government_body'; // 机构编制 · 机关
  // 机构编制 · 事业单位: a public school is one; other kinds (实训基地、科研院所) are declared.
  if (authority === '1' && type === '2') return institutionKind === 'school' ? 'school' : null;
  return null;
}

export const LEGAL_FORM_ZH: Record<LegalForm, string> = {
  enterprise: '企业',
  school: '院校',
  public_training_base: '公共实训基地',
  research_institute: '科研院所',
  public_institution: '事业单位',
  government_body: '政府及其所属部门',
  social_group: '社会团体',
  private_non_enterprise: '民办非企业单位',
};
