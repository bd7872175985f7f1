// 1x-exit §8, §10, §11 — re-entry bans and the certificates issued before an exit.
import { describe, expect, it } from 'vitest';
import { evaluate, findings, only } from '../support.js';

describe('1x-exit §10: 自愿退出的 3 年内、被取消资格的 5 年内不得参与招募遴选', () => {
  const CHECK = '1x-exit.reentry';
  const reentry = (appliedOn: string, kind: string, decidedOn: string, level = 'organisation') =>
    evaluate(CHECK, appliedOn, { priorExits: [{ kind, level, decidedOn }] });
  // 民法典 §201–202 (docs/decisions/0037): the exit day is not counted; the anniversary is the last barred day.
  it('after a voluntary exit on 2021-08-20 an application on 2024-08-20 (3rd anniversary, the last day) is barred; on 2024-08-21 it is admissible', () => {
    const barred = only(reentry('2024-08-20', 'voluntary', '2021-08-20'), '1x-exit/10/voluntary');
    expect(barred.passed).toBe(false);
    expect(barred.values).toMatchObject({
      banYears: 3,
      lastBannedDay: '2024-08-20',
      eligibleFrom: '2024-08-21',
    });
    expect(only(reentry('2024-08-21', 'voluntary', '2021-08-20'), '1x-exit/10/voluntary').passed).toBe(true);
  });
  it('after a revocation on 2022-03-01 the entity is barred to 2027-03-01 and free on 2027-03-02', () => {
    expect(only(reentry('2027-03-01', 'revocation', '2022-03-01'), '1x-exit/10/revocation').passed).toBe(
      false,
    );
    expect(only(reentry('2027-03-02', 'revocation', '2022-03-01'), '1x-exit/10/revocation').passed).toBe(
      true,
    );
    expect(
      only(reentry('2025-03-01', 'revocation', '2022-03-01'), '1x-exit/10/revocation').values,
    ).toMatchObject({ banYears: 5 });
  });
  it('a bar from 2020-02-29 (leap day) ends on 2023-02-28, the month’s last day (民法典 §202)', () => {
    expect(only(reentry('2023-02-28', 'voluntary', '2020-02-29'), '1x-exit/10/voluntary').passed).toBe(false);
    expect(only(reentry('2023-03-01', 'voluntary', '2020-02-29'), '1x-exit/10/voluntary').passed).toBe(true);
  });
  it('a certificate-level exit is an exit too (§2): a voluntary programme exit bars the entity for 3 years', () => {
    expect(
      only(reentry('2023-01-10', 'voluntary', '2021-08-20', 'certificate'), '1x-exit/10/voluntary').passed,
    ).toBe(false);
  });
  it('every prior exit is checked: an old voluntary exit passes while a recent revocation bars', () => {
    const r = evaluate(CHECK, '2025-06-01', {
      priorExits: [
        { kind: 'voluntary', level: 'certificate', decidedOn: '2020-07-31' },
        { kind: 'revocation', level: 'certificate', decidedOn: '2023-01-31' },
      ],
    });
    expect(only(r, '1x-exit/10/voluntary').passed).toBe(true);
    expect(only(r, '1x-exit/10/revocation').passed).toBe(false);
    expect(r.outcome).toBe('fail');
  });
  it('an entity that never left is not barred (no findings, outcome pass)', () => {
    const r = evaluate(CHECK, '2025-06-01', { priorExits: [] });
    expect(r.findings).toHaveLength(0);
    expect(r.outcome).toBe('pass');
  });
});

describe('1x-exit §8: 退出前已发放的证书原则上继续有效', () => {
  const CHECK = '1x-exit.certificates';
  const cert = (issuedOn: string, patch: Record<string, unknown> = {}) =>
    evaluate(CHECK, '2025-01-01', {
      exitKind: 'voluntary',
      exitDecidedOn: '2023-08-15',
      certificateIssuedOn: issuedOn,
      ...patch,
    });
  it('issued 2023-08-14, the day before the exit, it stays valid', () => {
    expect(only(cert('2023-08-14'), '1x-exit/8').passed).toBe(true);
    expect(only(cert('2023-08-14'), '1x-exit/11').passed).toBe(true);
  });
  it('issued on the day of the exit decision: whether it came before is for the authority', () => {
    expect(only(cert('2023-08-15'), '1x-exit/8').passed).toBe('needs_judgement');
  });
  it('issued 2023-08-16, after the exit: §8 does not protect it and §11 is breached', () => {
    const r = cert('2023-08-16');
    expect(findings(r, '1x-exit/8')).toHaveLength(0);
    expect(only(r, '1x-exit/11').passed).toBe(false);
  });
  it('"原则上": a recorded written exception ends the validity of a certificate issued before the exit', () => {
    const r = cert('2023-06-30', {
      exception: { reason: '证书系违规突击发放', decidedBy: '部际联席会议办公室', decidedOn: '2023-09-01' },
    });
    const f = only(r, '1x-exit/8');
    expect(f.passed).toBe(false);
    expect(f.values).toMatchObject({ exception: { decidedBy: '部际联席会议办公室' } });
  });
});

describe('1x-exit §8 with 1x-selection §28 ¶2: 取消资格前已按规范程序发放的证书可继续发挥效用', () => {
  const CHECK = '1x-exit.certificates';
  const revoked = (patch: Record<string, unknown>) =>
    evaluate(CHECK, '2025-01-01', {
      exitKind: 'revocation',
      exitDecidedOn: '2024-05-20',
      certificateIssuedOn: '2024-03-01',
      ...patch,
    });
  it('both texts are applied: issued by proper procedure, both findings pass', () => {
    const r = revoked({ regularProcedure: true });
    expect(only(r, '1x-exit/8').passed).toBe(true);
    expect(only(r, '1x-selection/28/p2').passed).toBe(true);
  });
  it('issued by improper procedure: §28 ¶2 does not cover it although §8’s principle does — the overlap is shown, not resolved', () => {
    const r = revoked({ regularProcedure: false });
    expect(only(r, '1x-exit/8').passed).toBe(true);
    expect(only(r, '1x-selection/28/p2').passed).toBe(false);
    expect(r.outcome).toBe('fail');
  });
  it('procedure not yet assessed needs judgement', () => {
    expect(only(revoked({}), '1x-selection/28/p2').passed).toBe('needs_judgement');
  });
  it('a voluntary exit does not bring in §28 ¶2', () => {
    expect(
      findings(
        evaluate(CHECK, '2025-01-01', {
          exitKind: 'voluntary',
          exitDecidedOn: '2024-05-20',
          certificateIssuedOn: '2024-03-01',
        }),
        '1x-selection/28/p2',
      ),
    ).toHaveLength(0);
  });
});
