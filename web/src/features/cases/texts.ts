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
