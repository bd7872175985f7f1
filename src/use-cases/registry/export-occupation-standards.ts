// The occupation standards as Excel (issue 11 point 1): what the public list shows under the same
// filters — occupation, kind, title, 文号, date, the subjects a session of each level consists of, notes.
// Public like the list. Pass marks are not here: the institution enters them per session from the
// standard's text (decision 0028).
import type { StandardKind } from '../../persistence/reference.repository.js';
import type { SubjectsByLevel } from '../../persistence/schema.js';
import { tableSheet, type SheetColumn, type SheetFile } from '../../materials/table-sheet.js';
import { todayInChina, type RegistryContext } from './registry-context.js';
import { listOccupationStandards, type OccupationStandardView } from './list-occupation-standards.js';

/** Every standard of the catalogue fits (one or two per occupation of the 职业分类大典). */
const ALL = 10_000;

const KIND_ZH: Record<StandardKind, string> = {
  national_standard: '国家职业技能标准',
  evaluation_norm: '评价规范',
};
const SUBJECT_ZH: Record<string, string> = {
  theory: '理论知识考试',
  skills: '技能考核',
  comprehensive_review: '综合评审',
};
const LEVEL_ZH = ['', '一级/高级技师', '二级/技师', '三级/高级工', '四级/中级工', '五级/初级工'];

const subjects = (s: SubjectsByLevel | null, level: number): string | null =>
  s?.[String(level) as keyof SubjectsByLevel]?.map((x) => SUBJECT_ZH[x] ?? x).join('、') ?? null;

const COLUMNS: SheetColumn<OccupationStandardView>[] = [
  { header: '职业编码', width: 12, value: (r) => r.occupationCode },
  { header: '职业名称', width: 20, value: (r) => r.occupationName },
  { header: '类别', width: 18, value: (r) => KIND_ZH[r.kind] },
  { header: '标准名称', width: 36, value: (r) => r.title },
  { header: '文号', width: 22, value: (r) => r.documentNo },
  { header: '颁布日期', width: 12, value: (r) => r.issuedOn },
  ...[5, 4, 3, 2, 1].map((level): SheetColumn<OccupationStandardView> => ({
    header: `${LEVEL_ZH[level]}评价科目`,
    width: 30,
    value: (r) => subjects(r.subjectsByLevel, level) ?? '未登记',
  })),
  { header: '备注', width: 50, value: (r) => r.notes },
];

export async function exportOccupationStandards(
  ctx: Pick<RegistryContext, 'db' | 'caller' | 'now'>,
  f: { occupationCode?: string | undefined; kind?: StandardKind | undefined; q?: string | undefined },
): Promise<SheetFile> {
  const r = await listOccupationStandards(ctx, f, { page: 1, pageSize: ALL });
  return tableSheet(`职业标准目录-${todayInChina(ctx.now)}.xlsx`, '职业标准', COLUMNS, r.items);
}
