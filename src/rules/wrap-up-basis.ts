// What each item of an exit's wrap-up checklist rests on, by the regime and route of the exit — the texts
// do not name the same matters:
//   - 1x-exit §9 names 已收费但未实施考核 and 已考核尚未发证; certificate data and records fall under its
//     "等相关事项", left to the authority (otherMatters).
//   - gz-rules names 证书数据（合规）上报 on every route and 评价资料归档 for §13 (voluntary) and §14 (lapse);
//     §15 (ordered) says only "完成收尾工作，合规上报证书数据". Fees without an exam and exams without a
//     certificate fall under "等收尾工作" / "收尾工作" of the route's article.
//   - mohrss-violations §14 (终止备案) and mohrss-filing set no wrap-up at all: the items are still listed
//     from the data, with no article, for the authority to have done or to waive with its reason.
// A checklist read before any exit (an institution's self-check) follows the voluntary route of each
// regime the institution is in; in two, the item rests on both, as firmly as the firmer of the two.
import type { Citation } from '../domain/citation.js';
import { examinedNotCertified, otherMatters, paidNotExamined } from './1x-exit/wrap-up.js';
import { lapseWrapUp, orderedWrapUp, voluntaryWrapUp } from './gz-rules/exit.js';
import type { RuleDefinition } from './rule.js';

export type WrapUpItemId =
  | 'fees_without_exam'
  | 'exams_without_certificates'
  | 'certificate_data_not_uploaded'
  | 'records_not_archived';

/** named: the article names the matter; catch_all: it falls under the article's "等…"; unwritten: no text. */
export type WrapUpBasisKind = 'named' | 'catch_all' | 'unwritten';

export interface WrapUpBasis {
  kind: WrapUpBasisKind;
  ruleIds: string[];
  citations: Citation[];
  /** For catch_all: the words of the article the item falls under ("等相关事项"), and in English. */
  openList: { zh: string; en: string }[];
}

export interface ExitFrame {
  /** The exit's regime (institution_exits.regime), or a directory entry's for a self-check. */
  regime: string;
  route: 'voluntary' | 'lapse' | 'ordered';
}

type OpenList = { zh: string; en: string };
type Basis = { kind: Exclude<WrapUpBasisKind, 'unwritten'>; rule: RuleDefinition; openList?: OpenList };
const named = (rule: RuleDefinition): Basis => ({ kind: 'named', rule });
const catchAll = (rule: RuleDefinition, openList: OpenList): Basis => ({ kind: 'catch_all', rule, openList });
// The words each article closes its list with.
const X9: OpenList = { zh: '等相关事项', en: '“and other related matters”' };
const GZ_13_14: OpenList = { zh: '等收尾工作', en: '“and other wrap-up work”' };
const GZ_15: OpenList = { zh: '完成收尾工作', en: '“complete the wrap-up”' };

const ONE_PLUS_X: Record<WrapUpItemId, Basis> = {
  fees_without_exam: named(paidNotExamined),
  exams_without_certificates: named(examinedNotCertified),
  certificate_data_not_uploaded: catchAll(otherMatters, X9),
  records_not_archived: catchAll(otherMatters, X9),
};

const GUIZHOU: Record<ExitFrame['route'], Record<WrapUpItemId, Basis>> = {
  voluntary: {
    fees_without_exam: catchAll(voluntaryWrapUp, GZ_13_14),
    exams_without_certificates: catchAll(voluntaryWrapUp, GZ_13_14),
    certificate_data_not_uploaded: named(voluntaryWrapUp),
    records_not_archived: named(voluntaryWrapUp),
  },
  lapse: {
    fees_without_exam: catchAll(lapseWrapUp, GZ_13_14),
    exams_without_certificates: catchAll(lapseWrapUp, GZ_13_14),
    certificate_data_not_uploaded: named(lapseWrapUp),
    records_not_archived: named(lapseWrapUp),
  },
  ordered: {
    fees_without_exam: catchAll(orderedWrapUp, GZ_15),
    exams_without_certificates: catchAll(orderedWrapUp, GZ_15),
    certificate_data_not_uploaded: named(orderedWrapUp),
    records_not_archived: catchAll(orderedWrapUp, GZ_15),
  },
};

function basisIn(frame: ExitFrame, item: WrapUpItemId): Basis | null {
  if (frame.regime === '1x-exit' || frame.regime === '1x-selection') return ONE_PLUS_X[item];
  if (frame.regime === 'gz-rules') return GUIZHOU[frame.route][item];
  return null;
}

const RANK: Record<WrapUpBasisKind, number> = { named: 2, catch_all: 1, unwritten: 0 };

/** The articles an item rests on under the frames that apply (one exit, or the regimes of a self-check). */
export function wrapUpBasis(frames: readonly ExitFrame[], item: WrapUpItemId): WrapUpBasis {
  const found = frames.map((f) => basisIn(f, item)).filter((b): b is Basis => b !== null);
  const out: WrapUpBasis = { kind: 'unwritten', ruleIds: [], citations: [], openList: [] };
  for (const b of found) {
    if (out.ruleIds.includes(b.rule.id)) continue;
    out.ruleIds.push(b.rule.id);
    out.citations.push(b.rule.citation);
    if (RANK[b.kind] > RANK[out.kind]) out.kind = b.kind;
  }
  // An item one article names needs no open list beside it.
  if (out.kind === 'catch_all') out.openList = found.flatMap((b) => (b.openList ? [b.openList] : []));
  return out;
}

/** The frame of an institution's self-check in a directory entry's regime: its voluntary route. */
export const selfCheckFrame = (entryRegime: string): ExitFrame => ({
  regime: entryRegime === '1x-selection' ? '1x-exit' : entryRegime,
  route: 'voluntary',
});
