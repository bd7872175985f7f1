// The rule catalogue: the six regimes, validated when loaded, and the one entry point through which
// workflows, POST /api/v1/rules/evaluate and the CLI evaluate a check. Nothing else in the system
// re-implements a legal condition (issue 3).
import type { z } from 'zod';
import { AppError, english, type FieldProblem } from '../domain/errors.js';
import { citationId, formatCitation } from '../domain/citation.js';
import {
  ParameterNotInForceError,
  validateParameter,
  type IsoDate,
  type Parameter,
} from '../parameters/parameter.js';
import type { WorkingDayCalendar } from '../calendar/calendar-data.js';
import { isIsoDate } from '../calendar/calendar-days.js';
import type { RegimeDefinition } from './article.js';
import type { CheckDefinition } from './check.js';
import type { RuleDefinition } from './rule.js';
import { outcomeOf, type Finding, type Outcome } from './finding.js';
import { factsProblems } from './facts-problems.js';
import { regime as mohrssFiling } from './mohrss-filing/index.js';
import { regime as mohrssViolations } from './mohrss-violations/index.js';
import { regime as oneXSelection } from './1x-selection/index.js';
import { regime as oneXExit } from './1x-exit/index.js';
import { regime as deptPilot } from './dept-pilot/index.js';
import { regime as gzRules } from './gz-rules/index.js';

export interface EvaluationResult {
  check: string;
  asOf: IsoDate;
  outcome: Outcome;
  findings: Finding[];
}

