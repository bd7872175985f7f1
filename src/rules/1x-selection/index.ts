// The 1x-selection regime (shared/seeds/README.md): texts, rules, parameters and checks. Work in progress (H5).
import type { RegimeDefinition } from '../article.js';

export const regime: RegimeDefinition = {
  source: '1x-selection',
  title_zh: '职业教育培训评价组织遴选与监督管理办法（试行）',

  issuedBy_zh: '国家职业教育指导咨询委员会（国务院职业教育工作部际联席会议审议通过）',
  issuedOn: '2020-06-02',
  inForceFrom: '2020-06-02',
  seedFile: '001_294d19caa7da1658.txt',
  articles: [],
  rules: [],
  parameters: [],
  checks: [],
};
