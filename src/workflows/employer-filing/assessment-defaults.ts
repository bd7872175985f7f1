// Where the authority's assessment at the panel's decision ('approve_review', mohrss-filing 一(十)3)
// starts (issue 10 point 7). Its three conditions — 技能人员为职工的重要组成部分 (一(六)2), 良好的培训和评价
// 工作基础 (一(六)3), 人才发展机制 (一(六)4) — are judgements the guide leaves to the authority on the
// technical review: the registry holds no fact that settles them, so they start unset (answered 是/否,
// never a switch at 否), unless the case holds an earlier assessment of them.
import { emptyDefaults, setDefault, type EventDefaults } from '../event-defaults.js';
import type { EmployerFilingData } from './data.js';

/** The starting values of 'approve_review' for the case as it stands, with their bases. */
export function employerAssessmentDefaults(data: EmployerFilingData): EventDefaults {
  const d = emptyDefaults();
  if (data.assessment)
    setDefault(
      d,
      'assessment',
      { ...data.assessment },
      '此前对申请条件的认定',
      'The earlier assessment of the conditions',
    );
  return d;
}
