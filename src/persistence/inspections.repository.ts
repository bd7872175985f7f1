// Inspection rounds and inspections (1x-selection §25; migration 0027): SQL only.
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB, InspectionRoundsTable, InspectionsTable } from './schema.js';
import type { InstitutionScope } from '../policies/scope.js';
import { institutionInScope } from './registry-scope.js';

type Db = Kysely<DB> | Transaction<DB>;
export type RoundRow = Selectable<InspectionRoundsTable>;
export type InspectionRow = Selectable<InspectionsTable>;

export const findRound = (db: Db, id: string): Promise<RoundRow | undefined> =>
  db.selectFrom('inspection_rounds').selectAll().where('id', '=', id).executeTakeFirst();

export const lockRound = (trx: Transaction<DB>, id: string): Promise<RoundRow | undefined> =>
  trx.selectFrom('inspection_rounds').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const findInspection = (db: Db, id: string): Promise<InspectionRow | undefined> =>
  db.selectFrom('inspections').selectAll().where('id', '=', id).executeTakeFirst();

export const lockInspection = (trx: Transaction<DB>, id: string): Promise<InspectionRow | undefined> =>
  trx.selectFrom('inspections').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export interface TargetCandidate {
  id: string;
  name: string;
  uscc: string;
}

/**
 * The institutions a round may draw (decision 0038): in the authority's scope and the round's
 * jurisdiction, of the kinds named, listed in the directory today (a current entry, not withdrawn), and
 * carrying on evaluation — status active or registered; a suspended institution is already under a
 * decision's rectification and an exited one no longer evaluates. With occupations named, only those
 * filed for one of them. Sorted by id (the canonical order of the published list).
 */
export async function listTargetCandidates(
  db: Db,
  q: {
    scope: InstitutionScope;
    jurisdictionPrefix: string;
    kinds: string[];
    occupationCodes: string[];
    today: string;
  },
): Promise<TargetCandidate[]> {
  let query = db
    .selectFrom('institutions as i')
    .select(['i.id', 'i.name', 'i.uscc'])
    .where('i.status', 'in', ['active', 'registered'])
    .where('i.kind', 'in', q.kinds as never[])
    .where(institutionInScope(q.scope, sql.ref('i.id')))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('directory_entries as e')
          .select('e.id')
          .whereRef('e.institution_id', '=', 'i.id')
          .where('e.withdrawn_on', 'is', null)
          .where('e.valid_from', '<=', q.today)
          .where((w) => w.or([w('e.valid_to', 'is', null), w('e.valid_to', '>=', q.today)]))
          .$if(q.occupationCodes.length > 0, (s) =>
            s.where((w) =>
              w.exists(
                w
                  .selectFrom('directory_entry_scopes as s')
                  .select('s.entry_id')
                  .whereRef('s.entry_id', '=', 'e.id')
                  .where('s.occupation_code', 'in', q.occupationCodes),
              ),
            ),
          ),
      ),
    );
  if (q.jurisdictionPrefix !== '')
    query = query.where('i.jurisdiction_code', 'like', `${q.jurisdictionPrefix}%`);
  return query.orderBy('i.id').execute();
}

/** Experts drawn on the review panels of the institution's own cases (its entry procedures). */
export async function entryPanelExperts(
  db: Db,
  institutionIds: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (institutionIds.length === 0) return out;
  const rows = await db
    .selectFrom('panel_members as m')
    .innerJoin('review_panels as p', 'p.id', 'm.panel_id')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .select(['c.institution_id', 'm.expert_id'])
    .where('m.status', '=', 'drawn')
    .where('c.institution_id', 'in', [...institutionIds])
    .execute();
  for (const r of rows) out.set(r.institution_id, [...(out.get(r.institution_id) ?? []), r.expert_id]);
  return out;
}

export async function listFindings(db: Db, inspectionIds: readonly string[]) {
  if (inspectionIds.length === 0) return [];
  return db
    .selectFrom('inspection_findings')
    .select(['inspection_id', 'seq', 'item', 'method', 'result', 'note'])
    .where('inspection_id', 'in', [...inspectionIds])
    .orderBy('inspection_id')
    .orderBy('seq')
    .execute();
}

export async function listInspectionExperts(db: Db, inspectionIds: readonly string[]) {
  if (inspectionIds.length === 0) return [];
  return db
    .selectFrom('inspection_experts')
    .select(['inspection_id', 'expert_id', 'draw_rank', 'expert_name'])
    .where('inspection_id', 'in', [...inspectionIds])
    .orderBy('inspection_id')
    .orderBy('draw_rank')
    .execute();
}

export async function listEvidence(db: Db, inspectionIds: readonly string[]) {
  if (inspectionIds.length === 0) return [];
  return db
    .selectFrom('inspection_evidence')
    .select(['id', 'inspection_id', 'original_name', 'media_type', 'size', 'sha256', 'uploaded_at'])
    .where('inspection_id', 'in', [...inspectionIds])
    .orderBy('uploaded_at')
    .execute();
}
