// How cases, citations and findings are shown by the generic case API: citations printed both ways
// (mohrss-filing 一(十).2 / 一、第（十）项第2点), roles and parties in Chinese, timestamps as ISO text.
import type { Citation } from '../../domain/citation.js';
import type { Finding } from '../../rules/finding.js';
import { citationTexts } from '../../rules/catalogue-view.js';
import type { CaseRole } from '../../workflows/machine.js';

export const ROLE_ZH: Record<CaseRole, string> = {
  applicant: '申请单位',
  authority: '受理部门',
  expert: '评审专家',
  public: '社会公众',
  system: '系统（期限届满自动办理）',
};

export const ROLE_EN: Record<CaseRole, string> = {
  applicant: 'Applicant',
  authority: 'Authority',
  expert: 'Expert',
  public: 'The public',
  system: 'System (automatic at the end of a period)',
};

export type CitationView = Citation & { citationText: string; citationZh: string };
export const citationView = (c: Citation): CitationView => ({ ...c, ...citationTexts(c) });
export const citationsView = (cs: readonly Citation[]): CitationView[] => cs.map(citationView);

export type FindingView = Finding & { citationText: string; citationZh: string };
export const findingsView = (fs: readonly Finding[]): FindingView[] =>
  fs.map((f) => ({ ...f, ...citationTexts(f.citation) }));

export const iso = (d: Date | string | null): string | null =>
  d === null ? null : d instanceof Date ? d.toISOString() : new Date(d).toISOString();
