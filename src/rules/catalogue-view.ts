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

export const citationTexts = (c: Citation) => ({
  citationText: formatCitation(c),
  citationZh: formatCitationZh(c),
});

export interface ArticleView {
  citation: Citation;
  citationText: string;
  citationZh: string;
  label_zh: string;
  text_zh: string;
  coverage: Coverage;
}

export interface RegimeView {
  source: string;
  title_zh: string;
  documentNo: string | null;
  issuedBy_zh: string;
  issuedOn: IsoDate | null;
  inForceFrom: IsoDate;
  articles: ArticleView[];
}

export const regimeView = (r: RegimeDefinition): RegimeView => ({
  source: r.source,
  title_zh: r.title_zh,
  documentNo: r.documentNo ?? null,
  issuedBy_zh: r.issuedBy_zh,
  issuedOn: r.issuedOn,
  inForceFrom: r.inForceFrom,
  articles: r.articles.map((a) => ({
    citation: a.citation,
    ...citationTexts(a.citation),
    label_zh: a.label_zh,
    text_zh: a.text_zh,
    coverage: a.coverage,
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
    value: v.value,
    reference: v.reference,
    referenceText: formatCitation(v.reference),
    note: v.note ?? null,
  })),
});

/** JSON Schema of a check's facts, for a form (input shape: optional fields stay optional). */
export function factsJsonSchema(check: CheckDefinition<unknown>): Record<string, unknown> {
  return z.toJSONSchema(check.facts as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}

export const checkView = (c: CheckDefinition<unknown>) => ({
  name: c.name,
  regime: c.regime,
  title_zh: c.title_zh,
  title_en: c.title_en,
  asOf_zh: c.asOf_zh ?? null,
  ruleIds: [...c.ruleIds],
  example: c.example,
  factsSchema: factsJsonSchema(c),
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
