// The expert panel component (src/workflows/review): who may review an applicant, the reproducible
// draw, and the panel's decision from the opinions — pure, with boundary cases.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { screenExperts, type PoolExpert } from '../../src/workflows/review/eligibility.js';
import { drawKey, drawOrder, drawPanel, verifyDraw } from '../../src/workflows/review/draw.js';
import { panelDecision } from '../../src/workflows/review/decision.js';
import {
  panelDrawFindings,
  panelOutcomeFindings,
  type PanelDrawCtx,
} from '../../src/workflows/review/panel.js';
import { mf } from '../../src/parameters/mohrss-filing.js';

const APPLICANT = { institutionId: 'inst-1', uscc: '91330100MA27W5P8XC', name: '中联能源建设集团有限公司' };
const expert = (id: string, over: Partial<PoolExpert> = {}): PoolExpert => ({
  id,
  name: `专家${id}`,
  employerName: '某单位',
  employerUscc: null,
  active: true,
  ...over,
});

describe('panel eligibility: employees of the applicant and declared conflicts are left out, with why', () => {
  it('leaves out an expert whose employer USCC is the applicant’s — also when typed in lower case or full width', () => {
    const pool = [
      expert('a', { employerUscc: '91330100MA27W5P8XC' }),
      expert('b', { employerUscc: '９１３３０１００ma27w5p8xc' }),
      expert('c', { employerUscc: '91330100MA27W5P8XD' }),
      expert('d', { employerUscc: null }),
    ];
    const s = screenExperts(pool, APPLICANT, []);
    expect(s.eligible.map((e) => e.id)).toEqual(['c', 'd']);
    expect(s.excluded.map((x) => [x.expert.id, x.reasons.map((r) => r.code)])).toEqual([
      ['a', ['employee']],
      ['b', ['employee']],
    ]);
  });

  it('leaves out an expert who declared a conflict with the applicant by its id or by its USCC, not with another institution', () => {
    const conflict = (expertId: string, institutionId: string | null, institutionUscc: string | null) => ({
      expertId,
      institutionId,
      institutionUscc,
      institutionName: 'x',
      relation: 'part_time',
      reason: '兼任顾问',
    });
    const s = screenExperts([expert('a'), expert('b'), expert('c')], APPLICANT, [
      conflict('a', 'inst-1', null),
      conflict('b', null, '91330100ma27w5p8xc'),
      conflict('c', 'inst-2', '91520302MA6DT3K2XA'),
    ]);
    expect(s.eligible.map((e) => e.id)).toEqual(['c']);
    expect(s.excluded[0]!.reasons[0]).toMatchObject({
      code: 'declared_conflict',
      relation: 'part_time',
      detail_zh: '已申报利益冲突：在该单位兼职（兼任顾问）',
    });
  });

  it('keeps every reason of an expert who is excluded twice, and leaves out an inactive expert', () => {
    const s = screenExperts([expert('a', { employerUscc: APPLICANT.uscc, active: false })], APPLICANT, [
      {
        expertId: 'a',
        institutionId: 'inst-1',
        institutionUscc: null,
        institutionName: 'x',
        relation: 'relative',
        reason: null,
      },
    ]);
    expect(s.excluded[0]!.reasons.map((r) => r.code)).toEqual(['inactive', 'employee', 'declared_conflict']);
  });
});

describe('the draw: SHA-256(seed ":" id) order, re-runnable from the recorded seed', () => {
  const ids = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'];

  it('orders the experts by the SHA-256 of seed ":" expert id and takes the first `size`', () => {
    const seed = '0123456789abcdef0123456789abcdef';
    const expected = [...ids].sort((a, b) => {
      const ka = createHash('sha256').update(`${seed}:${a}`).digest('hex');
      const kb = createHash('sha256').update(`${seed}:${b}`).digest('hex');
      return ka < kb ? -1 : 1;
    });
    const d = drawPanel(seed, ids, 3);
    expect(d.order.map((p) => p.expertId)).toEqual(expected);
    expect(d.members).toEqual(expected.slice(0, 3));
    expect(d.order[0]).toMatchObject({ rank: 1, key: drawKey(seed, expected[0]!) });
  });

  it('does not depend on the order in which the pool is listed, and any seed re-runs to the same panel', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9a-f]{32}$/),
        fc.shuffledSubarray(ids, { minLength: 7, maxLength: 7 }),
        fc.integer({ min: 1, max: 7 }),
        (seed, shuffled, size) => {
          const a = drawPanel(seed, ids, size);
          const b = drawPanel(seed, shuffled, size);
          expect(b.members).toEqual(a.members);
          expect(verifyDraw({ seed, size, eligibleIds: shuffled, members: a.members })).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('detects a recorded panel that the seed does not give', () => {
    const seed = 'ffffffffffffffffffffffffffffffff';
    const d = drawPanel(seed, ids, 3);
    expect(verifyDraw({ seed, size: 3, eligibleIds: ids, members: [...d.members].reverse() })).toBe(false);
    expect(
      verifyDraw({
        seed: 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee',
        size: 7,
        eligibleIds: ids,
        members: drawOrder(seed, ids).map((p) => p.expertId),
      }),
    ).toBe(false);
  });

  it('refuses a draw with fewer eligible experts than the panel size — exactly as many is enough', () => {
    const ctx = (eligible: number, size: number): PanelDrawCtx => ({
      panelId: 'p',
      pool: { id: 'pool', name: '专家库', usable: true, size: 9 },
      seed: 'a'.repeat(32),
      size,
      roster: [],
      eligibleIds: ids.slice(0, eligible),
      excluded: [],
      order: [],
      members: [],
      today: '2026-03-11',
    });
    const sizeFinding = (e: number, s: number) =>
      panelDrawFindings(ctx(e, s), mf('一', '十', 3)).find((f) => f.ruleId === 'review/panel-size')!;
    expect(sizeFinding(3, 3).passed).toBe(true);
    expect(sizeFinding(2, 3).passed).toBe(false);
    expect(sizeFinding(2, 3).message_zh).toBe('可抽取专家仅 2 人（回避 0 人），不足评审组人数 3 人');
    const unusable = panelDrawFindings(
      { ...ctx(3, 3), pool: { id: 'pool', name: 'x', usable: false, size: 3 } },
      mf('一', '十', 3),
    );
    expect(unusable).toEqual([expect.objectContaining({ ruleId: 'review/pool', passed: false })]);
  });
});

