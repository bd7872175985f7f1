// The 1+X selection machine on its own (no database): the call's window at its first and last day,
// the §10 thresholds at their boundary through 1x-selection.eligibility, the §15 panel outcome, the §16
// credit record (three channels, dated on or after shortlisting) and the order of §16 — notice, then
// approval, then publication — each refusal with the findings a person sees.
import { describe, expect, it } from 'vitest';
import { addCalendarDays, addYears } from '../../src/calendar/calendar-days.js';
import { builtInCalendar } from '../../src/calendar/calendar-data.js';
import { formatCitation } from '../../src/domain/citation.js';
import type { Finding } from '../../src/rules/finding.js';
import { nextState, type CaseRole } from '../../src/workflows/machine.js';
import { initialData, type Selection1xData } from '../../src/workflows/selection-1x/data.js';
import type { CallState, Selection1xCtx } from '../../src/workflows/selection-1x/guards.js';
import { selection1xMachine as machine } from '../../src/workflows/selection-1x/machine.js';
import { ALL_MET, exampleApplication } from '../../src/workflows/selection-1x/example.test-support.js';
import type { PanelOpinionsCtx } from '../../src/workflows/review/panel.js';
import type { NoticeFacts } from '../../src/workflows/public-notice/objections.js';

const OPEN = '2026-03-02';
const CLOSE = '2026-03-31';
const call = (status: CallState['status'] = 'published'): CallState => ({
  status,
  openOn: OPEN,
  closeOn: CLOSE,
  fields: ['现代信息技术', '智能制造'],
});

const data = (patch: Partial<Selection1xData> = {}, asOf = '2026-03-10'): Selection1xData => ({
  ...initialData(
    'call-1',
    { title: '第五批招募', batch: '第五批', openOn: OPEN, closeOn: CLOSE },
    exampleApplication(asOf),
  ),
  ...patch,
});

const send = (
  state: string,
  d: Selection1xData,
  type: string,
  ctx: Selection1xCtx,
  payload?: unknown,
  actor: CaseRole = 'authority',
) => nextState(machine, { state, data: d }, { type, actor, payload }, ctx);

const failed = (r: ReturnType<typeof send>): Finding[] =>
  r.ok ? [] : r.findings.filter((f) => f.passed === false);
const ids = (fs: Finding[]) => fs.map((f) => f.ruleId);

const complete = { complete: true, missing: [] };

describe('§14 the call’s window and the materials (submit)', () => {
  const submit = (today: string, c = call()) =>
    send('draft', data(), 'submit', { today, call: c, materials: complete }, undefined, 'applicant');

  it('refuses the day before the window opens and the day after it closes, accepts its first and last day', () => {
    expect(ids(failed(submit('2026-03-01')))).toEqual(['entry/1x-selection/call-window']);
    expect(submit(OPEN).ok).toBe(true);
    expect(submit(CLOSE).ok).toBe(true);
    const late = submit('2026-04-01');
    expect(late.ok).toBe(false);
    expect(failed(late)[0]!.message_zh).toContain('申报已截止');
  });

  it('refuses a call the office closed early, and a field the call does not name', () => {
    expect(ids(failed(submit('2026-03-10', call('closed'))))).toEqual(['entry/1x-selection/call-window']);
    const r = send(
      'draft',
      data({ application: exampleApplication('2026-03-10', { field: '现代农业' }) }),
      'submit',
      { today: '2026-03-10', call: call(), materials: complete },
      undefined,
      'applicant',
    );
    expect(ids(failed(r))).toEqual(['entry/1x-selection/call-field']);
  });

  it('refuses incomplete materials, naming what is missing', () => {
    const r = send(
      'draft',
      data(),
      'submit',
      {
        today: '2026-03-10',
        call: call(),
        materials: { complete: false, missing: ['9. 专家、师资团队名单及简介'] },
      },
      undefined,
      'applicant',
    );
    expect(failed(r)[0]!.message_zh).toContain('专家、师资团队名单');
  });

  it('records the day of submission, which is the asOf of the eligibility check', () => {
    const r = submit('2026-03-10');
    expect(r.ok && r.data.submittedOn).toBe('2026-03-10');
  });
});

