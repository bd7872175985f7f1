// 1x-selection — 职业教育培训评价组织遴选与监督管理办法（试行）: the text, its rules, its dated parameters and
// the checks the entry and supervision workflows call (eligibility, publication, duties, §28 removal).
import { ONE_X_SELECTION_FROM, oneXSelectionParameters } from '../../parameters/1x-selection.js';
import type { RegimeDefinition } from '../article.js';
import type { CheckDefinition } from '../check.js';
import { articles } from './articles.js';
import { dutiesCheck, dutiesRules } from './duties.js';
import { eligibilityCheck, eligibilityRules } from './eligibility.js';
import { publicationCheck, publicationRules } from './publication.js';
import { revocationCheck, revocationRules } from './revocation.js';

export const regime: RegimeDefinition = {
  source: '1x-selection',
  title_zh: '职业教育培训评价组织遴选与监督管理办法（试行）',
  issuedBy_zh: '国家职业教育指导咨询委员会（经国务院职业教育工作部际联席会议审议通过）',
  issuedOn: ONE_X_SELECTION_FROM,
  inForceFrom: ONE_X_SELECTION_FROM,
  seedFile: '001_294d19caa7da1658.txt',
  articles,
  rules: [...eligibilityRules, ...publicationRules, ...dutiesRules, ...revocationRules],
  parameters: oneXSelectionParameters,
  checks: [eligibilityCheck, publicationCheck, dutiesCheck, revocationCheck] as CheckDefinition<unknown>[],
};
