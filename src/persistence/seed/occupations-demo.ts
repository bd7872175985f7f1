// The demo catalogue: a subset of the 2022 大典 (occupations-demo.csv, rows copied verbatim from
// shared/data/occupations-2022.csv), so that a fresh demo has occupations to file and evaluate
// before an operator imports the full catalogue. Rows already present (a full import came first)
// are left as they are: the demo never overwrites a real edition.
import { readFile } from 'node:fs/promises';
import type { Transaction } from 'kysely';
import type { DB } from '../schema.js';
import { OccupationImportError, parseOccupationsCsv } from '../occupations-import.js';

export const DEMO_OCCUPATION_EDITION = {
  edition: '2022-demo',
  title: '中华人民共和国职业分类大典（2022年版）演示子集',
  source: '从 shared/data/occupations-2022.csv 逐行摘录（src/persistence/seed/occupations-demo.csv）',
} as const;

export const DEMO_OCCUPATIONS_FILE = new URL('./occupations-demo.csv', import.meta.url);

export async function loadDemoOccupations(trx: Transaction<DB>): Promise<Record<string, number>> {
  const { rows, issues } = parseOccupationsCsv(await readFile(DEMO_OCCUPATIONS_FILE, 'utf8'));
  if (issues.length > 0) throw new OccupationImportError(issues);
  await trx
    .insertInto('occupation_editions')
    .values({ ...DEMO_OCCUPATION_EDITION, row_count: rows.length })
    .onConflict((oc) => oc.column('edition').doNothing())
    .execute();
  const inserted = await trx
    .insertInto('occupations')
    .values(rows.map(({ line: _line, ...r }) => ({ ...r, edition: DEMO_OCCUPATION_EDITION.edition })))
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('code')
    .execute();
  return { occupations: inserted.length, alreadyPresent: rows.length - inserted.length };
}
