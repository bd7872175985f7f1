// After an exit (issue 15 point 7; 1x-exit §2, §8, §11; gz-rules §13–16), through the real applyExit and
// the API: institution X lapses (gz-rules §14, wrap-up 15 days). Then it opens no evaluation session and
// registers no candidate on a session planned before; it still reports certificate data while its wrap-up
// runs (§14 应在15日内完成证书数据上报 — the regulation wins over "no uploads after the exit") and not after;
// a certificate it issued before the exit still answers valid to the public lookup (1x-exit §8). The
// directory lists the entry under 已退出 with 自动终止 and the day, its page stays reachable, and the
// public 机构退出公告 shows the exit. A programme-level exit of Y's 1+X entry withdraws that programme only.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../src/calendar/calendar-days.js';
import { applyExit, type ApplyExitInput } from '../../src/use-cases/exits/apply-exit.js';
import { publishDirectoryEntry } from '../../src/use-cases/directory/publish-directory-entry.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { chinaDate } from '../../src/workflows/deadline.js';
import { makeIdNumber } from '../support/personas.js';
import { TEST_DATA_KEY } from '../support/test-app.js';
import { insertBareCase } from '../support/bare-case.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { pdfBytes } from '../../src/materials/sample-files.test-support.js';
import { downloadExitDocument } from '../../src/use-cases/exits/exit-notices.js';
import { csvOf, goodRow, number, OCC, openUploadWorld, type UploadWorld } from './upload-support.js';

let w: UploadWorld;
const TODAY = chinaDate(new Date());
const pd = createPersonalDataProtector(TEST_DATA_KEY);
const CERT = number(2024, 777);
let xEntry: string;
let plannedSession: string;
let yEntry: string;

const exit = (input: Partial<ApplyExitInput> & Pick<ApplyExitInput, 'institutionId' | 'entryId' | 'scope'>) =>
  w.t.handle.db.transaction().execute((trx) =>
    applyExit(
      trx,
      { caller: null, requestId: 'after-exit-test' },
      {
        regime: 'gz-rules',
        route: 'lapse',
        terminatedOn: TODAY,
        wrapUpDue: addCalendarDays(TODAY, 15),
        caseId: null,
        authorityId: w.f.authorities.guizhou,
        reason_zh: '有效期届满未申请续期，自动终止',
        citations: [{ source: 'gz-rules', article: 14 }],
        ...input,
      },
    ),
  );

beforeAll(async () => {
  w = await openUploadWorld();
  const db = w.t.handle.db;
  xEntry = (
    await db
      .selectFrom('directory_entries')
      .select('id')
      .where('institution_id', '=', w.f.institutions.x)
      .executeTakeFirstOrThrow()
  ).id;
  // A certificate X issued before the exit.
  const doc = pd.protect(makeIdNumber(4242));
  await db
    .insertInto('certificates')
    .values({
      id: randomUUID(),
      issue_year: 2024,
      number: CERT,
      issued_on: '2024-06-30',
      institution_id: w.f.institutions.x,
      branch_id: null,
      session_id: null,
      candidate_id: null,
      upload_id: randomUUID(),
      holder_name: '张三',
      holder_doc_type: 'resident_id',
      holder_doc_enc: doc.enc,
      holder_doc_hmac: doc.hmac,
      holder_doc_masked: doc.masked,
      occupation_code: OCC,
      level: 3,
      status: 'valid',
    })
    .execute();
  // A session X planned before the exit.
  plannedSession = randomUUID();
  const standard = await db.selectFrom('occupation_standards').select('id').executeTakeFirstOrThrow();
  await db
    .insertInto('evaluation_sessions')
    .values({
      id: plannedSession,
      institution_id: w.f.institutions.x,
      branch_id: null,
      site_id: w.f.sites.x,
      occupation_code: OCC,
      level: 3,
      starts_on: addCalendarDays(TODAY, 20),
      ends_on: addCalendarDays(TODAY, 21),
      subjects: ['theory'],
      standard_id: standard.id,
      findings: '{}',
      created_by: null,
    })
    .execute();
  // Y, a 1+X organisation with two certificate programmes.
  const yCase = await insertBareCase(db, {
    procedure: '1x-selection',
    referenceNo: '遴选测试〔2025〕1号',
    institutionId: w.f.institutions.y,
    branchId: null,
    authorityId: w.f.authorities.national,
    jurisdictionCode: '000000',
  });
  yEntry = (
    await db.transaction().execute((trx) =>
      publishDirectoryEntry(
        trx,
        { caller: null },
        {
          institutionId: w.f.institutions.y,
          caseId: yCase,
          procedure: '1x-selection',
          regime: '1x-selection',
          filingCode: '1X-TEST-Y',
          validFrom: '2025-01-01',
          validTo: '2029-12-31',
          scopes: [],
          authorityId: w.f.authorities.national,
          citations: [{ source: '1x-selection', article: 16 }],
          certificateProgrammes: [
            { name: '网络安全运维', levels: ['junior'] },
            { name: '工业机器人应用编程', levels: ['intermediate'] },
          ],
        },
      ),
    )
  ).entryId;
});
afterAll(() => w.t.close());

