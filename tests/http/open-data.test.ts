// Open data of the public directory (issue 12 point 5): today's snapshot as CSV and JSON — the directory
// as it stood at 00:00 China time, the same bytes all day, its SHA-256 in the checksums, ETag and
// Repr-Digest — and the incremental feed of publications and withdrawals with a cursor.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestApp, type TestApp } from '../support/test-app.js';
import { seedPersonas, type Fixture } from '../support/personas.js';
import { insertBareCase } from '../support/bare-case.js';
import { publishDirectoryEntry } from '../../src/use-cases/directory/publish-directory-entry.js';
import { chinaDate } from '../../src/workflows/deadline.js';

let t: TestApp;
let f: Fixture;
const entries: Record<'old' | 'today', string> = { old: '', today: '' };
let serial = 0;

async function publish(institutionId: string, authorityId: string): Promise<string> {
  const db = t.handle.db;
  serial++;
  const caseId = await insertBareCase(db, {
    procedure: 'open-data-test-filing',
    referenceNo: `开放数据测试申〔2026〕${serial}号`,
    institutionId,
    authorityId,
    jurisdictionCode: '520100',
  });
  return db.transaction().execute(async (trx) => {
    const published = await publishDirectoryEntry(
      trx,
      { caller: null },
      {
        institutionId,
        branchId: null,
        caseId,
        procedure: 'open-data-test-filing',
        regime: 'mohrss-filing',
        filingCode: `开放数据测试备〔2026〕${serial}号`,
        validFrom: '2024-01-01',
        validTo: '2030-12-31',
        scopes: [{ occupationCode: '4-04-05-01', level: 3 }],
        authorityId,
        citations: [{ source: 'mohrss-filing', article: '二', item: '十' }],
      },
    );
    return published.entryId;
  });
}

beforeAll(async () => {
  t = await openTestApp();
  f = await seedPersonas(t.handle.db);
  entries.old = await publish(f.institutions.x, f.authorities.guizhou);
  entries.today = await publish(f.institutions.y, f.authorities.guizhou);
  // The first one was published two days ago: it is in today's snapshot; the second only in the feed.
  await sql`update directory_entries set published_at = now() - interval '2 days' where id = ${entries.old}`.execute(
    t.handle.db,
  );
});
afterAll(async () => {
  await t.close();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

describe('issue 12 point 5: the directory as open data', () => {
  it('the CSV snapshot: the directory at 00:00 today, in Chinese columns, with its checksum in ETag', async () => {
    const res = await get('/api/v1/public/open-data/directory.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(String(res.headers['content-disposition'])).toContain('attachment');
    const sha = createHash('sha256').update(res.rawPayload).digest('hex');
    expect(res.headers.etag).toBe(`"${sha}"`);
    expect(res.headers['repr-digest']).toBe(`sha-256=:${Buffer.from(sha, 'hex').toString('base64')}:`);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('机构名称');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(entries.old);
    expect(lines[1]).toContain('4-04-05-01');
    expect(lines[1]).toContain('三级/高级工');
    expect(res.body).not.toContain(entries.today);
    const again = await get('/api/v1/public/open-data/directory.csv', { 'if-none-match': `"${sha}"` });
    expect(again.statusCode).toBe(304);
  });

  it('the JSON snapshot and the checksums agree; the same bytes on a second request', async () => {
    const json = await get('/api/v1/public/open-data/directory.json');
    const body = json.json();
    expect(body.date).toBe(chinaDate(new Date()));
    expect(body.entries.map((e: { id: string }) => e.id)).toEqual([entries.old]);
    const sums = (await get('/api/v1/public/open-data/directory/checksums')).json();
    const jsonSum = sums.files.find((x: { name: string }) => x.name === 'directory.json');
    expect(jsonSum).toMatchObject({
      sha256: createHash('sha256').update(json.rawPayload).digest('hex'),
      bytes: json.rawPayload.length,
      entries: 1,
    });
    const second = await get('/api/v1/public/open-data/directory.json');
    expect(second.rawPayload.equals(json.rawPayload)).toBe(true);
  });

  it('the feed: what was published and withdrawn since a moment, page by page with the cursor', async () => {
    const since = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const first = (
      await get(`/api/v1/public/open-data/directory/changes?since=${encodeURIComponent(since)}&limit=1`)
    ).json();
    expect(first.changes).toHaveLength(1);
    expect(first.changes[0]).toMatchObject({ change: 'published', entryId: entries.old });
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (
      await get(`/api/v1/public/open-data/directory/changes?limit=1&cursor=${first.nextCursor}`)
    ).json();
    expect(second.changes[0]).toMatchObject({ change: 'published', entryId: entries.today });
    expect(second.changes[0].entry.filingCode).toContain('开放数据测试备');

    await t.handle.db
      .updateTable('directory_entries')
      .set({ withdrawn_on: chinaDate(new Date()), withdrawn_at: new Date(), withdrawal_reason: '测试撤回' })
      .where('id', '=', entries.old)
      .execute();
    const later = (
      await get(`/api/v1/public/open-data/directory/changes?limit=10&cursor=${second.nextCursor}`)
    ).json();
    // A withdrawal says how the entry left; one without an exit row (issue 15's routes) reads 'withdrawn'.
    expect(later.changes).toEqual([
      expect.objectContaining({
        change: 'withdrawn',
        entryId: entries.old,
        entry: null,
        ending: { kind: 'withdrawn', on: chinaDate(new Date()), exitId: null },
      }),
    ]);
    expect(second.changes[0].ending).toBeNull();
    expect(later.nextCursor).toBeNull();
    // The day's snapshot is unchanged by the withdrawal (it stands at 00:00).
    const csv = await get('/api/v1/public/open-data/directory.csv');
    expect(csv.body).toContain(entries.old);
  });

  it('the directory finds an institution by its unified social credit code and an occupation by name', async () => {
    const x = await t.handle.db
      .selectFrom('institutions')
      .select('uscc')
      .where('id', '=', f.institutions.y)
      .executeTakeFirstOrThrow();
    const byUscc = (await get(`/api/v1/directory?q=${x.uscc}`)).json();
    expect(byUscc.items.map((e: { id: string }) => e.id)).toEqual([entries.today]);
    const occupation = await t.handle.db
      .selectFrom('occupations')
      .select('name')
      .where('code', '=', '4-04-05-01')
      .executeTakeFirstOrThrow();
    const byOccupation = (await get(`/api/v1/directory?q=${encodeURIComponent(occupation.name)}`)).json();
    expect(byOccupation.items.map((e: { id: string }) => e.id)).toContain(entries.today);
    // By validity: both are in force until 2030, none has lapsed.
    const ids = async (status: string) =>
      (await get(`/api/v1/directory?status=${status}&pageSize=100`))
        .json()
        .items.map((e: { id: string }) => e.id);
    expect(await ids('in_force')).toContain(entries.today);
    expect(await ids('lapsed')).not.toContain(entries.today);
    expect(await ids('all')).toContain(entries.today);
    expect((await get('/api/v1/directory?status=expired')).statusCode).toBe(400);
  });

  it('a bad cursor or moment is a 400 problem', async () => {
    expect((await get('/api/v1/public/open-data/directory/changes?cursor=xyz')).statusCode).toBe(400);
    expect((await get('/api/v1/public/open-data/directory/changes?since=yesterday')).statusCode).toBe(400);
  });
});
