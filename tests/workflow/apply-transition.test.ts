import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { AppError } from '../../src/domain/errors.js';
import type { Actor } from '../../src/policies/actor.js';
import { fileStoreFor, type FileStore } from '../../src/persistence/file-store.js';
import { listAuthorityQueue, listCaseEvents, listDeadlines } from '../../src/persistence/cases.repository.js';
import { listDocuments } from '../../src/persistence/documents.repository.js';
import { openCase } from '../../src/use-cases/workflow/open-case.js';
import { applyTransition, type ApplyTransitionInput } from '../../src/use-cases/workflow/apply-transition.js';
import { getCaseProgress } from '../../src/use-cases/workflow/get-case-progress.js';
import type { DocumentDraft } from '../../src/use-cases/workflow/issue-document.js';
import { paths } from '../../src/workflows/machine.js';
import {
  exampleMachine as machine,
  type ExampleCtx,
  type ExampleData,
} from '../../src/workflows/example-machine.test-support.js';
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
    dataDir: await mkdtemp(join(tmpdir(), 'skillreg-wf-')),
  });
});
afterAll(async () => h?.close());

// Monday 2026-03-02, 10:00 in Beijing.
const MONDAY = new Date('2026-03-02T02:00:00Z');
const day = (iso: string) => new Date(`${iso}T02:00:00Z`);
const ctx: ExampleCtx = { panelSize: 1 };

const draft =
  (prefix: string, title: string) =>
  ({ institutionName, today }: { institutionName: string; today: string }): DocumentDraft => ({
    numberPrefix: prefix,
    title,
    paragraphs: [`${institutionName}于${today}提交的申请材料已收到。`],
  });
const documents = {
  acceptance_notice: draft('测人社受', '受理通知书'),
  correction_request: draft('测人社补', '补正材料通知书'),
  filing_receipt: draft('测人社备', '备案回执'),
};

async function open(data: Partial<ExampleData> = {}) {
  return openCase(h.db, {
    machine,
    caller: p.applicant,
    institutionId: p.institution,
    authorityId: p.gzAuthority,
    jurisdictionCode: '520000',
    referencePrefix: '测人社评备申',
    data: { materialsMissing: 0, opinions: 0, ...data },
    parameters,
    now: MONDAY,
  });
}

type Input = ApplyTransitionInput<
  keyof typeof machine.states,
  (typeof machine.transitions)[number]['event'],
  ExampleData,
  ExampleCtx
>;
const act = (
  caseId: string,
  expectedVersion: number,
  event: string,
  actor: Actor | 'system',
  extra: Partial<Input> = {},
) =>
  applyTransition(h.db, {
    caseId,
    expectedVersion,
    event,
    actor,
    machine,
    guardsCtx: ctx,
    parameters,
    store,
    documents,
    now: MONDAY,
    ...extra,
  });

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'ok';
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
};

const auditRows = (caseId: string) =>
  h.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', 'case')
    .where('entity_id', '=', caseId)
    .orderBy('id')
    .execute();

describe('opening a case', () => {
  it('numbers cases per prefix and year without gaps and records the first event and its audit row', async () => {
    const a = await open();
    const b = await open();
    expect(a.referenceNo).toBe('测人社评备申〔2026〕0001号');
    expect(b.referenceNo).toBe('测人社评备申〔2026〕0002号');
    expect(a).toMatchObject({ state: 'draft', version: 1, awaiting: 'applicant' });
    expect(await listCaseEvents(h.db, a.id)).toMatchObject([
      { seq: 1, event: 'open', toState: 'draft', actorRole: 'applicant' },
    ]);
    expect((await auditRows(a.id)).map((r) => r.action)).toEqual(['open']);
  });

  it('refuses an applicant opening a case for another institution', async () => {
    const promise = openCase(h.db, {
      machine,
      caller: p.otherApplicant,
      institutionId: p.institution,
      authorityId: p.gzAuthority,
      jurisdictionCode: '520000',
      referencePrefix: '测人社评备申',
      data: { materialsMissing: 0, opinions: 0 },
      parameters,
    });
    expect(await codeOf(promise)).toBe('FORBIDDEN');
  });
});

