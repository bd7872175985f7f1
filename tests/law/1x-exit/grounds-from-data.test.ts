// 1x-exit §5(2)–(6) raised from the data (issue 14 point 4; docs/decisions/0040): the queue's grounds come
// from the rules of src/rules/1x-exit/revocation.ts with the parameters of src/parameters/1x-exit.ts.
// Periods of years are complete on the anniversary (the reading in revocation.ts): the day before it no
// ground, on it the ground.
import { describe, expect, it } from 'vitest';
import {
  programmeGrounds,
  type ProgrammeActivity,
} from '../../../src/use-cases/supervision-grounds/programme-grounds.js';
import { gradeOf, indicatorScore, totalScore } from '../../../src/use-cases/monitoring-ratings/score.js';

const APPROVED = '2023-06-08';
const active: ProgrammeActivity = {
  approvedOn: APPROVED,
  firstWorkOn: '2023-07-01',
  lastUpdateOn: '2025-03-01',
  lastEvaluationWithCandidatesOn: '2025-11-01',
  lastSchoolImplementationOn: '2025-09-01',
  channelProblems: null,
  rating: null,
};
const ids = (a: ProgrammeActivity, asOf: string) => programmeGrounds(a, asOf).map((g) => g.ruleId);

describe('1x-exit §5(2) 自批准后一年内未启动开展相关工作', () => {
  const idle = { ...active, firstWorkOn: null };
  it('approved 2023-06-08, nothing started: no ground on 2024-06-07 (approval + 1 year − 1 day)', () => {
    expect(ids(idle, '2024-06-07')).not.toContain('1x-exit/5/2');
  });
  it('approved 2023-06-08, nothing started: the ground on 2024-06-08 (the anniversary), since the approval', () => {
    const g = programmeGrounds(idle, '2024-06-08').find((x) => x.ruleId === '1x-exit/5/2');
    expect(g).toMatchObject({ since: APPROVED, citation: { source: '1x-exit', article: 5, item: 2 } });
  });
  it('work started on 2024-06-07 is within the year; started on 2024-06-08 (the anniversary) is late', () => {
    expect(ids({ ...active, firstWorkOn: '2024-06-07' }, '2025-01-01')).not.toContain('1x-exit/5/2');
    expect(ids({ ...active, firstWorkOn: '2024-06-08' }, '2025-01-01')).toContain('1x-exit/5/2');
  });
});

describe('1x-exit §5(3) 两年内未开展更新证书标准、考核题库等相关工作', () => {
  it('last update 2024-03-01: no ground on 2026-02-28, the ground on 2026-03-01 since 2024-03-01', () => {
    const a = { ...active, lastUpdateOn: '2024-03-01' };
    expect(ids(a, '2026-02-28')).not.toContain('1x-exit/5/3');
    expect(programmeGrounds(a, '2026-03-01').find((g) => g.ruleId === '1x-exit/5/3')?.since).toBe(
      '2024-03-01',
    );
  });
  it('never updated since approval on 2023-06-08: the ground on 2025-06-08, since the approval', () => {
    const a = { ...active, lastUpdateOn: null };
    expect(ids(a, '2025-06-07')).not.toContain('1x-exit/5/3');
    expect(programmeGrounds(a, '2025-06-08').find((g) => g.ruleId === '1x-exit/5/3')?.since).toBe(APPROVED);
  });
});

describe('1x-exit §5(4) 连续两年内无人报名参加评价，或连续两年内无院校选择实施', () => {
  it('last evaluation with candidates 2024-10-20: no ground on 2026-10-19, the ground on 2026-10-20', () => {
    const a = { ...active, lastEvaluationWithCandidatesOn: '2024-10-20' };
    expect(ids(a, '2026-10-19')).not.toContain('1x-exit/5/4/evaluations');
    expect(ids(a, '2026-10-20')).toContain('1x-exit/5/4/evaluations');
  });
  it('last school chose it on 2024-09-01: no ground on 2026-08-31, the ground on 2026-09-01', () => {
    const a = { ...active, lastSchoolImplementationOn: '2024-09-01' };
    expect(ids(a, '2026-08-31')).not.toContain('1x-exit/5/4/schools');
    expect(ids(a, '2026-09-01')).toContain('1x-exit/5/4/schools');
  });
});

describe('1x-exit §5(5) 反映问题较多、未按要求整改到位 (the authority’s threshold; none: never)', () => {
  it('no ground without the threshold crossed; the ground since the oldest unresolved problem once crossed', () => {
    expect(ids(active, '2026-12-01')).not.toContain('1x-exit/5/5');
    const g = programmeGrounds({ ...active, channelProblems: { since: '2026-05-01' } }, '2026-12-01');
    expect(g.find((x) => x.ruleId === '1x-exit/5/5')?.since).toBe('2026-05-01');
  });
});

describe('1x-exit §5(6) 监测评价结果为 D 档且未按要求整改到位', () => {
  it('D under rectification: no ground; D not rectified by the deadline: the ground; C not rectified: none', () => {
    const d = (rectified: boolean, grade: 'C' | 'D' = 'D') => ({
      ...active,
      rating: { grade, rectified, since: '2026-11-30' },
    });
    expect(ids(d(true), '2026-12-01')).not.toContain('1x-exit/5/6');
    expect(ids(d(false), '2026-12-01')).toContain('1x-exit/5/6');
    expect(ids(d(false, 'C'), '2026-12-01')).not.toContain('1x-exit/5/6');
  });
  it('an active programme raises nothing', () => {
    expect(programmeGrounds(active, '2026-12-01')).toEqual([]);
  });
});

describe('1x-selection §27 监测评价: scores and bands the office sets', () => {
  const bands = { A: 90, B: 75, C: 60 };
  it('a count indicator scores raw / target, at most 100; a problem indicator 100 − raw × penalty, at least 0', () => {
    expect(
      indicatorScore({ name: 'x', source: 'candidates', weight: 1, target: 200, penalty: null }, 100),
    ).toBe(50);
    expect(
      indicatorScore({ name: 'x', source: 'candidates', weight: 1, target: 200, penalty: null }, 500),
    ).toBe(100);
    expect(
      indicatorScore(
        { name: 'x', source: 'rectifications_overdue', weight: 1, target: null, penalty: 40 },
        3,
      ),
    ).toBe(0);
  });
  it('the band boundaries: 90 is A, 89.99 is B, 60 is C, 59.99 is D', () => {
    expect(gradeOf(90, bands)).toBe('A');
    expect(gradeOf(89.99, bands)).toBe('B');
    expect(gradeOf(60, bands)).toBe('C');
    expect(gradeOf(59.99, bands)).toBe('D');
  });
  it('the score is the weighted mean', () => {
    expect(
      totalScore([
        { name: 'a', source: 'candidates', weight: 3, raw: 0, score: 100, evidence: [] },
        { name: 'b', source: 'schools', weight: 1, raw: 0, score: 0, evidence: [] },
      ]),
    ).toBe(75);
  });
});
