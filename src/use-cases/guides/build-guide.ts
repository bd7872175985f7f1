// A 办事指南 (procedure guide) generated from the code that runs the procedure, so that it is always in
// step with it: the machine gives the steps, who acts in each, the actions with their articles and the
// statutory clocks; the rule catalogue gives the conditions (every rule under an article the machine
// cites, with the article's text and the parameter values in force today); the module's checklist gives
// the materials. Only who may apply is declared beside it (guide-specs.ts, checked against mayOpen).
import { citationId, type Citation } from '../../domain/citation.js';
import { DOCUMENT_KIND_EN, DOCUMENT_KIND_ZH, type DocumentKind } from '../../documents/decision-document.js';
import type { CaseRecord } from '../../persistence/cases.repository.js';
import { versionAt, type Parameter } from '../../parameters/parameter.js';
import type { ArticleText, RegimeDefinition } from '../../rules/article.js';
import { catalogue as defaultCatalogue, type Catalogue } from '../../rules/catalogue.js';
import { citationTexts, REGIME_TITLES_EN } from '../../rules/catalogue-view.js';
import type { ChecklistItem } from '../../materials/checklist.js';
import type { Awaiting, CaseRole, StateDef } from '../../workflows/machine.js';
import type { AnyProcedureModule } from '../workflow/procedure-module.js';
import type { GuideSpec } from './guide-specs.js';

export interface CitedText {
  citation: Citation;
  citationText: string;
  citationZh: string;
  regimeTitle_zh: string;
  regimeTitle_en: string;
  /** The article's own heading and text, verbatim (Chinese): quoted, never translated. */
  label_zh: string;
  text_zh: string;
}

export interface ParameterValue {
  id: string;
  description_zh: string;
  description_en: string;
  unit: string;
  /** The value in force on the guide's date: a number or text, or the number of items of a list. */
  value: number | string | null;
  items?: number;
}

export interface GuideCondition {
  ruleId: string;
  title_zh: string;
  title_en: string;
  citationText: string;
  citationZh: string;
  parameters: ParameterValue[];
}

export interface GuideConditionGroup {
  article: CitedText | null;
  conditions: GuideCondition[];
}

export interface GuideMaterial {
  id: string;
  title_zh: string;
  title_en: string;
  required: boolean;
  accepts: string[];
  maxFiles: number;
  appliesTo: string[] | null;
  note_zh: string | null;
  note_en: string | null;
  citationText: string;
  citationZh: string;
}

export interface GuideMaterialList {
  label_zh: string | null;
  label_en: string | null;
  items: GuideMaterial[];
}

export interface GuideAction {
  event: string;
  description_zh: string;
  description_en: string | null;
  actor: CaseRole[];
  to: string;
  toLabel_zh: string;
  toLabel_en: string;
  toFinal: boolean;
  citations: { citationText: string; citationZh: string }[];
  documents: { kind: DocumentKind; title_zh: string; title_en: string }[];
}

export interface GuideTimeLimit {
  /** The machine state whose clock it is (null for a period the articles set without a clock). */
  state: string | null;
  label_zh: string;
  label_en: string;
  days: number | null;
  unit: 'working_days' | 'calendar_days';
  pauses: boolean;
  parameterId: string;
  citationText: string;
  citationZh: string;
}

export interface GuideStep {
  state: string;
  label_zh: string;
  label_en: string;
  awaiting: Awaiting | null;
  timeLimit: GuideTimeLimit | null;
  materialsEditable: boolean;
  actions: GuideAction[];
}

export interface GuideOutcome {
  state: string;
  label_zh: string;
  label_en: string;
}

export interface GuideHeader {
  procedure: string;
  title_zh: string;
  title_en: string;
  procedure_zh: string;
  procedure_en: string;
  regimes: { source: string; title_zh: string; title_en: string; documentNo: string | null }[];
  institutionKinds: string[];
  authorityKinds: string[];
}

export interface GuideSummary extends GuideHeader {
  stepCount: number;
  materialCount: number;
}

export interface Guide extends GuideHeader {
  asOf: string;
  whoMayApply: {
    institutionKinds: string[];
    authorityKinds: string[];
    requires_zh: string | null;
    requires_en: string | null;
    articles: CitedText[];
  };
  authorities: CitedText[];
  conditions: GuideConditionGroup[];
  materials: GuideMaterialList[];
  steps: GuideStep[];
  outcomes: GuideOutcome[];
  timeLimits: GuideTimeLimit[];
}

/** A regulation's title in English (src/rules/catalogue-texts-en.ts, shared with the rule catalogue). */
const regimeTitleEn = (r: RegimeDefinition) => REGIME_TITLES_EN[r.source] ?? r.title_zh;