describe('a transition', () => {
  it('writes state, data, version + 1, the event with citations and findings, the clock and the audit row', async () => {
    const c = await open();
    const r = await act(c.id, 1, 'submit', p.applicant);
    expect(r.case).toMatchObject({ state: 'submitted', version: 2, awaiting: 'authority' });
    expect(r.case.submittedAt).toEqual(MONDAY);
    const events = await listCaseEvents(h.db, c.id);
    expect(events[1]).toMatchObject({
      seq: 2,
      event: 'submit',
      fromState: 'draft',
      toState: 'submitted',
      actorRole: 'applicant',
    });
    expect(events[1]?.citations).toEqual([{ source: 'mohrss-filing', article: '一', item: '八' }]);
    expect(events[1]?.findings[0]).toMatchObject({ ruleId: 'example/materials-complete', passed: true });
    const [deadline] = await listDeadlines(h.db, c.id);
    expect(deadline).toMatchObject({
      name: 'acceptance_answer',
      status: 'running',
      startDate: '2026-03-02',
      dueDate: '2026-03-16',
      n: 10,
    });
    const audit = await auditRows(c.id);
    expect(audit.map((a) => a.action)).toEqual(['open', 'transition:submit']);
    expect(audit[1]?.citations).toEqual([{ source: 'mohrss-filing', article: '一', item: '八' }]);
    expect(audit[1]?.actor_user_id).toBe(p.applicant.userId);
  });

  it('answers 422 GUARD_FAILED with the findings, and changes nothing', async () => {
    const c = await open({ materialsMissing: 2 });
    const err = await act(c.id, 1, 'submit', p.applicant).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ status: 422, code: 'GUARD_FAILED' });
    expect((err as AppError).extra?.findings).toMatchObject([
      { passed: false, message_zh: '尚缺2项申报材料' },
    ]);
    expect((await listCaseEvents(h.db, c.id)).length).toBe(1);
  });

  it('answers 409 VERSION_CONFLICT to a stale version', async () => {
    const c = await open();
    await act(c.id, 1, 'submit', p.applicant);
    expect(await codeOf(act(c.id, 1, 'withdraw', p.applicant))).toBe('VERSION_CONFLICT');
  });

  it('lets exactly one of two staff accepting at once succeed; the other gets 409 and no second document', async () => {
    const c = await open();
    await act(c.id, 1, 'submit', p.applicant);
    const results = await Promise.allSettled([
      act(c.id, 2, 'accept', p.officer),
      act(c.id, 2, 'accept', p.colleague),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ status: 409, code: 'VERSION_CONFLICT' });
    expect((await listCaseEvents(h.db, c.id)).map((e) => e.event)).toEqual(['open', 'submit', 'accept']);
    const docs = await listDocuments(h.db, c.id);
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ kind: 'acceptance_notice', caseEventSeq: 3 });
    expect((await auditRows(c.id)).filter((a) => a.action === 'transition:accept')).toHaveLength(1);
  });

  it('tells who may not act: wrong role 403, wrong state 409, outside scope 404', async () => {
    const c = await open();
    await act(c.id, 1, 'submit', p.applicant);
    expect(await codeOf(act(c.id, 2, 'accept', p.applicant))).toBe('FORBIDDEN');
    expect(await codeOf(act(c.id, 2, 'file', p.officer))).toBe('TRANSITION_NOT_ALLOWED');
    expect(await codeOf(act(c.id, 2, 'accept', p.foreignOfficer))).toBe('NOT_FOUND');
    expect(await codeOf(act(c.id, 2, 'accept', p.otherApplicant))).toBe('NOT_FOUND');
    expect(await codeOf(act(c.id, 2, 'accept', p.sysadmin))).toBe('NOT_FOUND');
    // The national centre supervises the case but is not the deciding authority.
    expect(await codeOf(act(c.id, 2, 'accept', p.nationalOfficer))).toBe('FORBIDDEN');
    expect(await codeOf(act('00000000-0000-4000-8000-000000000000', 1, 'accept', p.officer))).toBe(
      'NOT_FOUND',
    );
  });

  it('lets only an expert on the panel give an opinion', async () => {
    const c = await open({ expertIds: [p.expert.expertId!] } as Partial<ExampleData>);
    await act(c.id, 1, 'submit', p.applicant);
    await act(c.id, 2, 'accept', p.officer);
    expect(await codeOf(act(c.id, 3, 'give_opinion', p.strayExpert))).toBe('NOT_FOUND');
    const r = await act(c.id, 3, 'give_opinion', p.expert);
    expect(r.role).toBe('expert');
    expect(r.case.data).toMatchObject({ opinions: 1 });
  });
});

