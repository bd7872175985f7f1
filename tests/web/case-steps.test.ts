import { describe, expect, it } from 'vitest';
import { actionStyle, stepsOf } from '../../web/src/features/cases/case-steps';
import type { CaseDetail } from '../../web/src/features/cases/types';

const st = (id: string, o: Partial<CaseDetail['states'][number]> = {}) => ({
  id,
  label_zh: id,
  label_en: id,
  final: false,
  visited: false,
  current: false,
  ...o,
});

const states = [
  st('draft', { visited: true }),
  st('submitted', { current: true, visited: true }),
  st('correction'),
  st('assessment'),
  st('public_notice'),
  st('published', { final: true }),
  st('refused', { final: true }),
];

describe('stepsOf', () => {
  it('shows the steps still to come up to the first final state, side states left out', () => {
    expect(stepsOf(states).map((s) => s.id)).toEqual([
      'draft',
      'submitted',
      'assessment',
      'public_notice',
      'published',
    ]);
  });

  it('a closed case shows only where it went', () => {
    const closed = states.map((s) =>
      s.id === 'refused' ? { ...s, current: true, visited: true } : { ...s, current: false },
    );
    expect(stepsOf(closed).map((s) => s.id)).toEqual(['draft', 'submitted', 'refused']);
  });
});

const act = (event: string, to: string, enabled: boolean | null = null) =>
  ({ event, to, enabled }) as unknown as CaseDetail['available'][number];

describe('actionStyle', () => {
  const all = [
    act('record_review', 'submitted'),
    act('accept', 'assessment'),
    act('reject', 'refused'),
    act('withdraw', 'withdrawn'),
  ];
  it('the normal next step is primary; refusal and withdrawal are danger; a recording is neither', () => {
    expect(all.map((a) => actionStyle(a, all, 'submitted'))).toEqual([
      'default',
      'primary',
      'danger',
      'danger',
    ]);
  });
  it('a return for correction is not the normal next step, even when declared first (issue 10 point 4)', () => {
    const review = [
      act('request_review_correction', 'assessment_correction'),
      act('request_correction', 'correction'),
      act('start_notice', 'public_notice'),
    ];
    expect(review.map((a) => actionStyle(a, review, 'assessment'))).toEqual([
      'default',
      'default',
      'primary',
    ]);
  });
  it('a blocked action is not the primary one', () => {
    const blocked = [act('submit', 'submitted', false), act('update_application', 'draft')];
    expect(blocked.map((a) => actionStyle(a, blocked, 'draft'))).toEqual(['default', 'default']);
  });
});
