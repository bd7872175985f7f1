// The catalogue as the API and the CLI show it: each article's text beside its coverage, each rule with
// its citation printed both ways, each parameter with its dated values, each check with its facts schema.
import { z } from 'zod';
import { formatCitation, formatCitationZh, type Citation } from '../domain/citation.js';
import type { IsoDate, Parameter } from '../parameters/parameter.js';
import type { Coverage, RegimeDefinition } from './article.js';
import type { CheckDefinition } from './check.js';
import { catalogue as defaultCatalogue, type Catalogue, type EvaluationResult } from './catalogue.js';
import type { Finding } from './finding.js';
import type { RuleDefinition } from './rule.js';
import {
  AS_OF_EN,
  NAMED_VALUES_EN,
  REASONS,
  REGIME_ISSUERS_EN,
  REGIME_TITLES_EN,
  WORKFLOW_NAMES,
  WORKFLOW_NOTES,
} from './catalogue-texts-en.js';
import { FACTS_DESCRIPTIONS_EN } from './facts-descriptions-en.js';

export { REGIME_TITLES_EN } from './catalogue-texts-en.js';

export const citationTexts = (c: Citation) => ({
  citationText: formatCitation(c),
  citationZh: formatCitationZh(c),
});

/**
 * How an article is covered, as the catalogue records it (the workflow's id, the reason) and as a
 * reader sees it in either language: the procedure by its name, the reason without the machine's terms.
 */
export type CoverageView =
  | Extract<Coverage, { status: 'encoded' }>
  | (Extract<Coverage, { status: 'procedural' }> & { procedure_zh: string; procedure_en: string | null })
  | (Extract<Coverage, { status: 'not_encoded' }> & { reason_zh: string; reason_en: string | null });

export interface ArticleView {
  citation: Citation;
  citationText: string;
  citationZh: string;
  label_zh: string;
  text_zh: string;
  coverage: CoverageView;
}

export interface RegimeView {
  source: string;
  title_zh: string;
  title_en: string | null;
  documentNo: string | null;
  issuedBy_zh: string;
  issuedBy_en: string | null;
  issuedOn: IsoDate | null;
  inForceFrom: IsoDate;
  articles: ArticleView[];
}

/** 'entry/social-org-filing（出具 FilingReceipt）' → the procedure's name and the remark, in both languages. */
function procedureText(workflow: string): { procedure_zh: string; procedure_en: string | null } {
  const m = /^([^（]+)(?:（(.*)）)?$/.exec(workflow);
  const name = WORKFLOW_NAMES[m?.[1]?.trim() ?? ''];
  const remark = m?.[2];
  if (!name) return { procedure_zh: workflow, procedure_en: null };
  if (!remark) return { procedure_zh: name.zh, procedure_en: name.en };
  const note = WORKFLOW_NOTES[remark];
  return {
    procedure_zh: `${name.zh}（${note?.zh ?? remark}）`,
    procedure_en: note ? `${name.en} (${note.en})` : null,
  };
}

export function coverageView(c: Coverage): CoverageView {
  if (c.status === 'procedural') return { ...c, ...procedureText(c.workflow) };
  if (c.status === 'not_encoded') {
    const r = REASONS[c.reason];
    return { ...c, reason_zh: r?.zh ?? c.reason, reason_en: r?.en ?? null };
  }
  return c;
}

export const regimeView = (r: RegimeDefinition): RegimeView => ({
  source: r.source,
  title_zh: r.title_zh,
  title_en: REGIME_TITLES_EN[r.source] ?? null,
  documentNo: r.documentNo ?? null,
  issuedBy_zh: r.issuedBy_zh,
  issuedBy_en: REGIME_ISSUERS_EN[r.source] ?? null,
  issuedOn: r.issuedOn,
  inForceFrom: r.inForceFrom,
  articles: r.articles.map((a) => ({
    citation: a.citation,
    ...citationTexts(a.citation),
    label_zh: a.label_zh,
    text_zh: a.text_zh,
    coverage: coverageView(a.coverage),
  })),
});

export const ruleView = (r: RuleDefinition) => ({
  id: r.id,
  citation: r.citation,
  ...citationTexts(r.citation),
  title_zh: r.title_zh,
  title_en: r.title_en,
  inForce: { from: r.inForce.from, to: r.inForce.to ?? null },
  parameters: [...r.parameters],
});

export const parameterView = (p: Parameter<unknown>) => ({
  id: p.id,
  description_zh: p.description_zh,
  description_en: p.description_en,
  unit: p.unit,
  versions: p.versions.map((v) => ({
    from: v.from,
    value: withNamesEn(v.value),
    reference: v.reference,
    referenceText: formatCitation(v.reference),
    note: v.note ?? null,
  })),
});

/** A list of named items (materials, categories) with the English name of each where it has none. */
function withNamesEn(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((v: unknown) => {
    if (!v || typeof v !== 'object') return v;
    const o = v as { name_zh?: unknown; name_en?: unknown };
    const en = typeof o.name_zh === 'string' && !o.name_en ? NAMED_VALUES_EN[o.name_zh] : undefined;
    return en ? { ...o, name_en: en } : v;
  });
}

/** JSON Schema of a check's facts, for a form (input shape: optional fields stay optional). */
export function factsJsonSchema(check: CheckDefinition<unknown>): Record<string, unknown> {
  return z.toJSONSchema(check.facts as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}

/** Each Chinese description of a facts schema with its English twin beside it (`description_en`). */
export function withDescriptionsEn(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withDescriptionsEn);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = withDescriptionsEn(v);
  const en = typeof out.description === 'string' ? FACTS_DESCRIPTIONS_EN[out.description] : undefined;
  if (en) out.description_en = en;
  return out;
}

export const checkView = (c: CheckDefinition<unknown>) => ({
  name: c.name,
  regime: c.regime,
  title_zh: c.title_zh,
  title_en: c.title_en,
  asOf_zh: c.asOf_zh ?? null,
  asOf_en: (c.asOf_zh && AS_OF_EN[c.asOf_zh]) ?? null,
  ruleIds: [...c.ruleIds],
  example: c.example,
  factsSchema: withDescriptionsEn(factsJsonSchema(c)) as Record<string, unknown>,
});

export function catalogueView(cat: Catalogue = defaultCatalogue) {
  return {
    regimes: cat.regimes.map(regimeView),
    rules: cat.rules.map(ruleView),
    parameters: cat.parameters.map(parameterView),
    checks: cat.checks.map(checkView),
  };
}

export const findingView = (f: Finding) => ({ ...f, ...citationTexts(f.citation) });

export const evaluationView = (r: EvaluationResult) => ({ ...r, findings: r.findings.map(findingView) });
