// What the public answer says about why a certificate no longer stands (issue 12 point 1): a category,
// never the recorded reason itself (which may name people or facts the holder is entitled to keep out
// of a public lookup). The category follows the articles the decision rests on, in mohrss-violations:
//   §5–8   the holder's own violation in the evaluation (results cancelled, certificate invalidated)
//   §9–11  staff misconduct in the evaluation or certificate management
//   §12–14 the institution's violation (the session's certificates declared invalid, §13)
//   §15    certificate data uploaded beyond scope or in error, withdrawn (§15 ¶1)
// Anything else: a decision of the authority. No I/O.
import { fromChineseNumeral } from './citation.js';

export type StatusReasonCategory =
  'candidate_violation' | 'staff_violation' | 'institution_violation' | 'data_error' | 'authority_decision';

/** 第十五条, §15, 15, 第十五条第一款 … → 15; undefined when no article number can be read. */
export function articleNumber(article: string): number | undefined {
  const s = article.trim();
  const arabic = /^(?:§\s*|第\s*)?(\d{1,3})/.exec(s);
  if (arabic) return Number(arabic[1]);
  const zh = /^第([一二三四五六七八九十]+)条/.exec(s);
  return zh ? fromChineseNumeral(zh[1]!) : undefined;
}

function categoryOf(n: number): StatusReasonCategory {
  if (n >= 5 && n <= 8) return 'candidate_violation';
  if (n >= 9 && n <= 11) return 'staff_violation';
  if (n >= 12 && n <= 14) return 'institution_violation';
  if (n === 15) return 'data_error';
  return 'authority_decision';
}

/** The category of a status change from the articles it cites; the first article of mohrss-violations decides. */
export function statusReasonCategory(articles: unknown): StatusReasonCategory {
  if (!Array.isArray(articles)) return 'authority_decision';
  for (const a of articles as { regime?: unknown; article?: unknown }[]) {
    if (a?.regime !== 'mohrss-violations' || typeof a.article !== 'string') continue;
    const n = articleNumber(a.article);
    if (n !== undefined) return categoryOf(n);
  }
  return 'authority_decision';
}
