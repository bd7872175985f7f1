// 1x-exit §5, §7(4) — 取消资质的九种情形 ("可按规定取消"), and the lesser measures short of them.
import { describe, expect, it } from 'vitest';
import { evaluate, example, findings, only } from '../support.js';

const CHECK = '1x-exit.revocation';
type Facts = Record<string, unknown>;
const run = (asOf: string, patch: Facts = {}) => evaluate(CHECK, asOf, example<Facts>(CHECK, patch));
const NO_28 = example<{ section28: Facts }>(CHECK).section28;

describe('1x-exit §5(2): 自批准后一年内未启动开展相关工作', () => {
  const ground = (asOf: string, workStartedOn: string | null) =>
    only(run(asOf, { approvedOn: '2022-03-01', workStartedOn }), '1x-exit/5/2');
  it('approved 2022-03-01 and not started: no ground while the year runs (2023-02-28), a ground from the anniversary 2023-03-01', () => {
    expect(ground('2023-02-28', null).passed).toBe(true);
    expect(ground('2023-02-28', null).values).toMatchObject({ pending: true, yearEndsOn: '2023-03-01' });
    expect(ground('2023-03-01', null).passed).toBe(false);
    expect(ground('2023-03-02', null).passed).toBe(false);
  });
  it('work started 2023-02-28 (the last day of the year) is in time; started on 2023-03-01 is too late', () => {
    expect(ground('2024-01-01', '2023-02-28').passed).toBe(true);
    expect(ground('2024-01-01', '2023-03-01').passed).toBe(false);
  });
});

describe('1x-exit §5(3): 两年内未开展更新证书标准、考核题库等相关工作', () => {
  const ground = (asOf: string, lastUpdateOn: string | null) =>
    only(run(asOf, { approvedOn: '2021-01-15', lastUpdateOn }), '1x-exit/5/3');
  it('last updated 2022-06-10: no ground on 2024-06-09, a ground on 2024-06-10 (two years) and after', () => {
    expect(ground('2024-06-09', '2022-06-10').passed).toBe(true);
    expect(ground('2024-06-10', '2022-06-10').passed).toBe(false);
    expect(ground('2024-06-11', '2022-06-10').values).toMatchObject({ reachedOn: '2024-06-10', years: 2 });
  });
  it('never updated: the two years run from approval (2021-01-15 → 2023-01-15)', () => {
    expect(ground('2023-01-14', null).passed).toBe(true);
    expect(ground('2023-01-15', null).passed).toBe(false);
    expect(ground('2023-01-15', null).values).toMatchObject({ sinceIsApproval: true });
  });
});

describe('1x-exit §5(4): 连续两年内未开展或无人报名参加评价，或连续两年内无院校选择实施', () => {
  it('last evaluation with candidates 2022-11-20: a ground from 2024-11-20, not on 2024-11-19', () => {
    expect(
      only(run('2024-11-19', { lastEvaluationWithCandidatesOn: '2022-11-20' }), '1x-exit/5/4/evaluations')
        .passed,
    ).toBe(true);
    expect(
      only(run('2024-11-20', { lastEvaluationWithCandidatesOn: '2022-11-20' }), '1x-exit/5/4/evaluations')
        .passed,
    ).toBe(false);
  });
  it('no school implementing since 2023-03-01: a ground from 2025-03-01', () => {
    expect(
      only(run('2025-02-28', { lastSchoolImplementationOn: '2023-03-01' }), '1x-exit/5/4/schools').passed,
    ).toBe(true);
    expect(
      only(run('2025-03-01', { lastSchoolImplementationOn: '2023-03-01' }), '1x-exit/5/4/schools').passed,
    ).toBe(false);
  });
});

