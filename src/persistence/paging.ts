// Paged lists (docs/api.md "Lists"): `{ items, total, page, pageSize }`, pages numbered from 1.

export interface PageRequest {
  page: number;
  pageSize: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const offsetOf = (p: PageRequest): number => (p.page - 1) * p.pageSize;

/** A LIKE/ILIKE pattern that matches `q` literally anywhere ('%' and '_' typed by a user are not wildcards). */
export const containsPattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Rows of the database as ISO-8601 text: both drivers return timestamptz as Date. */
export const isoTime = (d: Date | string): string =>
  d instanceof Date ? d.toISOString() : new Date(d).toISOString();
