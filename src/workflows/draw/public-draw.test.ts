// The public draw (1x-selection §25 通过随机抽取方式确定检查对象和专家; decision 0038): a pure function of
// its published inputs — same inputs, same result; the candidate lists' order in the database never
// matters; the commitment binds the seed; experts tied to a target are never candidates.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { canonicalIds, commitmentOf, runDraw, verifyDraw, type DrawInputs } from './public-draw.js';
import { expertGroupFor } from './exclusions.js';
import { drawPanel } from '../review/draw.js';

const SEED = '0123456789abcdef0123456789abcdef';
const ids = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(2, '0')}`);

const inspection = (targets: string[], groups: { targetId: string; candidates: string[] }[]): DrawInputs => ({
  algorithm: 'skillreg-inspection/1',
  targets: { candidates: canonicalIds(targets), size: 3 },
  experts: {
    perTarget: 2,
    groups: groups.map((g) => ({ ...g, candidates: canonicalIds(g.candidates), excluded: [] })),
  },
});

describe('§25 the draw is a function of its published inputs', () => {
  const targets = ids('inst', 10);
  const first = runDraw(SEED, inspection(targets, []));
  const groups = first.targets.map((t) => ({ targetId: t, candidates: ids('exp', 6) }));
  const inputs = inspection(targets, groups);

  it('same seed and inputs give the same targets and experts', () => {
    expect(runDraw(SEED, inputs)).toEqual(runDraw(SEED, structuredClone(inputs)));
    expect(runDraw(SEED, inputs).targets).toHaveLength(3);
    expect(runDraw(SEED, inputs).experts.every((g) => g.expertIds.length === 2)).toBe(true);
  });

  it('the order the candidates come in does not matter (canonical order by id)', () => {
    const shuffled = inspection(
      [...targets].reverse(),
      groups.map((g) => ({ ...g, candidates: [...g.candidates].reverse() })),
    );
    expect(runDraw(SEED, shuffled)).toEqual(runDraw(SEED, inputs));
  });

  it('another seed gives another draw', () => {
    expect(runDraw('f'.repeat(32), inputs).targets).not.toEqual(runDraw(SEED, inputs).targets);
  });

  it('the targets are the first `size` by SHA-256(seed ":" id)', () => {
    const byKey = [...targets].sort((a, b) => {
      const ka = createHash('sha256').update(`${SEED}:${a}`).digest('hex');
      const kb = createHash('sha256').update(`${SEED}:${b}`).digest('hex');
      return ka < kb ? -1 : 1;
    });
    expect(runDraw(SEED, inputs).targets).toEqual(byKey.slice(0, 3));
  });

  it('fewer candidates than the size: all of them are drawn', () => {
    expect(
      runDraw(SEED, {
        ...inputs,
        targets: { candidates: ['a', 'b'], size: 3 },
        experts: null,
      }).targets.sort(),
    ).toEqual(['a', 'b']);
  });
});

describe('the commitment and the check', () => {
  const inputs: DrawInputs = {
    algorithm: 'skillreg-inspection/1',
    targets: { candidates: ids('i', 5), size: 2 },
    experts: null,
  };
  const result = runDraw(SEED, inputs);

  it('commitment = SHA-256 hex of the seed text', () => {
    expect(commitmentOf(SEED)).toBe(createHash('sha256').update(SEED, 'utf8').digest('hex'));
  });
  it('a published draw verifies; another seed does not match the commitment; a changed result is caught', () => {
    expect(verifyDraw({ commitment: commitmentOf(SEED), seed: SEED, inputs, result })).toMatchObject({
      commitmentMatches: true,
      inputsCanonical: true,
      resultMatches: true,
    });
    expect(
      verifyDraw({ commitment: commitmentOf(SEED), seed: 'a'.repeat(32), inputs, result }).commitmentMatches,
    ).toBe(false);
    expect(
      verifyDraw({
        commitment: commitmentOf(SEED),
        seed: SEED,
        inputs,
        result: { ...result, targets: [...result.targets].reverse() },
      }).resultMatches,
    ).toBe(false);
  });
  it('a list published out of order is reported as not canonical', () => {
    const bad = { ...inputs, targets: { candidates: [...inputs.targets!.candidates].reverse(), size: 2 } };
    expect(
      verifyDraw({ commitment: commitmentOf(SEED), seed: SEED, inputs: bad, result: runDraw(SEED, bad) })
        .inputsCanonical,
    ).toBe(false);
  });
});

describe('experts tied to a target are never drawn', () => {
  const pool = [
    { id: 'e1', name: '甲', employerName: '目标机构', employerUscc: '91520100MA6DKXXX1X', active: true },
    { id: 'e2', name: '乙', employerName: '某大学', employerUscc: null, active: true },
    { id: 'e3', name: '丙', employerName: '某大学', employerUscc: null, active: true },
    { id: 'e4', name: '丁', employerName: '某大学', employerUscc: null, active: false },
    { id: 'e5', name: '戊', employerName: '某大学', employerUscc: null, active: true },
  ];
  const target = {
    institutionId: 't1',
    uscc: '91520100MA6DKXXX1X',
    name: '目标机构',
    entryPanelExpertIds: ['e3'],
  };
  const conflicts = [
    {
      expertId: 'e2',
      institutionId: 't1',
      institutionUscc: null,
      institutionName: '目标机构',
      relation: 'relative',
      reason: null,
    },
  ];

  it('employee, declared conflict, member of the target’s own entry panel, inactive: left out with the reason', () => {
    const g = expertGroupFor(pool, target, conflicts);
    expect(g.candidates).toEqual(['e5']);
    expect(g.excluded).toEqual([
      { id: 'e1', reasons: ['employee'] },
      { id: 'e2', reasons: ['declared_conflict'] },
      { id: 'e3', reasons: ['entry_panel'] },
      { id: 'e4', reasons: ['inactive'] },
    ]);
  });
});

describe('entry panels: skillreg-panel/1 is the review panels’ own draw', () => {
  it('gives the members drawPanel gives (old panels re-run unchanged)', () => {
    const eligible = ids('x', 9);
    const inputs: DrawInputs = {
      algorithm: 'skillreg-panel/1',
      targets: null,
      experts: { perTarget: 3, groups: [{ targetId: 'app', candidates: eligible, excluded: [] }] },
    };
    expect(runDraw(SEED, inputs).experts[0]!.expertIds).toEqual(drawPanel(SEED, eligible, 3).members);
  });
});
