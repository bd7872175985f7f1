// Opening an evaluation session (issue 11 point 1), refused before the conduct §13–14 sanction: outside
// the filed scope on any day of the session (§14(2)), at a site not the institution's or outside its
// province of filing (§13(2)), while suspended (§13), after termination or exit (§14). Boundaries: the
// session's first and last days against the validity's first and last days.
import { describe, expect, it } from 'vitest';
import { evaluate, findings } from '../support.js';

const CHECK = 'mohrss-violations.evaluation_session.opening';
const facts = (patch: Record<string, unknown> = {}) => ({
  occupationCode: '6-31-01-03',
  level: 3,
  startsOn: '2026-06-08',
  endsOn: '2026-06-09',
  status: 'active',
  grants: [{ occupationCode: '6-31-01-03', level: 3, validFrom: '2024-01-01', validTo: '2026-12-31' }],
  site: { ownSite: true, provinceCode: '52' },
  filedProvinceCode: '52',
  ...patch,
});
const scope = (patch: Record<string, unknown>) =>
  findings(evaluate(CHECK, '2026-06-01', facts(patch)), 'mohrss-violations/14/2/session-scope')[0]!;

describe('mohrss-violations §14(2): the session lies within the filed scope on every one of its days', () => {
  it('the last day of the session on the last day of validity is within; one day later is not', () => {
    expect(scope({ startsOn: '2026-12-30', endsOn: '2026-12-31' }).passed).toBe(true);
    const late = scope({ startsOn: '2026-12-31', endsOn: '2027-01-01' });
    expect(late.passed).toBe(false);
    expect(late.message_zh).toContain('不覆盖批次 2026-12-31 至 2027-01-01 的每一天');
  });

  it('the first day of the session on the first day of validity is within; the day before is not', () => {
    expect(scope({ startsOn: '2024-01-01', endsOn: '2024-01-02' }).passed).toBe(true);
    expect(scope({ startsOn: '2023-12-31', endsOn: '2024-01-02' }).passed).toBe(false);
  });

  it('an open-ended filing (validTo null) covers any later session', () => {
    const open = [{ occupationCode: '6-31-01-03', level: 3, validFrom: '2024-01-01', validTo: null }];
    expect(scope({ grants: open, startsOn: '2031-05-01', endsOn: '2031-05-02' }).passed).toBe(true);
  });

  it('another level or occupation of the same institution is outside, and says so', () => {
    const other = scope({ level: 2 });
    expect(other.passed).toBe(false);
    expect(other.message_zh).toBe('6-31-01-03 × 2 级 不在本机构的备案（遴选）范围内');
    expect(scope({ occupationCode: '4-04-05-01' }).passed).toBe(false);
  });

  it('no grant at all (registered, never filed; or its entry withdrawn) is outside', () => {
    expect(scope({ grants: [], status: 'registered' }).passed).toBe(false);
  });

  it('two successive grants do not join into one cover (each grant must cover the session alone)', () => {
    const split = [
      { occupationCode: '6-31-01-03', level: 3, validFrom: '2024-01-01', validTo: '2026-06-08' },
      { occupationCode: '6-31-01-03', level: 3, validFrom: '2026-06-09', validTo: '2029-06-08' },
    ];
    expect(scope({ grants: split }).passed).toBe(false);
  });
});

describe('mohrss-violations §13(2): at its own registered site, in its province of filing', () => {
  const site = (patch: Record<string, unknown>) =>
    findings(evaluate(CHECK, '2026-06-01', facts(patch)), 'mohrss-violations/13/2/session-site')[0]!;
  it("another institution's site is refused", () => {
    expect(site({ site: { ownSite: false, provinceCode: '52' } }).passed).toBe(false);
  });
  it('its own site in another province is refused, pointing to a branch filed there', () => {
    const f = site({ site: { ownSite: true, provinceCode: '33' } });
    expect(f.passed).toBe(false);
    expect(f.message_zh).toContain('须由分支机构在当地备案');
  });
});

describe('mohrss-violations §13 and §14: the standing, read from the registry status', () => {
  const outcome = (status: string) => evaluate(CHECK, '2026-06-01', facts({ status })).outcome;
  it('active opens; suspended and exited do not', () => {
    expect(outcome('active')).toBe('pass');
    expect(outcome('suspended')).toBe('fail');
    expect(outcome('exited')).toBe('fail');
  });
});

describe('the facts themselves', () => {
  it('refuses a session that ends before it starts (422 at the edge, never a finding)', () => {
    expect(() =>
      evaluate(CHECK, '2026-06-01', facts({ startsOn: '2026-06-09', endsOn: '2026-06-08' })),
    ).toThrow();
  });
});
