// Open data (issue 12 point 5): the whole public directory as CSV and JSON, so that nobody needs to
// scrape it. The daily snapshot is the directory as it stood at 00:00 China time today — the same
// bytes and the same SHA-256 in every server process all day, whatever is published meanwhile — and
// the incremental feed gives what changed since any moment (publications and withdrawals, oldest
// first, with a cursor), so that a mirror takes the snapshot once and then only the changes.
// No personal data is in an entry (names of institutions and authorities, codes, dates, scopes).
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import {
  directoryChangesAfter,
  publicEntriesAsOf,
  type DirectoryChange,
  type PublicEntry,
} from '../../persistence/directory.repository.js';
import { chinaDate } from '../../workflows/deadline.js';
import { KIND_ZH } from '../filings-import/columns.js';
import { SOURCE_TITLES_ZH } from '../../documents/decision-document.js';
import type { SourceId } from '../../domain/citation.js';
import { AppError } from '../../domain/errors.js';

export type SnapshotFormat = 'csv' | 'json';

export interface Snapshot {
  date: string;
  /** The moment the snapshot stands at (00:00 China time of `date`), ISO. */
  asOf: string;
  format: SnapshotFormat;
  body: Buffer;
  sha256: string;
  entries: number;
}

const LEVEL_ZH = ['', '一级/高级技师', '二级/技师', '三级/高级工', '四级/中级工', '五级/初级工'];

/** 00:00 of a China date (UTC+8, no daylight saving). */
export function chinaMidnight(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

const CSV_HEADER = [
  '条目编号',
  '机构名称',
  '机构类型',
  '分支机构',
  '所在地区代码',
  '所在地区',
  '备案（遴选）编号',
  '依据',
  '有效期起',
  '有效期止',
  '今日在有效期内',
  '作出决定的部门',
  '公布日期',
  '评价范围（职业代码 职业名称 等级）',
  '证书项目',
  '来源',
];

function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

function csvRow(e: PublicEntry): string {
  return [
    e.id,
    e.institutionName,
    KIND_ZH[e.institutionKind as keyof typeof KIND_ZH] ?? e.institutionKind,
    e.branchName ?? '',
    e.jurisdictionCode,
    e.jurisdictionName,
    e.filingCode,
    SOURCE_TITLES_ZH[e.regime as SourceId] ?? e.regime,
    e.validFrom,
    e.validTo ?? '长期',
    e.current ? '是' : '否',
    e.authority.name,
    e.publishedOn,
    // An occupation or a programme an exit ended (1x-exit §2) says so with its day (issue 15 point 7).
    e.scopes
      .map(
        (s) =>
          `${s.occupationCode} ${s.occupationName} ${LEVEL_ZH[s.level] ?? s.level}${s.endedOn ? `（${s.endedOn} 终止）` : ''}`,
      )
      .join('；'),
    e.programmes
      .map(
        (p) => `${p.name}${p.code ? `（${p.code}）` : ''}${p.withdrawnOn ? `（${p.withdrawnOn} 退出）` : ''}`,
      )
      .join('；'),
    e.imported ? `存量导入（${e.imported.fileName}）` : '本平台办理',
  ]
    .map(csvField)
    .join(',');
}

async function render(db: Kysely<DB>, date: string, format: SnapshotFormat): Promise<Snapshot> {
  const asOf = chinaMidnight(date);
  const parts: string[] = [];
  let entries = 0;
  // A UTF-8 byte-order mark, so that Excel opens the Chinese columns correctly.
  if (format === 'csv') parts.push(`\uFEFF${CSV_HEADER.join(',')}\r\n`);
  else parts.push(`{"date":"${date}","asOf":"${asOf.toISOString()}","entries":[`);
  for await (const batch of publicEntriesAsOf(db, asOf, date)) {
    for (const e of batch) {
      if (format === 'csv') parts.push(`${csvRow(e)}\r\n`);
      else parts.push(`${entries === 0 ? '' : ','}${JSON.stringify(e)}`);
      entries++;
    }
  }
  if (format === 'json') parts.push(']}');
  const body = Buffer.from(parts.join(''), 'utf8');
  return {
    date,
    asOf: asOf.toISOString(),
    format,
    body,
    sha256: createHash('sha256').update(body).digest('hex'),
    entries,
  };
}

export interface OpenData {
  snapshot(format: SnapshotFormat, now?: Date): Promise<Snapshot>;
  changes(since: string, cursor: string | undefined, limit: number, now?: Date): Promise<ChangesPage>;
}

export interface ChangesPage {
  changes: DirectoryChange[];
  /** Pass as `cursor` to continue; null when there is nothing more now. */
  nextCursor: string | null;
}

function readCursor(cursor: string): { at: string; id: string } {
  const [at = '', id = ''] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/.test(id))
    throw new AppError(400, 'INVALID_CURSOR', '翻页标记无效', '请使用上一页返回的 nextCursor');
  return { at, id };
}

/** Built once per app: today's snapshots are kept until the day turns. */
export function createOpenData(db: Kysely<DB>): OpenData {
  const cache = new Map<string, Promise<Snapshot>>();
  return {
    snapshot(format, now = new Date()) {
      const date = chinaDate(now);
      const key = `${date}/${format}`;
      let made = cache.get(key);
      if (!made) {
        for (const k of cache.keys()) if (!k.startsWith(date)) cache.delete(k);
        made = render(db, date, format);
        made.catch(() => cache.delete(key));
        cache.set(key, made);
      }
      return made;
    },
    async changes(since, cursor, limit, now = new Date()) {
      const after = cursor
        ? readCursor(cursor)
        : { at: new Date(since).toISOString(), id: '00000000-0000-0000-0000-000000000000' };
      const changes = await directoryChangesAfter(db, after, limit, chinaDate(now));
      const last = changes.at(-1);
      return {
        changes,
        nextCursor:
          last && changes.length === limit
            ? Buffer.from(`${last.at}|${last.entryId}`, 'utf8').toString('base64url')
            : null,
      };
    },
  };
}
