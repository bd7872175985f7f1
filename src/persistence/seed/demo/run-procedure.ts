// The shared driver of the demo steps that run procedures (issue 10 point 1): a procedure is opened by
// its applicant's account, every material of its checklist that applies to the institution is
// uploaded, and the events follow one by one, each as the account that would click it and on the day
// the story dates it — through the same use cases the HTTP routes call (openProcedureCase,
// uploadCaseMaterial, sendCaseEvent), so that the history, the documents and the audit chain are
// genuine. Steps that are not case events (an expert's opinion, a citizen's objection) run as
// callbacks between them. Used by demo/open-cases.ts and demo/filed-institutions.ts.
import type { Database } from '../../database.js';
import type { FileStore } from '../../file-store.js';
import type { Actor } from '../../../policies/actor.js';
import type { WorkingDayCalendar } from '../../../calendar/calendar-data.js';
import { loadCalendar } from '../../calendar.repository.js';
import { findCase } from '../../cases.repository.js';
import { checklistFor } from '../../../materials/checklist.js';
import { procedures } from '../../../use-cases/workflow/procedure-registry.js';
import type { CaseContext } from '../../../use-cases/cases/case-context.js';
import { openProcedureCase } from '../../../use-cases/cases/open-procedure-case.js';
import { uploadCaseMaterial } from '../../../use-cases/cases/upload-case-material.js';
import { sendCaseEvent } from '../../../use-cases/cases/send-case-event.js';
import { commitPanelDraw } from '../../../use-cases/draw/commit-panel-draw.js';
import { demoActor } from './demo-actor.js';

export interface DemoRunEnv {
  db: Database;
  store: FileStore;
  calendar: WorkingDayCalendar;
  /** The Actor of a demo account (cached). */
  actor(username: string): Promise<Actor>;
  /** The case use cases' context for `caller` at `at`. */
  ctx(caller: Actor | null, at: Date): CaseContext;
}

export async function demoRunEnv(db: Database, store: FileStore): Promise<DemoRunEnv> {
  const calendar = await loadCalendar(db);
  const actors = new Map<string, Promise<Actor>>();
  return {
    db,
    store,
    calendar,
    actor: (username) => {
      if (!actors.has(username)) actors.set(username, demoActor(db, username));
      return actors.get(username)!;
    },
    ctx: (caller, at) => ({ db, store, caller, procedures, calendar, now: at }),
  };
}

/** Beijing 10:00 on a day (YYYY-MM-DD). */
export const beijing = (day: string): Date => new Date(`${day}T02:00:00Z`);

const DAY = 86_400_000;
/** The China day (YYYY-MM-DD) of an instant. */
export const isoDay = (d: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);
/** Beijing 10:00, `days` calendar days before `now` (negative: after). */
export const daysAgo = (now: Date, days: number): Date =>
  beijing(isoDay(new Date(now.getTime() - days * DAY)));

/** A small valid PDF standing for a material (the demo has no real scans). */
export const demoPdf = (item: string): Uint8Array =>
  new Uint8Array(
    Buffer.from(
      `%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Title (SkillReg demo material ${item}) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
    ),
  );

export type DemoStep =
  /** A case event sent by the account `as` on `on`. */
  | { as: string; on: Date; event: string; payload?: unknown }
  /** Anything else the story needs between two events (an opinion, an objection). */
  | { on: Date; run: (env: DemoRunEnv, caseId: string, on: Date) => Promise<unknown> };

export interface DemoProcedureRun {
  procedure: string;
  /** Username of the applicant's account. */
  applicant: string;
  openedOn: Date;
  input: Record<string, unknown>;
  /** When the applicant uploads the checklist's materials (default: the day it opens the case). */
  materialsOn?: Date;
  steps: readonly DemoStep[];
}

export interface DemoRunResult {
  caseId: string;
  state: string;
}

/** Sends one event as `username`, at the case's current version. */
export async function sendDemoEvent(
  env: DemoRunEnv,
  caseId: string,
  step: { as: string; on: Date; event: string; payload?: unknown },
): Promise<string> {
  const c = await findCase(env.db, caseId);
  if (!c) throw new Error(`demo case ${caseId} not found`);
  const actor = await env.actor(step.as);
  // 公布抽取承诺 first, as the web's draw screen makes the authority do (decision 0038): the demo's public
  // draw pages then show a commitment published before the draw.
  if (step.event === 'draw_panel') await commitPanelDraw(env.db, actor, caseId);
  const sent = await sendCaseEvent(env.ctx(actor, step.on), {
    caseId,
    event: step.event,
    version: c.version,
    ...(step.payload === undefined ? {} : { payload: step.payload }),
  });
  return sent.case.state;
}

/** Runs a procedure from its opening through every step; fails loudly on the first refusal. */
export async function runDemoProcedure(env: DemoRunEnv, run: DemoProcedureRun): Promise<DemoRunResult> {
  const applicant = await env.actor(run.applicant);
  const opened = await openProcedureCase(env.ctx(applicant, run.openedOn), {
    procedure: run.procedure,
    input: run.input,
  });
  const c = (await findCase(env.db, opened.id))!;
  const module = procedures.find((p) => p.id === run.procedure)!;
  const inst = await env.db
    .selectFrom('institutions')
    .select('kind')
    .where('id', '=', c.institutionId)
    .executeTakeFirstOrThrow();
  const materialsOn = run.materialsOn ?? run.openedOn;
  for (const item of checklistFor(module.checklist(c), inst.kind).items)
    await uploadCaseMaterial(env.ctx(applicant, materialsOn), {
      caseId: opened.id,
      checklistItem: item.id,
      bytes: demoPdf(item.id),
      fileName: `${item.id}.pdf`,
      declaredType: 'application/pdf',
    });
  let state = c.state;
  for (const step of run.steps) {
    try {
      if ('run' in step) await step.run(env, opened.id, step.on);
      else state = await sendDemoEvent(env, opened.id, step);
    } catch (err) {
      const e = err as Error & { extra?: { findings?: { passed: unknown; message_zh: string }[] } };
      const failed = (e.extra?.findings ?? []).filter((f) => f.passed === false).map((f) => f.message_zh);
      const what = 'run' in step ? 'step' : step.event;
      throw new Error(
        `${run.procedure} (${run.applicant}) ${what}: ${e.message}${failed.length ? ` — ${failed.join('；')}` : ''}`,
        { cause: err },
      );
    }
  }
  return { caseId: opened.id, state: (await findCase(env.db, opened.id))!.state ?? state };
}
