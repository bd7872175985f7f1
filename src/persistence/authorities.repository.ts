// Supervising authorities (监管部门): SQL only, scoped by authority.policy.ts.
import { sql, type Kysely } from 'kysely';
import type { AuthorityKind, DB } from './schema.js';
import type { AuthorityScope } from '../policies/authority.policy.js';
import { jurisdictionPrefix } from '../policies/scope.js';
import { authorityIdInScope } from './registry-scope.js';
import { containsPattern, isoTime, offsetOf, type PageRequest } from './paging.js';

export interface AuthorityRecord {
  id: string;
  name: string;
  kind: AuthorityKind;
  jurisdictionCode: string;
  jurisdictionName: string;
  industry: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const scoped = (db: Kysely<DB>, scope: AuthorityScope) =>
  db
    .selectFrom('authorities as a')
    .innerJoin('jurisdictions as j', 'j.code', 'a.jurisdiction_code')
    .where(authorityIdInScope(scope, sql.ref('a.id')));

const columns = ['a.id', 'a.name', 'a.kind', 'a.jurisdiction_code', 'a.industry', 'a.version', 'a.created_at',
  'a.updated_at', 'j.name as jurisdiction_name'] as const; // prettier-ignore

type Row = {
  id: string;
  name: string;
  kind: AuthorityKind;
  jurisdiction_code: string;
  industry: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  jurisdiction_name: string;
};

const toRecord = (r: Row): AuthorityRecord => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  jurisdictionCode: r.jurisdiction_code,
  jurisdictionName: r.jurisdiction_name,
  industry: r.industry,
  version: r.version,
  createdAt: isoTime(r.created_at),
  updatedAt: isoTime(r.updated_at),
});

export async function listAuthorities(
  db: Kysely<DB>,
  scope: AuthorityScope,
  f: { q?: string | undefined; kind?: AuthorityKind | undefined; jurisdictionCode?: string | undefined },
  page: PageRequest,
): Promise<{ items: AuthorityRecord[]; total: number }> {
  let q = scoped(db, scope);
  if (f.q) q = q.where('a.name', 'ilike', containsPattern(f.q));
  if (f.kind) q = q.where('a.kind', '=', f.kind);
  if (f.jurisdictionCode)
    q = q.where('a.jurisdiction_code', 'like', `${jurisdictionPrefix(f.jurisdictionCode)}%`);
  const [rows, count] = await Promise.all([
    q
      .select(columns)
      .orderBy('a.jurisdiction_code')
      .orderBy('a.name')
      .limit(page.pageSize)
      .offset(offsetOf(page))
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toRecord), total: Number(count.n) };
}

export async function findAuthority(
  db: Kysely<DB>,
  scope: AuthorityScope,
  id: string,
): Promise<AuthorityRecord | undefined> {
  const row = await scoped(db, scope).select(columns).where('a.id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}
