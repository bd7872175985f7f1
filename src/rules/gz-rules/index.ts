// The gz-rules regime (shared/seeds/README.md): 贵州省职业技能等级认定机构遴选及退出实施细则.
import type { RegimeDefinition } from '../article.js';
import { GZ_RULES_FROM, gzRulesParameters } from '../../parameters/gz-rules.js';
import { articles } from './articles.js';
import { territory } from './scope.js';
import { employerSelectionCheck, employerSelectionRules } from './selection-employer.js';
import { schoolSelectionCheck, schoolSelectionRules } from './selection-school.js';
import { socialOrgSelectionCheck, socialOrgSelectionRules } from './selection-social-org.js';
import { prohibitionRules, prohibitionsCheck } from './prohibitions.js';
import { renewalCheck, renewalRules } from './renewal.js';
import { renewalMaterialsCheck, renewalMaterialsRules } from './renewal-materials.js';
import { exitRules, lapseCheck, orderedCheck, voluntaryExitCheck, wrapUpCheck } from './exit.js';
import type { CheckDefinition } from '../check.js';
import { schoolCandidateCheck } from './candidate-eligibility.js';

export const regime: RegimeDefinition = {
  source: 'gz-rules',
  title_zh: '贵州省职业技能等级认定机构遴选及退出实施细则',
  issuedBy_zh: '贵州省人力资源和社会保障厅',
  issuedOn: null,
  inForceFrom: GZ_RULES_FROM,
  seedFile: '003_5c31a95578391d01.txt',
  articles,
  rules: [
    territory,
    ...employerSelectionRules,
    ...schoolSelectionRules,
    ...socialOrgSelectionRules,
    ...prohibitionRules,
    ...renewalRules,
    ...renewalMaterialsRules,
    ...exitRules,
  ],
  parameters: gzRulesParameters,
  checks: [
    employerSelectionCheck,
    schoolSelectionCheck,
    socialOrgSelectionCheck,
    prohibitionsCheck,
    renewalCheck,
    renewalMaterialsCheck,
    voluntaryExitCheck,
    lapseCheck,
    orderedCheck,
    wrapUpCheck,
    schoolCandidateCheck,
  ] as CheckDefinition<unknown>[],
};