describe('§10 through 1x-selection.eligibility (accept)', () => {
  const accept = (patch: Parameters<typeof exampleApplication>[1]) =>
    send(
      'submitted',
      data({ submittedOn: '2026-03-10', application: exampleApplication('2026-03-10', patch) }),
      'accept',
      { today: '2026-03-12' },
    );

  it('accepts 50 000 person-times (以上 includes the number) and refuses 49 999', () => {
    expect(accept({ personTimes: 50_000 }).ok).toBe(true);
    const r = accept({ personTimes: 49_999 });
    expect(ids(failed(r))).toEqual(['1x-selection/10/scale']);
    expect(failed(r)[0]!.values).toMatchObject({ actual: 49_999, minimum: 50_000 });
  });

  it('accepts training since exactly 5 years before submission and refuses one day less', () => {
    expect(accept({ trainingSince: addYears('2026-03-10', -5) }).ok).toBe(true);
    const r = accept({ trainingSince: addCalendarDays(addYears('2026-03-10', -5), 1) });
    expect(ids(failed(r))).toEqual(['1x-selection/10/years']);
  });

  it('leaves the threshold to the experts in an emerging or shortage field (needs judgement, not refused)', () => {
    const r = accept({ personTimes: 12_000, emergingOrShortageField: true });
    expect(r.ok).toBe(true);
    expect(r.ok && r.findings.find((f) => f.ruleId === '1x-selection/10/scale')?.passed).toBe(
      'needs_judgement',
    );
  });

  it('refuses a certificate without its skill-level standard (§7) and adverse records (§6)', () => {
    const r = accept({
      programmes: [{ name: '无人机测绘', code: null, levels: ['junior'], standardTitle: null }],
      badLoans: true,
    });
    expect(ids(failed(r)).sort()).toEqual(['1x-selection/6/clean-record', '1x-selection/7/standard']);
  });
});

describe('§15 the panel decides against the conditions (select)', () => {
  const opinions = (recs: ('approve' | 'reject' | 'revise')[]): PanelOpinionsCtx => ({
    memberIds: recs.map((_, i) => `e${i}`),
    round: 1,
    votes: recs.map((recommendation, i) => ({ expertId: `e${i}`, recommendation, opinion: '评审意见' })),
    today: '2026-04-10',
  });
  const reviewed = data({ submittedOn: '2026-03-10', expertIds: ['e0', 'e1', 'e2'] });

  it('shortlists on the majority with the panel appraisal, recording the day', () => {
    const r = send(
      'expert_review',
      reviewed,
      'select',
      { today: '2026-04-10', opinions: opinions(['approve', 'approve', 'reject']) },
      { assessments: ALL_MET },
    );
    expect(r.ok).toBe(true);
    expect(r.ok && r.data.shortlistedOn).toBe('2026-04-10');
    expect(r.ok && r.data.panelDecisions?.at(-1)).toMatchObject({ outcome: 'approve', byMajority: true });
  });

  it('refuses to shortlist while an opinion is awaited, or against the majority', () => {
    const waiting: PanelOpinionsCtx = { ...opinions(['approve', 'approve']), memberIds: ['e0', 'e1', 'e2'] };
    expect(
      ids(
        failed(
          send(
            'expert_review',
            reviewed,
            'select',
            { today: '2026-04-10', opinions: waiting },
            { assessments: ALL_MET },
          ),
        ),
      ),
    ).toEqual(['review/opinions-complete']);
    expect(
      ids(
        failed(
          send(
            'expert_review',
            reviewed,
            'select',
            { today: '2026-04-10', opinions: opinions(['reject', 'reject', 'approve']) },
            { assessments: ALL_MET },
          ),
        ),
      ),
    ).toEqual(['review/majority']);
  });

  it('refuses to shortlist when the panel finds a §6–10 condition not met', () => {
    const r = send(
      'expert_review',
      reviewed,
      'select',
      { today: '2026-04-10', opinions: opinions(['approve', 'approve', 'approve']) },
      {
        assessments: { ...ALL_MET, influence: false },
      },
    );
    expect(ids(failed(r))).toEqual(['1x-selection/10/influence']);
  });
});

