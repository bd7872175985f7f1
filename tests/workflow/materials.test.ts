import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { AppError } from '../../src/domain/errors.js';
import { fileStoreFor, sha256Of, type FileStore } from '../../src/persistence/file-store.js';
import { listCurrentMaterials, listMaterialHistory } from '../../src/persistence/materials.repository.js';
import { checklistCompleteness, type Checklist } from '../../src/materials/checklist.js';
import { openCase } from '../../src/use-cases/workflow/open-case.js';
import { applyTransition } from '../../src/use-cases/workflow/apply-transition.js';
import { uploadMaterial } from '../../src/use-cases/workflow/upload-material.js';
import { downloadCaseFile } from '../../src/use-cases/workflow/download-case-file.js';
import type { Actor } from '../../src/policies/actor.js';
import { exampleMachine as machine, MATERIALS } from '../../src/workflows/example-machine.test-support.js';
import { docxBytes, pdfBytes, pngBytes } from '../../src/materials/sample-files.test-support.js';
import { openTestDatabase } from '../support/test-database.js';
import { createParties, parameters, type Parties } from './workflow-fixtures.js';

let h: DatabaseHandle;
let p: Parties;
let store: FileStore;
beforeAll(async () => {
  h = await openTestDatabase();
  p = await createParties(h.db);
  store = fileStoreFor({
    databaseUrl: process.env.TEST_DATABASE_URL,
    dataDir: await mkdtemp(join(tmpdir(), 'skillreg-mat-')),
  });
});
afterAll(async () => h?.close());

const checklist: Checklist = {
  procedure: machine.id,
  items: [
    {
      id: 'application',
      title_zh: '备案申请书',
      title_en: 'application',
      required: true,
      accepts: ['pdf'],
      citation: MATERIALS,
    },
    {
      id: 'licence',
      title_zh: '营业执照',
      title_en: 'licence',
      required: true,
      accepts: ['pdf', 'image'],
      citation: MATERIALS,
    },
    {
      id: 'staff',
      title_zh: '人员名单',
      title_en: 'staff list',
      required: true,
      accepts: ['excel', 'word', 'pdf'],
      citation: MATERIALS,
      maxFiles: 3,
    },
    {
      id: 'lease',
      title_zh: '租赁合同',
      title_en: 'lease',
      required: true,
      accepts: ['pdf'],
      citation: MATERIALS,
      appliesTo: ['social_org'],
    },
  ],
};

const newCase = () =>
  openCase(h.db, {
    machine,
    caller: p.applicant,
    institutionId: p.institution,
    authorityId: p.gzAuthority,
    jurisdictionCode: '520000',
    referencePrefix: '测材料申',
    data: { materialsMissing: 0, opinions: 0 },
    parameters,
  });

const upload = (
  caseId: string,
  item: string,
  bytes: Uint8Array,
  fileName: string,
  declaredType: string,
  extra: { caller?: Actor; replaces?: string } = {},
) =>
  uploadMaterial(h.db, store, {
    caseId,
    caller: extra.caller ?? p.applicant,
    machine,
    checklist,
    checklistItem: item,
    bytes,
    fileName,
    declaredType,
    ...(extra.replaces ? { replaces: extra.replaces } : {}),
  });

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (err: unknown) => (err instanceof AppError ? err.code : Promise.reject(err)),
  );

