import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyInput } from './any-input.test-support.js';
import { parseOccupationCode } from './occupation-code.js';

describe('parseOccupationCode — 职业分类大典（2022年版）', () => {
  it('splits 4-04-05-01 (计算机程序设计员) into 大类, 中类, 小类', () => {
    expect(parseOccupationCode('4-04-05-01')).toEqual({
      ok: true,
      value: { code: '4-04-05-01', major: 4, middle: '4-04', minor: '4-04-05', occupation: '4-04-05-01' },
    });
  });

  it.each([
    ['1-01-00-01', 1], // 中国共产党机关负责人 (小类 00)
    ['3-01-01-01', 3], // 行政办事员
    ['6-28-01-01', 6], // 锅炉运行值班员
    ['7-01-00-00', 7], // 军官（警官）
    ['8-00-00-00', 8], // 不便分类的其他从业人员
  ] as const)('accepts the catalogue code %s (大类 %i)', (code, major) => {
    expect(parseOccupationCode(code)).toMatchObject({ ok: true, value: { code, major } });
  });

  it('accepts a 工种 suffix and reports it separately', () => {
    expect(parseOccupationCode('4-04-05-01-02')).toEqual({
      ok: true,
      value: {
        code: '4-04-05-01-02',
        major: 4,
        middle: '4-04',
        minor: '4-04-05',
        occupation: '4-04-05-01',
        workType: '02',
      },
    });
    expect(parseOccupationCode('4-04-05-01-00')).toMatchObject({
      ok: false,
      code: 'INVALID_OCCUPATION_CODE_FORMAT',
    });
  });

  it('normalises full-width digits and dash look-alikes', () => {
    expect(parseOccupationCode(' ４－０４－０５－０１ ')).toMatchObject({
      ok: true,
      value: { code: '4-04-05-01' },
    });
    expect(parseOccupationCode('4—04—05—01')).toMatchObject({ ok: true, value: { code: '4-04-05-01' } });
  });

  it('refuses 大类 0 and 9', () => {
    expect(parseOccupationCode('0-01-01-01')).toMatchObject({ ok: false, code: 'INVALID_OCCUPATION_MAJOR' });
    expect(parseOccupationCode('9-01-01-01')).toMatchObject({ ok: false, code: 'INVALID_OCCUPATION_MAJOR' });
  });

  it('refuses other shapes: missing parts, single digits, no dashes, the 1999 edition’s X-XX-XX-XX letters', () => {
    for (const s of [
      '4-04-05',
      '4-4-05-01',
      '4040501',
      '4-04-05-01-2',
      '4-04-05-01-02-03',
      'X-99-00-00',
      '',
    ]) {
      expect(parseOccupationCode(s), s).toMatchObject({ ok: false, code: 'INVALID_OCCUPATION_CODE_FORMAT' });
    }
  });

  it('never throws, and whatever it accepts round-trips through its parts', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, fc.stringMatching(/^\d-\d{2}-\d{2}-\d{2}(-\d{2})?$/)), (s) => {
        const r = parseOccupationCode(s);
        if (r.ok) {
          expect(r.value.code.startsWith(r.value.occupation)).toBe(true);
          expect(r.value.occupation.startsWith(r.value.minor)).toBe(true);
          expect(r.value.minor.startsWith(r.value.middle)).toBe(true);
          expect(r.value.middle.startsWith(String(r.value.major))).toBe(true);
        }
      }),
    );
  });
});
