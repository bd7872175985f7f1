// The working-day calendar over HTTP: deadlines in working days and calendar days, whether a date is a
// working day (public), and the years' holiday arrangements (public to read, sysadmin to replace).
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isIsoDate } from '../../calendar/calendar-days.js';
import { CALENDAR_YEAR_MAX, CALENDAR_YEAR_MIN } from '../../calendar/calendar-year.js';
import type { CalendarYearData, WorkingDayCalendar } from '../../calendar/calendar-data.js';
import { addCalendarDaysDeadline, addWorkingDays, isWorkingDay } from '../../calendar/working-days.js';
import { notFound } from '../../domain/errors.js';
import { loadCalendar } from '../../persistence/calendar.repository.js';
import { calendarPolicy } from '../../policies/calendar.policy.js';
import { replaceCalendarYear } from '../../use-cases/replace-calendar-year.js';

// Query strings arrive as strings: parsed explicitly, never coerced.
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(isIsoDate, '不是有效的日期');
/** 0 to 3650 days: ten years is beyond any period in the regulations. */
const dayCount = z
  .string()
  .regex(/^\d{1,4}$/, '天数应为 0–3650 的整数')
  .transform(Number)
  .pipe(z.number().int().min(0).max(3650));
const yearParam = z.strictObject({
  year: z
    .string()
    .regex(/^\d{4}$/, '年份应为四位数字')
    .transform(Number)
    .pipe(z.number().int().min(CALENDAR_YEAR_MIN).max(CALENDAR_YEAR_MAX))
    .describe('年度'),
});

const dayEntry = z.strictObject({
  date: z.string().max(20).describe('日期（YYYY-MM-DD）'),
  name: z.string().max(100).describe('节日名称（如“春节”）'),
});
const dayList = z.array(dayEntry).max(366);

const deadline = z.object({
  start: z.string(),
  n: z.number(),
  due: z.string(),
  unit: z.enum(['working_days', 'calendar_days']),
  skipped: z.array(z.object({ date: z.string(), reason_zh: z.string(), reason_en: z.string() })),
  calendarKnown: z.boolean(),
  rolledFrom: z.string().optional(),
  explanation_zh: z.string(),
  explanation_en: z.string(),
});

const yearSummary = z.object({
  year: z.number(),
  source: z.string(),
  /** 0 for the built-in data; 1, 2 … for each administrator's replacement. */
  version: z.number(),
  replaced: z.boolean(),
  updatedAt: z.string().nullable(),
  holidayCount: z.number(),
  workdayCount: z.number(),
});
const calendarDay = z.object({ date: z.string(), name: z.string() });
const yearDetail = yearSummary.extend({
  holidays: z.array(calendarDay),
  workdays: z.array(calendarDay),
  abilities: z.object({ read: z.boolean(), replace: z.boolean() }),
});

function summary(cal: WorkingDayCalendar, y: CalendarYearData): z.infer<typeof yearSummary> {
  const revision = cal.replaced.get(y.year);
  return {
    year: y.year,
    source: y.source,
    version: revision?.version ?? 0,
    replaced: revision !== undefined,
    updatedAt: revision?.updatedAt ?? null,
    holidayCount: y.holidays.length,
    workdayCount: y.workdays.length,
  };
}

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/calendar/working-days',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['calendar'],
        summary: '工作日期限：起算日后第 N 个工作日（起算当日不计入）',
        querystring: z.strictObject({
          from: isoDate.describe('起算日（当日不计入）'),
          days: dayCount.describe('工作日数'),
        }),
        response: { 200: deadline },
      },
    },
    async (request) => addWorkingDays(await loadCalendar(app.db), request.query.from, request.query.days),
  );

  app.get(
    '/calendar/calendar-days',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['calendar'],
        summary: '自然日期限：起算日后第 N 日，末日为休息日时顺延至下一个工作日（民法典第二百零三条）',
        querystring: z.strictObject({
          from: isoDate.describe('起算日（当日不计入）'),
          days: dayCount.describe('自然日数'),
          rollToWorkingDay: z
            .enum(['true', 'false'])
            .optional()
            .transform((v) => v !== 'false')
            .describe('末日为休息日时顺延至下一个工作日（默认顺延）'),
        }),
        response: { 200: deadline },
      },
    },
    async (request) =>
      addCalendarDaysDeadline(await loadCalendar(app.db), request.query.from, request.query.days, {
        rollToWorkingDay: request.query.rollToWorkingDay,
      }),
  );

  app.get(
    '/calendar/is-working-day',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['calendar'],
        summary: '某日是否为工作日',
        querystring: z.strictObject({ date: isoDate.describe('日期') }),
        response: {
          200: z.object({
            date: z.string(),
            workingDay: z.boolean(),
            holiday: z.string().nullable(),
            swappedWorkday: z.string().nullable(),
            calendarKnown: z.boolean(),
          }),
        },
      },
    },
    async (request) => {
      const cal = await loadCalendar(app.db);
      const { date } = request.query;
      return {
        date,
        workingDay: isWorkingDay(cal, date),
        holiday: cal.holidays.get(date) ?? null,
        swappedWorkday: cal.workdays.get(date) ?? null,
        calendarKnown: cal.years.has(Number(date.slice(0, 4))),
      };
    },
  );

  app.get(
    '/calendar/years',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['calendar'],
        summary: '已有节假日安排的年份',
        response: {
          200: z.object({
            items: z.array(yearSummary),
            abilities: z.object({ read: z.boolean(), replace: z.boolean() }),
          }),
        },
      },
    },
    async (request) => {
      const cal = await loadCalendar(app.db);
      return {
        items: [...cal.years.values()].map((y) => summary(cal, y)),
        abilities: calendarPolicy.abilities(request.caller),
      };
    },
  );

  app.get(
    '/calendar/years/:year',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['calendar'],
        summary: '某年的放假和调休上班日期',
        params: yearParam,
        response: { 200: yearDetail },
      },
    },
    async (request) => {
      const cal = await loadCalendar(app.db);
      const y = cal.years.get(request.params.year);
      if (!y) throw notFound(`${request.params.year} 年的节假日安排`);
      return {
        ...summary(cal, y),
        holidays: y.holidays,
        workdays: y.workdays,
        abilities: calendarPolicy.abilities(request.caller),
      };
    },
  );

  app.put(
    '/calendar/years/:year',
    {
      config: { policy: 'calendar.replace' },
      schema: {
        tags: ['calendar'],
        summary: '替换某年的节假日安排（系统管理员）',
        params: yearParam,
        body: z.strictObject({
          source: z.string().max(500).describe('数据来源（如国务院办公厅通知的文号）'),
          holidays: dayList.describe('放假日期'),
          workdays: dayList.describe('调休上班日期'),
        }),
        response: { 200: yearDetail },
      },
    },
    async (request) => {
      const saved = await replaceCalendarYear(
        app.db,
        { caller: request.caller, requestId: String(request.id) },
        request.params.year,
        request.body,
      );
      return {
        year: saved.year,
        source: saved.source,
        version: saved.version,
        replaced: true,
        updatedAt: saved.updatedAt,
        holidayCount: saved.holidays.length,
        workdayCount: saved.workdays.length,
        holidays: saved.holidays,
        workdays: saved.workdays,
        abilities: calendarPolicy.abilities(request.caller),
      };
    },
  );
};
