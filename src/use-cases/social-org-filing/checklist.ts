// The materials of a social-organisation filing: the six of mohrss-filing 二(八) ("包含但不限于"), in
// the text's order. Where the text allows a commitment letter or a code instead of a proof (2, 4, 5, 6),
// one item takes either — the title says so — and the materials check (二(八)) judges completeness.
// Item ids are the ids of the parameter social_org.required_materials, so the check reads them as is.
import { parameterAt } from '../../parameters/parameter.js';
import { socialOrgMaterials } from '../../parameters/mohrss-filing.js';
import type { Checklist, ChecklistItem } from '../../materials/checklist.js';
import { CITE, SOCIAL_ORG_FILING } from '../../workflows/social-org-filing/machine.js';

const TITLES_EN: Record<string, string> = {
  basic_info_form: 'Basic information form of the organisation',
  legal_person_certificate: 'Copy of the legal-person registration certificate, or the USCC',
  implementation_plan: 'Implementation plan and quality-control measures',
  expert_skill_proof: 'Proof of the experts’ skill levels, or a commitment letter',
  asset_proof: 'Proof of premises and equipment, or a commitment letter',
  credit_report: 'Credit report, or an integrity commitment',
};

/** The checklist as of a day (the list is an effective-dated parameter). */
export function socialOrgChecklist(asOf: string): Checklist {
  const items = parameterAt(socialOrgMaterials, asOf).map<ChecklistItem>((m, i) => ({
    id: m.id,
    title_zh: `${i + 1}. ${m.name_zh}`,
    title_en: TITLES_EN[m.id] ?? m.id,
    required: true,
    accepts: i === 0 ? ['pdf', 'word', 'excel'] : ['pdf', 'image'],
    citation: CITE.materials,
    maxFiles: 3,
    ...(m.alternatives
      ? {
          note_zh: `可提交：${m.alternatives.map((a) => a.name_zh).join(' 或 ')}`,
          note_en: `Accepted: ${m.alternatives.map((a) => a.name_en).join(' or ')}`,
        }
      : {}),
  }));
  return { procedure: SOCIAL_ORG_FILING, items };
}
