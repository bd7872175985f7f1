import { describe, expect, it } from 'vitest';
import { citationId, formatCitation, formatCitationZh, fromChineseNumeral } from './citation.js';

describe('citation', () => {
  it('prints gz-rules §6(5) and 第六条第（五）项', () => {
    const c = { source: 'gz-rules', article: 6, item: 5 } as const;
    expect(formatCitation(c)).toBe('gz-rules §6(5)');
    expect(formatCitationZh(c)).toBe('第六条第（五）项');
    expect(citationId(c)).toBe('gz-rules/6/5');
  });
  it('prints section numerals of mohrss-filing as 二(六)', () => {
    const c = { source: 'mohrss-filing', article: '二', item: '六' } as const;
    expect(formatCitation(c)).toBe('mohrss-filing 二(六)');
    expect(formatCitationZh(c)).toBe('二、第（六）项');
  });
  it('writes 十四 and 二十 correctly', () => {
    expect(formatCitationZh({ source: 'mohrss-violations', article: 14, item: 6 })).toBe(
      '第十四条第（六）项',
    );
    expect(formatCitationZh({ source: '1x-selection', article: 20 })).toBe('第二十条');
  });
});

describe('citation: paragraphs, sub-points and ASCII ids', () => {
  it('prints mohrss-filing 二(七).2(4) and ids it as mohrss-filing/2/7/2/4', () => {
    const c = { source: 'mohrss-filing', article: '二', item: '七', point: 2, subpoint: 4 } as const;
    expect(formatCitation(c)).toBe('mohrss-filing 二(七).2(4)');
    expect(formatCitationZh(c)).toBe('二、第（七）项第2点第（4）目');
    expect(citationId(c)).toBe('mohrss-filing/2/7/2/4');
  });
  it('prints paragraphs as ¶ and 第N款', () => {
    const c = { source: 'mohrss-violations', article: 15, paragraph: 2 } as const;
    expect(formatCitation(c)).toBe('mohrss-violations §15 ¶2');
    expect(formatCitationZh(c)).toBe('第十五条第二款');
    expect(citationId(c)).toBe('mohrss-violations/15/p2');
  });
  it('reads Chinese numerals back', () => {
    expect(fromChineseNumeral('十九')).toBe(19);
    expect(fromChineseNumeral('二十')).toBe(20);
    expect(fromChineseNumeral('六')).toBe(6);
    expect(fromChineseNumeral('附件')).toBeUndefined();
  });
});