describe('§16 credit check, notice, approval, publication', () => {
  const SHORT = '2026-04-10';
  const clear = (platform: 'ndrc' | 'samr' | 'tax', checkedOn = '2026-04-13') => ({
    platform,
    source:
      platform === 'ndrc'
        ? '信用中国 www.creditchina.gov.cn'
        : platform === 'samr'
          ? 'www.gsxt.gov.cn'
          : '国家税务总局复函',
    checkedOn,
    result: 'clear' as const,
    reference: null,
  });
  const shortlisted = (creditChecks: Selection1xData['creditChecks']) =>
    data({ submittedOn: '2026-03-10', shortlistedOn: SHORT, creditChecks });
  const notice = { days: 7, unit: 'calendar_days', basisReason: '遴选工作方案规定公示 7 天' };
  const startNotice = (d: Selection1xData, today = '2026-04-14') =>
    send('shortlisted', d, 'start_notice', { today, calendar: builtInCalendar() }, notice);

  it('refuses to start the notice without the tax result (all three channels are required)', () => {
    const r = startNotice(shortlisted([clear('ndrc'), clear('samr')]));
    expect(ids(failed(r))).toEqual(['entry/1x-selection/credit-record/tax', '1x-selection/16/tax']);
  });

  it('does not count a look-up made before the organisation was shortlisted (§16 核查拟入围的组织)', () => {
    const r = startNotice(shortlisted([clear('ndrc', '2026-04-09'), clear('samr'), clear('tax')]));
    expect(ids(failed(r))).toEqual(['entry/1x-selection/credit-record/ndrc', '1x-selection/16/credit']);
    expect(failed(r)[0]!.message_zh).toContain('早于拟入围日');
  });

  it('refuses a credit result dated before shortlisting when it is entered', () => {
    const r = send(
      'shortlisted',
      shortlisted([]),
      'record_credit_check',
      { today: '2026-04-14' },
      clear('ndrc', '2026-04-01'),
    );
    expect(ids(failed(r))).toEqual(['entry/1x-selection/credit-date']);
  });

  it('starts a notice with the period the office set, once all three channels are clear', () => {
    const r = startNotice(shortlisted([clear('ndrc'), clear('samr'), clear('tax')]));
    expect(r.ok).toBe(true);
    expect(r.ok && r.data.notice).toMatchObject({
      publishedOn: '2026-04-14',
      startsOn: '2026-04-15',
      endsOn: '2026-04-21',
    });
  });

  it('lets an adverse record end the application, and only then', () => {
    const adverse = shortlisted([clear('ndrc'), { ...clear('samr'), result: 'adverse' }, clear('tax')]);
    expect(ids(failed(startNotice(adverse)))).toEqual([
      'entry/1x-selection/credit-record/samr',
      '1x-selection/16/credit',
    ]);
    expect(
      send('shortlisted', adverse, 'exclude_for_credit', { today: '2026-04-14' }, { reason: '经营异常名录' })
        .ok,
    ).toBe(true);
    const ok = shortlisted([clear('ndrc'), clear('samr'), clear('tax')]);
    expect(
      ids(failed(send('shortlisted', ok, 'exclude_for_credit', { today: '2026-04-14' }, { reason: '无' }))),
    ).toEqual(['entry/1x-selection/credit-adverse']);
  });

  const noticed = (creditChecks = [clear('ndrc'), clear('samr'), clear('tax')]) =>
    data({
      submittedOn: '2026-03-10',
      shortlistedOn: SHORT,
      creditChecks,
      notice: {
        publishedOn: '2026-04-14',
        startsOn: '2026-04-15',
        endsOn: '2026-04-21',
        days: 7,
        unit: 'calendar_days',
        explanation_zh: '',
      },
    });
  const facts = (objections: NoticeFacts['objections'] = []): NoticeFacts => ({
    publishedOn: '2026-04-14',
    endsOn: '2026-04-21',
    objections,
  });

  it('ends the notice only after its last day with every objection answered and none founded', () => {
    expect(
      ids(failed(send('public_notice', noticed(), 'end_notice', { today: '2026-04-21', notice: facts() }))),
    ).toEqual(['public-notice/period-ended', '1x-selection/16/public-notice']);
    const open = facts([{ id: 'o1', seq: 1, answeredAt: null, finding: null }]);
    expect(
      ids(failed(send('public_notice', noticed(), 'end_notice', { today: '2026-04-22', notice: open }))),
    ).toEqual(['public-notice/objections-answered']);
    const founded = facts([{ id: 'o1', seq: 1, answeredAt: '2026-04-18', finding: 'founded' }]);
    expect(
      ids(failed(send('public_notice', noticed(), 'end_notice', { today: '2026-04-22', notice: founded }))),
    ).toEqual(['public-notice/no-founded-objection', '1x-selection/16/public-notice']);
    const answered = facts([{ id: 'o1', seq: 1, answeredAt: '2026-04-18', finding: 'unfounded' }]);
    expect(send('public_notice', noticed(), 'end_notice', { today: '2026-04-22', notice: answered }).ok).toBe(
      true,
    );
  });

  it('records the approval only after the notice, and publishes only what was approved', () => {
    const approval = {
      decidedOn: '2026-04-28',
      form: 'written',
      reference: '部际联席会议书面审议〔2026〕3号',
    };
    expect(
      ids(
        failed(
          send(
            'awaiting_approval',
            noticed(),
            'approve',
            { today: '2026-04-28', notice: facts() },
            { ...approval, decidedOn: '2026-04-20' },
          ),
        ),
      ),
    ).toEqual(['entry/1x-selection/approval-date']);
    const approved = send(
      'awaiting_approval',
      noticed(),
      'approve',
      { today: '2026-04-28', notice: facts() },
      approval,
    );
    expect(approved.ok).toBe(true);
    const notApproved = send('approved', noticed(), 'publish', { today: '2026-04-29', notice: facts() }, {});
    expect(ids(failed(notApproved))).toEqual(['1x-selection/16/approval']);
    const published = send(
      'approved',
      approved.ok ? approved.data : noticed(),
      'publish',
      { today: '2026-04-29', notice: facts() },
      {},
    );
    expect(published.ok && published.to).toBe('published');
    expect(published.ok && published.data.publication).toEqual({
      publishedOn: '2026-04-29',
      validFrom: '2026-04-29',
      validTo: null,
    });
  });
});

