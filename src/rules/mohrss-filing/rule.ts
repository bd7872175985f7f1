// Declares a mohrss-filing rule: in force from 2021-12-23 (人社职司便函〔2021〕57号).
import type { Citation } from '../../domain/citation.js';
import { MOHRSS_FILING_FROM } from '../../parameters/mohrss-filing.js';
import { defineRule, type RuleDefinition } from '../rule.js';

export { mf } from '../../parameters/mohrss-filing.js';

export const mfRule = (
  id: string,
  citation: Citation,
  title_zh: string,
  title_en: string,
  parameters: readonly string[] = [],
): RuleDefinition =>
  defineRule({
    id: `mohrss-filing/${id}`,
    citation,
    title_zh,
    title_en,
    inForce: { from: MOHRSS_FILING_FROM },
    parameters,
  });
