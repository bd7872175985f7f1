// The 办事指南 as GET /api/v1/public/guides sends it (src/use-cases/guides/build-guide.ts).
export interface CitedText {
  citationText: string;
  citationZh: string;
  regimeTitle_zh: string;
  regimeTitle_en: string;
  /** The provision's own heading and text, verbatim (Chinese): quoted, not translated. */
  label_zh: string;
  text_zh: string;
}

export interface GuideHeader {
  procedure: string;
  title_zh: string;
  title_en: string;
  procedure_zh: string;
  procedure_en: string;
  regimes: { source: string; title_zh: string; title_en: string; documentNo: string | null }[];
  institutionKinds: string[];
  authorityKinds: string[];
}

export interface GuideSummary extends GuideHeader {
  stepCount: number;
  materialCount: number;
}

export interface ParameterValue {
  id: string;
  description_zh: string;
  description_en: string;
  unit: string;
  value: number | string | null;
  items?: number;
}

export interface TimeLimit {
  state: string | null;
  label_zh: string;
  label_en: string;
  days: number | null;
  unit: 'working_days' | 'calendar_days';
  pauses: boolean;
  citationText: string;
  citationZh: string;
}

export interface GuideAction {
  event: string;
  description_zh: string;
  description_en: string | null;
  actor: string[];
  to: string;
  toLabel_zh: string;
  toLabel_en: string;
  toFinal: boolean;
  citations: { citationText: string; citationZh: string }[];
  documents: { kind: string; title_zh: string; title_en: string }[];
}

export interface Guide extends GuideHeader {
  asOf: string;
  whoMayApply: {
    institutionKinds: string[];
    authorityKinds: string[];
    requires_zh: string | null;
    requires_en: string | null;
    articles: CitedText[];
  };
  authorities: CitedText[];
  conditions: {
    article: CitedText | null;
    conditions: {
      ruleId: string;
      title_zh: string;
      title_en: string;
      citationText: string;
      citationZh: string;
      parameters: ParameterValue[];
    }[];
  }[];
  materials: {
    label_zh: string | null;
    label_en: string | null;
    items: {
      id: string;
      title_zh: string;
      title_en: string;
      required: boolean;
      accepts: string[];
      maxFiles: number;
      appliesTo: string[] | null;
      note_zh: string | null;
      note_en: string | null;
      citationText: string;
      citationZh: string;
    }[];
  }[];
  steps: {
    state: string;
    label_zh: string;
    label_en: string;
    awaiting: string | null;
    timeLimit: TimeLimit | null;
    materialsEditable: boolean;
    actions: GuideAction[];
  }[];
  outcomes: { state: string; label_zh: string; label_en: string }[];
  timeLimits: TimeLimit[];
}
