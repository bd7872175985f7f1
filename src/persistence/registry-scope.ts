// Scope → WHERE clause for the registry's own resources (experts, expert pools, authorities), next to
// an adapter for the institution scope of scope-sql.ts that also works in aliased, joined queries.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { InstitutionScope } from '../policies/scope.js';
import type { AuthorityScope } from '../policies/authority.policy.js';
import type { ExpertScope } from '../policies/expert.policy.js';
import type { ExpertPoolScope } from '../policies/expert-pool.policy.js';
import { NATIONAL } from '../policies/scope.js';
import { institutionIdInScope } from './scope-sql.js';

/** institutionIdInScope without an expression builder (it uses none), for queries over aliased tables. */
export const institutionInScope = (
  scope: InstitutionScope,
  idColumn: Expression<string>,
): Expression<SqlBool> => institutionIdInScope(undefined as never, scope, idColumn);

const nationalAuthorities = sql`(select na.id from authorities na where na.jurisdiction_code = ${NATIONAL})`;

/**
 * Experts: an authority sees the experts it registered, the members of its own pools and the members
 * of national pools (pools of authorities at '000000'); an expert sees only their own record.
 */
export function expertIdInScope(scope: ExpertScope, idColumn: Expression<string>): Expression<SqlBool> {
  switch (scope.kind) {
    case 'all':
      return sql<SqlBool>`true`;
    case 'none':
      return sql<SqlBool>`false`;
    case 'self':
      return sql<SqlBool>`${idColumn} = ${scope.expertId}`;
    case 'authority':
      return sql<SqlBool>`(${idColumn} in (select e.id from experts e where e.registered_by_authority_id = ${scope.authorityId})
        or ${idColumn} in (select m.expert_id from expert_pool_members m join expert_pools p on p.id = m.pool_id
          where p.authority_id = ${scope.authorityId} or p.authority_id in ${nationalAuthorities}))`;
  }
}

/** Expert pools: an authority sees its own pools and the national ones. */
export function poolIdInScope(scope: ExpertPoolScope, idColumn: Expression<string>): Expression<SqlBool> {
  switch (scope.kind) {
    case 'all':
      return sql<SqlBool>`true`;
    case 'none':
      return sql<SqlBool>`false`;
    case 'authority':
      return sql<SqlBool>`${idColumn} in (select p.id from expert_pools p
        where p.authority_id = ${scope.authorityId} or p.authority_id in ${nationalAuthorities})`;
  }
}

/** Authorities: see authority.policy.ts for who sees which. */
export function authorityIdInScope(scope: AuthorityScope, idColumn: Expression<string>): Expression<SqlBool> {
  switch (scope.kind) {
    case 'all':
      return sql<SqlBool>`true`;
    case 'none':
      return sql<SqlBool>`false`;
    case 'territory':
      return sql<SqlBool>`${idColumn} in (select a.id from authorities a
        where a.id = ${scope.authorityId} or a.jurisdiction_code like ${scope.prefix + '%'}
          or a.jurisdiction_code in (${sql.join([NATIONAL, ...scope.above])}))`;
    case 'own':
      return sql<SqlBool>`${idColumn} in (select a.id from authorities a
        where a.id = ${scope.authorityId} or a.jurisdiction_code = ${NATIONAL})`;
    case 'institution':
      // The institution's supervising authority and the territorial authorities over its jurisdiction.
      return sql<SqlBool>`${idColumn} in (select a.id from authorities a, institutions i
        where i.id = ${scope.institutionId} and (a.id = i.authority_id or a.jurisdiction_code in
          (${NATIONAL}, substr(i.jurisdiction_code, 1, 2) || '0000', substr(i.jurisdiction_code, 1, 4) || '00', i.jurisdiction_code)))`;
    case 'expert':
      // The authorities whose pools the expert belongs to.
      return sql<SqlBool>`${idColumn} in (select p.authority_id from expert_pools p
        join expert_pool_members m on m.pool_id = p.id where m.expert_id = ${scope.expertId})`;
  }
}