/** 'a/b/c' covers itself and everything below it. */
const within = (id: string, ancestor: string) => id === ancestor || id.startsWith(`${ancestor}/`);

function regimeOf(cat: Catalogue, c: Citation): RegimeDefinition | undefined {
  return cat.regimes.find((r) => r.source === c.source);
}

/** The article (or item) text of a citation: the exact provision, else its nearest listed ancestor. */
function articleOf(cat: Catalogue, c: Citation): { regime: RegimeDefinition; article: ArticleText } | null {
  const regime = regimeOf(cat, c);
  if (!regime) return null;
  const byId = new Map(regime.articles.map((a) => [citationId(a.citation), a]));
  const parts = citationId(c).split('/');
  while (parts.length > 1) {
    const a = byId.get(parts.join('/'));
    if (a) return { regime, article: a };
    parts.pop();
  }
  return null;
}

function citedText(cat: Catalogue, c: Citation): CitedText {
  const found = articleOf(cat, c);
  if (!found) throw new Error(`guide cites ${citationId(c)}, which no regime lists`);
  return {
    citation: found.article.citation,
    ...citationTexts(found.article.citation),
    regimeTitle_zh: found.regime.title_zh,
    regimeTitle_en: regimeTitleEn(found.regime),
    label_zh: found.article.label_zh,
    text_zh: found.article.text_zh,
  };
}

function parameterValue(p: Parameter<unknown>, asOf: string): ParameterValue {
  const v = versionAt(p, asOf)?.value ?? null;
  const base = { id: p.id, description_zh: p.description_zh, description_en: p.description_en, unit: p.unit };
  if (Array.isArray(v)) return { ...base, value: null, items: v.length };
  if (typeof v === 'number' || typeof v === 'string') return { ...base, value: v };
  return { ...base, value: null };
}

const cite = (c: Citation) => citationTexts(c);

function material(i: ChecklistItem): GuideMaterial {
  return {
    id: i.id,
    title_zh: i.title_zh,
    title_en: i.title_en,
    required: i.required,
    accepts: [...i.accepts],
    maxFiles: i.maxFiles ?? 1,
    appliesTo: i.appliesTo ? [...i.appliesTo] : null,
    note_zh: i.note_zh ?? null,
    note_en: i.note_en ?? null,
    ...cite(i.citation),
  };
}

/** An empty case opened today: what a checklist reads (its opening day, a variant's data). */
function blankCase(m: AnyProcedureModule, asOf: string, data: Record<string, unknown>): CaseRecord {
  const at = new Date(`${asOf}T12:00:00+08:00`);
  return {
    id: '00000000-0000-0000-0000-000000000000',
    procedure: m.id,
    referenceNo: '',
    institutionId: '',
    branchId: null,
    authorityId: '',
    jurisdictionCode: '',
    parentCaseId: null,
    state: m.machine.initial,
    awaiting: null,
    data,
    version: 0,
    submittedAt: null,
    closedAt: null,
    validFrom: null,
    validTo: null,
    createdAt: at,
    updatedAt: at,
    deciderInstitutionId: null,
  };
}

/** States in the order a case meets them: breadth-first from the initial state, declaration order within. */
function stateOrder(m: AnyProcedureModule): string[] {
  const order: string[] = [m.machine.initial];
  for (let i = 0; i < order.length; i++) {
    for (const t of m.machine.transitions) {
      if (t.from === order[i] && !order.includes(t.to)) order.push(t.to);
    }
  }
  return order;
}

export function buildGuideSummary(m: AnyProcedureModule, spec: GuideSpec, asOf: string): GuideSummary {
  const g = buildGuide(m, spec, asOf);
  return {
    procedure: g.procedure,
    title_zh: g.title_zh,
    title_en: g.title_en,
    procedure_zh: g.procedure_zh,
    procedure_en: g.procedure_en,
    regimes: g.regimes,
    institutionKinds: g.institutionKinds,
    authorityKinds: g.authorityKinds,
    stepCount: g.steps.length,
    materialCount: Math.max(0, ...g.materials.map((l) => l.items.length)),
  };
}

