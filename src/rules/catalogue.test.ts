// The catalogue refuses an inconsistent set of regimes at load, and evaluateCheck answers typed errors.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../domain/errors.js';
import { dated } from '../parameters/parameter.js';
import type { RegimeDefinition } from './article.js';
import { allRegimes, catalogueProblems, createCatalogue, evaluateCheck } from './catalogue.js';
import { defineCheck } from './check.js';
import { defineRule, finding } from './rule.js';

const rule = defineRule({
  id: 'gz-rules/99',
  citation: { source: 'gz-rules', article: 99 },
  title_zh: '测试',
  title_en: 'test',
  inForce: { from: '2020-01-01' },
  parameters: ['gz-rules.test_param'],
});
const param = {
  id: 'gz-rules.test_param',
  description_zh: '测试',
  description_en: 'test',
  unit: 'persons' as const,
  versions: dated('2020-01-01', 3, { source: 'gz-rules' as const, article: 99 }),
};
const check = defineCheck({
  name: 'gz-rules.test',
  regime: 'gz-rules',
  title_zh: '测试',
  title_en: 'test',
  facts: z.strictObject({ n: z.number().int().describe('人数') }),
  example: { n: 3 },
  ruleIds: [rule.id],
  run: (f) => [finding(rule, f.n >= 3, 'n', 'n', { n: f.n })],
});
const regime = (patch: Partial<RegimeDefinition> = {}): RegimeDefinition => ({
  source: 'gz-rules',
  title_zh: '测试细则',
  issuedBy_zh: '测试',
  issuedOn: null,
  inForceFrom: '2020-01-01',
  seedFile: 'none.txt',
  articles: [
    {
      citation: { source: 'gz-rules', article: 99 },
      label_zh: '第九十九条',
      text_zh: '…',
      coverage: { status: 'encoded', ruleIds: [rule.id] },
    },
  ],
  rules: [rule],
  parameters: [param],
  checks: [check],
  ...patch,
});

describe('catalogue validation at load', () => {
  it('the six regimes of SkillReg are consistent', () => {
    expect(catalogueProblems(allRegimes)).toEqual([]);
    expect(allRegimes).toHaveLength(6);
  });
  it('a sound test regime loads', () => {
    expect(catalogueProblems([regime()])).toEqual([]);
  });
  it('refuses duplicate rule ids, unknown rule ids in checks and coverage, unknown parameters, uncovered rules', () => {
    expect(catalogueProblems([regime({ rules: [rule, rule] })]).join()).toMatch(/duplicate rule id/);
    expect(
      catalogueProblems([regime({ checks: [{ ...check, ruleIds: ['gz-rules/100'] }] as never })]).join(),
    ).toMatch(/unknown rule gz-rules\/100/);
    expect(catalogueProblems([regime({ parameters: [] })]).join()).toMatch(/unknown parameter/);
    expect(catalogueProblems([regime({ articles: [] })]).join()).toMatch(/no article's coverage lists/);
    expect(
      catalogueProblems([
        regime({
          articles: [
            {
              citation: { source: 'gz-rules', article: 99 },
              label_zh: 'x',
              text_zh: 'x',
              coverage: { status: 'encoded', ruleIds: [rule.id, 'gz-rules/7'] },
            },
          ],
        }),
      ]).join(),
    ).toMatch(/unknown rule gz-rules\/7/);
  });
  it('refuses an invalid parameter and an example that does not match its schema', () => {
    expect(catalogueProblems([regime({ parameters: [{ ...param, versions: [] }] })]).join()).toMatch(
      /no versions/,
    );
    expect(
      catalogueProblems([regime({ checks: [{ ...check, example: { n: 'x' } }] as never })]).join(),
    ).toMatch(/example does not match/);
    expect(() => createCatalogue([regime({ rules: [rule, rule] })])).toThrow(/inconsistent/);
  });
});

describe('evaluateCheck', () => {
  const cat = createCatalogue([regime()]);
  it('returns every finding and the outcome', () => {
    expect(evaluateCheck('gz-rules.test', '2020-01-01', { n: 2 }, undefined, cat)).toMatchObject({
      outcome: 'fail',
      findings: [{ ruleId: 'gz-rules/99', values: { n: 2 } }],
    });
  });
  it('404 RULES_CHECK_UNKNOWN, 422 RULES_FACTS_INVALID with the Chinese label, 422 RULES_NOT_IN_FORCE', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e instanceof AppError ? [e.status, e.code, e.detail] : e;
      }
      return null;
    };
    expect(code(() => evaluateCheck('nope', '2020-01-01', {}, undefined, cat))).toEqual([
      404,
      'RULES_CHECK_UNKNOWN',
      expect.any(String),
    ]);
    expect(code(() => evaluateCheck('gz-rules.test', '2020-01-01', { n: 'x' }, undefined, cat))).toEqual([
      422,
      'RULES_FACTS_INVALID',
      'facts.n：人数：缺少或类型错误，应为数字',
    ]);
    expect(code(() => evaluateCheck('gz-rules.test', '2020-01-01', { n: 1, m: 2 }, undefined, cat))).toEqual([
      422,
      'RULES_FACTS_INVALID',
      'facts：不允许的字段：m',
    ]);
    expect(code(() => evaluateCheck('gz-rules.test', '2019-12-31', { n: 3 }, undefined, cat))).toEqual([
      422,
      'RULES_NOT_IN_FORCE',
      expect.stringContaining('2020-01-01'),
    ]);
    expect(code(() => evaluateCheck('gz-rules.test', '2020-02-30', { n: 3 }, undefined, cat))).toEqual([
      422,
      'RULES_FACTS_INVALID',
      expect.any(String),
    ]);
  });
});
