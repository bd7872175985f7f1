// Return for correction at the review step (issue 10 point 4; docs/decisions/0023), on the pure machines:
// the authority lists the points and its reason, the applicant corrects and resubmits, the case is back
// at the same review step; the payload's bounds; no statutory clock paused, resumed or started by it;
// and the procedures whose review step already takes a correction, or that leave it to the panel, left
// as they are.
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../src/domain/citation.js';
import { listEntryIds } from '../../src/parameters/parameter.js';
import { employerMaterials } from '../../src/parameters/mohrss-filing.js';
import { nextState, type Machine } from '../../src/workflows/machine.js';
import { clockEffects } from '../../src/workflows/clock-effects.js';
import {
  REQUEST_REVIEW_CORRECTION,
  RESUBMIT_REVIEW_CORRECTION,
  reviewCorrectionPayload,
} from '../../src/workflows/review-correction.js';
import { employerFilingMachine } from '../../src/workflows/employer-filing/machine.js';
import type { EmployerFilingCtx, EmployerFilingData } from '../../src/workflows/employer-filing/data.js';
import { branchFilingMachine } from '../../src/workflows/branch-filing/machine.js';
import type { BranchFilingCtx, BranchFilingData } from '../../src/workflows/branch-filing/data.js';
import { socialOrgFilingMachine } from '../../src/workflows/social-org-filing/machine.js';
import { selection1xMachine } from '../../src/workflows/selection-1x/machine.js';
import { gzSelectionMachine } from '../../src/workflows/gz-selection/machine.js';
import { deptPilotMachine } from '../../src/workflows/dept-pilot/machine.js';
import { deptPilotBranchMachine } from '../../src/workflows/dept-pilot/branch-machine.js';

const TODAY = '2026-03-11';
const LATER = '2026-03-18';
const RETURN = {
  items: ['考评人员名册缺少职业（工种）栏目', '场地清单未注明面积'],
  reason: '技术评审前核验发现材料不全',
};

type AnyMachine = Machine<string, string, unknown, unknown>;
const transitionOf = (m: AnyMachine, from: string, event: string) =>
  m.transitions.find((t) => t.from === from && t.event === event);

describe('the return-for-correction payload: points listed, a reason recorded', () => {
  const ok = (p: unknown) => reviewCorrectionPayload.safeParse(p).success;
  it('needs at least 1 point and takes at most 30: 0 refused, 1 and 30 taken, 31 refused', () => {
    const points = (n: number) => Array.from({ length: n }, (_, i) => `第 ${i + 1} 项需补正`);
    expect(ok({ items: points(0), reason: '核验发现问题' })).toBe(false);
    expect(ok({ items: points(1), reason: '核验发现问题' })).toBe(true);
    expect(ok({ items: points(30), reason: '核验发现问题' })).toBe(true);
    expect(ok({ items: points(31), reason: '核验发现问题' })).toBe(false);
  });
  it('the reason is required (the texts leave the return to the authority): 3 characters refused, 4 taken', () => {
    expect(ok({ items: ['补正'] })).toBe(false);
    expect(ok({ items: ['补正'], reason: '三个字' })).toBe(false);
    expect(ok({ items: ['补正'], reason: '四个字符' })).toBe(true);
  });
});

