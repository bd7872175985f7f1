// gz-rules §6 — 社会培训评价组织遴选条件, tested from the article's own numbers.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { socialOrgSelectionFacts } from '../../../src/rules/gz-rules/selection-social-org.js';
import { evaluate, example, findings, only } from '../support.js';

const CHECK = 'gz-rules.selection.social_org';
const ASOF = '2026-11-25';
type Facts = z.input<typeof socialOrgSelectionFacts>;
const base = () => example<Facts>(CHECK);
const withPremises = (patch: Partial<Facts['premises']>): Facts => {
  const f = base();
  return { ...f, premises: { ...f.premises, ...patch } };
};
const withOccupation = (patch: Partial<Facts['occupations'][number]>, extra: Partial<Facts> = {}): Facts => {
  const f = base();
  return { ...f, ...extra, occupations: [{ ...f.occupations[0]!, ...patch }] };
};

describe('gz-rules §6: the example social organisation meets every condition', () => {
  it('passes with 3 staff, 3 supervisors, 4 assessors, 1000 person-times, 100 m², 2 rooms, 80 cm', () => {
    const r = evaluate(CHECK, ASOF, base());
    expect(r.outcome).toBe('pass');
    expect(r.findings.every((f) => f.citation.source === 'gz-rules')).toBe(true);
  });
});

describe('gz-rules §6(5): 专职工作人员不少于3人', () => {
  it('a social organisation with 2 full-time staff is refused, 3 passes, 4 passes', () => {
    for (const [n, ok] of [
      [2, false],
      [3, true],
      [4, true],
    ] as const) {
      const r = evaluate(CHECK, ASOF, { ...base(), fullTimeStaff: n });
      const f = only(r, 'gz-rules/6/5');
      expect(f.passed).toBe(ok);
      expect(f.citation).toEqual({ source: 'gz-rules', article: 6, item: 5 });
      expect(f.values).toMatchObject({ actual: n, minimum: 3 });
      if (!ok) expect(r.outcome).toBe('fail');
    }
  });
});

describe('gz-rules §6(6): 督导员不少于3人，每个职业考评人员不少于4人', () => {
  it('2 quality supervisors are refused, 3 pass', () => {
    expect(
      only(evaluate(CHECK, ASOF, { ...base(), qualitySupervisors: 2 }), 'gz-rules/6/6/supervisors').passed,
    ).toBe(false);
    expect(
      only(evaluate(CHECK, ASOF, { ...base(), qualitySupervisors: 3 }), 'gz-rules/6/6/supervisors').passed,
    ).toBe(true);
  });
  it('assessors are counted per occupation: 4 for one and 3 for the other refuses only the second', () => {
    const f = base();
    const r = evaluate(CHECK, ASOF, {
      ...f,
      occupations: [
        { ...f.occupations[0], code: '4-03-02-01', assessors: 4 },
        { ...f.occupations[0], code: '4-10-01-01', assessors: 3 },
      ],
    });
    const a = findings(r, 'gz-rules/6/6/assessors');
    expect(a.map((x) => [x.values.occupation, x.passed])).toEqual([
      ['4-03-02-01', true],
      ['4-10-01-01', false],
    ]);
    expect(r.outcome).toBe('fail');
  });
  it('an expert team of any size is enough, none is refused', () => {
    expect(only(evaluate(CHECK, ASOF, { ...base(), expertTeam: false }), 'gz-rules/6/6/experts').passed).toBe(
      false,
    );
  });
});