describe('1x-exit §5(5), §5(6): 问题较多或 D 档，且未按要求整改到位', () => {
  it('many reported problems not rectified is a ground; rectified is not', () => {
    expect(only(run('2025-06-01', { channelProblems: 'not_rectified' }), '1x-exit/5/5').passed).toBe(false);
    expect(only(run('2025-06-01', { channelProblems: 'rectified' }), '1x-exit/5/5').passed).toBe(true);
  });
  it('rating D not rectified is a ground; D rectified, or C not rectified, is not', () => {
    expect(
      only(run('2025-06-01', { monitoringRating: { grade: 'D', rectified: false } }), '1x-exit/5/6').passed,
    ).toBe(false);
    expect(
      only(run('2025-06-01', { monitoringRating: { grade: 'D', rectified: true } }), '1x-exit/5/6').passed,
    ).toBe(true);
    expect(
      only(run('2025-06-01', { monitoringRating: { grade: 'C', rectified: false } }), '1x-exit/5/6').passed,
    ).toBe(true);
  });
});

describe('1x-exit §5(7)–(9): 重大违法失信、重大风险、其他严重影响正常运转', () => {
  it('not yet assessed needs judgement; found present fails; found absent passes', () => {
    expect(only(run('2025-06-01', { majorRisk: undefined }), '1x-exit/5/8').passed).toBe('needs_judgement');
    expect(only(run('2025-06-01', { majorRisk: true }), '1x-exit/5/8').passed).toBe(false);
    expect(only(run('2025-06-01', { majorIllegality: true }), '1x-exit/5/7').passed).toBe(false);
    expect(only(run('2025-06-01', { otherDisruption: false }), '1x-exit/5/9').passed).toBe(true);
  });
});

describe('1x-exit §5(1): 《管理办法》第二十八条列出的七种情形', () => {
  it('a §28 ground (bundled sales) is returned as the 1x-selection finding and makes §5(1) present', () => {
    const r = run('2025-06-01', { section28: { ...NO_28, improperBenefit: true } });
    expect(only(r, '1x-selection/28/3').passed).toBe(false);
    expect(only(r, '1x-selection/28/3').citation).toEqual({ source: '1x-selection', article: 28, item: 3 });
    expect(only(r, '1x-exit/5/1').passed).toBe(false);
  });
  it('a §28 ground still to be assessed leaves §5(1) for judgement', () => {
    const r = run('2025-06-01', { section28: { ...NO_28, examMisconduct: undefined } });
    expect(only(r, '1x-exit/5/1').passed).toBe('needs_judgement');
  });
});

describe('1x-exit §5 chapeau: 可按规定取消 — revocation is permitted, not required', () => {
  it('with no ground the article passes: no revocation under §5', () => {
    const r = run('2025-06-01');
    expect(only(r, '1x-exit/5').passed).toBe(true);
    expect(r.outcome).toBe('pass');
  });
  it('with a ground present the decision is the authority’s: revoke the organisation, the programme, or apply §7(4)', () => {
    const r = run('2025-06-01', { monitoringRating: { grade: 'D', rectified: false } });
    const decision = only(r, '1x-exit/5');
    expect(decision.passed).toBe('needs_judgement');
    expect(decision.options).toHaveLength(3);
    expect(decision.values).toMatchObject({ groundsPresent: ['1x-exit/5/6'] });
    expect(r.outcome).toBe('fail');
  });
});

describe('1x-exit §7(4): 查实存在问题但尚不构成取消情形的，视情节处理', () => {
  it('verified problems without a ground: the six lesser measures are offered', () => {
    const f = only(run('2025-06-01', { verifiedProblems: true }), '1x-exit/7/4');
    expect(f.passed).toBe('needs_judgement');
    expect(f.options).toEqual(['约谈', '警告', '通报', '责令限期整改', '限制实施规模', '扣减有关经费']);
  });
  it('not offered when a ground for revocation is present, nor when nothing was verified', () => {
    expect(
      findings(run('2025-06-01', { verifiedProblems: true, majorRisk: true }), '1x-exit/7/4'),
    ).toHaveLength(0);
    expect(findings(run('2025-06-01', { verifiedProblems: false }), '1x-exit/7/4')).toHaveLength(0);
  });
});
