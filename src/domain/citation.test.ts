import { describe, expect, it } from 'vitest';
import { citationId, formatCitation, formatCitationZh } from './citation.js';

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
    expect(formatCitationZh({ source: 'mohrss-violations', article: 14, item: 6 })).toBe('第十四条第（六）项');
    expect(formatCitationZh({ source: '1x-selection', article: 20 })).toBe('第二十条');
  });
});
