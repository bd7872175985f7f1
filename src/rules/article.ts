// The texts themselves, as data: every article (and item) of a regime with its verbatim Chinese text,
// and how SkillReg covers it. The catalogue page shows the text beside its rules; the coverage matrix
// (docs/rules-coverage.md) is generated from this, and a test fails if an article of the text is
// missing (style.md, Catala: silence is never allowed).
import type { Citation, SourceId } from '../domain/citation.js';
import type { IsoDate } from '../parameters/parameter.js';
import type { RuleDefinition } from './rule.js';
import type { CheckDefinition } from './check.js';
import type { Parameter } from '../parameters/parameter.js';

export type Coverage =
  /** Encoded as rules: their ids. */
  | { status: 'encoded'; ruleIds: readonly string[] }
  /** Carried out by a workflow rather than a rule: which procedure (and issue) implements it. */
  | { status: 'procedural'; workflow: string }
  /** Deliberately not encoded: why (left to judgement, purpose clause, contact details …). */
  | { status: 'not_encoded'; reason: string };

export interface ArticleText {
  citation: Citation;
  /** Heading as the text numbers it: 第六条, （三）, 二、(六) … */
  label_zh: string;
  /** Verbatim text of the article or item (page-break artefacts removed). */
  text_zh: string;
  coverage: Coverage;
}

export interface RegimeDefinition {
  source: SourceId;
  title_zh: string;
  /** 文号 where the text has one. */
  documentNo?: string;
  issuedBy_zh: string;
  /** Date of issue, or null where the text carries none (see docs/decisions on assumed dates). */
  issuedOn: IsoDate | null;
  /** The date from which SkillReg applies it (documented where assumed). */
  inForceFrom: IsoDate;
  /** The seed file in shared/seeds it comes from. */
  seedFile: string;
  articles: readonly ArticleText[];
  rules: readonly RuleDefinition[];
  parameters: readonly Parameter<unknown>[];
  checks: readonly CheckDefinition<unknown>[];
}
