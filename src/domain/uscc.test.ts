import fc from 'fast-check';
import { anyInput } from './any-input.test-support.js';
import { describe, expect, it } from 'vitest';
import { orgCodeCheckCharacter, parseUscc, USCC_CHARSET, usccCheckCharacter } from './uscc.js';

// Real, published codes. Each passes both the GB 11714 organisation-code check and the GB 32100 MOD 31
// check, which a mistyped code does with probability 1/341.
const REAL = [
  ['91350100M000100Y43', 'GB 32100-2015 附录 example'],
  ['914403001922038216', '华为技术有限公司'],
  ['91440300708461136T', '深圳市腾讯计算机系统有限公司'],
  ['91330100799655058B', '阿里巴巴（中国）有限公司'],
  ['12100000400000624D', '清华大学 (事业单位, national registration 100000)'],
  ['12100000400002259P', '北京大学'],
  ['53100000500019795A', '中国社会福利基金会 (民政部, 基金会)'],
] as const;

describe('parseUscc — GB 32100-2015', () => {
  it.each(REAL)('accepts %s (%s)', (code) => {
    const r = parseUscc(code);
    expect(r).toMatchObject({ ok: true, value: { code } });
  });

  it('splits the standard example into its five parts', () => {
    const r = parseUscc('91350100M000100Y43');
    expect(r).toEqual({
      ok: true,
      value: {
        code: '91350100M000100Y43',
        registrationAuthority: { code: '9', zh: '工商', en: 'Industry and commerce (market regulation)' },
        orgType: { code: '1', zh: '企业', en: 'Enterprise' },
        divisionCode: '350100',
        orgCode: 'M000100Y4',
      },
    });
  });

  it('names 民政 / 基金会 for a foundation', () => {
    const r = parseUscc('53100000500019795A');
    expect(r.ok && [r.value.registrationAuthority.zh, r.value.orgType.zh]).toEqual(['民政', '基金会']);
  });

  it('normalises white space, lower case and full-width characters', () => {
    expect(parseUscc('  91350100m000100y43 ')).toMatchObject({
      ok: true,
      value: { code: '91350100M000100Y43' },
    });
    expect(parseUscc('９１３５０１００Ｍ０００１００Ｙ４３')).toMatchObject({
      ok: true,
      value: { code: '91350100M000100Y43' },
    });
    expect(parseUscc('9135 0100 M000 100Y 43')).toMatchObject({
      ok: true,
      value: { code: '91350100M000100Y43' },
    });
  });

  it('refuses 17 and 19 characters with INVALID_USCC_LENGTH', () => {
    expect(parseUscc('91350100M000100Y4')).toMatchObject({ ok: false, code: 'INVALID_USCC_LENGTH' });
    expect(parseUscc('91350100M000100Y433')).toMatchObject({ ok: false, code: 'INVALID_USCC_LENGTH' });
    expect(parseUscc('')).toMatchObject({ ok: false, code: 'INVALID_USCC_LENGTH' });
  });

  it('refuses the letters I, O, Z, S, V with INVALID_USCC_CHARSET and names the position', () => {
    for (const letter of ['I', 'O', 'Z', 'S', 'V']) {
      const r = parseUscc(`91350100M000100${letter}43`);
      expect(r).toMatchObject({ ok: false, code: 'INVALID_USCC_CHARSET' });
      expect(!r.ok && r.message_zh).toContain('第 16 位');
    }
  });

  it('refuses an unknown registration authority and a type the authority does not use', () => {
    expect(parseUscc('B1350100M000100Y43')).toMatchObject({ ok: false, code: 'INVALID_USCC_AUTHORITY' });
    // 9 工商 has types 1, 2, 3 only; Y 其他 has type 1 only.
    expect(parseUscc('94350100M000100Y43')).toMatchObject({ ok: false, code: 'INVALID_USCC_ORG_TYPE' });
    expect(parseUscc('Y2350100M000100Y43')).toMatchObject({ ok: false, code: 'INVALID_USCC_ORG_TYPE' });
  });

  it('refuses a division code that is not six digits of a province', () => {
    expect(parseUscc('9135A100M000100Y43')).toMatchObject({ ok: false, code: 'INVALID_USCC_DIVISION' });
    expect(parseUscc('91990100M000100Y43')).toMatchObject({ ok: false, code: 'INVALID_USCC_DIVISION' });
  });

  it('checks the GB 11714 organisation-code character (position 17)', () => {
    // M000100Y → 22·3 + 1·5 + 34·2 = 139; 11 − 139 mod 11 = 4
    expect(orgCodeCheckCharacter('M000100Y')).toBe('4');
    const r = parseUscc('91350100M000100Y53');
    expect(r).toMatchObject({ ok: false, code: 'INVALID_USCC_ORG_CODE_CHECK' });
    expect(!r.ok && r.message_zh).toContain('应为 4');
  });

  it('says which check character was expected', () => {
    const r = parseUscc('91350100M000100Y44');
    expect(r).toMatchObject({ ok: false, code: 'INVALID_USCC_CHECK' });
    expect(!r.ok && r.message_zh).toContain('校验码（第 18 位）应为 3');
    expect(!r.ok && r.message_en).toContain('should be 3');
  });

  it('fails when any single character of a real code is changed', () => {
    for (const [code] of REAL) {
      for (let i = 0; i < 18; i++) {
        for (const ch of USCC_CHARSET) {
          if (ch === code[i]) continue;
          const changed = code.slice(0, i) + ch + code.slice(i + 1);
          expect(parseUscc(changed).ok, changed).toBe(false);
        }
      }
    }
  });

  it('never throws, and whatever it accepts is 18 characters with a correct check character', () => {
    fc.assert(
      fc.property(anyInput, (s) => {
        const r = parseUscc(s);
        if (r.ok) {
          expect(r.value.code).toHaveLength(18);
          expect(usccCheckCharacter(r.value.code.slice(0, 17))).toBe(r.value.code[17]);
        } else {
          expect(r.message_zh.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('accepts every code built by the standard’s own algorithm', () => {
    const body = fc.stringMatching(/^[0-9A-HJ-NP-RT-UW-Y]{8}$/);
    fc.assert(
      fc.property(body, fc.constantFrom('350100', '110000', '440300'), (b, division) => {
        const first17 = `91${division}${b}${orgCodeCheckCharacter(b)}`;
        const code = first17 + usccCheckCharacter(first17);
        expect(parseUscc(code)).toMatchObject({ ok: true, value: { code } });
      }),
    );
  });
});