describe('gz-rules §14 lapse through applyExit: what stops and what stays', () => {
  it('the lapse withdraws the entry and X leaves the registry', async () => {
    const applied = await exit({
      institutionId: w.f.institutions.x,
      entryId: xEntry,
      scope: { kind: 'institution' },
    });
    expect(applied).toMatchObject({
      institutionExited: true,
      withdrawnEntryIds: [xEntry],
      barredUntil: null,
    });
  });

  it('1x-exit §11 / mohrss-violations §14: no new evaluation session', async () => {
    const res = await w.as.institutionX.inject('POST', '/api/v1/evaluation-sessions', {
      siteId: w.f.sites.x,
      occupationCode: OCC,
      level: 3,
      startsOn: addCalendarDays(TODAY, 30),
      endsOn: addCalendarDays(TODAY, 31),
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json<{ findings: { ruleId: string }[] }>().findings.map((f) => f.ruleId)).toContain(
      'mohrss-violations/14/session-termination',
    );
  });

  it('1x-exit §11: no candidate on a session planned before the exit', async () => {
    const res = await w.as.institutionX.inject(
      'POST',
      `/api/v1/evaluation-sessions/${plannedSession}/candidates`,
      {
        name: '李四',
        docType: 'resident_id',
        docNumber: makeIdNumber(5151),
      },
    );
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({ code: 'CANDIDATE_REGISTRATION_REFUSED' });
    expect(res.json<{ detail: string }>().detail).toContain('已终止备案或已退出');
  });

  it('gz-rules §14: certificate data is still reported during the 15-day wrap-up, and refused once it is over', async () => {
    const during = await w.upload('institutionX', 'wrap-up.csv', csvOf([goodRow(1)]));
    expect(during.statusCode, during.body).toBe(202);
    await w.t.handle.db
      .updateTable('institution_exits')
      .set({ wrap_up_due: addCalendarDays(TODAY, -1) })
      .where('institution_id', '=', w.f.institutions.x)
      .execute();
    const after = await w.upload('institutionX', 'late.csv', csvOf([goodRow(2)]));
    expect(after.statusCode, after.body).toBe(422);
    expect(after.json()).toMatchObject({ code: 'CERTIFICATE_UPLOAD_REFUSED' });
  });

  it('1x-exit §8: a certificate issued before the exit still answers valid to the public lookup', async () => {
    const res = await w.t.app.inject({
      method: 'POST',
      url: '/api/v1/public/certificates/verify',
      payload: { certificateNumber: CERT },
      remoteAddress: '10.77.0.1',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ certificates: { number: string; status: string }[] }>().certificates).toEqual([
      expect.objectContaining({ number: CERT, status: 'valid' }),
    ]);
  });

  it('the directory: 自动终止 with the day under 已退出, the entry page reachable, not in the default list', async () => {
    const get = (url: string) => w.t.app.inject({ method: 'GET', url });
    const live = (await get('/api/v1/directory?status=all')).json<{ items: { id: string }[] }>();
    expect(live.items.map((e) => e.id)).not.toContain(xEntry);
    const exited = (await get('/api/v1/directory?status=exited')).json<{
      items: { id: string; ending: unknown; current: boolean }[];
    }>();
    expect(exited.items.find((e) => e.id === xEntry)).toMatchObject({
      ending: { kind: 'lapse', on: TODAY },
      current: false,
    });
    const page = await get(`/api/v1/directory/${xEntry}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ ending: { kind: 'lapse', on: TODAY } });
  });
});

describe('1x-exit §2: a programme-level exit stops that programme only', () => {
  it('one of two programmes exits: the entry and the organisation stay, the directory and the notice say which', async () => {
    const seq = (
      await w.t.handle.db
        .selectFrom('directory_entry_programmes')
        .select('seq')
        .where('entry_id', '=', yEntry)
        .where('name', '=', '网络安全运维')
        .executeTakeFirstOrThrow()
    ).seq;
    // The case that decided it, with its written answer (public, 1x-exit §6(5)) and the experts' opinion (not).
    const store = databaseFileStore();
    const exitCase = await insertBareCase(w.t.handle.db, {
      procedure: '1x-voluntary-exit',
      referenceNo: '退出测试〔2026〕1号',
      institutionId: w.f.institutions.y,
      branchId: null,
      authorityId: w.f.authorities.national,
      jurisdictionCode: '000000',
    });
    const docs: Record<string, string> = {};
    for (const kind of ['exit_reply', 'exit_opinion']) {
      const id = randomUUID();
      docs[kind] = id;
      await w.t.handle.db.transaction().execute(async (trx) => {
        const file = await store.put(trx, pdfBytes(kind), 'application/pdf');
        await trx
          .insertInto('documents')
          .values({
            id,
            case_id: exitCase,
            case_event_seq: null,
            kind,
            number: `退出文〔2026〕${kind === 'exit_reply' ? 1 : 2}号`,
            title: kind,
            sha256: file.sha256,
            issued_on: TODAY,
            issued_by: null,
            issuer_authority_id: w.f.authorities.national,
            citations: '[]',
          })
          .execute();
      });
    }
    const applied = await exit({
      institutionId: w.f.institutions.y,
      entryId: yEntry,
      caseId: exitCase,
      scope: { kind: 'programmes', seqs: [seq] },
      regime: '1x-exit',
      route: 'voluntary',
      wrapUpDue: null,
      authorityId: w.f.authorities.national,
      reason_zh: '依申请退出该证书',
      citations: [{ source: '1x-exit', article: 6 }],
      reentryBar: 'voluntary',
    });
    expect(applied).toMatchObject({ institutionExited: false, withdrawnEntryIds: [] });
    const y = await w.t.handle.db
      .selectFrom('institutions')
      .select('status')
      .where('id', '=', w.f.institutions.y)
      .executeTakeFirstOrThrow();
    expect(y.status).not.toBe('exited');
    const entry = await w.t.app.inject({ method: 'GET', url: `/api/v1/directory/${yEntry}` });
    expect(entry.json()).toMatchObject({
      ending: null,
      programmes: [
        { name: '网络安全运维', withdrawnOn: TODAY },
        { name: '工业机器人应用编程', withdrawnOn: null },
      ],
    });
    const notices = await w.t.app.inject({ method: 'GET', url: '/api/v1/exit-notices' });
    expect(notices.statusCode, notices.body).toBe(200);
    const items = notices.json<{
      items: {
        institutionName: string;
        kind: string;
        scope: string;
        programmes: { name: string }[];
        terminatedOn: string;
      }[];
      total: number;
    }>().items;
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'voluntary',
          scope: 'programmes',
          programmes: [expect.objectContaining({ name: '网络安全运维' })],
          terminatedOn: TODAY,
        }),
        expect.objectContaining({ kind: 'lapse', scope: 'institution', terminatedOn: TODAY }),
      ]),
    );
    // Only the written answer is public; the opinion answers like a random id.
    const notice = notices
      .json<{ items: { id: string; documents: { id: string; kind: string }[] }[] }>()
      .items.find((n) => n.documents.length > 0)!;
    expect(notice.documents.map((d) => d.kind)).toEqual(['exit_reply']);
    const file = await downloadExitDocument(w.t.handle.db, store, {
      exitId: notice.id,
      documentId: docs.exit_reply!,
    });
    expect(file.headers['content-type']).toBe('application/pdf');
    await expect(
      downloadExitDocument(w.t.handle.db, store, { exitId: notice.id, documentId: docs.exit_opinion! }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      downloadExitDocument(w.t.handle.db, store, { exitId: randomUUID(), documentId: docs.exit_reply! }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
