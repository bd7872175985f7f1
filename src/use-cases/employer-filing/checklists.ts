// The materials checklists: for a national employer the 14 materials of mohrss-filing 一(八), read
// from the dated parameter as of the day the case was opened (each 1 copy, electronic: PDF, image,
// Excel or Word); for a branch's provincial filing the text asks for no material (一(十)5 files the
// branch against the ministry receipt), so its one item is optional.
import type { Checklist } from '../../materials/checklist.js';
import { parameterAt } from '../../parameters/parameter.js';
import { employerMaterials, mf } from '../../parameters/mohrss-filing.js';
import { employerFilingMachine } from '../../workflows/employer-filing/machine.js';
import { branchFilingMachine } from '../../workflows/branch-filing/machine.js';

/** The 14 materials' names in English (issue 10 point 3), by the parameter's ids. */
const MATERIAL_EN: Record<string, string> = {
  filing_application_form: 'Filing application form',
  legal_person_certificate: 'Copy of the legal person registration certificate',
  implementation_plan: 'Implementation plan for skill-level evaluation',
  branch_list: 'List of the branches to be filed',
  workforce_regulations_list: 'List of the rules on building the skilled workforce',
  occupation_standard_list: 'List of occupations and their standards',
  syllabus_textbook_list: 'List of training syllabi and textbooks',
  question_bank_list: 'List of question banks or test-paper banks',
  site_equipment_list: 'Sites, facilities and equipment for the main occupations',
  assessor_roster: 'Roster of assessors',
  supervisor_roster: 'Roster of quality supervisors',
  evaluation_team_distribution: 'Distribution of the evaluation staff',
  evaluation_statistics: 'Statistics of the evaluations carried out',
  training_statistics: 'Statistics of the training carried out',
};

export function employerChecklist(on: string): Checklist {
  return {
    procedure: employerFilingMachine.id,
    items: parameterAt(employerMaterials, on).map((m, i) => ({
      id: m.id,
      title_zh: `${i + 1}. ${m.name_zh}`,
      title_en: `${i + 1}. ${MATERIAL_EN[m.id] ?? m.name_zh}`,
      required: true,
      accepts: ['pdf', 'image', 'excel', 'word'],
      citation: mf('一', '八'),
      note_zh: '1 份，电子版；可通过电子核验途径获得结果的，鼓励电子核验',
      note_en:
        'One copy, electronic; where the result can be verified electronically, electronic verification is encouraged',
    })),
  };
}

export const branchChecklist: Checklist = {
  procedure: branchFilingMachine.id,
  items: [
    {
      id: 'branch_information',
      title_zh: '分支机构情况说明（可选）',
      title_en: 'Information on the branch (optional)',
      required: false,
      accepts: ['pdf', 'image', 'excel', 'word'],
      citation: mf('一', '十', 5),
      note_zh: '备案指南未规定分支机构备案材料；可附分支机构评价场地、人员等情况供技术评审参考',
      note_en:
        'The filing guide asks for no material for a branch; information on its sites and staff may be attached for the technical review',
    },
  ],
};
