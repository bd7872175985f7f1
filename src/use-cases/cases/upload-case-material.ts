// The applicant files a material under an item of the procedure's checklist (multipart upload): the
// engine's uploadMaterial checks the bytes and the state, stores the file by hash and versions it.
import { notFound } from '../../domain/errors.js';
import { findCase } from '../../persistence/cases.repository.js';
import { canReadCase } from '../../workflows/case-roles.js';
import { partiesOf } from '../workflow/case-parties.js';
import { uploadMaterial } from '../workflow/upload-material.js';
import { procedureOf, requireActor, type CaseContext } from './case-context.js';

export interface UploadedMaterial {
  id: string;
  checklistItem: string;
  version: number;
  originalName: string;
  mediaType: string;
  size: number;
}

export async function uploadCaseMaterial(
  ctx: CaseContext,
  input: {
    caseId: string;
    checklistItem: string;
    replaces?: string | undefined;
    bytes: Uint8Array;
    fileName: string;
    declaredType: string;
  },
): Promise<UploadedMaterial> {
  const actor = requireActor(ctx);
  const c = await findCase(ctx.db, input.caseId);
  if (!c || !canReadCase(actor, partiesOf(c))) throw notFound('案件');
  const m = procedureOf(ctx, c.procedure);
  const material = await uploadMaterial(ctx.db, ctx.store, {
    caseId: c.id,
    caller: actor,
    machine: m.machine,
    checklist: m.checklist(c),
    checklistItem: input.checklistItem,
    bytes: input.bytes,
    fileName: input.fileName,
    declaredType: input.declaredType,
    ...(input.replaces ? { replaces: input.replaces } : {}),
    ...(ctx.requestId ? { requestId: ctx.requestId } : {}),
    ...(ctx.uploadQuota ? { quota: ctx.uploadQuota } : {}),
  });
  return {
    id: material.id,
    checklistItem: material.checklistItem,
    version: material.version,
    originalName: material.originalName,
    mediaType: material.mediaType,
    size: material.size,
  };
}
