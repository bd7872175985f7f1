// Sends a material or a decision document of a case back to someone who may read the case — never
// to anyone else (404), always as an attachment with nosniff and a sandboxing CSP, never rendered in
// our origin. Every download is audited: materials carry personal data.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { FileStore } from '../../persistence/file-store.js';
import { findCase } from '../../persistence/cases.repository.js';
import { findMaterial } from '../../persistence/materials.repository.js';
import { findDocument } from '../../persistence/documents.repository.js';
import { attachmentHeaders } from '../../materials/download-headers.js';
import { canReadCase } from '../../workflows/case-roles.js';
import { partiesOf } from './case-parties.js';

export interface CaseFileDownload {
  bytes: Buffer;
  headers: Record<string, string>;
}

export async function downloadCaseFile(
  db: Kysely<DB>,
  store: FileStore,
  input: { caller: Caller; caseId: string; kind: 'material' | 'document'; id: string; requestId?: string },
): Promise<CaseFileDownload> {
  const c = await findCase(db, input.caseId);
  if (!c || !canReadCase(input.caller, partiesOf(c))) throw notFound('案件');
  const file =
    input.kind === 'material'
      ? await findMaterial(db, c.id, input.id).then(
          (m) => m && { sha256: m.sha256, name: m.originalName, mediaType: m.mediaType },
        )
      : await findDocument(db, c.id, input.id).then(
          (d) =>
            d && { sha256: d.sha256, name: `${d.title}（${d.number}）.pdf`, mediaType: 'application/pdf' },
        );
  if (!file) throw notFound(input.kind === 'material' ? '材料' : '文书');
  const bytes = await store.get(db, file.sha256);
  // A recorded file that the store no longer has is lost data, not a client error.
  if (!bytes) throw new Error(`stored file ${file.sha256} is missing`);
  await db.transaction().execute((trx) =>
    writeAudit(
      trx,
      { caller: input.caller, requestId: input.requestId },
      {
        entity: input.kind === 'material' ? 'case_material' : 'document',
        entityId: input.id,
        action: 'download',
      },
    ),
  );
  return { bytes, headers: attachmentHeaders(file.name, file.mediaType, bytes.length) };
}
