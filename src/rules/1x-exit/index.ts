// 1x-exit — 职业教育培训评价组织及职业技能等级证书退出目录实施细则: the text, its rules, its dated parameters
// and the checks the exit workflows call (voluntary exit, revocation, appeal, wrap-up, re-entry, certificates).
import { oneXExitParameters, ONE_X_EXIT_FROM } from '../../parameters/1x-exit.js';
import type { RegimeDefinition } from '../article.js';
import type { CheckDefinition } from '../check.js';
import { afterExitRules, certificatesCheck, reentryCheck } from './after-exit.js';
import { appealCheck, appealRules } from './appeal.js';
import { articles } from './articles.js';
import { revocationCheck, revocationRules } from './revocation.js';
import { scopeCheck, scopeRules } from './scope.js';
import { intakeCheck, voluntaryCheck, voluntaryRules } from './voluntary.js';
import { wrapUpCheck, wrapUpRules } from './wrap-up.js';

export const regime: RegimeDefinition = {
  source: '1x-exit',
  title_zh: '职业教育培训评价组织及职业技能等级证书退出目录实施细则',
  issuedBy_zh: '国务院职业教育工作部际联席会议办公室',
  issuedOn: null,
  inForceFrom: ONE_X_EXIT_FROM,
  seedFile: '000_e3472ea865be2e8f.txt',
  articles,
  rules: [
    ...scopeRules,
    ...voluntaryRules,
    ...wrapUpRules,
    ...revocationRules,
    ...appealRules,
    ...afterExitRules,
  ],
  parameters: oneXExitParameters,
  checks: [
    voluntaryCheck,
    intakeCheck,
    wrapUpCheck,
    revocationCheck,
    appealCheck,
    reentryCheck,
    certificatesCheck,
    scopeCheck,
  ] as CheckDefinition<unknown>[],
};
