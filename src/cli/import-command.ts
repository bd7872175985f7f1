// `npm run cli -- import occupations <file.csv> [--edition 2022] [--title …] [--source …]`:
// loads the 职业分类大典 catalogue (idempotent; a file with any bad row writes nothing).
// `npm run cli -- import filings <file.csv|file.xlsx> [--dry-run]`: imports existing filings
// (备案/遴选存量导入, docs/decisions/0022) as the system; prints the row-by-row report.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Database } from '../persistence/database.js';
import { importOccupations, issueText, OccupationImportError } from '../persistence/occupations-import.js';
import {
  FilingsImportRejected,
  importFilings,
  issueText as filingIssueText,
} from '../use-cases/filings-import/import-filings.js';

const USAGE =
  '用法 / usage: npm run cli -- import occupations <file.csv> [--edition 2022] [--title <版本名称>] [--source <来源>]';

const DEFAULT_TITLES: Record<string, string> = {
  '2022': '中华人民共和国职业分类大典（2022年版）',
};

/** `--name value` pairs; anything else is a usage error. */
function parseOptions(args: string[]): Record<string, string> | undefined {
  const known = new Set(['--edition', '--title', '--source']);
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i]!;
    const value = args[i + 1];
    if (!known.has(key) || value === undefined || value.startsWith('--')) return undefined;
    out[key.slice(2)] = value;
  }
  return out;
}

export async function runImportOccupations(db: Database, file: string, restArgs: string[]): Promise<number> {
  const opts = parseOptions(restArgs);
  if (!opts) {
    console.error(USAGE);
    return 2;
  }
  const edition = opts.edition ?? '2022';
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    console.error(`无法读取文件 / cannot read ${file}: ${(err as Error).message}`);
    return 1;
  }
  try {
    const r = await importOccupations(db, text, {
      edition,
      title: opts.title ?? DEFAULT_TITLES[edition] ?? `职业分类大典（${edition}）`,
      source: opts.source ?? `导入文件 ${basename(file)}`,
    });
    console.log(
      `职业分类导入完成（版本 ${r.edition}）：新增 ${r.inserted}，更新 ${r.updated}，未变 ${r.unchanged}\n` +
        `occupations imported (edition ${r.edition}): ${r.inserted} inserted, ${r.updated} updated, ${r.unchanged} unchanged`,
    );
    return 0;
  } catch (err) {
    if (!(err instanceof OccupationImportError)) throw err;
    console.error(
      `职业分类文件有误，未导入任何数据 / the file has ${err.issues.length} error(s); nothing was written:`,
    );
    for (const issue of err.issues.slice(0, 100)) console.error(`  ${issueText(issue)}`);
    if (err.issues.length > 100)
      console.error(`  …… 另有 ${err.issues.length - 100} 处 / and ${err.issues.length - 100} more`);
    return 1;
  }
}

const FILINGS_USAGE = '用法 / usage: npm run cli -- import filings <file.csv|file.xlsx> [--dry-run]';

export async function runImportFilings(db: Database, file: string, restArgs: string[]): Promise<number> {
  if (restArgs.some((a) => a !== '--dry-run')) {
    console.error(FILINGS_USAGE);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    console.error(`无法读取文件 / cannot read ${file}: ${(err as Error).message}`);
    return 1;
  }
  try {
    const r = await importFilings(
      { db, caller: null, system: true },
      { fileName: basename(file), bytes, dryRun: restArgs.includes('--dry-run') },
    );
    const outcome = { inserted: '新增', updated: '更新', unchanged: '未变' } as const;
    for (const row of r.rows)
      console.log(`  第 ${row.row} 行 ${row.filingCode} ${row.institutionName}：${outcome[row.outcome]}`);
    console.log(
      `${r.dryRun ? '【试导入，未写入】' : `导入批次 ${r.batchId}：`}共 ${r.rowsTotal} 行，新增 ${r.inserted}，更新 ${r.updated}，未变 ${r.unchanged}\n` +
        `${r.dryRun ? '(dry run, nothing written) ' : ''}filings: ${r.rowsTotal} rows, ${r.inserted} inserted, ${r.updated} updated, ${r.unchanged} unchanged`,
    );
    return 0;
  } catch (err) {
    if (!(err instanceof FilingsImportRejected)) throw err;
    const issues = err.report.issues;
    console.error(
      `导入文件有误，未导入任何数据 / the file has ${issues.length} error(s); nothing was written:`,
    );
    for (const issue of issues.slice(0, 200)) console.error(`  ${filingIssueText(issue)}`);
    if (issues.length > 200)
      console.error(`  …… 另有 ${issues.length - 200} 处 / and ${issues.length - 200} more`);
    return 1;
  }
}
