// The applicant files a material under a checklist item: the bytes are checked (size, kind sniffed
// from the content, declared type and extension agreeing, a kind the item accepts), stored by hash
// and recorded as the item's next version — under the case lock, and only while the case's state
// lets the applicant edit its materials (draft, correction). A file replaced by a correction stays in
// the history, superseded; the upload quota (src/materials/quota.ts) bounds the versions of an item
// and the bytes of a case, superseded versions included (413/422 with a Chinese message).
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { AppError, forbidden, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { FileStore } from '../../persistence/file-store.js';
import { lockCase } from '../../persistence/cases.repository.js';
import {
  MaterialNotCurrentError,
  addMaterial,
  listCurrentMaterials,
  materialUsage,
  type MaterialRecord,
} from '../../persistence/materials.repository.js';
import { checkUpload } from '../../materials/check-upload.js';
import { checklistFor, type Checklist } from '../../materials/checklist.js';
import { DEFAULT_UPLOAD_QUOTA, checkUploadQuota, type UploadQuota } from '../../materials/quota.js';
import { canReadCase, caseRolesOf } from '../../workflows/case-roles.js';
import type { Machine, StateDef } from '../../workflows/machine.js';
import { partiesOf } from './case-parties.js';
import { materialsLocked, uploadRejected } from './workflow-errors.js';

export interface UploadMaterialInput<S extends string, E extends string, D, C> {
  caseId: string;
  caller: Actor;
  machine: Machine<S, E, D, C>;
  checklist: Checklist;
  checklistItem: string;
  bytes: Uint8Array;
  fileName: string;
  declaredType: string;
  /** The current file this one replaces (a correction). */
  replaces?: string;
  requestId?: string;
  /** Versions per item and bytes per case; default DEFAULT_UPLOAD_QUOTA (config uploadQuota). */
  quota?: UploadQuota;
}

export async function uploadMaterial<S extends string, E extends string, D, C>(
  db: Kysely<DB>,
  store: FileStore,
  input: UploadMaterialInput<S, E, D, C>,
): Promise<MaterialRecord> {
  return db.transaction().execute(async (trx) => {
    const c = await lockCase(trx, input.caseId);
    if (!c || c.procedure !== input.machine.id) throw notFound('案件');
    const parties = partiesOf(c);
    if (!canReadCase(input.caller, parties)) throw notFound('案件');
    if (!caseRolesOf(input.caller, parties).includes('applicant'))
      throw forbidden('只有申请单位可以提交申请材料');
    const state = (input.machine.states as Record<string, StateDef>)[c.state];
    if (!state?.editableMaterials) throw materialsLocked(state?.label_zh ?? c.state);

    const { kind } = await trx
      .selectFrom('institutions')
      .select('kind')
      .where('id', '=', c.institutionId)
      .executeTakeFirstOrThrow();
    const item = checklistFor(input.checklist, kind).items.find((i) => i.id === input.checklistItem);
    if (!item) {
      throw new AppError(
        422,
        'UNKNOWN_CHECKLIST_ITEM',
        '材料项目不存在',
        `本申请的材料清单中没有“${input.checklistItem}”`,
      );
    }
    const checked = checkUpload(
      { bytes: input.bytes, fileName: input.fileName, declaredType: input.declaredType },
      item,
    );
    if (!checked.ok) throw uploadRejected(checked.code, checked.message_zh);
    const quota = checkUploadQuota(
      input.quota ?? DEFAULT_UPLOAD_QUOTA,
      await materialUsage(trx, c.id, item.id),
      { size: checked.value.size, itemTitle_zh: item.title_zh },
    );
    if (!quota.ok) throw new AppError(quota.status, quota.code, quota.title_zh, quota.detail_zh);

    let replaces = input.replaces;
    const current = (await listCurrentMaterials(trx, c.id)).filter((m) => m.checklistItem === item.id);
    const maxFiles = item.maxFiles ?? 1;
    if (!replaces && current.length >= maxFiles) {
      // An item of one file is simply replaced by a new upload; a fuller item needs to be told which.
      if (maxFiles === 1 && current.length === 1) replaces = current[0]!.id;
      else
        throw new AppError(
          409,
          'MATERIAL_ITEM_FULL',
          '材料已满',
          `“${item.title_zh}”最多 ${maxFiles} 个文件，请选择要替换的文件`,
        );
    }

    const file = await store.put(trx, input.bytes, checked.value.mediaType);
    const material = await addMaterial(trx, {
      caseId: c.id,
      checklistItem: item.id,
      sha256: file.sha256,
      originalName: checked.value.fileName,
      mediaType: checked.value.mediaType,
      size: checked.value.size,
      uploadedBy: input.caller.userId,
      ...(replaces ? { replaces } : {}),
    }).catch((err: unknown) => {
      if (err instanceof MaterialNotCurrentError) throw notFound('被替换的材料');
      throw err;
    });
    await writeAudit(
      trx,
      { caller: input.caller, requestId: input.requestId },
      {
        entity: 'case_material',
        entityId: material.id,
        action: replaces ? 'replace' : 'upload',
        after: {
          caseId: c.id,
          checklistItem: item.id,
          version: material.version,
          sha256: file.sha256,
          name: material.originalName,
          mediaType: material.mediaType,
          size: material.size,
          replaces: replaces ?? null,
        },
        citations: [item.citation],
      },
    );
    return material;
  });
}
