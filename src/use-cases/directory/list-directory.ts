// The public directory (机构目录): every filed or selected institution whose entry is published and not
// withdrawn, searchable by name or filing code, occupation, level, jurisdiction and kind — open to
// everyone, without an account (mohrss-filing 一(十)4 and 二(十) 向社会公布; 1x-selection §16).
// Entries carry no personal data: names of institutions and authorities, codes, dates and scopes.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import {
  listPublicEntries,
  type DirectoryFilter,
  type PublicEntry,
} from '../../persistence/directory.repository.js';
import { chinaDate } from '../../workflows/deadline.js';

export async function listDirectory(
  db: Kysely<DB>,
  filter: Omit<DirectoryFilter, 'today'>,
  page: { page: number; pageSize: number },
  now: Date = new Date(),
): Promise<{ items: PublicEntry[]; total: number; page: number; pageSize: number }> {
  const r = await listPublicEntries(db, { ...filter, today: chinaDate(now) }, page);
  return { ...r, ...page };
}
