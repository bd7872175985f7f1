// gz-rules §8–12 — 续期: certificate counts by kind of institution, materials, truthful application.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { renewalFacts } from '../../../src/rules/gz-rules/renewal.js';
import type { renewalMaterialsFacts } from '../../../src/rules/gz-rules/renewal-materials.js';
import { evaluate, example, findings, only } from '../support.js';

const CHECK = 'gz-rules.renewal';
const ASOF = '2026-11-25';
type Facts = z.input<typeof renewalFacts>;
const renewal = (patch: Partial<Facts>) => example<Facts>(CHECK, patch);

describe('gz-rules §8(2): 用人单位有效期内核发证书不少于150人次', () => {
  it('an employer with 149 certificates is refused renewal, 150 passes, 151 passes', () => {
    for (const [n, ok] of [
      [149, false],
      [150, true],
      [151, true],
    ] as const) {
      const r = evaluate(
        CHECK,
        ASOF,
        renewal({
          kind: 'employer',
          certificatesInValidityPeriod: n,
          occupations: undefined,
          incentiveEvidence: true,
          coreConditionsMaintained: undefined,
        }),
      );
      expect(only(r, 'gz-rules/8/2').passed).toBe(ok);
      expect(only(r, 'gz-rules/8/2').values).toMatchObject({ actual: n, minimum: 150 });
      expect(r.outcome).toBe(ok ? 'pass' : 'fail');
    }
  });
  it('§8(3): without evidence that certificates are linked to pay the employer is refused', () => {
    const r = evaluate(
      CHECK,
      ASOF,
      renewal({ kind: 'employer', certificatesInValidityPeriod: 500, incentiveEvidence: false }),
    );
    expect(only(r, 'gz-rules/8/3').passed).toBe(false);
  });
  it('§8(1): standing not assessed needs judgement', () => {
    const r = evaluate(
      CHECK,
      ASOF,
      renewal({
        kind: 'employer',
        certificatesInValidityPeriod: 500,
        incentiveEvidence: true,
        goodStanding: undefined,
      }),
    );
    expect(only(r, 'gz-rules/8/1').passed).toBe('needs_judgement');
    expect(r.outcome).toBe('needs_judgement');
  });
});

describe('gz-rules §9(2): 院校有效期内核发证书不少于300人次', () => {
  it('a school with 299 certificates in the period is refused renewal, 300 passes', () => {
    expect(
      only(
        evaluate(CHECK, ASOF, renewal({ kind: 'school', certificatesInValidityPeriod: 299 })),
        'gz-rules/9/2',
      ).passed,
    ).toBe(false);
    const r = evaluate(CHECK, ASOF, renewal({ kind: 'school', certificatesInValidityPeriod: 300 }));
    expect(only(r, 'gz-rules/9/2').passed).toBe(true);
    expect(only(r, 'gz-rules/9/2').citation).toEqual({ source: 'gz-rules', article: 9, item: 2 });
  });
});

describe('gz-rules §10(2): 社会培训评价组织总数不少于600人次，且每个续期职业不少于100人次', () => {
  it('599 in total is refused, 600 passes', () => {
    expect(
      only(evaluate(CHECK, ASOF, renewal({ certificatesInValidityPeriod: 599 })), 'gz-rules/10/2/total')
        .passed,
    ).toBe(false);
    expect(
      only(evaluate(CHECK, ASOF, renewal({ certificatesInValidityPeriod: 600 })), 'gz-rules/10/2/total')
        .passed,
    ).toBe(true);
  });
  it('an occupation with 99 certificates is refused though the total is met; 100 passes', () => {
    const r = evaluate(
      CHECK,
      ASOF,
      renewal({
        certificatesInValidityPeriod: 700,
        occupations: [
          { code: '4-03-02-01', certificates: 601 },
          { code: '4-10-01-01', certificates: 99 },
        ],
      }),
    );
    expect(findings(r, 'gz-rules/10/2/per-occupation').map((f) => [f.values.occupation, f.passed])).toEqual([
      ['4-03-02-01', true],
      ['4-10-01-01', false],
    ]);
    const ok = evaluate(
      CHECK,
      ASOF,
      renewal({
        certificatesInValidityPeriod: 700,
        occupations: [
          { code: '4-03-02-01', certificates: 600 },
          { code: '4-10-01-01', certificates: 100 },
        ],
      }),
    );
    expect(ok.outcome).toBe('pass');
  });
  it('a social organisation must list its occupations (422 with a Chinese message)', () => {
    expect(() => evaluate(CHECK, ASOF, renewal({ occupations: [] }))).toThrow(/职业（工种）/);
  });
  it('§10(3): core conditions no longer met are refused', () => {
    expect(
      only(evaluate(CHECK, ASOF, renewal({ coreConditionsMaintained: false })), 'gz-rules/10/3').passed,
    ).toBe(false);
  });
});

describe('gz-rules §12: 不得存在虚假申报情形', () => {
  it('a false declaration fails the renewal whatever the counts', () => {
    const r = evaluate(CHECK, ASOF, renewal({ falseDeclarationFound: true }));
    expect(only(r, 'gz-rules/12').passed).toBe(false);
    expect(r.outcome).toBe('fail');
  });
});

describe('gz-rules §11: 续期材料', () => {
  const M = 'gz-rules.renewal.materials';
  type MFacts = z.input<typeof renewalMaterialsFacts>;
  it('an employer must add the pay-linkage evidence (§11(4)); a school need not', () => {
    const r = evaluate(
      M,
      ASOF,
      example<MFacts>(M, {
        materials: ['renewal_application_form', 'work_report', 'core_conditions_evidence'],
      }),
    );
    expect(only(r, 'gz-rules/11/4').passed).toBe(false);
    const s = evaluate(
      M,
      ASOF,
      example<MFacts>(M, {
        kind: 'school',
        materials: ['renewal_application_form', 'work_report', 'core_conditions_evidence'],
      }),
    );
    expect(s.outcome).toBe('pass');
    expect(findings(s, 'gz-rules/11/4')).toHaveLength(0);
  });
  it('a missing work report (§11(2)) fails; submitting outside the platform fails §11', () => {
    expect(
      only(
        evaluate(
          M,
          ASOF,
          example<MFacts>(M, {
            materials: ['renewal_application_form', 'core_conditions_evidence', 'pay_linkage_evidence'],
          }),
        ),
        'gz-rules/11/2',
      ).passed,
    ).toBe(false);
    expect(
      only(evaluate(M, ASOF, example<MFacts>(M, { submittedOnline: false })), 'gz-rules/11').passed,
    ).toBe(false);
  });
  it('§11(5): a requested supplementary material not yet provided fails', () => {
    const f = only(
      evaluate(
        M,
        ASOF,
        example<MFacts>(M, { supplementaryRequested: ['消防验收意见'], supplementaryProvided: [] }),
      ),
      'gz-rules/11/5',
    );
    expect(f.passed).toBe(false);
    expect(f.values.missing).toEqual(['消防验收意见']);
  });
});
