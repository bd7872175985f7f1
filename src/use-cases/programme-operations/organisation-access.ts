// Who sees a 1+X organisation's programme operations (issue 14 point 3): the organisation's own staff
// (who keep them) and the 1+X office that selected it — the authority of its live directory entry from
// the 1+X selection (1x-selection §16; the office decides selection-1x cases). Nobody else: outside that,
// the organisation answers exactly as a random id would (404).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { notFound } from '../../domain/errors.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface OneXOrganisation {
  institutionId: string;
  name: string;
  entryId: string;
  officeId: string;
  /** The day the joint conference approved it (the selection's approval), else the entry's first day. */
  approvedOn: string;
  /**
   * The first day SkillReg holds the organisation's data: null when it came in through the 1+X selection
   * run here; the import day for an entry imported from an earlier register (issue 10) — before it the
   * system cannot know what the organisation did, so no ground or rating reads that time (decision 0040).
   */
  dataFrom: string | null;
  programmes: { seq: number; name: string; code: string | null }[];
}

/** The live 1+X directory entries (one per organisation), optionally one organisation's. */
export async function oneXOrganisations(db: Db, where: { institutionId?: string; officeId?: string }) {
  let q = db
    .selectFrom('directory_entries as e')
    .innerJoin('institutions as i', 'i.id', 'e.institution_id')
    .leftJoin('cases as c', 'c.id', 'e.case_id')
    .leftJoin('filing_import_batches as b', 'b.id', 'e.import_batch_id')
    .select([
      'e.id as entry_id',
      'e.institution_id',
      'i.name',
      'e.authority_id',
      sql<string>`coalesce(c.snapshot->'approval'->>'decidedOn', e.valid_from::text)`.as('approved_on'),
      sql<string | null>`b.imported_on::text`.as('data_from'),
    ])
    .where('e.regime', '=', '1x-selection')
    .where('e.withdrawn_at', 'is', null)
    .where('e.branch_id', 'is', null)
    .where('i.kind', '=', 'training_org');
  if (where.institutionId) q = q.where('e.institution_id', '=', where.institutionId);
  if (where.officeId) q = q.where('e.authority_id', '=', where.officeId);
  const rows = await q.orderBy('i.name').execute();
  if (rows.length === 0) return [];
  const programmes = await db
    .selectFrom('directory_entry_programmes')
    .select(['entry_id', 'seq', 'name', 'code'])
    .where(
      'entry_id',
      'in',
      rows.map((r) => r.entry_id),
    )
    .orderBy('seq')
    .execute();
  return rows.map((r): OneXOrganisation => ({
    institutionId: r.institution_id,
    name: r.name,
    entryId: r.entry_id,
    officeId: r.authority_id,
    approvedOn: r.approved_on.slice(0, 10),
    dataFrom: r.data_from,
    programmes: programmes
      .filter((p) => p.entry_id === r.entry_id)
      .map((p) => ({ seq: p.seq, name: p.name, code: p.code })),
  }));
}

/** The organisation if the caller may read its operations; `write` when the caller keeps them. */
export async function organisationFor(
  db: Db,
  actor: Actor,
  institutionId: string,
): Promise<{ org: OneXOrganisation; write: boolean }> {
  const [org] = await oneXOrganisations(db, { institutionId });
  if (org) {
    if (actor.role === 'institution_staff' && actor.institutionId === org.institutionId)
      return { org, write: true };
    if (actor.role === 'authority_staff' && actor.authorityId === org.officeId) return { org, write: false };
  }
  throw notFound('培训评价组织');
}

/** The organisations a caller may read: its own, or those the caller's office selected. */
export async function visibleOrganisations(db: Db, actor: Actor): Promise<OneXOrganisation[]> {
  if (actor.role === 'institution_staff' && actor.institutionId)
    return oneXOrganisations(db, { institutionId: actor.institutionId });
  if (actor.role === 'authority_staff' && actor.authorityId)
    return oneXOrganisations(db, { officeId: actor.authorityId });
  return [];
}
