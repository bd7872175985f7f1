import { describe, expect, it } from 'vitest';
import { breakLines, breakUnits, justifiedSpacing } from './line-break.js';

// A monospaced measure: an ideograph or a full-width mark is 1, a Latin letter or digit 0.5.
const advance = (s: string) => [...s].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1), 0);

describe('Chinese line breaking', () => {
  it('keeps closing marks with the character before and opening marks with the one after', () => {
    expect(breakUnits('你单位（案件）。')).toEqual(['你', '单', '位', '（案', '件）。']);
    expect(breakUnits('“公示”，')).toEqual(['“公', '示”，']);
  });
  it('keeps a code or a number in one piece', () => {
    expect(breakUnits('职业4-01-02-01及USCC')).toEqual(['职', '业', '4-01-02-01', '及', 'USCC']);
  });
  it('never starts a line with a closing mark', () => {
    // Width 4: "一二三四" fits, the comma would start line 2 — the 四 goes down with it.
    const lines = breakLines('一二三四，五六', 4, 0, advance);
    expect(lines.map((l) => l.text)).toEqual(['一二三', '四，五六']);
    for (const l of lines) expect(/^[，。、；：）》”]/.test(l.text)).toBe(false);
  });
  it('never ends a line with an opening mark', () => {
    const lines = breakLines('一二三（四）五', 4, 0, advance);
    expect(lines.map((l) => l.text)).toEqual(['一二三', '（四）五']);
  });
  it('indents the first line only and marks the last', () => {
    const lines = breakLines('一二三四五六七八九十', 4, 2, advance);
    expect(lines.map((l) => [l.text, l.indent, l.last])).toEqual([
      ['一二', 2, false],
      ['三四五六', 0, false],
      ['七八九十', 0, true],
    ]);
  });
  it('drops a space where a line breaks', () => {
    const lines = breakLines('一二三 四五六', 3, 0, advance);
    expect(lines.map((l) => l.text)).toEqual(['一二三', '四五六']);
  });
  it('splits a run longer than the line rather than overflowing', () => {
    const lines = breakLines('ABCDEFGHIJKL', 3, 0, advance);
    expect(lines.map((l) => l.text)).toEqual(['ABCDEF', 'GHIJKL']);
  });
  it('justifies full lines to the width, leaves the last line on the grid', () => {
    const [first, last] = breakLines('一二三四，五', 4, 0, advance);
    // "一二三" (3 wide) on a 4-wide line: the room left shared by 2 gaps.
    expect(justifiedSpacing(first!, 4, 0)).toBeCloseTo(0.5);
    expect(justifiedSpacing(last!, 4, 0)).toBe(0);
    // Stretched too far (one character on a wide line … or a short run): keeps the grid.
    expect(justifiedSpacing({ text: '一二', indent: 0, width: 2, last: false }, 40, 0)).toBe(0);
  });
});