describe('uploading materials', () => {
  it('files a PDF as version 1, and a second upload to a one-file item as version 2 superseding it', async () => {
    const c = await newCase();
    const v1 = await upload(c.id, 'application', pdfBytes('/V 1 '), '申请书.pdf', 'application/pdf');
    expect(v1).toMatchObject({
      version: 1,
      originalName: '申请书.pdf',
      mediaType: 'application/pdf',
      supersededBy: null,
    });
    const v2 = await upload(c.id, 'application', pdfBytes('/V 2 '), '申请书（修改）.pdf', 'application/pdf');
    expect(v2.version).toBe(2);
    const history = await listMaterialHistory(h.db, c.id);
    expect(history.find((m) => m.id === v1.id)?.supersededBy).toBe(v2.id);
    expect((await listCurrentMaterials(h.db, c.id)).map((m) => m.id)).toEqual([v2.id]);
    const audit = await h.db
      .selectFrom('audit_log')
      .select(['action', 'citations'])
      .where('entity_id', '=', v2.id)
      .execute();
    expect(audit).toEqual([{ action: 'replace', citations: [MATERIALS] }]);
  });

  it('keeps several files in an item that allows several, and asks which to replace when it is full', async () => {
    const c = await newCase();
    await upload(c.id, 'staff', docxBytes(), '名单1.docx', '');
    await upload(c.id, 'staff', pdfBytes('/A '), '名单2.pdf', 'application/pdf');
    const third = await upload(c.id, 'staff', pdfBytes('/B '), '名单3.pdf', 'application/pdf');
    expect(await codeOf(upload(c.id, 'staff', pdfBytes('/C '), '名单4.pdf', 'application/pdf'))).toBe(
      'MATERIAL_ITEM_FULL',
    );
    const replaced = await upload(c.id, 'staff', pdfBytes('/D '), '名单3（新）.pdf', 'application/pdf', {
      replaces: third.id,
    });
    expect(replaced.version).toBe(4);
    expect((await listCurrentMaterials(h.db, c.id)).filter((m) => m.checklistItem === 'staff')).toHaveLength(
      3,
    );
  });

  it('shows completeness from the current files, with items not applying to an employer left out', async () => {
    const c = await newCase();
    await upload(c.id, 'application', pdfBytes(), '申请书.pdf', 'application/pdf');
    await upload(c.id, 'licence', pngBytes(), '执照.png', 'image/png');
    const current = await listCurrentMaterials(h.db, c.id);
    const result = checklistCompleteness(
      { ...checklist, items: checklist.items.filter((i) => !i.appliesTo) },
      current,
    );
    expect(result).toMatchObject({ complete: false, missing: ['staff'], provided: 2, required: 3 });
  });

  it('stores the same bytes once, whichever case files them', async () => {
    const bytes = pdfBytes('/Same ');
    const [a, b] = [await newCase(), await newCase()];
    await upload(a.id, 'application', bytes, 'a.pdf', 'application/pdf');
    await upload(b.id, 'application', bytes, 'b.pdf', 'application/pdf');
    const rows = await h.db
      .selectFrom('stored_files')
      .selectAll()
      .where('sha256', '=', sha256Of(bytes))
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses a disguised file, an unknown item and a kind the item does not accept', async () => {
    const c = await newCase();
    expect(await codeOf(upload(c.id, 'application', pngBytes(), 'scan.pdf', 'application/pdf'))).toBe(
      'UPLOAD_TYPE_MISMATCH',
    );
    expect(await codeOf(upload(c.id, 'lease', pdfBytes(), 'lease.pdf', 'application/pdf'))).toBe(
      'UNKNOWN_CHECKLIST_ITEM',
    );
    expect(await codeOf(upload(c.id, 'application', docxBytes(), 'a.docx', ''))).toBe(
      'UPLOAD_TYPE_NOT_ACCEPTED',
    );
    expect(await listMaterialHistory(h.db, c.id)).toEqual([]);
  });

  it('lets only the applicant upload, and only while the state allows it', async () => {
    const c = await newCase();
    expect(
      await codeOf(
        upload(c.id, 'application', pdfBytes(), 'a.pdf', 'application/pdf', { caller: p.officer }),
      ),
      // A draft is the applicant's alone (issue 9 point 8): the authority gets what a random id gets.
    ).toBe('NOT_FOUND');
    expect(
      await codeOf(
        upload(c.id, 'application', pdfBytes(), 'a.pdf', 'application/pdf', { caller: p.otherApplicant }),
      ),
    ).toBe('NOT_FOUND');
    await applyTransition(h.db, {
      caseId: c.id,
      expectedVersion: 1,
      event: 'submit',
      actor: p.applicant,
      machine,
      guardsCtx: { panelSize: 1 },
      parameters,
    });
    expect(await codeOf(upload(c.id, 'application', pdfBytes(), 'a.pdf', 'application/pdf'))).toBe(
      'MATERIALS_LOCKED',
    );
  });
});

describe('downloading a material', () => {
  it('serves the bytes as an attachment with nosniff to the applicant and the deciding authority, and audits it', async () => {
    const c = await newCase();
    const bytes = pdfBytes('/Download ');
    const m = await upload(c.id, 'application', bytes, '备案申请书.pdf', 'application/pdf');
    // The authorities see the case, and so its materials, once it is submitted (issue 9 point 8).
    await applyTransition(h.db, {
      caseId: c.id,
      expectedVersion: 1,
      event: 'submit',
      actor: p.applicant,
      machine,
      guardsCtx: { panelSize: 1 },
      parameters,
    });
    for (const caller of [p.applicant, p.officer, p.nationalOfficer]) {
      const file = await downloadCaseFile(h.db, store, { caller, caseId: c.id, kind: 'material', id: m.id });
      expect(Buffer.compare(file.bytes, Buffer.from(bytes))).toBe(0);
      expect(file.headers['content-disposition']).toMatch(/^attachment; /);
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect(file.headers['content-type']).toBe('application/pdf');
    }
    const audited = await h.db
      .selectFrom('audit_log')
      .select('actor_user_id')
      .where('entity_id', '=', m.id)
      .where('action', '=', 'download')
      .execute();
    expect(audited).toHaveLength(3);
  });

  it('answers 404 to anyone outside the case: another institution, another province, an unassigned expert, the sysadmin, the public', async () => {
    const c = await newCase();
    const m = await upload(c.id, 'application', pdfBytes('/Private '), 'a.pdf', 'application/pdf');
    for (const caller of [p.otherApplicant, p.foreignOfficer, p.expert, p.sysadmin, null]) {
      expect(
        await codeOf(downloadCaseFile(h.db, store, { caller, caseId: c.id, kind: 'material', id: m.id })),
      ).toBe('NOT_FOUND');
    }
    expect(
      await codeOf(
        downloadCaseFile(h.db, store, { caller: p.applicant, caseId: c.id, kind: 'document', id: m.id }),
      ),
    ).toBe('NOT_FOUND');
  });
});