describe('the panel decision: more than half decides; otherwise the authority judges with reasons', () => {
  const members = ['a', 'b', 'c'];
  const vote = (expertId: string, recommendation: 'approve' | 'reject' | 'revise') => ({
    expertId,
    recommendation,
  });

  it('2 of 3 is a majority; 1 of 3 each is none — the options are the recommendations given', () => {
    expect(
      panelDecision(members, [vote('a', 'approve'), vote('b', 'approve'), vote('c', 'reject')]),
    ).toMatchObject({
      complete: true,
      majority: 'approve',
      counts: { approve: 2, reject: 1, revise: 0 },
    });
    const spread = panelDecision(members, [vote('a', 'approve'), vote('b', 'revise'), vote('c', 'reject')]);
    expect(spread).toMatchObject({ complete: true, majority: null });
    expect([...spread.options].sort()).toEqual(['approve', 'reject', 'revise']);
  });

  it('2 of 4 is a tie, not a majority; 3 of 4 is', () => {
    const four = ['a', 'b', 'c', 'd'];
    expect(
      panelDecision(four, [
        vote('a', 'approve'),
        vote('b', 'approve'),
        vote('c', 'reject'),
        vote('d', 'reject'),
      ]),
    ).toMatchObject({ majority: null, options: ['approve', 'reject'] });
    expect(
      panelDecision(four, [
        vote('a', 'approve'),
        vote('b', 'approve'),
        vote('c', 'approve'),
        vote('d', 'reject'),
      ]),
    ).toMatchObject({ majority: 'approve' });
  });

  it('is incomplete while a member has not written, and ignores opinions of non-members', () => {
    const d = panelDecision(members, [vote('a', 'approve'), vote('b', 'approve'), vote('x', 'reject')]);
    expect(d).toMatchObject({
      complete: false,
      missing: ['c'],
      counts: { approve: 2, reject: 0, revise: 0 },
    });
  });

  const ctx = (votes: ReturnType<typeof vote>[]) => ({
    memberIds: members,
    round: 1,
    votes: votes.map((v) => ({ ...v, opinion: '意见' })),
    today: '2026-03-12',
  });
  const C = mf('一', '十', 3);

  it('the authority cannot decide against the majority, nor before every opinion is in', () => {
    const majority = ctx([vote('a', 'approve'), vote('b', 'approve'), vote('c', 'reject')]);
    expect(panelOutcomeFindings(majority, 'approve', {}, C).every((f) => f.passed === true)).toBe(true);
    expect(panelOutcomeFindings(majority, 'reject', {}, C)[1]).toMatchObject({
      ruleId: 'review/majority',
      passed: false,
    });
    expect(panelOutcomeFindings(ctx([vote('a', 'approve')]), 'approve', {}, C)).toEqual([
      expect.objectContaining({ ruleId: 'review/opinions-complete', passed: false }),
    ]);
  });

  it('without a majority the authority decides among the recommendations given, only with a reason', () => {
    const spread = ctx([vote('a', 'approve'), vote('b', 'revise'), vote('c', 'reject')]);
    expect(panelOutcomeFindings(spread, 'revise', {}, C)[1]).toMatchObject({ passed: false });
    expect(
      panelOutcomeFindings(spread, 'revise', { reason: '多数专家关注题库建设，修改后再审' }, C)[1],
    ).toMatchObject({
      passed: 'needs_judgement',
      options: ['通过', '不通过', '修改后再审'],
    });
    const tie = {
      memberIds: ['a', 'b'],
      round: 1,
      votes: [
        { ...vote('a', 'approve'), opinion: '' },
        { ...vote('b', 'reject'), opinion: '' },
      ],
      today: '2026-03-12',
    };
    expect(panelOutcomeFindings(tie, 'revise', { reason: '理由充分' }, C)[1]).toMatchObject({
      passed: false,
    });
  });
});