describe('§16 publication re-checks the whole order on its day', () => {
  it('refuses to publish an approved result whose credit record is missing', () => {
    const d = data({
      submittedOn: '2026-03-10',
      shortlistedOn: '2026-04-10',
      creditChecks: [],
      approval: { decidedOn: '2026-04-28', form: 'meeting', reference: '第 3 次会议纪要' },
    });
    const r = send(
      'approved',
      d,
      'publish',
      {
        today: '2026-04-29',
        notice: { publishedOn: '2026-04-14', endsOn: '2026-04-21', objections: [] },
      },
      {},
    );
    expect(r.ok).toBe(false);
    expect(ids(failed(r))).toEqual([
      'entry/1x-selection/credit-record/ndrc',
      'entry/1x-selection/credit-record/samr',
      'entry/1x-selection/credit-record/tax',
      '1x-selection/16/credit',
      '1x-selection/16/tax',
    ]);
  });

  it('refuses a validity that starts before publication or ends before it starts', () => {
    const d = data({
      submittedOn: '2026-03-10',
      shortlistedOn: '2026-04-10',
      creditChecks: (['ndrc', 'samr', 'tax'] as const).map((platform) => ({
        platform,
        source: '平台',
        checkedOn: '2026-04-13',
        result: 'clear' as const,
        reference: null,
      })),
      approval: { decidedOn: '2026-04-28', form: 'meeting', reference: '第 3 次会议纪要' },
    });
    const ctx = {
      today: '2026-04-29',
      notice: { publishedOn: '2026-04-14', endsOn: '2026-04-21', objections: [] },
    };
    expect(ids(failed(send('approved', d, 'publish', ctx, { validFrom: '2026-04-28' })))).toEqual([
      'entry/1x-selection/validity',
    ]);
    expect(
      ids(failed(send('approved', d, 'publish', ctx, { validFrom: '2026-05-01', validTo: '2026-04-30' }))),
    ).toEqual(['entry/1x-selection/validity']);
    const r = send('approved', d, 'publish', ctx, { validFrom: '2026-05-01', validTo: '2029-04-30' });
    expect(r.ok && r.data.publication).toEqual({
      publishedOn: '2026-04-29',
      validFrom: '2026-05-01',
      validTo: '2029-04-30',
    });
  });
});

describe('the machine cites its articles', () => {
  it('every transition cites 1x-selection §12–16', () => {
    for (const t of machine.transitions) {
      const cited = t.citations.map(formatCitation);
      expect(
        cited.some((c) => /^1x-selection §1[2-6]$/.test(c)),
        `${t.from} --${t.event}--> ${t.to} cites ${cited.join(', ')}`,
      ).toBe(true);
    }
  });
});