export function buildGuide(
  m: AnyProcedureModule,
  spec: GuideSpec,
  asOf: string,
  cat: Catalogue = defaultCatalogue,
): Guide {
  const states = m.machine.states as Record<string, StateDef>;
  const parameters = new Map(cat.parameters.map((p) => [p.id, p]));

  // Conditions: every rule under an article a transition cites, grouped under its article.
  const cited = new Map<string, Citation>();
  for (const t of m.machine.transitions) for (const c of t.citations) cited.set(citationId(c), c);
  const citedIds = [...cited.keys()];
  const groups = new Map<string, GuideConditionGroup>();
  for (const rule of cat.rules) {
    const id = citationId(rule.citation);
    if (!citedIds.some((c) => within(id, c))) continue;
    const found = articleOf(cat, rule.citation);
    const key = found ? citationId(found.article.citation) : id;
    if (!groups.has(key))
      groups.set(key, { article: found ? citedText(cat, found.article.citation) : null, conditions: [] });
    groups.get(key)!.conditions.push({
      ruleId: rule.id,
      title_zh: rule.title_zh,
      title_en: rule.title_en,
      ...cite(rule.citation),
      parameters: rule.parameters.flatMap((pid) => {
        const p = parameters.get(pid);
        return p ? [parameterValue(p, asOf)] : [];
      }),
    });
  }

  const timeLimitOf = (state: string): GuideTimeLimit | null => {
    const clock = states[state]?.clock;
    if (!clock) return null;
    const p = (m.parameters ?? ((id: string) => parameters.get(id) as Parameter<number> | undefined))(
      clock.parameter,
    );
    const v = p ? versionAt(p, asOf)?.value : null;
    return {
      state,
      label_zh: clock.label_zh,
      label_en: clock.label_en,
      days: typeof v === 'number' ? v : null,
      unit: clock.kind,
      pauses: clock.pauses ?? false,
      parameterId: clock.parameter,
      ...cite(clock.citation),
    };
  };

  const order = stateOrder(m);
  const steps: GuideStep[] = order
    .filter((s) => !states[s]!.final)
    .map((s) => ({
      state: s,
      label_zh: states[s]!.label_zh,
      label_en: states[s]!.label_en,
      awaiting: states[s]!.awaiting ?? null,
      timeLimit: timeLimitOf(s),
      materialsEditable: states[s]!.editableMaterials ?? false,
      actions: m.machine.transitions
        .filter((t) => t.from === s)
        .map((t) => ({
          event: t.event,
          description_zh: t.description_zh,
          description_en: t.description_en ?? null,
          actor: [...t.actor],
          to: t.to,
          toLabel_zh: states[t.to]!.label_zh,
          toLabel_en: states[t.to]!.label_en,
          toFinal: states[t.to]!.final ?? false,
          citations: t.citations.map(cite),
          documents: (t.documents ?? []).map((kind) => ({
            kind,
            title_zh: DOCUMENT_KIND_ZH[kind],
            title_en: DOCUMENT_KIND_EN[kind],
          })),
        })),
    }));
  const outcomes = order
    .filter((s) => states[s]!.final)
    .map((s) => ({ state: s, label_zh: states[s]!.label_zh, label_en: states[s]!.label_en }));

  // Time limits: the machine's clocks, then periods in days the cited articles set without a clock.
  const timeLimits = steps.flatMap((s) => (s.timeLimit ? [s.timeLimit] : []));
  const clocked = new Set(timeLimits.map((t) => t.parameterId));
  for (const p of cat.parameters) {
    if ((p.unit !== 'working_days' && p.unit !== 'calendar_days') || clocked.has(p.id)) continue;
    const v = versionAt(p, asOf);
    if (!v || typeof v.value !== 'number') continue;
    if (!citedIds.some((c) => within(citationId(v.reference), c))) continue;
    timeLimits.push({
      state: null,
      label_zh: p.description_zh,
      label_en: p.description_en,
      days: v.value,
      unit: p.unit,
      pauses: false,
      parameterId: p.id,
      ...cite(v.reference),
    });
  }

  const variants = spec.checklistVariants ?? [{ data: {}, label_zh: null, label_en: null }];
  const materials = variants.map((v) => ({
    label_zh: v.label_zh,
    label_en: v.label_en,
    items: m.checklist(blankCase(m, asOf, v.data)).items.map(material),
  }));

  return {
    procedure: m.id,
    title_zh: m.title_zh,
    title_en: m.title_en,
    procedure_zh: m.machine.procedure_zh,
    procedure_en: m.machine.procedure_en,
    regimes: m.regimes.map((source) => {
      const r = cat.regimes.find((x) => x.source === source)!;
      return { source, title_zh: r.title_zh, title_en: regimeTitleEn(r), documentNo: r.documentNo ?? null };
    }),
    institutionKinds: [...spec.institutionKinds],
    authorityKinds: [...spec.authorityKinds],
    asOf,
    whoMayApply: {
      institutionKinds: [...spec.institutionKinds],
      authorityKinds: [...spec.authorityKinds],
      requires_zh: spec.requires_zh ?? null,
      requires_en: spec.requires_en ?? null,
      articles: spec.applicantArticles.map((c) => citedText(cat, c)),
    },
    authorities: spec.authorityArticles.map((c) => citedText(cat, c)),
    conditions: [...groups.values()],
    materials,
    steps,
    outcomes,
    timeLimits,
  };
}
