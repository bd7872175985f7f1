// Declares a gz-rules rule: in force from the date SkillReg applies the text (docs/decisions/0006).
import type { Citation } from '../../domain/citation.js';
import { GZ_RULES_FROM } from '../../parameters/gz-rules.js';
import { defineRule, type RuleDefinition } from '../rule.js';

export const gz = (article: number, item?: number): Citation =>
  item === undefined ? { source: 'gz-rules', article } : { source: 'gz-rules', article, item };

export const gzRule = (
  id: string,
  citation: Citation,
  title_zh: string,
  title_en: string,
  parameters: readonly string[] = [],
): RuleDefinition =>
  defineRule({
    id: `gz-rules/${id}`,
    citation,
    title_zh,
    title_en,
    inForce: { from: GZ_RULES_FROM },
    parameters,
  });