export interface Catalogue {
  regimes: readonly RegimeDefinition[];
  rules: readonly RuleDefinition[];
  parameters: readonly Parameter<unknown>[];
  checks: readonly CheckDefinition<unknown>[];
  findCheck(name: string): CheckDefinition<unknown> | undefined;
  findRule(id: string): RuleDefinition | undefined;
  regimeOf(check: CheckDefinition<unknown>): RegimeDefinition;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every inconsistency between regimes, rules, parameters, checks and coverage; empty when sound. */
export function catalogueProblems(regimes: readonly RegimeDefinition[]): string[] {
  const problems: string[] = [];
  const ruleIds = new Set<string>();
  const paramIds = new Set<string>();
  const checkNames = new Set<string>();
  for (const r of regimes) {
    for (const rule of r.rules) {
      if (ruleIds.has(rule.id)) problems.push(`duplicate rule id ${rule.id}`);
      ruleIds.add(rule.id);
      if (rule.citation.source !== r.source)
        problems.push(`${rule.id}: cites ${rule.citation.source}, not ${r.source}`);
      if (!rule.id.startsWith(`${r.source}/`)) problems.push(`${rule.id}: id must start with ${r.source}/`);
      if (!/^[a-z0-9-]+(\/[A-Za-z0-9_-]+)+$/.test(rule.id))
        problems.push(`${rule.id}: id must be ASCII segments`);
      if (!ISO_DATE.test(rule.inForce.from)) problems.push(`${rule.id}: bad inForce.from`);
    }
    for (const p of r.parameters) {
      if (paramIds.has(p.id)) problems.push(`duplicate parameter id ${p.id}`);
      paramIds.add(p.id);
      problems.push(...validateParameter(p));
    }
  }
  for (const r of regimes) {
    const covered = new Set<string>();
    const articleKeys = new Set<string>();
    for (const a of r.articles) {
      const key = citationId(a.citation);
      if (articleKeys.has(key))
        problems.push(`${r.source}: article ${formatCitation(a.citation)} listed twice`);
      articleKeys.add(key);
      if (a.citation.source !== r.source) problems.push(`${key}: article of another regime`);
      if (a.coverage.status === 'encoded') {
        if (a.coverage.ruleIds.length === 0) problems.push(`${key}: encoded without rule ids`);
        for (const id of a.coverage.ruleIds) {
          if (!ruleIds.has(id)) problems.push(`${key}: coverage names unknown rule ${id}`);
          covered.add(id);
        }
      }
      if (a.coverage.status === 'procedural' && !a.coverage.workflow.trim())
        problems.push(`${key}: no workflow`);
      if (a.coverage.status === 'not_encoded' && !a.coverage.reason.trim())
        problems.push(`${key}: no reason`);
    }
    for (const rule of r.rules) {
      if (!covered.has(rule.id)) problems.push(`${rule.id}: no article's coverage lists this rule`);
      for (const pid of rule.parameters)
        if (!paramIds.has(pid)) problems.push(`${rule.id}: unknown parameter ${pid}`);
    }
    for (const c of r.checks) {
      if (checkNames.has(c.name)) problems.push(`duplicate check ${c.name}`);
      checkNames.add(c.name);
      if (c.regime !== r.source) problems.push(`${c.name}: regime ${c.regime} listed under ${r.source}`);
      if (!c.name.startsWith(`${r.source}.`)) problems.push(`${c.name}: name must start with ${r.source}.`);
      for (const id of c.ruleIds) if (!ruleIds.has(id)) problems.push(`${c.name}: unknown rule ${id}`);
      const parsed = c.facts.safeParse(c.example);
      if (!parsed.success) problems.push(`${c.name}: example does not match its facts schema`);
    }
  }
  return problems;
}

export function createCatalogue(regimes: readonly RegimeDefinition[]): Catalogue {
  const problems = catalogueProblems(regimes);
  if (problems.length > 0) throw new Error(`rule catalogue is inconsistent:\n  ${problems.join('\n  ')}`);
  const rules = regimes.flatMap((r) => r.rules);
  const checks = regimes.flatMap((r) => r.checks);
  const byCheck = new Map(checks.map((c) => [c.name, c]));
  const byRule = new Map(rules.map((r) => [r.id, r]));
  return {
    regimes,
    rules,
    parameters: regimes.flatMap((r) => r.parameters),
    checks,
    findCheck: (name) => byCheck.get(name),
    findRule: (id) => byRule.get(id),
    regimeOf: (check) => regimes.find((r) => r.source === check.regime)!,
  };
}

export const catalogue: Catalogue = createCatalogue([
  mohrssFiling,
  mohrssViolations,
  oneXSelection,
  oneXExit,
  deptPilot,
  gzRules,
]);
export const allRegimes = catalogue.regimes;
export const allRules = catalogue.rules;
export const allParameters = catalogue.parameters;
export const allChecks = catalogue.checks;
export const findCheck = (name: string): CheckDefinition<unknown> | undefined => catalogue.findCheck(name);

export const checkUnknown = (name: string): AppError =>
  new AppError(404, 'RULES_CHECK_UNKNOWN', '规则检查不存在', `没有名为“${name}”的规则检查`);

export const notInForce = (detail: string): AppError =>
  new AppError(422, 'RULES_NOT_IN_FORCE', '规则在该日期不适用', detail);

export const factsInvalid = (errors: FieldProblem[]): AppError =>
  new AppError(
    422,
    'RULES_FACTS_INVALID',
    '事实数据不符合要求',
    errors.map((e) => `${e.path}：${e.label ? `${e.label}：` : ''}${e.message}`).join('；'),
    errors,
    english(
      'The facts do not meet the requirements',
      errors
        .map((e) => {
          const message = e.message_en ?? e.message;
          return e.label_en ? `${e.label_en}: ${message}` : `${e.path}: ${message}`;
        })
        .join('; '),
    ),
  );

/**
 * Evaluates `name` as of the legally relevant date over `facts` (parsed strictly). Throws AppError:
 * 404 RULES_CHECK_UNKNOWN, 422 RULES_FACTS_INVALID (field errors in Chinese), 422 RULES_NOT_IN_FORCE.
 */
export function evaluateCheck(
  name: string,
  asOf: IsoDate,
  facts: unknown,
  calendar?: WorkingDayCalendar,
  from: Catalogue = catalogue,
): EvaluationResult {
  const check = from.findCheck(name);
  if (!check) throw checkUnknown(name);
  if (!isIsoDate(asOf))
    throw factsInvalid([
      { path: 'asOf', message: '日期格式应为 YYYY-MM-DD', message_en: 'The date should be YYYY-MM-DD' },
    ]);
  const regime = from.regimeOf(check);
  if (asOf < regime.inForceFrom)
    throw notInForce(`《${regime.title_zh}》自 ${regime.inForceFrom} 起适用，${asOf} 时尚不适用`);
  const parsed = (check.facts as z.ZodType).safeParse(facts);
  if (!parsed.success) throw factsInvalid(factsProblems(check.facts as z.ZodType, parsed.error.issues));
  let findings: Finding[];
  try {
    findings = check.run(parsed.data, { asOf, ...(calendar ? { calendar } : {}) });
  } catch (err) {
    if (err instanceof ParameterNotInForceError)
      throw notInForce(`参数 ${err.parameterId} 在 ${err.asOf} 时没有有效取值`);
    throw err;
  }
  const stray = findings.filter((f) => !check.ruleIds.includes(f.ruleId));
  if (stray.length > 0)
    throw new Error(`${name} returned findings of undeclared rules: ${stray.map((f) => f.ruleId)}`);
  return { check: name, asOf, outcome: outcomeOf(findings), findings };
}
