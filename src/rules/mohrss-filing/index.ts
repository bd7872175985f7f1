// The mohrss-filing regime (shared/seeds/README.md): 职业技能等级评价机构备案事项办理指南（试行）.
import type { RegimeDefinition } from '../article.js';
import type { CheckDefinition } from '../check.js';
import { MOHRSS_FILING_FROM, mohrssFilingParameters } from '../../parameters/mohrss-filing.js';
import { articles } from './articles.js';
import { employerEligibilityCheck, employerEligibilityRules } from './employer-eligibility.js';
import {
  employerAcceptanceCheck,
  employerMaterialsCheck,
  employerProcedureRules,
} from './employer-procedure.js';
import { occupationScopeCheck, occupationScopeRules } from './occupation-scope.js';
import { socialOrgEligibilityCheck, socialOrgEligibilityRules } from './social-org-eligibility.js';
import { socialOrgProhibitionRules, socialOrgProhibitionsCheck } from './social-org-prohibitions.js';
import {
  falseMaterialsCheck,
  quotaCheck,
  socialOrgMaterialsCheck,
  socialOrgProcedureRules,
} from './social-org-procedure.js';

export const regime: RegimeDefinition = {
  source: 'mohrss-filing',
  title_zh: '职业技能等级评价机构备案事项办理指南（试行）',
  documentNo: '人社职司便函〔2021〕57号（附件1）',
  issuedBy_zh: '人力资源社会保障部职业能力建设司、人力资源社会保障部职业技能鉴定中心',
  issuedOn: '2021-12-23',
  inForceFrom: MOHRSS_FILING_FROM,
  seedFile: '004_1c9641cd981748e8.txt',
  articles,
  rules: [
    ...employerEligibilityRules,
    ...employerProcedureRules,
    ...occupationScopeRules,
    ...socialOrgEligibilityRules,
    ...socialOrgProhibitionRules,
    ...socialOrgProcedureRules,
  ],
  parameters: mohrssFilingParameters,
  checks: [
    employerEligibilityCheck,
    employerMaterialsCheck,
    employerAcceptanceCheck,
    socialOrgEligibilityCheck,
    occupationScopeCheck,
    socialOrgProhibitionsCheck,
    quotaCheck,
    socialOrgMaterialsCheck,
    falseMaterialsCheck,
  ] as CheckDefinition<unknown>[],
};
