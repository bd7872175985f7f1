// An inspection's evidence (1x-selection §25: 审查材料、实地考察、走访座谈 — the copies, photos and minutes
// the inspectors bring back): the round's authority adds files while the inspection is open (they back
// its findings; once concluded the record is closed, like the findings) and reads or downloads them.
// Scoped like the inspection: another authority, an institution or the public get 404, as for a random
// id. The files pass the project's upload check and go to the content-addressed store
// (src/materials/evidence-files.ts, shared with rectification reports), rows and audit in one transaction.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import type { FileStore } from '../../persistence/file-store.js';
import { AppError, english, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { inspectionPolicy } from '../../policies/inspection.policy.js';
import { findInspection, findRound, listEvidence } from '../../persistence/inspections.repository.js';
import {
  checkEvidenceFiles,
  storeEvidenceFiles,
  type EvidenceSpec,
  type EvidenceUpload,
} from '../../materials/evidence-files.js';
import { ART_25 } from '../../workflows/draw/inspection-terms.js';
import { concludedAlready, managedInspection } from './inspection-access.js';

/** Per upload (an operational limit like rectification reports'; the texts set none). */
export const MAX_INSPECTION_EVIDENCE_FILES = 5;

const EVIDENCE: EvidenceSpec = {
  accepts: ['pdf', 'image', 'word', 'excel'],
  title_zh: '检查证据',
  maxFiles: MAX_INSPECTION_EVIDENCE_FILES,
  problem: (path, message, messageEn) =>
    new AppError(422, 'INSPECTION_EVIDENCE_INVALID', '检查证据不符合要求', message, [{ path, message, message_en: messageEn }], english('Invalid inspection evidence', messageEn)), // prettier-ignore
};

export interface InspectionEvidenceView {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The inspection if the caller may read its round (the round's authority, an administrator), else 404. */
async function readableInspection(db: Kysely<DB>, caller: Caller, id: string) {
  const inspection = UUID.test(id) ? await findInspection(db, id) : undefined;
  const round = inspection && (await findRound(db, inspection.round_id));
  if (!inspection || !round || !inspectionPolicy.canRead(caller, { authorityId: round.authority_id }))
    throw notFound('检查记录');
  return inspection;
}

export async function listInspectionEvidence(
  db: Kysely<DB>,
  caller: Caller,
  id: string,
): Promise<InspectionEvidenceView[]> {
  await readableInspection(db, caller, id);
  return (await listEvidence(db, [id])).map((e) => ({
    id: e.id,
    name: e.original_name,
    mediaType: e.media_type,
    size: Number(e.size),
    sha256: e.sha256,
    uploadedAt: new Date(e.uploaded_at).toISOString(),
  }));
}

/** One file's record for a download, scoped like the list. */
export async function inspectionEvidenceFile(
  db: Kysely<DB>,
  caller: Caller,
  id: string,
  evidenceId: string,
): Promise<InspectionEvidenceView> {
  const file = (await listInspectionEvidence(db, caller, id)).find((e) => e.id === evidenceId);
  if (!file) throw notFound('检查证据');
  return file;
}

export async function addInspectionEvidence(
  db: Kysely<DB>,
  store: FileStore,
  caller: Caller,
  id: string,
  files: readonly EvidenceUpload[],
  requestId?: string,
): Promise<InspectionEvidenceView[]> {
  if (!UUID.test(id)) throw notFound('检查记录');
  if (files.length === 0) throw EVIDENCE.problem('files', '请至少选择一个文件', 'Choose at least one file');
  const checked = checkEvidenceFiles(files, EVIDENCE);
  await db.transaction().execute(async (trx) => {
    const { inspection } = await managedInspection(trx, caller, id);
    if (inspection.status === 'concluded') throw concludedAlready();
    const stored = await storeEvidenceFiles(trx, store, checked);
    const rows = stored.map((f) => ({ id: randomUUID(), inspection_id: id, sha256: f.sha256, original_name: f.name, media_type: f.mediaType, size: f.size, uploaded_by: caller?.userId ?? null })); // prettier-ignore
    await trx.insertInto('inspection_evidence').values(rows).execute();
    await writeAudit(trx, { caller, requestId }, {
      entity: 'inspection', entityId: id, action: 'add_evidence',
      after: { files: rows.map((r) => ({ id: r.id, name: r.original_name, sha256: r.sha256, size: r.size })) },
      citations: [ART_25],
    }); // prettier-ignore
  });
  return listInspectionEvidence(db, caller, id);
}
