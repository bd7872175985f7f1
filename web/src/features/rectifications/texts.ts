// The rectification pages' words (责令限期整改, issue 14 point 6), Chinese first with English beside them:
// an order's state, where it came from, the verification's verdict, and the articles as people read them.
import type { Pair } from '../leads/texts';

export const RECT_STATUS: Record<string, Pair> = {
  open: ['整改中', 'Open'],
  reported: ['已报告，待核验', 'Reported, to verify'],
  accepted: ['已整改（核验通过）', 'Rectified (accepted)'],
  rejected: ['未通过核验', 'Not accepted'],
};
export const RECT_STATUS_COLOR: Record<string, string> = {
  open: 'blue',
  reported: 'gold',
  accepted: 'green',
  rejected: 'volcano',
};

export const RECT_SOURCE: Record<string, Pair> = {
  inspection: ['监督检查', 'Inspection'],
  lead: ['问题线索', 'Lead'],
  rating: ['监测评价', 'Monitoring rating'],
  violation_case: ['违纪违规处理', 'Violation case'],
  ground: ['监管依据', 'Ground raised from the data'],
};

export const VERDICT: Record<string, Pair> = {
  accepted: ['核验通过', 'Accepted'],
  rejected: ['未通过', 'Not accepted'],
};

/** The regulations by their short ids, for a citation read by people. */
const REGIMES: Record<string, Pair> = {
  '1x-selection': ['1+X 培训评价组织遴选办法', '1+X selection measures'],
  '1x-exit': ['1+X 培训评价组织退出办法', '1+X exit measures'],
  'mohrss-violations': ['违纪违规处理工作指引', 'Violation handling guidelines'],
  'mohrss-filing': ['评价机构备案通知', 'Filing notice'],
  'dept-pilot': ['部门行业试点通知', 'Department and industry pilot notice'],
  'gz-rules': ['贵州省实施细则', 'Guizhou rules'],
};
const ZH_NUM = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const zhNum = (n: number): string =>
  n <= 10
    ? ZH_NUM[n]!
    : n < 20
      ? `十${ZH_NUM[n - 10]}`
      : `${ZH_NUM[Math.floor(n / 10)]}十${n % 10 ? ZH_NUM[n % 10] : ''}`;

export interface CitationObj {
  source: string;
  article: number | string;
  item?: number;
  paragraph?: number;
}

/** 《退出办法》第五条第（六）项 / 1x-exit §5(6). */
export function citationWords(c: CitationObj, lang: 'zh-CN' | 'en'): string {
  const regime = REGIMES[c.source];
  if (lang === 'en') {
    const name = regime?.[1] ?? 'Regulation';
    return `${name} §${c.article}${c.paragraph ? ` ¶${c.paragraph}` : ''}${c.item ? `(${c.item})` : ''}`;
  }
  const art = typeof c.article === 'number' ? `第${zhNum(c.article)}条` : `${c.article}`;
  const par = c.paragraph ? `第${zhNum(c.paragraph)}款` : '';
  const item = c.item
    ? typeof c.article === 'number'
      ? `第（${zhNum(c.item)}）项`
      : `（${zhNum(c.item)}）`
    : '';
  return `《${regime?.[0] ?? '规定'}》${art}${par}${item}`;
}
