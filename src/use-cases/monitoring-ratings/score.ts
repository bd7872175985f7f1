// Scoring a monitoring rating (1x-selection §27) from its inputs with one version of the office's
// indicator set: a count-type indicator scores raw / target × 100 (at most 100); a problem-type one
// 100 − raw × penalty (at least 0); the score is the weighted mean; the grade is the highest band whose
// minimum the score reaches (A ≥ bands.A, …; below bands.C is D). Pure: the run stores every input.
import { INDICATOR_SOURCES, type Bands, type Indicator } from './indicator-sets.js';

export interface RatingInput {
  name: string;
  source: Indicator['source'];
  weight: number;
  raw: number;
  score: number;
  /** The records counted (ids and dates), for the page to show. */
  evidence: { id: string; on: string; text: string }[];
}

export function indicatorScore(ind: Indicator, raw: number): number {
  const s = INDICATOR_SOURCES[ind.source].positive
    ? Math.min(100, (raw / (ind.target ?? 1)) * 100)
    : Math.max(0, 100 - raw * (ind.penalty ?? 0));
  return Math.round(s * 100) / 100;
}

export function gradeOf(score: number, bands: Bands): 'A' | 'B' | 'C' | 'D' {
  if (score >= bands.A) return 'A';
  if (score >= bands.B) return 'B';
  if (score >= bands.C) return 'C';
  return 'D';
}

export function totalScore(inputs: RatingInput[]): number {
  const w = inputs.reduce((s, i) => s + i.weight, 0);
  if (w === 0) return 0;
  return Math.round((inputs.reduce((s, i) => s + i.weight * i.score, 0) / w) * 100) / 100;
}
