// What a national employer's filing case carries (mohrss-filing 一): the application (the employer's
// declarations for 一(一)(六) and the scope applied for, occupation × level), the acceptance answers,
// the correction asked for, the panel (src/workflows/review), the authority's assessment of the
// conditions left to judgement, the filing code and date, and the publication.
import type { WorkingDayCalendar } from '../../calendar/calendar-data.js';
import type { PanelDrawCtx, PanelOpinionsCtx, ReviewData } from '../review/panel.js';
import type { ReviewCorrectionData } from '../review-correction.js';

export const ENTERPRISE_CATEGORIES = [
  'central_soe',
  'large_soe',
  'large_private',
  'other_large',
  'not_large',
] as const;
export type EnterpriseCategory = (typeof ENTERPRISE_CATEGORIES)[number];

/** The employer's declarations, facts of mohrss-filing.employer.eligibility. */
export interface EmployerDeclaration {
  /** 一(一): a national employer (a local one files under its province's guide). */
  nationalEmployer: boolean;
  /** 一(六)1 */
  enterpriseCategory: EnterpriseCategory;
  /** 一(六)5 */
  acceptsSupervision: boolean;
}

/** 一(六)2–4: conditions the text leaves to the authority, assessed on the panel's review. */
export interface EmployerAssessment {
  skilledWorkersImportantPart: boolean;
  trainingEvaluationFoundation: boolean;
  talentMechanism: boolean;
}

export interface ScopeEntry {
  occupationCode: string;
  level: number;
  /** The occupation's name in the catalogue, kept for the documents (absent when the code is unknown). */
  occupationName?: string;
}

export interface CorrectionItem {
  /** A checklist item id (mohrss-filing.employer.required_materials), or 'application' for the form data. */
  item: string;
  reason: string;
}

export interface AcceptanceAnswer {
  outcome: 'accepted' | 'correction_requested';
  answeredOn: string;
  /** The (first) submission the answer is due on. */
  receivedOn: string;
}

export interface EmployerFilingData extends ReviewData, ReviewCorrectionData, Record<string, unknown> {
  declaration: EmployerDeclaration;
  scopes: ScopeEntry[];
  /** First submission, and the latest one (after a correction or revision). */
  submittedOn?: string;
  lastSubmittedOn?: string;
  acceptanceAnswers?: AcceptanceAnswer[];
  /**
   * The files current when the correction was asked for (material ids by checklist item): an item
   * counts as corrected once its current file is another one.
   */
  correction?: { requestedOn: string; items: CorrectionItem[]; filesAtRequest: Record<string, string[]> };
  revision?: { requestedOn: string; note: string };
  assessment?: EmployerAssessment;
  filing?: { code: string; filedOn: string };
  publication?: { publishedOn: string };
  withdrawal?: { on: string; reason: string | null };
}

/** A current (not superseded) material: its id and checklist item. */
export interface CurrentMaterial {
  id: string;
  item: string;
}

export interface EmployerFilingCtx {
  /** The day of the transition (China): the asOf of the rules. */
  today: string;
  calendar?: WorkingDayCalendar;
  /** The case's current (not superseded) materials. */
  materials: CurrentMaterial[];
  /** Names of the occupations the application (and the payload) names, from the catalogue; unknown codes absent. */
  occupations: Record<string, string>;
  /** draw_panel: the draw as loaded and computed under the case lock. */
  draw?: PanelDrawCtx;
  /** approve/reject/revise: the panel and its opinions in the current round. */
  opinions?: PanelOpinionsCtx;
  /** file: the code allocated in the transaction (gap-free: a rollback returns it). */
  filingCode?: string;
}
