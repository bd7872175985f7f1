// The mohrss-violations regime (shared/seeds/README.md): texts, rules, parameters and checks. Work in progress (H5).
import type { RegimeDefinition } from '../article.js';

export const regime: RegimeDefinition = {
  source: 'mohrss-violations',
  title_zh: '技能人才评价违纪违规行为处理工作指引（试行）',
  documentNo: '人社职司便函〔2021〕57号（附件2）',
  issuedBy_zh: '人力资源社会保障部职业能力建设司、人力资源社会保障部职业技能鉴定中心',
  issuedOn: '2021-12-23',
  inForceFrom: '2021-12-23',
  seedFile: '004_1c9641cd981748e8.txt',
  articles: [],
  rules: [],
  parameters: [],
  checks: [],
};
