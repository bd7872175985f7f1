import fc from 'fast-check';
import { anyInput } from './any-input.test-support.js';
import { describe, expect, it } from 'vitest';
import { calendarDate, mod112CheckCharacter, parseIdNumber } from './id-number.js';

/** A well-formed 18-digit number from its parts, with the right check character. */
const make = (region: string, birth: string, seq = '002'): string => {
  const first17 = region + birth + seq;
  return first17 + mod112CheckCharacter(first17);
};

describe('parseIdNumber — GB 11643-1999', () => {
  it('accepts the standard’s own example 11010519491231002X (北京市朝阳区, 1949-12-31, female)', () => {
    expect(parseIdNumber('11010519491231002X')).toEqual({
      ok: true,
      value: { number18: '11010519491231002X', birthDate: '1949-12-31', sex: 'female', regionCode: '110105' },
    });
  });

  it('computes the MOD 11-2 check character, X standing for 10', () => {
    expect(mod112CheckCharacter('11010519491231002')).toBe('X');
    // the standard's second example 440524188001010014 has check digit 4
    expect(mod112CheckCharacter('44052418800101001')).toBe('4');
  });

  it('reads the sex from the 17th digit: odd is male, even is female', () => {
    const male = parseIdNumber(make('110105', '19800101', '013'));
    const female = parseIdNumber(make('110105', '19800101', '024'));
    expect(male.ok && male.value.sex).toBe('male');
    expect(female.ok && female.value.sex).toBe('female');
  });

  it('normalises a lower-case x, spaces and full-width digits', () => {
    expect(parseIdNumber(' 110105 19491231 002x ')).toMatchObject({
      ok: true,
      value: { number18: '11010519491231002X' },
    });
    expect(parseIdNumber('１１０１０５１９４９１２３１００２Ｘ')).toMatchObject({ ok: true });
  });

  it('upgrades the legacy 15-digit number 110105491231002 to 11010519491231002X (GB 11643 升位)', () => {
    expect(parseIdNumber('110105491231002')).toEqual({
      ok: true,
      value: {
        number18: '11010519491231002X',
        legacy15: '110105491231002',
        birthDate: '1949-12-31',
        sex: 'female',
        regionCode: '110105',
      },
    });
  });

  it('says which check character was expected', () => {
    const r = parseIdNumber('110105194912310021');
    expect(r).toMatchObject({ ok: false, code: 'INVALID_ID_NUMBER_CHECK' });
    expect(!r.ok && r.message_zh).toContain('应为 X');
  });

  it('refuses wrong lengths and letters with INVALID_ID_NUMBER_FORMAT', () => {
    for (const s of [
      '',
      '11010519491231002',
      '11010519491231002X1',
      '1101051949123100XX',
      'A1010519491231002X',
    ]) {
      expect(parseIdNumber(s)).toMatchObject({ ok: false, code: 'INVALID_ID_NUMBER_FORMAT' });
    }
  });

  it('requires a real birth date: 29 February only in leap years, 1900 was not one', () => {
    expect(parseIdNumber(make('110105', '20000229'))).toMatchObject({
      ok: true,
      value: { birthDate: '2000-02-29' },
    });
    expect(parseIdNumber(make('110105', '20040229'))).toMatchObject({ ok: true });
    expect(parseIdNumber(make('110105', '20010229'))).toMatchObject({
      ok: false,
      code: 'INVALID_ID_NUMBER_BIRTH_DATE',
    });
    expect(parseIdNumber(make('110105', '19000229'))).toMatchObject({
      ok: false,
      code: 'INVALID_ID_NUMBER_BIRTH_DATE',
    });
    expect(parseIdNumber(make('110105', '19801301'))).toMatchObject({
      ok: false,
      code: 'INVALID_ID_NUMBER_BIRTH_DATE',
    });
    expect(parseIdNumber(make('110105', '19800431'))).toMatchObject({
      ok: false,
      code: 'INVALID_ID_NUMBER_BIRTH_DATE',
    });
    expect(parseIdNumber(make('110105', '19800100'))).toMatchObject({
      ok: false,
      code: 'INVALID_ID_NUMBER_BIRTH_DATE',
    });
  });

  it('refuses a year before 1900, even the standard’s example 440524188001010014 whose check digit is right', () => {
    expect(parseIdNumber('440524188001010014')).toMatchObject({
      ok: false,
      code: 'INVALID_ID_NUMBER_BIRTH_DATE',
    });
    expect(parseIdNumber(make('110105', '18991231'))).toMatchObject({
      ok: false,
      code: 'INVALID_ID_NUMBER_BIRTH_DATE',
    });
    expect(parseIdNumber(make('110105', '19000101'))).toMatchObject({ ok: true });
  });

  it('refuses a birth date after asOf, and accepts one born on asOf', () => {
    const n = make('110105', '20250601');
    expect(parseIdNumber(n, { asOf: '2025-05-31' })).toMatchObject({
      ok: false,
      code: 'INVALID_ID_NUMBER_BIRTH_DATE',
    });
    expect(parseIdNumber(n, { asOf: '2025-06-01' })).toMatchObject({ ok: true });
    expect(parseIdNumber(n)).toMatchObject({ ok: true });
  });

  it('requires a province code 11–65 or 71, or exactly 810000 / 820000 / 830000', () => {
    expect(parseIdNumber(make('650102', '19800101'))).toMatchObject({ ok: true });
    expect(parseIdNumber(make('810000', '19800101'))).toMatchObject({
      ok: true,
      value: { regionCode: '810000' },
    });
    expect(parseIdNumber(make('830000', '19800101'))).toMatchObject({ ok: true });
    for (const region of ['100000', '160101', '660101', '810001', '840000', '990000', '000000']) {
      expect(parseIdNumber(make(region, '19800101')), region).toMatchObject({
        ok: false,
        code: 'INVALID_ID_NUMBER_REGION',
      });
    }
  });

  it('fails when any single digit of the example is changed', () => {
    const example = '11010519491231002X';
    for (let i = 0; i < 18; i++) {
      for (const ch of '0123456789X') {
        if (ch === example[i] || (ch === 'X' && i < 17)) continue;
        const changed = example.slice(0, i) + ch + example.slice(i + 1);
        expect(parseIdNumber(changed).ok, changed).toBe(false);
      }
    }
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(anyInput, (s) => {
        const r = parseIdNumber(s, { asOf: '2026-01-01' });
        if (r.ok) expect(mod112CheckCharacter(r.value.number18.slice(0, 17))).toBe(r.value.number18[17]);
      }),
    );
  });

  it('accepts every well-formed number and returns its birth date', () => {
    const date = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2025-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.stringMatching(/^\d{3}$/), (iso, seq) => {
        const r = parseIdNumber(make('440305', iso.replaceAll('-', ''), seq));
        expect(r).toMatchObject({ ok: true, value: { birthDate: iso } });
      }),
    );
  });

  it('calendarDate knows month lengths', () => {
    expect(calendarDate(2024, 2, 29)).toBe('2024-02-29');
    expect(calendarDate(2100, 2, 29)).toBeNull();
    expect(calendarDate(2025, 11, 31)).toBeNull();
  });
});
