// One entry of the public directory; a withdrawn or unknown entry answers 404 like any other
// record out of reach.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { notFound } from '../../domain/errors.js';
import { findPublicEntry, type PublicEntry } from '../../persistence/directory.repository.js';
import { chinaDate } from '../../workflows/deadline.js';

export async function getDirectoryEntry(
  db: Kysely<DB>,
  id: string,
  now: Date = new Date(),
): Promise<PublicEntry> {
  const e = await findPublicEntry(db, id, chinaDate(now));
  if (!e) throw notFound('目录条目');
  return e;
}
