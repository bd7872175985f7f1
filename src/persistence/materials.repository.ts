// Application materials of a case: SQL only. A file is filed under a checklist item with the next
// version number of that item; a replacement marks the file it replaces superseded. Nothing is
// deleted: a correction's history stays readable.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { CaseMaterialsTable, DB } from './schema.js';

export interface MaterialRecord {
  id: string;
  caseId: string;
  checklistItem: string;
  version: number;
  sha256: string;
  originalName: string;
  mediaType: string;
  size: number;
  uploadedBy: string | null;
  uploadedAt: Date;
  supersededBy: string | null;
  supersededAt: Date | null;
  removedAt: Date | null;
}

function toMaterial(r: Selectable<CaseMaterialsTable>): MaterialRecord {
  return {
    id: r.id,
    caseId: r.case_id,
    checklistItem: r.checklist_item,
    version: r.version,
    sha256: r.sha256,
    originalName: r.original_name,
    mediaType: r.media_type,
    size: Number(r.size),
    uploadedBy: r.uploaded_by,
    uploadedAt: r.uploaded_at,
    supersededBy: r.superseded_by,
    supersededAt: r.superseded_at,
    removedAt: r.removed_at,
  };
}

export interface NewMaterial {
  caseId: string;
  checklistItem: string;
  sha256: string;
  originalName: string;
  mediaType: string;
  size: number;
  uploadedBy: string | null;
  /** The current file of the same case and item this one replaces. */
  replaces?: string;
}

export class MaterialNotCurrentError extends Error {
  constructor(readonly materialId: string) {
    super(`material ${materialId} is not a current file of this case and item`);
  }
}

/** Call under the case lock: the version is max + 1 of the item (the unique key backs it up). */
export async function addMaterial(trx: Transaction<DB>, m: NewMaterial): Promise<MaterialRecord> {
  const { v } = await trx
    .selectFrom('case_materials')
    .select(sql<number>`coalesce(max(version), 0) + 1`.as('v'))
    .where('case_id', '=', m.caseId)
    .where('checklist_item', '=', m.checklistItem)
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  const row = await trx
    .insertInto('case_materials')
    .values({
      id,
      case_id: m.caseId,
      checklist_item: m.checklistItem,
      version: Number(v),
      sha256: m.sha256,
      original_name: m.originalName,
      media_type: m.mediaType,
      size: m.size,
      uploaded_by: m.uploadedBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (m.replaces) {
    const replaced = await trx
      .updateTable('case_materials')
      .set({ superseded_by: id, superseded_at: sql<Date>`now()` })
      .where('id', '=', m.replaces)
      .where('case_id', '=', m.caseId)
      .where('checklist_item', '=', m.checklistItem)
      .where('superseded_by', 'is', null)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (Number(replaced.numUpdatedRows) !== 1) throw new MaterialNotCurrentError(m.replaces);
  }
  return toMaterial(row);
}

/** Takes a current file out of the case (a draft's mistake); false when it was not current. */
export async function removeMaterial(trx: Transaction<DB>, caseId: string, id: string): Promise<boolean> {
  const r = await trx
    .updateTable('case_materials')
    .set({ removed_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('case_id', '=', caseId)
    .where('superseded_by', 'is', null)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function findMaterial(
  db: Kysely<DB>,
  caseId: string,
  id: string,
): Promise<MaterialRecord | undefined> {
  const row = await db
    .selectFrom('case_materials')
    .selectAll()
    .where('id', '=', id)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return row && toMaterial(row);
}

/** Current files (neither superseded nor removed), by item then version. */
export async function listCurrentMaterials(db: Kysely<DB>, caseId: string): Promise<MaterialRecord[]> {
  const rows = await db
    .selectFrom('case_materials')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('superseded_by', 'is', null)
    .where('removed_at', 'is', null)
    .orderBy('checklist_item')
    .orderBy('version')
    .execute();
  return rows.map(toMaterial);
}

/** Every file ever filed with the case, superseded and removed ones included. */
export async function listMaterialHistory(db: Kysely<DB>, caseId: string): Promise<MaterialRecord[]> {
  const rows = await db
    .selectFrom('case_materials')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('checklist_item')
    .orderBy('version')
    .execute();
  return rows.map(toMaterial);
}

/**
 * What a case's files take (call under the case lock): the versions of one checklist item and the
 * bytes of every file of the case, superseded and removed ones included (src/materials/quota.ts).
 */
export async function materialUsage(
  trx: Transaction<DB>,
  caseId: string,
  checklistItem: string,
): Promise<{ itemVersions: number; caseBytes: number }> {
  const r = await trx
    .selectFrom('case_materials')
    .select([
      sql<string>`count(*) filter (where checklist_item = ${checklistItem})`.as('item_versions'),
      sql<string>`coalesce(sum(size), 0)`.as('case_bytes'),
    ])
    .where('case_id', '=', caseId)
    .executeTakeFirstOrThrow();
  return { itemVersions: Number(r.item_versions), caseBytes: Number(r.case_bytes) };
}
