// Reads the plain seed texts (shared/seeds) and lists every article, item, point and sub-point they number,
// so that a test can prove each one is in the coverage matrix. Pure: the caller reads the files.
import { citationId, fromChineseNumeral, type Citation, type SourceId } from '../domain/citation.js';

const NUM = '[一二三四五六七八九十]+';

/** Texts numbered 第N条 with items （N）: gz-rules, 1x-exit, 1x-selection, mohrss-violations. */
export function numberedArticles(source: SourceId, text: string): Citation[] {
  const out: Citation[] = [];
  let article: number | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const a = new RegExp(`^第(${NUM})条`).exec(line);
    if (a) {
      article = fromChineseNumeral(a[1]!);
      if (article !== undefined) out.push({ source, article });
      continue;
    }
    const i = new RegExp(`^[（(](${NUM})[）)]`).exec(line);
    if (i && article !== undefined) {
      const item = fromChineseNumeral(i[1]!);
      if (item !== undefined) out.push({ source, article, item });
    }
  }
  return out;
}

/** The two annexes of 人社职司便函〔2021〕57号 in the 004 seed: [annex 1 (mohrss-filing), annex 2 (mohrss-violations)]. */
export function splitMohrssSeed(text: string): [string, string] {
  const lines = text.split('\n');
  const a1 = lines.findIndex((l) => /^\s*附件\s*1\s*$/.test(l));
  const a2 = lines.findIndex((l) => /^\s*附件\s*2\s*$/.test(l));
  if (a1 < 0 || a2 < 0) throw new Error('004 seed: annex markers not found');
  return [lines.slice(a1 + 1, a2).join('\n'), lines.slice(a2 + 1).join('\n')];
}

/** mohrss-filing: sections 一、二、, items （N）, points N. and sub-points （N） inside a point. */
export function mohrssFilingArticles(annex1: string): Citation[] {
  const out: Citation[] = [];
  let section: string | undefined;
  let item: string | undefined;
  let point: number | undefined;
  for (const raw of annex1.split('\n')) {
    const line = raw.trim();
    const s = /^([一二])、/.exec(line);
    if (s) {
      section = s[1]!;
      item = undefined;
      point = undefined;
      out.push({ source: 'mohrss-filing', article: section });
      continue;
    }
    if (!section) continue;
    const i = new RegExp(`^（(${NUM})）`).exec(line);
    if (i) {
      item = i[1]!;
      point = undefined;
      out.push({ source: 'mohrss-filing', article: section, item });
      continue;
    }
    if (!item) continue;
    const p = /^(\d)\.(?!\d)/.exec(line);
    if (p) {
      point = Number(p[1]);
      out.push({ source: 'mohrss-filing', article: section, item, point });
    }
    if (point !== undefined)
      for (const m of line.matchAll(/（(\d)）/g))
        out.push({ source: 'mohrss-filing', article: section, item, point, subpoint: Number(m[1]) });
  }
  return out;
}

/** dept-pilot: sections 一、…五、 with items (N), and the annex's two lists of 一、二、三. */
export function deptPilotArticles(text: string): Citation[] {
  const out: Citation[] = [];
  let part: string | undefined;
  let inAnnex = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^#+\s*/, '').trim();
    if (line === '附件') {
      inAnnex = true;
      part = undefined;
      continue;
    }
    if (inAnnex) {
      if (/^[(（]政府有关部门[)）]$/.test(line)) part = '附件（政府有关部门）';
      else if (/^[(（]行业组织[)）]$/.test(line)) part = '附件（行业组织）';
      else continue;
      out.push({ source: 'dept-pilot', article: part });
      continue;
    }
    const s = /^([一二三四五])、/.exec(line);
    if (s) {
      part = s[1]!;
      out.push({ source: 'dept-pilot', article: part });
      continue;
    }
    const i = new RegExp(`^[（(](${NUM})[）)]`).exec(line);
    if (i && part) out.push({ source: 'dept-pilot', article: part, item: i[1]! });
  }
  // Annex entries: 一、二、三 under each list.
  let list: string | undefined;
  inAnnex = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^#+\s*/, '').trim();
    if (line === '附件') inAnnex = true;
    if (!inAnnex) continue;
    if (/^[(（]政府有关部门[)）]$/.test(line)) list = '附件（政府有关部门）';
    if (/^[(（]行业组织[)）]$/.test(line)) list = '附件（行业组织）';
    const e = /^([一二三四五六七八九])、/.exec(line);
    if (e && list) out.push({ source: 'dept-pilot', article: list, item: e[1]! });
  }
  return out;
}

/** Which seed file holds which regime, and how to read it. */
export function expectedCitations(source: SourceId, seedText: string): Citation[] {
  switch (source) {
    case 'mohrss-filing':
      return mohrssFilingArticles(splitMohrssSeed(seedText)[0]);
    case 'mohrss-violations':
      return numberedArticles(source, splitMohrssSeed(seedText)[1]);
    case 'dept-pilot':
      return deptPilotArticles(seedText);
    default:
      return numberedArticles(source, seedText);
  }
}

/** Citations of `expected` with no article entry in `listed` (compared by citationId). */
export function missingCitations(expected: readonly Citation[], listed: readonly Citation[]): Citation[] {
  const have = new Set(listed.map(citationId));
  const seen = new Set<string>();
  return expected.filter((c) => {
    const id = citationId(c);
    if (have.has(id) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
