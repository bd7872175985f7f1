// Where the authority's review of a Guizhou selection (gz-rules §4–7, 'record_review') starts (issue 10
// point 7). Every number of §4–6 — staff, quality supervisors, assessors, the site's area, rooms, desk
// spacing, lease, the training volume — is not a field of the review: the rules read it from the registry
// and the application at each evaluation (facts.ts). What the review holds is what the text leaves to the
// authority (影响力和声誉、密切相关、设备符合国家职业标准、消防安全 …) and the §7 background check, so it starts
// from: the earlier review of the case (the review is recorded again after a correction and replaces the
// last one), one row per occupation applied for (codes from the application, judgements unset), and the
// one fact the registry settles: a non-enterprise (by its USCC) is not a "贵州地方性特色的企业". Nothing
// else is prefilled: a judgement stays 待认定, never 否.
import { emptyDefaults, setDefault, type EventDefaults } from '../event-defaults.js';
import type { GzSelectionData, Review } from './data.js';
import { effectiveLegalForm } from './facts.js';
import type { RegistryFacts } from './registry-facts.js';

const LEGAL_FORM: Record<string, [string, string]> = {
  school: ['院校', 'a school'],
  public_training_base: ['公共实训基地', 'a public training base'],
  research_institute: ['科研院所', 'a research institute'],
  public_institution: ['事业单位', 'a public institution'],
  government_body: ['政府及其所属部门', 'a government body'],
  social_group: ['社会团体', 'a social group'],
  private_non_enterprise: ['民办非企业单位', 'a private non-enterprise unit'],
};

/** The review's own fields kept from an earlier review (occupations are matched to the application). */
const KEPT = [
  'influenceAndReputation',
  'guizhouCharacteristicEnterprise',
  'practicalEquipmentMeetsStandard',
  'safetyCompliant',
  'skilledWorkersMajority',
  'willingAndCapable',
  'incentiveSystem',
  'systemsAndPlan',
  'siteMeetsNationalStandard',
  'siteSafetyCompliant',
  'stableFunding',
  'background',
  'quotaOverrides',
  'qualificationCatalogueOccupations',
  'nonSkillOccupations',
] as const satisfies readonly (keyof Review)[];

/** The starting values of 'record_review' for the case as it stands, with their bases. */
export function reviewDefaults(data: GzSelectionData, registry: RegistryFacts): EventDefaults {
  const d = emptyDefaults();
  const earlier = data.review;
  const codes = [...new Set(data.application.occupations.map((o) => o.code))];

  if (earlier) {
    const basis_zh = '此前记录的审核意见';
    const basis_en = 'The review recorded earlier';
    for (const k of KEPT)
      if (earlier[k] !== undefined) setDefault(d, k, structuredClone(earlier[k]), basis_zh, basis_en);
  } else if (data.applyingAs === 'social_org') {
    const form = effectiveLegalForm(data.application, registry);
    if (form && form !== 'enterprise') {
      const [zh, en] = LEGAL_FORM[form]!;
      setDefault(
        d,
        'guizhouCharacteristicEnterprise',
        false,
        `统一社会信用代码 ${registry.institution.uscc} 显示为${zh}，不是企业：第六条第（三）项“贵州地方性特色的企业”不适用`,
        `The USCC ${registry.institution.uscc} shows ${en}, not an enterprise: the §6(3) exception for Guizhou-characteristic enterprises does not apply`,
      );
    }
  }

  // One row per occupation applied for, as the application names them now (after a correction the list
  // may have changed): the earlier row of the same code where there is one, else the code alone.
  const rows = codes.map((code) => {
    const before = earlier?.occupations?.find((o) => o.code === code);
    return before ? Object.fromEntries(Object.entries(before).filter(([, v]) => v !== undefined)) : { code };
  });
  const reused = codes.filter((c) => earlier?.occupations?.some((o) => o.code === c)).length;
  setDefault(
    d,
    'occupations',
    rows,
    `申请认定的职业（工种）${codes.length} 个：${codes.join('、')}${reused > 0 ? `（其中 ${reused} 个沿用此前审核意见）` : ''}`,
    `${codes.length} occupations applied for: ${codes.join(', ')}${reused > 0 ? ` (${reused} as reviewed earlier)` : ''}`,
  );
  return d;
}
