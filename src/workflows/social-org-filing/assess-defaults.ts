// Where the assessment of a social organisation's filing (mohrss-filing 二(十)3 核验评估) starts: from the
// authority's earlier assessment of the case if there is one (a reassessment after a correction changes
// what changed), otherwise from the facts the checks read — the legal form the USCC tells (二(七)), the
// registered full-time staff and quality supervisors (gz-rules §6(5)(6) where it applies), the management
// systems the application declares (二(五)2 / gz-rules §6(4)), the materials filed (二(八)) — and the
// application's own statements. What only the authority's verification can tell (business scope,
// influence, funding, credit, the Guizhou site assessments) is left unset: 待核实, never 否.
import { parameterAt } from '../../parameters/parameter.js';
import {
  minFullTimeStaff,
  minQualitySupervisors,
  requiredManagementSystems,
} from '../../parameters/gz-rules.js';
import { emptyDefaults, setDefault, type EventDefaults } from '../event-defaults.js';
import { regionalRegime } from './checks.js';
import type { SocialOrgFilingCtx, SocialOrgFilingData } from './data.js';
import { LEGAL_FORM_ZH } from './legal-form.js';

const LEGAL_FORM_EN: Record<string, string> = {
  enterprise: 'enterprise',
  school: 'school',
  public_training_base: 'public training base',
  research_institute: 'research institute',
  public_institution: 'public institution',
  government_body: 'government body',
  social_group: 'social group',
  private_non_enterprise: 'private non-enterprise unit',
};

/** Non-profit legal persons (民政登记的社会团体、民办非企业单位). */
const NON_PROFIT = new Set(['social_group', 'private_non_enterprise']);

/** The starting values of the 'assess' form for the case as it stands, with their bases. */
export function assessDefaults(data: SocialOrgFilingData, ctx: SocialOrgFilingCtx): EventDefaults {
  const d = emptyDefaults();
  const earlier = data.assessment;
  if (earlier) {
    const basis_zh = `此前评估（${earlier.assessedOn}，${earlier.assessedBy}）`;
    const basis_en = `Earlier assessment (${earlier.assessedOn})`;
    setDefault(d, 'conditions', { ...earlier.conditions }, basis_zh, basis_en);
    if (earlier.legalForm) setDefault(d, 'legalForm', earlier.legalForm, basis_zh, basis_en);
    if (earlier.decoupledFromGovernment !== null && earlier.decoupledFromGovernment !== undefined)
      setDefault(d, 'decoupledFromGovernment', earlier.decoupledFromGovernment, basis_zh, basis_en);
    setDefault(
      d,
      'qualificationCatalogueOccupations',
      [...earlier.qualificationCatalogueOccupations],
      basis_zh,
      basis_en,
    );
    setDefault(d, 'nonSkillOccupations', [...earlier.nonSkillOccupations], basis_zh, basis_en);
    if (earlier.regional) setDefault(d, 'regional', { ...earlier.regional }, basis_zh, basis_en);
    // The credit check is redone on its own day; its channels and records are where it starts.
    setDefault(d, 'creditCheck.sources', earlier.creditCheck.sources, basis_zh, basis_en);
    setDefault(
      d,
      'creditCheck.records',
      earlier.creditCheck.records.map((r) =>
        Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null)),
      ),
      basis_zh,
      basis_en,
    );
    setDefault(d, 'opinion', earlier.opinion, basis_zh, basis_en);
    return d;
  }

  const form = ctx.institution.legalFormFromUscc ?? data.legalForm;
  if (form) {
    const from = ctx.institution.legalFormFromUscc
      ? [`统一社会信用代码 ${ctx.institution.uscc} 显示`, `the USCC ${ctx.institution.uscc} shows`]
      : ['申请中填报', 'as the application states'];
    setDefault(
      d,
      'legalForm',
      form,
      `${from[0]}：${LEGAL_FORM_ZH[form]}`,
      `${from[1]}: ${LEGAL_FORM_EN[form]}`,
    );
    if (ctx.institution.legalFormFromUscc) {
      setDefault(
        d,
        'conditions.independentLegalPersonInChina',
        true,
        `在中国境内登记，统一社会信用代码 ${ctx.institution.uscc}（${LEGAL_FORM_ZH[form]}）`,
        `Registered in China, USCC ${ctx.institution.uscc}`,
      );
    }
    if (NON_PROFIT.has(form))
      setDefault(
        d,
        'conditions.socialBenefitFirst',
        true,
        `${LEGAL_FORM_ZH[form]}，属非营利法人`,
        `A ${LEGAL_FORM_EN[form]}: a non-profit legal person`,
      );
  }
  if (data.decoupledFromGovernment !== null)
    setDefault(
      d,
      'decoupledFromGovernment',
      data.decoupledFromGovernment,
      `申请中填报：${data.decoupledFromGovernment ? '已脱钩' : '未脱钩'}`,
      `As the application states: ${data.decoupledFromGovernment ? 'decoupled' : 'not decoupled'}`,
    );

  // Staff and quality supervisors, as registered: against gz-rules §6(5)(6) where it applies, else
  // none registered is a fact (否) and some registered a start (是) the authority verifies.
  const guizhou = regionalRegime(ctx) === 'gz-rules';
  const minStaff = guizhou ? parameterAt(minFullTimeStaff, ctx.today) : 1;
  setDefault(
    d,
    'conditions.adequateFullTimeStaff',
    ctx.fullTimeStaff >= minStaff,
    `机构登记专职工作人员 ${ctx.fullTimeStaff} 人${guizhou ? `（贵州细则第六条第（五）项不少于 ${minStaff} 人）` : ''}`,
    `${ctx.fullTimeStaff} full-time staff registered${guizhou ? ` (gz-rules §6(5): at least ${minStaff})` : ''}`,
  );
  const minSupervisors = guizhou ? parameterAt(minQualitySupervisors, ctx.today) : 1;
  if (ctx.materials.includes('implementation_plan') || ctx.qualitySupervisors < minSupervisors)
    setDefault(
      d,
      'conditions.qualityControlMeasures',
      ctx.qualitySupervisors >= minSupervisors,
      `机构登记质量督导人员 ${ctx.qualitySupervisors} 人${guizhou ? `（第六条第（六）项不少于 ${minSupervisors} 人）` : ''}${ctx.materials.includes('implementation_plan') ? '；已提交实施方案及质量管控措施' : ''}`,
      `${ctx.qualitySupervisors} quality supervisors registered${ctx.materials.includes('implementation_plan') ? '; the implementation plan with its quality controls is filed' : ''}`,
    );

  // The management systems the application declares (gz-rules §6(4) lists the required ones).
  if (data.managementSystems.length > 0) {
    const required = parameterAt(requiredManagementSystems, ctx.today).map((e) => e.id);
    const missing = required.filter((id) => !data.managementSystems.includes(id));
    setDefault(
      d,
      'conditions.financialAndManagementSystems',
      missing.length === 0,
      missing.length === 0
        ? `申请中填报已制定全部 ${required.length} 项管理制度`
        : `申请中填报的管理制度缺少 ${missing.length} 项`,
      missing.length === 0
        ? `The application declares all ${required.length} management systems`
        : `The application lacks ${missing.length} management systems`,
    );
  }
  if (ctx.materials.includes('expert_skill_proof'))
    setDefault(
      d,
      'conditions.expertTeam',
      true,
      '已提交专家技能水平证明或承诺书（二（八））',
      'The proof of the experts’ skill is filed',
    );
  return d;
}
