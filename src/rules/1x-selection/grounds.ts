// Findings on a ground for removal or revocation (1x-selection §28, 1x-exit §5): the finding passes when
// the ground is absent, fails when it is present, and needs judgement while the authority has not yet
// assessed a ground the text words as a judgement (严重、重大、较多 …).
import type { Finding } from '../finding.js';
import { finding, judgement, type RuleDefinition } from '../rule.js';

export const GROUND_OPTIONS = ['经调查核实，认定存在该情形', '经调查核实，认定不存在该情形'];

export function groundFinding(
  rule: RuleDefinition,
  present: boolean | undefined,
  what_zh: string,
  what_en: string,
  values: Record<string, unknown> = {},
  consequence?: { zh: string; en: string },
): Finding {
  if (present === undefined)
    return judgement(
      rule,
      `${what_zh}：须经调查核实后认定，尚未认定`,
      `${what_en}: to be established by investigation; not yet assessed`,
      { ...values, present: null },
      GROUND_OPTIONS,
    );
  const suffix_zh = present && consequence ? `。${consequence.zh}` : '';
  const suffix_en = present && consequence ? `. ${consequence.en}` : '';
  return finding(
    rule,
    !present,
    present ? `存在情形：${what_zh}${suffix_zh}` : `不存在情形：${what_zh}`,
    present ? `Ground present: ${what_en}${suffix_en}` : `Ground absent: ${what_en}`,
    { ...values, present },
  );
}