describe('gz-rules §6(3): 连续2年以上经历，每个职业培训不少于1000人次（但书：新职业、贵州地方特色企业 200人次，不受年限限制）', () => {
  it('999 person-times is refused, 1000 passes', () => {
    expect(
      only(evaluate(CHECK, ASOF, withOccupation({ trainingVolume: 999 })), 'gz-rules/6/3/volume').passed,
    ).toBe(false);
    expect(
      only(evaluate(CHECK, ASOF, withOccupation({ trainingVolume: 1000 })), 'gz-rules/6/3/volume').passed,
    ).toBe(true);
  });
  it('history since 2024-11-26 is one day short of 2 years on 2026-11-25; since 2024-11-25 passes; since 2024-11-24 passes', () => {
    const at = (since: string) =>
      only(evaluate(CHECK, ASOF, { ...base(), trainingHistorySince: since }), 'gz-rules/6/3/history');
    expect(at('2024-11-26').passed).toBe(false);
    expect(at('2024-11-25').passed).toBe(true);
    expect(at('2024-11-24').passed).toBe(true);
    expect(at('2024-11-25').values).toMatchObject({ yearsRequired: 2, reachedOn: '2026-11-25' });
  });
  it('no history at all is refused', () => {
    expect(
      only(evaluate(CHECK, ASOF, { ...base(), trainingHistorySince: null }), 'gz-rules/6/3/history').passed,
    ).toBe(false);
  });
  it('exception: a MOHRSS new occupation needs no history and 200 person-times (199 refused, 200 passes)', () => {
    const r200 = evaluate(
      CHECK,
      ASOF,
      withOccupation({ newOccupation: true, trainingVolume: 200 }, { trainingHistorySince: null }),
    );
    expect(r200.outcome).toBe('pass');
    expect(findings(r200, 'gz-rules/6/3/history')).toHaveLength(0);
    const ex = findings(r200, 'gz-rules/6/3/exception');
    expect(ex.every((f) => f.passed === true)).toBe(true);
    expect(ex.find((f) => f.values.occupation === '4-03-02-01')?.values).toMatchObject({
      minimum: 200,
      exception: 'new_occupation',
    });
    const r199 = evaluate(
      CHECK,
      ASOF,
      withOccupation({ newOccupation: true, trainingVolume: 199 }, { trainingHistorySince: null }),
    );
    expect(r199.outcome).toBe('fail');
    expect(findings(r199, 'gz-rules/6/3/exception').some((f) => f.passed === false)).toBe(true);
  });
  it('exception: a Guizhou-characteristic enterprise needs 200 per occupation and no years', () => {
    const r = evaluate(
      CHECK,
      ASOF,
      withOccupation(
        { trainingVolume: 200 },
        { guizhouCharacteristicEnterprise: true, trainingHistorySince: '2026-01-01' },
      ),
    );
    expect(r.outcome).toBe('pass');
    expect(findings(r, 'gz-rules/6/3/exception')[0]!.values).toMatchObject({
      exception: 'guizhou_characteristic_enterprise',
    });
  });
  it('a new occupation beside an ordinary one: the ordinary one still needs 2 years and 1000', () => {
    const f = base();
    const r = evaluate(CHECK, ASOF, {
      ...f,
      trainingHistorySince: '2026-01-01',
      occupations: [
        { ...f.occupations[0], code: '4-03-02-01', trainingVolume: 1000 },
        { ...f.occupations[0], code: '4-04-05-05', newOccupation: true, trainingVolume: 200 },
      ],
    });
    expect(only(r, 'gz-rules/6/3/history').passed).toBe(false);
    expect(only(r, 'gz-rules/6/3/volume').passed).toBe(true);
    expect(only(r, 'gz-rules/6/3/exception').passed).toBe(true);
  });
});