describe('mohrss-filing 一(十)3: the centre returns an accepted employer filing before the technical review', () => {
  const m = employerFilingMachine as unknown as Machine<
    string,
    string,
    EmployerFilingData,
    EmployerFilingCtx
  >;
  const data: EmployerFilingData = {
    declaration: { nationalEmployer: true, enterpriseCategory: 'central_soe', acceptsSupervision: true },
    scopes: [{ occupationCode: '6-31-01-03', level: 3, occupationName: '电工' }],
    submittedOn: '2026-03-02',
    acceptanceAnswers: [{ outcome: 'accepted', answeredOn: '2026-03-05', receivedOn: '2026-03-02' }],
  };
  const ctx = (today: string, complete = true): EmployerFilingCtx => ({
    today,
    materials: listEntryIds(employerMaterials)
      .slice(0, complete ? undefined : 3)
      .map((item) => ({ id: `${item}-1`, item })),
    occupations: { '6-31-01-03': '电工' },
  });

  it('accepted → review_correction with the points and the reason, citing 一(十)3 and 一(十五); back to accepted on resubmission', () => {
    const asked = nextState(
      m,
      { state: 'accepted', data },
      { type: REQUEST_REVIEW_CORRECTION, actor: 'authority', payload: RETURN },
      ctx(TODAY),
    );
    expect(asked.ok && asked.to).toBe('review_correction');
    if (!asked.ok) return;
    expect(asked.citations.map(formatCitation)).toEqual([
      'mohrss-filing 一(十).3',
      'mohrss-filing 一(八)',
      'mohrss-filing 一(十五)',
    ]);
    expect(asked.data.reviewCorrections).toEqual([
      { fromState: 'accepted', requestedOn: TODAY, ...RETURN, resubmittedOn: null },
    ]);
    expect(m.states.review_correction).toMatchObject({ awaiting: 'applicant', editableMaterials: true });

    const back = nextState(
      m,
      { state: 'review_correction', data: asked.data },
      { type: RESUBMIT_REVIEW_CORRECTION, actor: 'applicant' },
      ctx(LATER),
    );
    expect(back.ok && back.to).toBe('accepted');
    if (back.ok) {
      expect(back.data.reviewCorrections![0]!.resubmittedOn).toBe(LATER);
      expect(back.data).toMatchObject({ submittedOn: '2026-03-02', lastSubmittedOn: LATER });
    }
  });

  it('一(八): the resubmission is refused while a required material is missing (the case stays with the applicant)', () => {
    const r = nextState(
      m,
      { state: 'review_correction', data },
      { type: RESUBMIT_REVIEW_CORRECTION, actor: 'applicant' },
      ctx(LATER, false),
    );
    expect(r).toMatchObject({ ok: false, reason: 'guard_failed' });
  });

  it('only the authority returns, only the applicant resubmits, edits its application or withdraws meanwhile', () => {
    expect(
      nextState(
        m,
        { state: 'accepted', data },
        { type: REQUEST_REVIEW_CORRECTION, actor: 'applicant', payload: RETURN },
        ctx(TODAY),
      ),
    ).toMatchObject({ ok: false, reason: 'not_allowed' });
    expect(
      nextState(
        m,
        { state: 'review_correction', data },
        { type: RESUBMIT_REVIEW_CORRECTION, actor: 'authority' },
        ctx(TODAY),
      ),
    ).toMatchObject({ ok: false, reason: 'not_allowed' });
    expect(transitionOf(m as AnyMachine, 'review_correction', 'update_application')?.actor).toEqual([
      'applicant',
    ]);
    expect(transitionOf(m as AnyMachine, 'review_correction', 'withdraw')?.actor).toEqual(['applicant']);
  });

  it('一(十)2 and 一(十一): the 10-working-day answer clock, met on acceptance, is neither resumed nor restarted; no review clock is invented', () => {
    expect(clockEffects(m, 'accepted', 'review_correction')).toEqual([]);
    expect(clockEffects(m, 'review_correction', 'accepted')).toEqual([]);
    expect(m.states.accepted?.clock).toBeUndefined();
    expect(m.states.review_correction?.clock).toBeUndefined();
  });

  it('under the panel’s review the return stays the panel’s 修改后再审 (request_revision), not a second route', () => {
    expect(transitionOf(m as AnyMachine, 'under_review', REQUEST_REVIEW_CORRECTION)).toBeUndefined();
    expect(transitionOf(m as AnyMachine, 'under_review', 'request_revision')).toBeDefined();
  });
});

