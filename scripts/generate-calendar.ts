// Writes src/calendar/data/cn-holidays-2020-2026.json from the installed `chinese-days` package.
// Run: npx tsx scripts/generate-calendar.ts [firstYear] [lastYear]
// The app reads the committed JSON, never the package (docs/decisions/0005-working-day-calendar.md);
// re-run this after upgrading the package, review the diff against the State Council notice, commit.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  validateCalendarYear,
  type CalendarDay,
  type CalendarYearData,
} from '../src/calendar/calendar-year.js';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const first = Number(process.argv[2] ?? 2020);
const last = Number(process.argv[3] ?? 2026);

const pkg = JSON.parse(readFileSync(require.resolve('chinese-days/package.json'), 'utf8')) as {
  version: string;
};
// dist/chinese-days.json: { holidays, workdays, inLieuDays }, each { 'YYYY-MM-DD': 'English,中文,days' }.
const data = JSON.parse(
  readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8'),
) as Record<'holidays' | 'workdays', Record<string, string>>;

// The package abbreviates three names; the notices write 清明节, 端午节, 中秋节.
const OFFICIAL: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };
const officialName = (entry: string): string => {
  const zh = entry.split(',')[1]?.trim() ?? '';
  return OFFICIAL[zh] ?? zh;
};

function days(map: Record<string, string>, year: number): CalendarDay[] {
  return Object.entries(map)
    .filter(([date]) => date.startsWith(`${year}-`))
    .map(([date, entry]) => ({ date, name: officialName(entry) }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

function source(year: number, holidays: CalendarDay[]): string {
  const parts = [`chinese-days@${pkg.version}`, `国务院办公厅关于${year}年部分节假日安排的通知`];
  // Epidemic extension of the 2020 Spring Festival holiday to 2 February.
  if (year === 2020) parts.push('国务院办公厅关于延长2020年春节假期的通知');
  // A New Year holiday that begins on 31 December is set by the next year's notice.
  if (holidays.some((d) => d.date.endsWith('-12-31'))) {
    parts.push(`${year}-12-31 见国务院办公厅关于${year + 1}年部分节假日安排的通知`);
  }
  return parts.join('; ');
}

const years: CalendarYearData[] = [];
for (let year = first; year <= last; year++) {
  const holidays = days(data.holidays, year);
  const workdays = days(data.workdays, year);
  if (holidays.length === 0) throw new Error(`chinese-days@${pkg.version} has no data for ${year}`);
  const checked = validateCalendarYear({ year, source: source(year, holidays), holidays, workdays });
  if (!checked.ok) throw new Error(`${year}: ${checked.message_en}`);
  years.push(checked.value);
}

const out = path.join(root, 'src/calendar/data', `cn-holidays-${first}-${last}.json`);
// One day per line, so that a review of a regenerated file reads as a list of changed days.
const dayLines = (list: CalendarDay[]): string =>
  list.length === 0
    ? '[]'
    : `[\n${list.map((d) => `        { "date": ${JSON.stringify(d.date)}, "name": ${JSON.stringify(d.name)} }`).join(',\n')}\n      ]`;
const yearBlocks = years.map(
  (y) =>
    `    {\n      "year": ${y.year},\n      "source": ${JSON.stringify(y.source)},\n` +
    `      "holidays": ${dayLines(y.holidays)},\n      "workdays": ${dayLines(y.workdays)}\n    }`,
);
const json = `{\n  "generator": "scripts/generate-calendar.ts",\n  "years": [\n${yearBlocks.join(',\n')}\n  ]\n}\n`;
JSON.parse(json); // the hand-laid-out text must still be the same JSON
writeFileSync(out, json);
console.log(`wrote ${path.relative(root, out)}: ${years.map((y) => y.year).join(', ')}`);
