import { describe, expect, it } from 'vitest';
import {
  availableEvents,
  defineMachine,
  nextState,
  paths,
  pathsToFinal,
  validateMachine,
} from './machine.js';
import { clockEffects } from './clock-effects.js';
import {
  ACCEPTANCE,
  MATERIALS,
  exampleMachine as m,
  type ExampleData,
} from './example-machine.test-support.js';

const ctx = { panelSize: 3 };
const at = (state: (typeof m)['initial'] | keyof typeof m.states, data: Partial<ExampleData> = {}) => ({
  state,
  data: { materialsMissing: 0, opinions: 0, ...data },
});

describe('nextState', () => {
  it('takes a declared transition for an allowed role and returns its citations', () => {
    const r = nextState(m, at('draft'), { type: 'submit', actor: 'applicant' }, ctx);
    expect(r).toMatchObject({ ok: true, from: 'draft', to: 'submitted' });
    if (r.ok) {
      expect(r.citations).toEqual([MATERIALS]);
      expect(r.findings).toHaveLength(1);
      expect(r.findings[0]?.passed).toBe(true);
    }
  });

  it('refuses an event not declared in the current state (not_allowed)', () => {
    const r = nextState(m, at('draft'), { type: 'accept', actor: 'authority' }, ctx);
    expect(r).toMatchObject({ ok: false, reason: 'not_allowed' });
    if (!r.ok) expect(r.detail_zh).toContain('填报中');
  });

  it('refuses a role the transition does not name (not_allowed), even with other roles absent', () => {
    expect(nextState(m, at('submitted'), { type: 'accept', actor: 'applicant' }, ctx)).toMatchObject({
      ok: false,
      reason: 'not_allowed',
    });
    expect(nextState(m, at('submitted'), { type: 'accept', actor: [] }, ctx)).toMatchObject({ ok: false });
    expect(
      nextState(m, at('submitted'), { type: 'accept', actor: ['expert', 'authority'] }, ctx),
    ).toMatchObject({
      ok: true,
    });
  });

  it('blocks on a failed guard finding and reports it (guard_failed)', () => {
    const r = nextState(m, at('draft', { materialsMissing: 2 }), { type: 'submit', actor: 'applicant' }, ctx);
    expect(r).toMatchObject({ ok: false, reason: 'guard_failed' });
    if (!r.ok) {
      expect(r.findings[0]).toMatchObject({ ruleId: 'example/materials-complete', passed: false });
      expect(r.detail_zh).toContain('尚缺2项申报材料');
    }
  });

  it('checks the panel guard at its boundary: 2 of 3 opinions blocks, 3 of 3 passes', () => {
    const event = { type: 'panel_decides', actor: 'authority' } as const;
    expect(nextState(m, at('review', { opinions: 2 }), event, ctx).ok).toBe(false);
    expect(nextState(m, at('review', { opinions: 3 }), event, ctx).ok).toBe(true);
  });

  it('lets a finding that needs judgement through and records it with the transition', () => {
    const r = nextState(m, at('review'), { type: 'refuse', actor: 'authority' }, ctx);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.findings.map((f) => f.passed)).toEqual(['needs_judgement']);
  });

  it('applies the pure data update of a transition without touching the input snapshot', () => {
    const before = at('review', { opinions: 1 });
    const r = nextState(m, before, { type: 'give_opinion', actor: 'expert' }, ctx);
    expect(r).toMatchObject({ ok: true, to: 'review', data: { opinions: 2 } });
    expect(before.data.opinions).toBe(1);
    const f = nextState(
      m,
      at('decided'),
      { type: 'file', actor: 'authority', payload: { code: 'B-001' } },
      ctx,
    );
    expect(f).toMatchObject({ ok: true, data: { filingCode: 'B-001' }, documents: ['filing_receipt'] });
  });

  it('takes the first guarded alternative that passes when several share state and event', () => {
    const alt = defineMachine({
      id: 'alt',
      procedure_zh: '分支',
      procedure_en: 'Test procedure',
      initial: 'a',
      states: {
        a: { label_zh: 'A', label_en: 'A' },
        big: { label_zh: '大', label_en: 'big', final: true },
        small: { label_zh: '小', label_en: 'small', final: true },
      },
      guards: {
        isBig: ({ payload }) => [
          {
            ruleId: 'x/big',
            citation: ACCEPTANCE,
            passed: (payload as number) > 10,
            message_zh: '大于10',
            message_en: '> 10',
            values: {},
          },
        ],
      },
      transitions: [
        {
          from: 'a',
          event: 'go',
          to: 'big',
          guard: 'isBig',
          actor: ['authority'],
          citations: [ACCEPTANCE],
          description_zh: '大',
          description_en: 'Go',
        },
        {
          from: 'a',
          event: 'go',
          to: 'small',
          actor: ['authority'],
          citations: [ACCEPTANCE],
          description_zh: '小',
          description_en: 'Go',
        },
      ],
    });
    expect(
      nextState(alt, { state: 'a', data: {} }, { type: 'go', actor: 'authority', payload: 11 }, {}),
    ).toMatchObject({
      to: 'big',
    });
    expect(
      nextState(alt, { state: 'a', data: {} }, { type: 'go', actor: 'authority', payload: 10 }, {}),
    ).toMatchObject({
      to: 'small',
    });
  });
});

