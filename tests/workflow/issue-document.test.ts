// The reviewing body of an adverse decision comes from the deciding authority's row and its jurisdiction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { decidingAuthority } from '../../src/use-cases/workflow/issue-document.js';
import { remediesParagraph } from '../../src/documents/remedies.js';
import { openTestDatabase } from '../support/test-database.js';
import { createParties, type Parties } from './workflow-fixtures.js';

let h: DatabaseHandle;
let p: Parties;
beforeAll(async () => {
  h = await openTestDatabase();
  p = await createParties(h.db);
});
afterAll(async () => h?.close());

describe('decidingAuthority', () => {
  it('reads a provincial department with its province: 贵州省人民政府 hears the 行政复议', async () => {
    const a = await h.db.transaction().execute((trx) => decidingAuthority(trx, p.gzAuthority));
    expect(a).toEqual({
      name: '贵州省人力资源和社会保障厅',
      kind: 'provincial_hrss',
      jurisdictionCode: '520000',
      jurisdictionName: '贵州省',
    });
    expect(remediesParagraph(a, '2026-03-05')).toContain('六十日内向贵州省人民政府申请行政复议');
  });
  it('reads the national centre as national: the ministry hears it', async () => {
    const id = (
      await h.db
        .selectFrom('authorities')
        .select('id')
        .where('kind', '=', 'national_centre')
        .executeTakeFirstOrThrow()
    ).id;
    const a = await h.db.transaction().execute((trx) => decidingAuthority(trx, id));
    expect(a?.jurisdictionName).toBeNull();
    expect(remediesParagraph(a, '2026-03-05')).toContain('向人力资源社会保障部申请行政复议');
  });
  it('has nothing to say of an unknown or absent authority (the paragraph then speaks generally)', async () => {
    const none = await h.db
      .transaction()
      .execute((trx) => decidingAuthority(trx, '00000000-0000-4000-8000-00000000dead'));
    expect(none).toBeUndefined();
    expect(await h.db.transaction().execute((trx) => decidingAuthority(trx, null))).toBeUndefined();
  });
});
