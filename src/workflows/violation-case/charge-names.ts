// The charges a violation case may record, each named by its rule's short title (mohrss-violations §5–15),
// so that the form's options read "第六条第（一）项 使用规定以外的…" and never a bare code. One list for
// the form's description and its English twin (descriptions-en.ts).
import type { RuleDefinition } from '../../rules/rule.js';
import { s5, s6, s7 } from '../../rules/mohrss-violations/candidates.js';
import { s9, s10, s11 } from '../../rules/mohrss-violations/staff.js';
import { s12, s13, s14 } from '../../rules/mohrss-violations/institutions.js';
import { s15DataRevocation, s15DataSecurity } from '../../rules/mohrss-violations/certificate-data.js';

const items = (article: number, rules: readonly RuleDefinition[]) =>
  rules.map((r, i) => ({ code: `${article}(${i + 1})`, rule: r }));

export const CHARGE_NAMES: readonly { code: string; rule: RuleDefinition }[] = [
  ...items(5, s5),
  ...items(6, s6),
  ...items(7, s7),
  ...items(9, s9),
  ...items(10, s10),
  { code: '11', rule: s11 },
  ...items(12, s12),
  ...items(13, s13),
  ...items(14, s14),
  { code: '15p1', rule: s15DataRevocation },
  { code: '15p2', rule: s15DataSecurity },
];

/** The violation field's description: '违纪违规情形：5(1) 携带禁携物品… / …'. */
export const CHARGE_DESCRIPTION_ZH = `违纪违规情形：${CHARGE_NAMES.map((c) => `${c.code} ${c.rule.title_zh}`).join(' / ')}`;
export const CHARGE_DESCRIPTION_EN = `Conduct charged: ${CHARGE_NAMES.map((c) => `${c.code} ${c.rule.title_en}`).join(' / ')}`;