describe('gz-rules §6(7): 场地', () => {
  it('a lease of exactly 3 years (2025-07-01 to 2028-06-30) passes; one day shorter is refused', () => {
    expect(
      only(
        evaluate(CHECK, ASOF, withPremises({ leaseFrom: '2025-07-01', leaseTo: '2028-06-30' })),
        'gz-rules/6/7/tenure',
      ).passed,
    ).toBe(true);
    const short = only(
      evaluate(CHECK, ASOF, withPremises({ leaseFrom: '2025-07-01', leaseTo: '2028-06-29' })),
      'gz-rules/6/7/tenure',
    );
    expect(short.passed).toBe(false);
    expect(short.values).toMatchObject({ mustRunTo: '2028-06-30', minimumYears: 3 });
  });
  it('a lease that has ended before the decision date is refused; owned premises pass', () => {
    expect(
      only(
        evaluate(CHECK, ASOF, withPremises({ leaseFrom: '2021-01-01', leaseTo: '2026-11-24' })),
        'gz-rules/6/7/tenure',
      ).passed,
    ).toBe(false);
    expect(
      only(
        evaluate(CHECK, ASOF, withPremises({ tenure: 'owned', leaseFrom: undefined, leaseTo: undefined })),
        'gz-rules/6/7/tenure',
      ).passed,
    ).toBe(true);
  });
  it('99.5 m² of office is refused, 100 m² passes', () => {
    expect(
      only(evaluate(CHECK, ASOF, withPremises({ officeArea: 99.5 })), 'gz-rules/6/7/office-area').passed,
    ).toBe(false);
    expect(
      only(evaluate(CHECK, ASOF, withPremises({ officeArea: 100 })), 'gz-rules/6/7/office-area').passed,
    ).toBe(true);
  });
  it('1 standardised room and 59 computer seats are refused; 2 rooms or 60 seats pass', () => {
    const cap = (rooms: number, seats: number) =>
      only(
        evaluate(CHECK, ASOF, withPremises({ standardExamRooms: rooms, computerExamSeats: seats })),
        'gz-rules/6/7/theory-exam-capacity',
      ).passed;
    expect(cap(1, 59)).toBe(false);
    expect(cap(2, 0)).toBe(true);
    expect(cap(0, 60)).toBe(true);
    expect(cap(1, 60)).toBe(true);
  });
  it('desks 79 cm apart are refused, 80 cm pass', () => {
    expect(
      only(evaluate(CHECK, ASOF, withPremises({ minDeskSpacingCm: 79 })), 'gz-rules/6/7/desk-spacing').passed,
    ).toBe(false);
    expect(
      only(evaluate(CHECK, ASOF, withPremises({ minDeskSpacingCm: 80 })), 'gz-rules/6/7/desk-spacing').passed,
    ).toBe(true);
  });
  it('without a waiting room (候考室) the functional rooms are incomplete', () => {
    const f = only(
      evaluate(
        CHECK,
        ASOF,
        withPremises({ functionalRooms: ['exam_affairs_room', 'confidential_room', 'archive_room'] }),
      ),
      'gz-rules/6/7/functional-rooms',
    );
    expect(f.passed).toBe(false);
    expect(f.values.missing).toEqual(['waiting_room']);
    expect(f.message_zh).toContain('候考室');
  });
  it('an unassessed safety compliance is left to the authority (needs_judgement)', () => {
    const r = evaluate(CHECK, ASOF, withPremises({ safetyCompliant: undefined }));
    expect(only(r, 'gz-rules/6/7/safety').passed).toBe('needs_judgement');
    expect(r.outcome).toBe('needs_judgement');
  });
});

describe('gz-rules §6(1)(2)(4): 影响力、密切相关、管理制度', () => {
  it('reputation not yet assessed is needs_judgement with the two options', () => {
    const f = only(evaluate(CHECK, ASOF, { ...base(), influenceAndReputation: undefined }), 'gz-rules/6/1');
    expect(f.passed).toBe('needs_judgement');
    expect(f.options).toHaveLength(2);
  });
  it('an occupation assessed as not closely related is refused', () => {
    expect(
      only(evaluate(CHECK, ASOF, withOccupation({ closelyRelated: false })), 'gz-rules/6/2').passed,
    ).toBe(false);
  });
  it('without a question-bank regulation (题库管理) the management regulations are incomplete', () => {
    const f = only(
      evaluate(CHECK, ASOF, {
        ...base(),
        managementSystems: ['exam_affairs', 'personnel', 'finance', 'archives', 'certificates', 'violations'],
      }),
      'gz-rules/6/4',
    );
    expect(f.passed).toBe(false);
    expect(f.message_zh).toContain('题库管理');
  });
});

describe('gz-rules §2: 贵州省行政区域内', () => {
  it('a jurisdiction outside Guizhou (530100) fails the territorial scope; 520100 passes', () => {
    expect(only(evaluate(CHECK, ASOF, { ...base(), jurisdictionCode: '530100' }), 'gz-rules/2').passed).toBe(
      false,
    );
    expect(only(evaluate(CHECK, ASOF, { ...base(), jurisdictionCode: '520100' }), 'gz-rules/2').passed).toBe(
      true,
    );
  });
});
