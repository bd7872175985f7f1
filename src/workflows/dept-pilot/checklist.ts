// The submission checklists of dept-pilot 附件 (提交材料清单): three documents for a government department
// (试点工作方案、推荐社会培训评价组织的函、工作实施方案及质量管控措施) or for an industry organisation
// (试点工作方案、分支机构遴选标准及名单、工作实施方案及质量管控措施), and — as part of the implementation
// plan (三) — each of the 12 required internal regulations as its own item, so that the
// dept-pilot.submission_checklist check reads them from the files actually provided.
import { parameterAt } from '../../parameters/parameter.js';
import { governmentDocuments, industryDocuments, requiredRegulations } from '../../parameters/dept-pilot.js';
import type { Checklist, ChecklistItem } from '../../materials/checklist.js';
import { dp } from '../../parameters/dept-pilot.js';
import type { Track } from './data.js';

export const REGULATION_PREFIX = 'regulation.';
const DOCS = ['pdf', 'word'] as const;

export function pilotChecklist(procedure: string, track: Track, asOf: string): Checklist {
  const part = track === 'department' ? '附件（政府有关部门）' : '附件（行业组织）';
  const docs = parameterAt(track === 'department' ? governmentDocuments : industryDocuments, asOf);
  const numerals = ['一', '二', '三'];
  const items: ChecklistItem[] = docs.map((d, i) => ({
    id: d.id,
    title_zh: d.name_zh,
    title_en: d.id.replace(/_/g, ' '),
    required: true,
    accepts: DOCS,
    citation: dp(part, numerals[i]),
  }));
  for (const r of parameterAt(requiredRegulations, asOf))
    items.push({
      id: `${REGULATION_PREFIX}${r.id}`,
      title_zh: `规章制度：${r.name_zh}`,
      title_en: `Regulation: ${r.name_en}`,
      required: true,
      accepts: DOCS,
      citation: dp(part, '三'),
      note_zh: '工作实施方案及质量管控措施所附相关规章制度（附件 三，共 12 项）',
      note_en:
        'A regulation attached to the implementation plan and its quality controls (annex 3, 12 in all)',
    });
  return { procedure, items };
}

/** The facts of dept-pilot.submission_checklist from the checklist items that hold a current file. */
export function submissionFactsOf(track: Track, providedItems: readonly string[]): Record<string, unknown> {
  return {
    submitter: track === 'department' ? 'government_department' : 'industry_org',
    documents: [
      ...new Set(
        providedItems.filter((id) =>
          [
            'pilot_work_plan',
            'recommendation_letter',
            'branch_selection_and_list',
            'implementation_plan',
          ].includes(id),
        ),
      ),
    ],
    regulations: [
      ...new Set(
        providedItems
          .filter((id) => id.startsWith(REGULATION_PREFIX))
          .map((id) => id.slice(REGULATION_PREFIX.length)),
      ),
    ],
  };
}
