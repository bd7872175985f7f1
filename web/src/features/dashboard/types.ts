// GET /api/v1/dashboard (src/use-cases/dashboard/dashboard.ts): every number with the web route of the
// list behind it, and its words in both languages.
export interface Bucket {
  key: string;
  label_zh: string;
  label_en: string;
  value: number;
  link: string;
}

export interface Widget {
  id: string;
  title_zh: string;
  title_en: string;
  chart: 'bar' | 'line';
  buckets: Bucket[];
  link: string;
  note_zh: string | null;
  note_en: string | null;
}

export interface ProvinceTile {
  code: string;
  name_zh: string;
  name_en: string;
  inScope: boolean;
  total: number;
  link: string;
  kinds: Bucket[];
  statuses: Bucket[];
  ratings: Bucket[];
}

export interface Dashboard {
  asOf: string;
  scope: { kind: 'national' | 'territory' | 'assignment'; label_zh: string; label_en: string };
  provinces: ProvinceTile[];
  widgets: Widget[];
}
