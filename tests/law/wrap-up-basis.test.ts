// What each wrap-up item rests on (src/rules/wrap-up-basis.ts): the article of the exit's own regime and
// route, naming the item or holding it under its "等…" — never another regime's article.
import { describe, expect, it } from 'vitest';
import { selfCheckFrame, wrapUpBasis, type WrapUpItemId } from '../../src/rules/wrap-up-basis.js';

const items: WrapUpItemId[] = [
  'fees_without_exam',
  'exams_without_certificates',
  'certificate_data_not_uploaded',
  'records_not_archived',
];
const kinds = (regime: string, route: 'voluntary' | 'lapse' | 'ordered') =>
  Object.fromEntries(items.map((i) => [i, wrapUpBasis([{ regime, route }], i).kind]));
const articles = (regime: string, route: 'voluntary' | 'lapse' | 'ordered') =>
  new Set(
    items.flatMap((i) =>
      wrapUpBasis([{ regime, route }], i).citations.map((c) => `${c.source} §${c.article}`),
    ),
  );

describe('1x-exit §9: 已收费但未实施考核、已考核尚未发证 named; the rest under "等相关事项"', () => {
  it.each(['voluntary', 'ordered'] as const)('a 1+X exit (%s) rests on §9 alone', (route) => {
    expect(kinds('1x-exit', route)).toEqual({
      fees_without_exam: 'named',
      exams_without_certificates: 'named',
      certificate_data_not_uploaded: 'catch_all',
      records_not_archived: 'catch_all',
    });
    expect(articles('1x-exit', route)).toEqual(new Set(['1x-exit §9']));
    expect(wrapUpBasis([{ regime: '1x-exit', route }], 'records_not_archived').openList[0]!.zh).toBe(
      '等相关事项',
    );
    expect(wrapUpBasis([{ regime: '1x-exit', route }], 'fees_without_exam').openList).toEqual([]);
  });
});

describe('gz-rules §13–15: certificate data named on every route, archiving in §13 and §14 only', () => {
  it('§13 voluntary: 证书数据合规上报、评价资料归档 named; fees and exams under "等收尾工作"', () => {
    expect(kinds('gz-rules', 'voluntary')).toEqual({
      fees_without_exam: 'catch_all',
      exams_without_certificates: 'catch_all',
      certificate_data_not_uploaded: 'named',
      records_not_archived: 'named',
    });
    expect(articles('gz-rules', 'voluntary')).toEqual(new Set(['gz-rules §13']));
  });
  it('§14 lapse: 证书数据上报、资料整理归档 named', () => {
    expect(kinds('gz-rules', 'lapse').records_not_archived).toBe('named');
    expect(articles('gz-rules', 'lapse')).toEqual(new Set(['gz-rules §14']));
    expect(wrapUpBasis([{ regime: 'gz-rules', route: 'lapse' }], 'fees_without_exam').openList[0]!.zh).toBe(
      '等收尾工作',
    );
  });
  it('§15 ordered: only 合规上报证书数据 named; archiving is one of its "收尾工作"', () => {
    expect(kinds('gz-rules', 'ordered')).toEqual({
      fees_without_exam: 'catch_all',
      exams_without_certificates: 'catch_all',
      certificate_data_not_uploaded: 'named',
      records_not_archived: 'catch_all',
    });
    expect(articles('gz-rules', 'ordered')).toEqual(new Set(['gz-rules §15']));
    expect(wrapUpBasis([{ regime: 'gz-rules', route: 'ordered' }], 'fees_without_exam').openList[0]!.zh).toBe(
      '完成收尾工作',
    );
  });
});

describe('mohrss-violations §14 终止备案 and mohrss-filing set no wrap-up', () => {
  it.each(['mohrss-violations', 'mohrss-filing', 'dept-pilot'])(
    '%s: every item unwritten, no article',
    (regime) => {
      for (const i of items)
        expect(wrapUpBasis([{ regime, route: 'ordered' }], i)).toEqual({
          kind: 'unwritten',
          ruleIds: [],
          citations: [],
          openList: [],
        });
    },
  );
});

describe('a self-check before any exit follows the voluntary route of each regime the institution is in', () => {
  it('a 1+X entry (1x-selection) reads 1x-exit §9; a Guizhou entry gz-rules §13; both: both, the firmer kind', () => {
    expect(selfCheckFrame('1x-selection')).toEqual({ regime: '1x-exit', route: 'voluntary' });
    const both = [selfCheckFrame('1x-selection'), selfCheckFrame('gz-rules')];
    const fees = wrapUpBasis(both, 'fees_without_exam');
    expect(fees.kind).toBe('named');
    expect(fees.citations).toEqual([
      { source: '1x-exit', article: 9 },
      { source: 'gz-rules', article: 13 },
    ]);
    expect(wrapUpBasis([], 'records_not_archived').kind).toBe('unwritten');
  });
});
