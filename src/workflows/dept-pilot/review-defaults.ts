// Where the national centre's review of a pilot organisation ('record_review', 中就培函〔2020〕41号 二（一）
// and 三（一）) starts (issue 10 point 7): from its earlier review of the case (recorded again, it replaces
// the last one), otherwise from what the plan states of the organisation — whether an association has
// left its supervising department (脱钩), whether it is a non-professional association, whether its
// affiliated associations give technical support — which are the facts the rules read until the centre
// verifies them (facts.ts: review ?? plan). They are asked of an association only (二（一）), so they are
// prefilled only where the organisation is one. Whether it meets the conditions of 中就培函〔2020〕16号
// is the centre's judgement: unset, never 否.
import { emptyDefaults, setDefault, type EventDefaults } from '../event-defaults.js';
import type { DeptPilotData, Review } from './data.js';

const yesNo = (v: boolean): [string, string] => (v ? ['是', 'yes'] : ['否', 'no']);

/** The starting values of 'record_review' for the case as it stands, with their bases. */
export function pilotReviewDefaults(data: DeptPilotData): EventDefaults {
  const d = emptyDefaults();
  const earlier = data.review;
  if (earlier) {
    for (const [k, v] of Object.entries(earlier) as [keyof Review, unknown][])
      if (v !== undefined)
        setDefault(d, k, structuredClone(v), '此前记录的审核意见', 'The review recorded earlier');
    return d;
  }
  const p = data.plan;
  const stated = (field: keyof Review, value: boolean | undefined, zh: string, en: string) => {
    if (value === undefined) return;
    const [yzh, yen] = yesNo(value);
    setDefault(
      d,
      field,
      value,
      `方案中填报：${zh}——${yzh}（待核实）`,
      `As the plan states: ${en} — ${yen} (to verify)`,
    );
  };
  if (data.organisation.kind === 'association') {
    stated(
      'decoupledFromSupervisor',
      p.decoupledFromSupervisor,
      '已与主管部门脱钩',
      'decoupled from its supervisor',
    );
    stated(
      'nonProfessionalAssociation',
      p.nonProfessionalAssociation,
      '属非专业行业协会',
      'a non-professional association',
    );
  }
  if (data.track === 'industry_org' && p.associationType === 'comprehensive')
    stated(
      'affiliatedTechnicalSupport',
      p.affiliatedTechnicalSupport,
      '所属一类行业协会提供技术支持',
      'technical support from its affiliated associations',
    );
  return d;
}
