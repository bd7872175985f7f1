// The rule catalogue as GET /api/v1/rules returns it, and the answer of POST /api/v1/rules/evaluate.

export interface Citation {
  source: string;
  article: number | string;
  item?: number | string;
  point?: number;
}

/** How SkillReg covers an article: rules, a workflow, or deliberately not (with the reason). */
export type Coverage =
  | { status: 'encoded'; ruleIds: string[] }
  /** The workflow's id as recorded, and the procedure by its name in either language. */
  | { status: 'procedural'; workflow: string; procedure_zh: string; procedure_en: string | null }
  /** The reason as recorded, and as a reader sees it (without the machine's terms) in either language. */
  | { status: 'not_encoded'; reason: string; reason_zh: string; reason_en: string | null };

export interface Article {
  citation: Citation;
  /** e.g. gz-rules §6(5) */
  citationText: string;
  /** e.g. 第六条第（五）项 */
  citationZh: string;
  label_zh: string;
  text_zh: string;
  coverage: Coverage;
}

export interface Regime {
  source: string;
  title_zh: string;
  title_en: string | null;
  documentNo?: string | null;
  issuedBy_zh: string;
  issuedBy_en: string | null;
  issuedOn: string | null;
  inForceFrom: string;
  articles: Article[];
}

export interface Rule {
  id: string;
  citation: Citation;
  citationText: string;
  citationZh: string;
  title_zh: string;
  title_en: string;
  inForce: { from: string; to?: string | null };
  parameters: string[];
}

export interface ParameterVersion {
  from: string;
  /** null = repealed from that date. */
  value: unknown;
  reference?: unknown;
  referenceText?: string;
  note?: string | null;
}

export interface Parameter {
  id: string;
  description_zh: string;
  description_en: string;
  unit: string;
  versions: ParameterVersion[];
}

/** A JSON Schema, as far as the facts forms use it (zod's toJSONSchema output). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  description?: string;
  title?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  format?: string;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  default?: unknown;
  additionalProperties?: boolean | JsonSchema;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
}

export interface Check {
  name: string;
  regime: string;
  title_zh: string;
  title_en: string;
  /** What the legally relevant date is for this check (申请日期, 决定日期 …), where the catalogue says. */
  asOf_zh?: string | null;
  asOf_en?: string | null;
  ruleIds: string[];
  example: unknown;
  factsSchema: JsonSchema;
}

export interface Catalogue {
  regimes: Regime[];
  rules: Rule[];
  parameters: Parameter[];
  checks: Check[];
}

export type Outcome = 'pass' | 'fail' | 'needs_judgement';

export interface Finding {
  ruleId: string;
  citation: Citation;
  citationText: string;
  citationZh: string;
  passed: boolean | 'needs_judgement';
  message_zh: string;
  message_en: string;
  values: Record<string, unknown>;
  options?: string[];
}

export interface Evaluation {
  check: string;
  asOf: string;
  outcome: Outcome;
  findings: Finding[];
}