describe('availableEvents', () => {
  it('lists the buttons of a role in a state', () => {
    expect(availableEvents(m, 'submitted', 'authority').map((e) => e.event)).toEqual([
      'request_correction',
      'accept',
    ]);
    expect(availableEvents(m, 'submitted', 'applicant')).toEqual([]);
    expect(availableEvents(m, 'filed', 'authority')).toEqual([]);
  });

  it('with a guard context, marks a blocked event disabled with the findings that block it', () => {
    const [submit] = availableEvents(m, 'draft', 'applicant', {
      data: { materialsMissing: 1, opinions: 0 },
      ctx,
    });
    expect(submit).toMatchObject({ event: 'submit', enabled: false });
    expect(submit?.findings?.[0]?.message_zh).toBe('尚缺1项申报材料');
  });
});

describe('validateMachine', () => {
  const base = {
    id: 'bad',
    procedure_zh: '坏',
    procedure_en: 'Test procedure',
    initial: 'a',
    states: {
      a: { label_zh: 'A', label_en: 'A' },
      b: { label_zh: 'B', label_en: 'B', final: true },
      lost: { label_zh: '孤立', label_en: 'lost', final: true },
    },
    transitions: [
      {
        from: 'a',
        event: 'go',
        to: 'b',
        actor: ['authority'],
        citations: [],
        description_zh: '去',
        description_en: 'Go',
      },
    ],
  } as const;

  it('reports transitions without a citation, unreachable states, undeclared guards and dead ends', () => {
    const problems = validateMachine({
      ...base,
      states: { ...base.states, stuck: { label_zh: '卡住', label_en: 'stuck' } },
      transitions: [
        ...base.transitions,
        {
          from: 'a',
          event: 'x',
          to: 'stuck',
          guard: 'nope',
          actor: ['authority'],
          citations: [ACCEPTANCE],
          description_zh: 'x',
          description_en: 'X',
        },
      ],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'a --go--> b: cites no article',
        'state lost is unreachable',
        'a --x--> stuck: guard nope is not declared',
        'state stuck is a dead end',
      ]),
    );
  });

  it('refuses to define a malformed machine', () => {
    expect(() => defineMachine(base)).toThrow(/cites no article/);
  });

  it('accepts the example machine', () => {
    expect(validateMachine(m)).toEqual([]);
  });
});

describe('paths', () => {
  it('gives one path per transition, each starting at the initial state and walkable with nextState', () => {
    const all = paths(m);
    expect(all).toHaveLength(m.transitions.length);
    const covered = new Set<number>();
    for (const path of all) {
      expect(path[0]?.from).toBe('draft');
      let snap = at('draft', { opinions: 3 });
      for (const step of path) {
        const t = m.transitions[step.transition]!;
        const r = nextState(m, snap, { type: step.event, actor: t.actor, payload: { code: 'C' } }, ctx);
        expect(r, `${step.from} --${step.event}-->`).toMatchObject({ ok: true, to: step.to });
        if (r.ok) snap = { state: r.to, data: { ...r.data, opinions: 3 } };
      }
      covered.add(path.at(-1)!.transition);
    }
    expect(covered.size).toBe(m.transitions.length);
  });

  it('enumerates every route to a final state without repeating a transition', () => {
    const routes = pathsToFinal(m).map((p) => p.map((s) => s.event).join(' → '));
    expect(routes).toContain('withdraw');
    expect(routes).toContain('submit → accept → panel_decides → file');
    expect(routes).toContain('submit → request_correction → resubmit → accept → give_opinion → refuse');
    for (const r of routes) expect(r.split(' → ').length).toBeLessThanOrEqual(m.transitions.length);
  });
});

describe('clockEffects', () => {
  it('starts the acceptance clock on submission', () => {
    expect(clockEffects(m, 'draft', 'submitted')).toEqual([
      { op: 'enter', clock: 'acceptance_answer', spec: m.states.submitted.clock },
    ]);
  });
  it('pauses it while the applicant corrects, and resumes it on resubmission', () => {
    expect(clockEffects(m, 'submitted', 'correction')).toEqual([{ op: 'pause', clock: 'acceptance_answer' }]);
    expect(clockEffects(m, 'correction', 'submitted')[0]).toMatchObject({
      op: 'enter',
      clock: 'acceptance_answer',
    });
  });
  it('meets it when the authority answers, and cancels what is open at a final state', () => {
    expect(clockEffects(m, 'submitted', 'review')).toEqual([{ op: 'meet', clock: 'acceptance_answer' }]);
    expect(clockEffects(m, 'draft', 'withdrawn')).toEqual([{ op: 'cancel_open' }]);
    expect(clockEffects(m, 'review', 'review')).toEqual([]);
  });
});

describe('recordFindings (mohrss-filing 二(十)3: an assessment records failed findings without blocking)', () => {
  const citation = { source: 'mohrss-filing', article: '二', item: '十' } as const;
  const failing = {
    ruleId: 'mohrss-filing/2/4',
    citation,
    passed: false as const,
    message_zh: '不符合',
    message_en: 'not met',
    values: {},
  };
  const m = defineMachine({
    id: 'record-findings-example',
    procedure_zh: '示例',
    procedure_en: 'Test procedure',
    initial: 'accepted',
    states: {
      accepted: { label_zh: '已受理', label_en: 'accepted', awaiting: 'authority' },
      assessed: { label_zh: '已评估', label_en: 'assessed', final: true },
    },
    transitions: [
      {
        from: 'accepted',
        event: 'assess',
        to: 'assessed',
        recordFindings: 'conditions',
        citations: [citation],
        description_zh: '评估',
        description_en: 'Assess',
        actor: ['authority'],
      },
    ],
    guards: { conditions: () => [failing] },
  });
  it('takes the transition and keeps the failed finding and its citation', () => {
    const r = nextState(m, { state: 'accepted', data: {} }, { type: 'assess', actor: 'authority' }, {});
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.findings).toEqual([failing]);
  });
});
