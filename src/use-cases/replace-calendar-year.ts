// Replaces (or adds) one year of the working-day calendar: the State Council publishes next year's
// holiday arrangement each November, and a correction may follow (as in 2020, when the Spring Festival
// holiday was extended). Sysadmin only; the whole year is written in one transaction with its audit row.
import { writeAudit, type AuditContext } from '../audit/write-audit.js';
import { builtInCalendar, type CalendarRevision, type CalendarYearData } from '../calendar/calendar-data.js';
import { validateCalendarYear } from '../calendar/calendar-year.js';
import { AppError, forbidden, invalid } from '../domain/errors.js';
import { lockCalendarYear, saveCalendarYear } from '../persistence/calendar.repository.js';
import type { Database } from '../persistence/database.js';
import { calendarPolicy } from '../policies/calendar.policy.js';

export interface ReplaceCalendarYearInput {
  source: string;
  holidays: Array<{ date: string; name: string }>;
  workdays: Array<{ date: string; name: string }>;
}

export interface ReplacedCalendarYear extends CalendarYearData, CalendarRevision {
  replaced: true;
}

export async function replaceCalendarYear(
  db: Database,
  ctx: AuditContext,
  year: number,
  input: ReplaceCalendarYearInput,
): Promise<ReplacedCalendarYear> {
  // authorize
  if (!ctx.caller) throw new AppError(401, 'AUTH_REQUIRED', '未登录', '请先登录');
  if (!calendarPolicy.canReplace(ctx.caller)) throw forbidden('只有系统管理员可以维护节假日和调休安排');
  // decide
  const checked = validateCalendarYear({ year, ...input });
  if (!checked.ok) throw invalid(checked.code, checked.message_zh);
  const data = checked.value;
  // one transaction: the year, its days, the audit row
  return db.transaction().execute(async (trx) => {
    const stored = await lockCalendarYear(trx, year);
    const before = stored ?? builtInCalendar().years.get(year) ?? null;
    const revision = await saveCalendarYear(trx, data);
    await writeAudit(trx, ctx, {
      entity: 'calendar_year',
      entityId: String(year),
      action: before ? 'replace' : 'create',
      before: before && { source: before.source, holidays: before.holidays, workdays: before.workdays },
      after: { source: data.source, holidays: data.holidays, workdays: data.workdays },
    });
    return { ...data, ...revision, replaced: true };
  });
}