describe('mohrss-filing 一(十)5: the province returns a branch filing during its technical review', () => {
  const m = branchFilingMachine as unknown as Machine<string, string, BranchFilingData, BranchFilingCtx>;
  const data: BranchFilingData = {
    parentCaseId: 'parent',
    branch: { id: 'br', name: '贵州分公司', jurisdictionCode: '520100' },
    scopes: [{ occupationCode: '6-31-01-03', level: 3 }],
    openedBy: 'applicant',
  };
  const ctx: BranchFilingCtx = {
    today: TODAY,
    occupations: { '6-31-01-03': '电工' },
    parent: {
      caseId: 'parent',
      state: 'published',
      institutionId: 'inst',
      filingCode: 'Y2026000001',
      receipt: { number: '中就培备字〔2026〕1号', issuedOn: '2026-03-01' },
      scopes: [
        { occupationCode: '6-31-01-03', level: 3 },
        { occupationCode: '6-31-01-03', level: 2 },
      ],
    },
  };

  it('under_review → review_correction → (scope corrected) → under_review, the points kept in the case', () => {
    const asked = nextState(
      m,
      { state: 'under_review', data },
      {
        type: REQUEST_REVIEW_CORRECTION,
        actor: 'authority',
        payload: { items: ['请补充二级的认定'], reason: '评审认为范围与分支机构实际不符' },
      },
      ctx,
    );
    expect(asked.ok && asked.to).toBe('review_correction');
    if (!asked.ok) return;
    const edited = nextState(
      m,
      { state: 'review_correction', data: asked.data },
      {
        type: 'update_application',
        actor: 'applicant',
        payload: {
          scopes: [
            { occupationCode: '6-31-01-03', level: 3 },
            { occupationCode: '6-31-01-03', level: 2 },
          ],
        },
      },
      ctx,
    );
    expect(edited.ok && edited.to).toBe('review_correction');
    if (!edited.ok) return;
    const back = nextState(
      m,
      { state: 'review_correction', data: edited.data },
      { type: RESUBMIT_REVIEW_CORRECTION, actor: 'applicant' },
      ctx,
    );
    expect(back.ok && back.to).toBe('under_review');
    if (back.ok) {
      expect(back.data.scopes).toHaveLength(2);
      expect(back.data.reviewCorrections).toEqual([
        expect.objectContaining({ items: ['请补充二级的认定'], resubmittedOn: TODAY }),
      ]);
    }
  });

  it('一(十)5: a correction that puts the scope outside the employer’s is refused on resubmission', () => {
    const wider = { ...data, scopes: [{ occupationCode: '6-18-02-04', level: 3 }] };
    const r = nextState(
      m,
      { state: 'review_correction', data: wider },
      { type: RESUBMIT_REVIEW_CORRECTION, actor: 'applicant' },
      ctx,
    );
    expect(r).toMatchObject({ ok: false, reason: 'guard_failed' });
  });
});

describe('mohrss-filing 二(十)3: the department returns a social organisation’s filing during the assessment', () => {
  const m = socialOrgFilingMachine as unknown as AnyMachine;
  it('assessment → assessment_correction (applicant, materials editable) → assessment, citing 二(十)3, 二(八), 二(十一)', () => {
    const request = transitionOf(m, 'assessment', REQUEST_REVIEW_CORRECTION)!;
    expect(request).toMatchObject({ to: 'assessment_correction', actor: ['authority'] });
    expect(request.citations.map(formatCitation)).toEqual([
      'mohrss-filing 二(十).3',
      'mohrss-filing 二(八)',
      'mohrss-filing 二(十一)',
    ]);
    expect(transitionOf(m, 'assessment_correction', RESUBMIT_REVIEW_CORRECTION)).toMatchObject({
      to: 'assessment',
      actor: ['applicant'],
      guard: 'materialsComplete',
    });
    expect(transitionOf(m, 'assessment_correction', 'update_application')?.actor).toEqual(['applicant']);
    expect(m.states.assessment_correction).toMatchObject({ awaiting: 'applicant', editableMaterials: true });
  });
  it('section 二 sets no time limit: no clock runs, pauses or starts around the return', () => {
    expect(clockEffects(m, 'assessment', 'assessment_correction')).toEqual([]);
    expect(clockEffects(m, 'assessment_correction', 'assessment')).toEqual([]);
  });
  it('the public notice has started: no return from 公示中 (二(十)4 is the public’s turn)', () => {
    expect(transitionOf(m, 'public_notice', REQUEST_REVIEW_CORRECTION)).toBeUndefined();
  });
});

describe('procedures left as they are (decision 0023)', () => {
  it('gz-rules, dept-pilot: the one review state (审核中) already takes request_correction, after the review is recorded too', () => {
    for (const m of [
      gzSelectionMachine,
      deptPilotMachine,
      deptPilotBranchMachine,
    ] as unknown as AnyMachine[]) {
      expect(transitionOf(m, 'submitted', 'request_correction'), m.id).toMatchObject({
        actor: ['authority'],
      });
      expect(
        m.transitions.some((t) => t.event === REQUEST_REVIEW_CORRECTION),
        m.id,
      ).toBe(false);
    }
    expect(transitionOf(gzSelectionMachine as unknown as AnyMachine, 'submitted', 'record_review')?.to).toBe(
      'submitted',
    );
  });
  it('1x-selection §15: the expert review returns only on the panel’s opinion (return_for_revision); no other return in a competitive call', () => {
    const m = selection1xMachine as unknown as AnyMachine;
    expect(m.transitions.some((t) => t.event === REQUEST_REVIEW_CORRECTION)).toBe(false);
    expect(transitionOf(m, 'expert_review', 'return_for_revision')).toMatchObject({
      to: 'revision',
      guard: 'revise',
    });
  });
});
