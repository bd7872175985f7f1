// Turns a policy scope into a WHERE clause, so that scoping happens in the query itself.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from './schema.js';
import type { InstitutionScope } from '../policies/scope.js';

/**
 * Condition on an institution id column (e.g. 'institutions.id' or 'sites.institution_id') for the
 * given scope. Territorial scopes look the institution up by jurisdiction code prefix.
 */
export function institutionIdInScope<T extends keyof DB>(
  eb: ExpressionBuilder<DB, T>,
  scope: InstitutionScope,
  idColumn: Expression<string>,
): Expression<SqlBool> {
  switch (scope.kind) {
    case 'all':
      return sql<SqlBool>`true`;
    case 'none':
      return sql<SqlBool>`false`;
    case 'institution':
      return sql<SqlBool>`${idColumn} = ${scope.institutionId}`;
    case 'authority':
      return sql<SqlBool>`${idColumn} in (select i.id from institutions i where i.authority_id = ${scope.authorityId})`;
    case 'jurisdiction':
      return sql<SqlBool>`${idColumn} in (select i.id from institutions i where i.jurisdiction_code like ${scope.prefix + '%'})`;
  }
  void eb;
}
