// The 1x-exit regime (shared/seeds/README.md): texts, rules, parameters and checks. Work in progress (H5).
import type { RegimeDefinition } from '../article.js';

export const regime: RegimeDefinition = {
  source: '1x-exit',
  title_zh: '职业教育培训评价组织及职业技能等级证书退出目录实施细则',

  issuedBy_zh: '国务院职业教育工作部际联席会议办公室',
  issuedOn: null,
  inForceFrom: '2020-01-01',
  seedFile: '000_e3472ea865be2e8f.txt',
  articles: [],
  rules: [],
  parameters: [],
  checks: [],
};
