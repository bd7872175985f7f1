// mohrss-violations §16–19 — 两人签字、告知在先、书面决定、其他机关结论、陈述申辩与复核.
import { describe, expect, it } from 'vitest';
import { evaluate, example, only } from '../support.js';

const CHECK = 'mohrss-violations.procedure.decision';
type Facts = Record<string, unknown>;
const decide = (asOf: string, patch: Facts = {}) => evaluate(CHECK, asOf, example<Facts>(CHECK, patch));
const NOTICE = { servedOn: '2024-06-03', proposedDecision: true, facts: true, reasons: true, basis: true };

describe('mohrss-violations §16 ¶1: 经 2 名（含）以上工作人员签字报考场负责人确认', () => {
  it('two signatures suffice, one does not, three do', () => {
    expect(only(decide('2024-06-10', { signatures: 2 }), 'mohrss-violations/16/p1/signatures').passed).toBe(
      true,
    );
    expect(only(decide('2024-06-10', { signatures: 1 }), 'mohrss-violations/16/p1/signatures').passed).toBe(
      false,
    );
    expect(only(decide('2024-06-10', { signatures: 3 }), 'mohrss-violations/16/p1/signatures').passed).toBe(
      true,
    );
    expect(
      only(decide('2024-06-10', { signatures: 1 }), 'mohrss-violations/16/p1/signatures').values,
    ).toMatchObject({ minimum: 2 });
  });
  it('without the head of the exam site’s confirmation the record is incomplete', () => {
    expect(
      only(decide('2024-06-10', { confirmedBySiteHead: false }), 'mohrss-violations/16/p1/site-head').passed,
    ).toBe(false);
  });
  it('conduct found after the evaluation (§8) without an exam-site record is for the authority to weigh', () => {
    const r = decide('2024-06-10', {
      discoveredAfterEvaluation: true,
      signatures: 0,
      confirmedBySiteHead: false,
    });
    expect(only(r, 'mohrss-violations/16/p1/signatures').passed).toBe('needs_judgement');
    expect(only(r, 'mohrss-violations/16/p1/site-head').passed).toBe('needs_judgement');
  });
});

describe('mohrss-violations §16–17: 有权作出决定的单位', () => {
  it('an institution case is for the supervising authority, not the institution', () => {
    const r = decide('2024-06-10', {
      subject: 'institution',
      decidedBy: 'institution',
      signatures: undefined,
      confirmedBySiteHead: undefined,
    });
    expect(only(r, 'mohrss-violations/16/competence').passed).toBe(false);
  });
  it('a candidate case during the evaluation is for the institution; after it (§8) the authority may also act', () => {
    expect(
      only(decide('2024-06-10', { decidedBy: 'authority' }), 'mohrss-violations/16/competence').passed,
    ).toBe(false);
    expect(
      only(
        decide('2024-06-10', { decidedBy: 'authority', discoveredAfterEvaluation: true }),
        'mohrss-violations/16/competence',
      ).passed,
    ).toBe(true);
  });
  it('§16 ¶2: an institution that handles a staff case must report it to the authority', () => {
    const staff = { subject: 'staff', signatures: undefined, confirmedBySiteHead: undefined };
    expect(
      only(decide('2024-06-10', { ...staff, reportedToAuthority: false }), 'mohrss-violations/16/p2').passed,
    ).toBe(false);
    expect(
      only(decide('2024-06-10', { ...staff, reportedToAuthority: true }), 'mohrss-violations/16/p2').passed,
    ).toBe(true);
    expect(
      only(decide('2024-06-10', { ...staff, decidedBy: 'authority' }), 'mohrss-violations/16/p2').passed,
    ).toBe(true);
  });
});

describe('mohrss-violations §17 ¶1: 作出处理决定前告知拟作出的处理决定及事实、理由和依据', () => {
  it('notice served 2024-06-03: a decision on 2024-06-04 follows it; on 2024-06-03 the same day is for the authority; on 2024-06-02 it precedes the notice', () => {
    expect(only(decide('2024-06-04', { priorNotice: NOTICE }), 'mohrss-violations/17/p1/timing').passed).toBe(
      true,
    );
    expect(only(decide('2024-06-03', { priorNotice: NOTICE }), 'mohrss-violations/17/p1/timing').passed).toBe(
      'needs_judgement',
    );
    expect(only(decide('2024-06-02', { priorNotice: NOTICE }), 'mohrss-violations/17/p1/timing').passed).toBe(
      false,
    );
  });
  it('no notice at all fails', () => {
    expect(only(decide('2024-06-10', { priorNotice: null }), 'mohrss-violations/17/p1/timing').passed).toBe(
      false,
    );
  });
  it('a notice without the reasons lacks part of what §17 requires', () => {
    const f = only(
      decide('2024-06-10', { priorNotice: { ...NOTICE, reasons: false } }),
      'mohrss-violations/17/p1/contents',
    );
    expect(f.passed).toBe(false);
    expect(f.message_zh).toContain('理由');
  });
});

describe('mohrss-violations §17 ¶2, §18: 书面决定送达或公告；以其他机关的处理结论为依据', () => {
  it('a decision not in writing, or not served or announced, fails', () => {
    expect(
      only(
        decide('2024-06-10', { decision: { written: false, servedOrAnnounced: true } }),
        'mohrss-violations/17/p2',
      ).passed,
    ).toBe(false);
    expect(
      only(
        decide('2024-06-10', { decision: { written: true, servedOrAnnounced: false } }),
        'mohrss-violations/17/p2',
      ).passed,
    ).toBe(false);
  });
  it('where another body has decided, the decision must rest on its conclusion', () => {
    expect(
      only(
        decide('2024-06-10', { otherAuthority: { conclusionOn: '2024-05-01', reliedOn: true } }),
        'mohrss-violations/18',
      ).passed,
    ).toBe(true);
    expect(
      only(
        decide('2024-06-10', { otherAuthority: { conclusionOn: '2024-05-01', reliedOn: false } }),
        'mohrss-violations/18',
      ).passed,
    ).toBe(false);
  });
});

describe('mohrss-violations §19: 向作出处理决定的单位陈述和申辩，由其复核', () => {
  const REVIEW = 'mohrss-violations.procedure.review';
  it('addressed to the deciding authority and reviewed by it: all pass', () => {
    expect(
      evaluate(REVIEW, '2024-07-01', {
        decisionBy: 'authority',
        requester: 'concerned',
        addressedTo: 'authority',
        reviewDecisionBy: 'authority',
      }).outcome,
    ).toBe('pass');
  });
  it('addressed to the institution when the authority decided fails; reviewed by another body fails', () => {
    const r = evaluate(REVIEW, '2024-07-01', {
      decisionBy: 'authority',
      requester: 'concerned',
      addressedTo: 'institution',
      reviewDecisionBy: 'institution',
    });
    expect(only(r, 'mohrss-violations/19/addressee').passed).toBe(false);
    expect(only(r, 'mohrss-violations/19/reviewer').passed).toBe(false);
  });
  it('only the institution or person concerned may ask', () => {
    expect(
      only(
        evaluate(REVIEW, '2024-07-01', {
          decisionBy: 'institution',
          requester: 'other',
          addressedTo: 'institution',
        }),
        'mohrss-violations/19/standing',
      ).passed,
    ).toBe(false);
  });
});
