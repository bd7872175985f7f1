// Sends a published document of a directory entry (its receipt or publication record) to anyone,
// without an account: the same PDF the case's parties download. Everything else answers the same 404 as
// a random id — an unknown or withdrawn entry, a document of another case, and any document of the
// case that is not public (acceptance, correction, review, refusal …). Always an attachment with
// nosniff and a sandboxing CSP. Not audited: the document is public and carries no personal data (the
// parties' downloads of case files are, download-case-file.ts), and an anonymous request must not be
// able to write to the audit log.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { notFound } from '../../domain/errors.js';
import type { FileStore } from '../../persistence/file-store.js';
import { findPublicDocument } from '../../persistence/directory-detail.repository.js';
import { attachmentHeaders } from '../../materials/download-headers.js';

export async function downloadPublicDocument(
  db: Kysely<DB>,
  store: FileStore,
  input: { entryId: string; documentId: string },
): Promise<{ bytes: Buffer; headers: Record<string, string> }> {
  const d = await findPublicDocument(db, input.entryId, input.documentId);
  if (!d) throw notFound('文书');
  const bytes = await store.get(db, d.sha256);
  // A recorded file that the store no longer has is lost data, not a client error.
  if (!bytes) throw new Error(`stored file ${d.sha256} is missing`);
  return {
    bytes,
    headers: attachmentHeaders(`${d.title}（${d.number}）.pdf`, 'application/pdf', bytes.length),
  };
}
