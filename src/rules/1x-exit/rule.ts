// Declares a 1x-exit rule: in force from the date SkillReg applies the text (it carries none;
// docs/decisions/0006), cited by article, paragraph (款) and item as the text numbers them.
import type { Citation } from '../../domain/citation.js';
import { ONE_X_EXIT_FROM } from '../../parameters/1x-exit.js';
import { defineRule, type RuleDefinition } from '../rule.js';

export const ex = (article: number, item?: number, paragraph?: number): Citation => ({
  source: '1x-exit',
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
  ...(item === undefined ? {} : { item }),
});

export const exitRule = (
  id: string,
  citation: Citation,
  title_zh: string,
  title_en: string,
  parameters: readonly string[] = [],
): RuleDefinition =>
  defineRule({
    id: `1x-exit/${id}`,
    citation,
    title_zh,
    title_en,
    inForce: { from: ONE_X_EXIT_FROM },
    parameters,
  });

/** 1x-exit rule findings where a ground is present: true = absent, false = present, undefined = to be assessed. */
export const GROUND_OPTIONS = ['认定存在该情形', '认定不存在该情形'];
