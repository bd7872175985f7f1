// The case and directory pages' words, Chinese first with English beside them (the shell's dictionary
// stays the shell's; these pages carry their own so that procedures can be added without touching it).
import { useCallback } from 'react';
import { useI18n } from '../../app/i18n';

export function useText(): (zh: string, en: string) => string {
  const { lang } = useI18n();
  return useCallback((zh: string, en: string) => (lang === 'en' ? en : zh), [lang]);
}

/** "剩余 3 个工作日" / "已超期 2 个工作日" / "今日到期". */
export function remainingText(
  tx: (zh: string, en: string) => string,
  remaining: number | null,
  unit: 'working_days' | 'calendar_days' | null,
): string {
  if (remaining === null) return '';
  const zhUnit = unit === 'calendar_days' ? '日' : '个工作日';
  const enUnit = unit === 'calendar_days' ? 'days' : 'working days';
  if (remaining === 0) return tx('今日到期', 'due today');
  return remaining > 0
    ? tx(`剩余 ${remaining} ${zhUnit}`, `${remaining} ${enUnit} left`)
    : tx(`已超期 ${-remaining} ${zhUnit}`, `${-remaining} ${enUnit} overdue`);
}

export const dateTime = (iso: string | null): string =>
  iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' }) : '—';

/** A deadline's standing in words (the API sends the identifier). */
export const STANDING_TEXT: Record<string, [zh: string, en: string]> = {
  running: ['计时中', 'Running'],
  due_today: ['今日到期', 'Due today'],
  overdue: ['已超期', 'Overdue'],
  paused: ['暂停（补正中）', 'Paused (correction)'],
  met: ['已按期办结', 'Met in time'],
  met_late: ['逾期办结', 'Met late'],
  cancelled: ['已终止', 'Ended'],
};

interface DeadlineFacts {
  label_en: string;
  unit: 'working_days' | 'calendar_days';
  n: number;
  startDate: string;
  dueDate: string;
  citation: { citationText: string };
  pauses?: { from: string; to?: string | undefined; days?: number | undefined }[];
}

/**
 * How a deadline was computed, in English, from the same facts the server's Chinese explanation
 * states (the server words it in Chinese only): length, article, start, pauses, due date.
 */
export function deadlineExplanation(d: DeadlineFacts): string {
  const unit = d.unit === 'calendar_days' ? 'days' : 'working days';
  const pauses = (d.pauses ?? []).map((p) =>
    p.to
      ? `paused for a correction from ${p.from} to ${p.to} (${p.days ?? 0} ${unit} not counted)`
      : `paused for a correction since ${p.from}; counting resumes when the corrected materials are submitted`,
  );
  return (
    `${d.label_en}: ${d.n} ${unit} (${d.citation.citationText}), counted from ${d.startDate}` +
    (pauses.length > 0 ? `; ${pauses.join('; ')}` : '') +
    `; due ${d.dueDate}.`
  );
}
