// Declares a 1x-selection rule: in force from the publication of the text (2020-06-02, §29), cited by
// article, paragraph (款) and item as the text numbers them.
import type { Citation } from '../../domain/citation.js';
import { ONE_X_SELECTION_FROM } from '../../parameters/1x-selection.js';
import { defineRule, type RuleDefinition } from '../rule.js';

export const sel = (article: number, item?: number, paragraph?: number): Citation => ({
  source: '1x-selection',
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
  ...(item === undefined ? {} : { item }),
});

export const selectionRule = (
  id: string,
  citation: Citation,
  title_zh: string,
  title_en: string,
  parameters: readonly string[] = [],
): RuleDefinition =>
  defineRule({
    id: `1x-selection/${id}`,
    citation,
    title_zh,
    title_en,
    inForce: { from: ONE_X_SELECTION_FROM },
    parameters,
  });
