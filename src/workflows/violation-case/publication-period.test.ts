import { describe, expect, it } from 'vitest';
import { publicationPeriod } from './publication-period.js';

describe('issue 14 point 7 — the period a published decision runs for', () => {
  it('mohrss-violations §7: an evaluation ban runs to its last barred day', () => {
    expect(
      publicationPeriod(
        [{ kind: 'evaluation_ban', startsOn: '2026-03-02', endsOn: '2029-03-02' }, { kind: 'publication', badCredit: false }],
        '2026-03-02',
      ),
    ).toEqual({ from: '2026-03-02', to: '2029-03-02' });
  }); // prettier-ignore

  it('mohrss-violations §13: a suspension runs to the rectification deadline; the latest end wins', () => {
    expect(
      publicationPeriod(
        [
          { kind: 'warning', dueOn: '2026-04-01' },
          { kind: 'suspension', dueOn: '2026-04-01' },
          { kind: 'staff_work_ban', fromOn: '2026-03-02', toOn: '2026-05-01' },
        ],
        '2026-03-02',
      ),
    ).toEqual({ from: '2026-03-02', to: '2026-05-01' });
  });

  it('mohrss-violations §13 列入诚信不良档案: the text sets no period — the end stays open, never invented', () => {
    expect(publicationPeriod([{ kind: 'credit_blacklist' }, { kind: 'publication', badCredit: true }], '2026-03-02')).toEqual({
      from: '2026-03-02',
      to: null,
    });
  }); // prettier-ignore
});
