// The tabs of the session page (issue 11): each wing of the certificate work adds one entry here — its
// import and one line — so the page itself is never edited by them. Order is the order of the work:
// candidates register, staff are assigned, results are recorded, certificates are issued.
import type { ReactNode } from 'react';
import { CandidatesTab } from '../candidates/candidates-tab';
import { StaffTab } from '../session-staff/staff-tab';
import { ResultsTab } from '../results/results-tab';
import type { EvaluationSession } from './types';

export interface SessionTab {
  key: string;
  /** Chinese and English label (the page picks by the current language). */
  label: [zh: string, en: string];
  render: (session: EvaluationSession, reloadSession: () => void) => ReactNode;
}

export const SESSION_TABS: SessionTab[] = [
  { key: 'candidates', label: ['考生', 'Candidates'], render: (s) => <CandidatesTab session={s} /> },
  { key: 'staff', label: ['工作人员', 'Staff'], render: (s) => <StaffTab session={s} /> },
  {
    key: 'results',
    label: ['成绩', 'Results'],
    render: (s, reload) => <ResultsTab session={s} reloadSession={reload} />,
  },
];