describe('the acceptance clock (mohrss-filing 一(十)2)', () => {
  it('pauses while the applicant corrects and runs on with the days left when materials come back', async () => {
    const c = await open();
    await act(c.id, 1, 'submit', p.applicant);
    // Thursday 03-05: correction requested; Tuesday 03-10: corrected materials submitted.
    const asked = await act(c.id, 2, 'request_correction', p.officer, { now: day('2026-03-05') });
    expect(asked.documents.map((d) => d.kind)).toEqual(['correction_request']);
    expect((await listDeadlines(h.db, c.id))[0]).toMatchObject({
      status: 'paused',
      pauses: [{ from: '2026-03-05' }],
    });
    await act(c.id, 3, 'resubmit', p.applicant, { now: day('2026-03-10') });
    const [d] = await listDeadlines(h.db, c.id);
    expect(d).toMatchObject({
      status: 'running',
      dueDate: '2026-03-19',
      pauses: [{ from: '2026-03-05', to: '2026-03-10', days: 3 }],
    });
    expect(d?.explanation_zh).toContain('不计 3 个工作日');

    const progress = await getCaseProgress(h.db, {
      caller: p.applicant,
      caseId: c.id,
      machine,
      now: day('2026-03-20'),
    });
    expect(progress.awaiting).toMatchObject({
      party: 'authority',
      party_zh: '受理部门',
      dueDate: '2026-03-19',
    });
    expect(progress.deadlines[0]).toMatchObject({ standing: 'overdue', remaining: -1 });
    expect(progress.events.map((e) => e.description_zh)).toEqual([
      '创建申请',
      '提交申报材料',
      '告知补正相关材料',
      '提交补正材料',
    ]);
    expect(progress.documents[0]).toMatchObject({ kind_zh: '补正材料通知书', number: '测人社补〔2026〕1号' });
    expect(progress.available).toEqual([]);
    const officerView = await getCaseProgress(h.db, {
      caller: p.officer,
      caseId: c.id,
      machine,
      now: day('2026-03-20'),
    });
    expect(officerView.available.map((e) => e.event)).toEqual(['request_correction', 'accept']);

    await act(c.id, 4, 'accept', p.officer, { now: day('2026-03-19') });
    const met = (await listDeadlines(h.db, c.id))[0];
    expect(met).toMatchObject({ status: 'met', metOn: '2026-03-19' });
  });

  it('shows an overdue case first in the authority’s 待办, and moves it to 已办 once answered', async () => {
    const c = await open();
    await act(c.id, 1, 'submit', p.applicant);
    const todo = await listAuthorityQueue(h.db, {
      authorityId: p.gzAuthority,
      tab: 'todo',
      today: '2026-03-17',
    });
    const item = todo.items.find((i) => i.id === c.id);
    expect(item).toMatchObject({
      dueDate: '2026-03-16',
      overdue: true,
      deadlineLabel: '受理答复期限',
      institutionName: '贵州黔匠职业技能评价有限公司',
    });
    await act(c.id, 2, 'accept', p.officer);
    const after = await listAuthorityQueue(h.db, {
      authorityId: p.gzAuthority,
      tab: 'todo',
      today: '2026-03-17',
    });
    expect(after.items.some((i) => i.id === c.id)).toBe(false);
    const done = await listAuthorityQueue(h.db, {
      authorityId: p.gzAuthority,
      tab: 'done',
      today: '2026-03-17',
      limit: 500,
    });
    expect(done.items.some((i) => i.id === c.id)).toBe(true);
  });

  it('cancels the open clock when the case ends and records when it closed', async () => {
    const c = await open();
    await act(c.id, 1, 'submit', p.applicant);
    await act(c.id, 2, 'request_correction', p.officer);
    // The correction state has no withdraw in the example; refuse through review instead.
    await act(c.id, 3, 'resubmit', p.applicant);
    await act(c.id, 4, 'accept', p.officer);
    const r = await act(c.id, 5, 'refuse', p.officer);
    expect(r.case.closedAt).toEqual(MONDAY);
    expect(r.findings.map((f) => f.passed)).toEqual(['needs_judgement']);
    expect((await listDeadlines(h.db, c.id)).map((d) => d.status)).toEqual(['met']);
  });
});

