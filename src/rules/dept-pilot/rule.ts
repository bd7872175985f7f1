// Declares a dept-pilot rule: in force from 2020-09-24 (中就培函〔2020〕41号).
import type { Citation } from '../../domain/citation.js';
import { DEPT_PILOT_FROM } from '../../parameters/dept-pilot.js';
import { defineRule, type RuleDefinition } from '../rule.js';

export { dp } from '../../parameters/dept-pilot.js';

export const dpRule = (
  id: string,
  citation: Citation,
  title_zh: string,
  title_en: string,
  parameters: readonly string[] = [],
): RuleDefinition =>
  defineRule({
    id: `dept-pilot/${id}`,
    citation,
    title_zh,
    title_en,
    inForce: { from: DEPT_PILOT_FROM },
    parameters,
  });