describe('a failure mid-way', () => {
  it('leaves nothing half-done: no state, event, deadline, document, number or audit row', async () => {
    const c = await open();
    await act(c.id, 1, 'submit', p.applicant);
    const boom = act(c.id, 2, 'accept', p.officer, {
      effects: async () => {
        throw new Error('disk full');
      },
    });
    await expect(boom).rejects.toThrow('disk full');
    const events = await listCaseEvents(h.db, c.id);
    expect(events.map((e) => e.event)).toEqual(['open', 'submit']);
    expect((await listDeadlines(h.db, c.id))[0]?.status).toBe('running');
    expect(await listDocuments(h.db, c.id)).toEqual([]);
    expect((await auditRows(c.id)).map((a) => a.action)).toEqual(['open', 'transition:submit']);
    const before = await h.db
      .selectFrom('document_counters')
      .selectAll()
      .where('scope', '=', '测人社受')
      .executeTakeFirst();
    // Retried, it succeeds with the number the failed attempt did not keep.
    const ok = await act(c.id, 2, 'accept', p.officer);
    expect(ok.case.version).toBe(3);
    const after = await h.db
      .selectFrom('document_counters')
      .selectAll()
      .where('scope', '=', '测人社受')
      .executeTakeFirstOrThrow();
    expect(after.next).toBe((before?.next ?? 1) + 1);
    expect(ok.documents[0]?.number).toBe(`测人社受〔2026〕${after.next - 1}号`);
  });

  it('refuses a transition that issues a document the procedure wrote no text for, and rolls back', async () => {
    const c = await open();
    await act(c.id, 1, 'submit', p.applicant);
    await expect(act(c.id, 2, 'accept', p.officer, { documents: {} })).rejects.toThrow(
      /no text for document acceptance_notice/,
    );
    expect((await listCaseEvents(h.db, c.id)).length).toBe(2);
  });
});

describe('the case history', () => {
  it('cannot be edited or deleted (case_events is append-only)', async () => {
    const c = await open();
    await expect(
      h.db.updateTable('case_events').set({ event: 'forged' }).where('case_id', '=', c.id).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(h.db.deleteFrom('case_events').where('case_id', '=', c.id).execute()).rejects.toThrow(
      /append-only/,
    );
  });
});

describe('every path of the machine', () => {
  it('runs through applyTransition: each transition taken once at least, each case left consistent', async () => {
    const roleActor = { applicant: p.applicant, authority: p.officer, expert: p.expert } as Record<
      string,
      Actor
    >;
    for (const path of paths(machine)) {
      const c = await open({ expertIds: [p.expert.expertId!], opinions: 1 } as Partial<ExampleData>);
      let version = 1;
      for (const step of path) {
        const t = machine.transitions[step.transition]!;
        const r = await act(c.id, version, step.event, roleActor[t.actor[0]!]!, { payload: { code: 'B-1' } });
        expect(r.case.state, `${step.from} --${step.event}-->`).toBe(step.to);
        version = r.case.version;
      }
      const events = await listCaseEvents(h.db, c.id);
      expect(events.map((e) => e.seq)).toEqual(Array.from({ length: path.length + 1 }, (_, i) => i + 1));
      const open_ = (await listDeadlines(h.db, c.id)).filter(
        (d) => d.status === 'running' || d.status === 'paused',
      );
      expect(open_.length).toBeLessThanOrEqual(1);
      if (machine.states[path.at(-1)!.to as keyof typeof machine.states].final === true)
        expect(open_).toEqual([]);
    }
  });
});
