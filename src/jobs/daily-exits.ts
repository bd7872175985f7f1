// The daily job of the end of a validity (issue 15 points 1 and 2; docs/decisions/0042-lapse-and-wrap-up.md):
//   - gz-rules §14 lapse: a Guizhou filing whose validity ended with no renewal filed in time, or whose
//     renewal was refused, terminates by itself at the start of the first day after — no one decides it, the
//     job records it through applyExit (the same effect as every other exit route); a renewal approved with a
//     successor entry only supersedes the old entry (the occupations the successor does not carry exit);
//   - the renewal reminders at 90, 60 and 30 days before the validity ends (issue 15 point 1; a milestone
//     passed while the server was down is sent late, once — only the nearest one, not a burst).
// Exactly once per China day whatever the number of server processes on one database: the first process to
// insert the day into scheduled_runs does the work in the same transaction; another waits on that row's
// lock and finds it taken (INSERT … ON CONFLICT DO NOTHING). Also run at start (catch-up: a lapse is dated by
// the validity, not by the run, so running today covers days the server missed) and whenever the demo clock
// moves (kickDailyExits).
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../persistence/database.js';
import type { DB } from '../persistence/schema.js';
import type { AuditContext } from '../audit/write-audit.js';
import type { Citation } from '../domain/citation.js';
import { loadCalendar } from '../persistence/calendar.repository.js';
import { lapseFindings } from '../rules/gz-rules/exit.js';
import { todayInChina } from '../use-cases/registry/registry-context.js';
import { applyExit } from '../use-cases/exits/apply-exit.js';
import { withdrawDirectoryEntry } from '../use-cases/directory/withdraw-directory-entry.js';
import { renewalStatusOf } from '../use-cases/gz-renewal/renewal-status.js';
import { addCalendarDays, daysBetween } from '../calendar/calendar-days.js';

export const DAILY_EXITS_JOB = 'gz-rules-lapse-and-reminders';

/**
 * Issue 15 point 1: reminders at 90, 60 and 30 days before the validity ends. Not a period of the text
 * (gz-rules §8 says only "有效期满前"): a service of the system, so not a cited parameter.
 */
export const RENEWAL_REMINDER_DAYS = [90, 60, 30] as const;

const LAPSE: Citation[] = [{ source: 'gz-rules', article: 14 }];
const SYSTEM: AuditContext = { caller: null, system: true };

export interface DayOutcome {
  day: string;
  lapsed: { entryId: string; exitId: string; terminatedOn: string; wrapUpDue: string | null }[];
  superseded: { entryId: string; successorEntryId: string; exitId: string | null }[];
  waitingForRenewal: string[];
  reminders: number;
  failures: { entryId: string; error: string }[];
}

type LiveEntry = {
  id: string;
  institution_id: string;
  authority_id: string;
  valid_to: string;
  filing_code: string;
};

async function lapseOne(
  trx: Transaction<DB>,
  e: LiveEntry,
  day: string,
  out: DayOutcome,
  calendar: Awaited<ReturnType<typeof loadCalendar>>,
) {
  const status = await renewalStatusOf(trx, e.id);
  if (status.state === 'approved' && status.successorEntryId) {
    const successor = status.successorEntryId;
    const key = (s: { occupation_code: string; level: number }) => `${s.occupation_code}/${s.level}`;
    const [mine, carried] = await Promise.all(
      [e.id, successor].map((id) =>
        trx
          .selectFrom('directory_entry_scopes')
          .select(['occupation_code', 'level'])
          .where('entry_id', '=', id)
          .execute(),
      ),
    );
    const carriedKeys = new Set(carried!.map(key));
    const dropped = mine!.filter((s) => !carriedKeys.has(key(s)));
    const terminatedOn = addCalendarDays(e.valid_to, 1);
    let exitId: string | null = null;
    // gz-rules §8–10 decide per occupation: what the renewal did not carry lapses (§14), the rest continues.
    if (dropped.length > 0 && dropped.length < mine!.length) {
      const r = await applyExit(trx, SYSTEM, {
        institutionId: e.institution_id,
        entryId: e.id,
        regime: 'gz-rules',
        route: 'lapse',
        scope: {
          kind: 'occupations',
          occupations: dropped.map((s) => ({ occupationCode: s.occupation_code, level: s.level })),
        },
        terminatedOn,
        wrapUpDue: wrapUpDue(e.valid_to, day, calendar),
        caseId: null,
        authorityId: e.authority_id,
        reason_zh: `备案 ${e.filing_code} 有效期于 ${e.valid_to} 届满，续期未涵盖的职业（工种）自动终止评价资格`,
        citations: LAPSE,
      });
      exitId = r.exitId;
    }
    const still = await trx
      .selectFrom('directory_entries')
      .select('withdrawn_at')
      .where('id', '=', e.id)
      .executeTakeFirstOrThrow();
    if (still.withdrawn_at === null)
      await withdrawDirectoryEntry(trx, SYSTEM, {
        entry: { id: e.id },
        reason_zh: `有效期届满，已由续期后的新备案接续（续期决定 ${status.decidedOn ?? ''}）`,
        citations: [{ source: 'gz-rules', article: 12 }],
        withdrawalCaseId: status.caseId,
        withdrawnOn: terminatedOn,
      });
    out.superseded.push({ entryId: e.id, successorEntryId: successor, exitId });
    return;
  }
  const findings = lapseFindings(
    {
      validTo: e.valid_to,
      renewalSubmittedOn: status.submittedOn,
      ...(status.state === 'none' ? {} : { renewalOutcome: status.state }),
      ...(status.decidedOn ? { renewalDecidedOn: status.decidedOn } : {}),
      certificateDataReportedOn: null,
      recordsArchivedOn: null,
    },
    { asOf: day, calendar },
  );
  const lapse = findings[0]!;
  if (lapse.passed !== false) {
    // A renewal filed in time and not decided yet: the qualification continues (lapseDate).
    out.waitingForRenewal.push(e.id);
    return;
  }
  const lastDay = String(lapse.values['terminatedOn']);
  const terminatedOn = addCalendarDays(lastDay, 1);
  const due = String(lapse.values['wrapUpDue']);
  const refused = status.state === 'refused';
  const r = await applyExit(trx, SYSTEM, {
    institutionId: e.institution_id,
    entryId: e.id,
    regime: 'gz-rules',
    route: 'lapse',
    scope: { kind: 'institution' },
    terminatedOn,
    wrapUpDue: due,
    caseId: null,
    authorityId: e.authority_id,
    reason_zh: refused
      ? `备案 ${e.filing_code} 的续期申请经评估不通过（${status.decidedOn ?? ''}），评价资格自 ${terminatedOn} 起自动终止，应于 ${due} 前完成收尾工作`
      : `备案 ${e.filing_code} 有效期于 ${e.valid_to} 届满${status.submittedOn ? `，续期申请迟至 ${status.submittedOn} 提交` : '，未提交续期申请'}，评价资格自 ${terminatedOn} 起自动终止，应于 ${due} 前完成收尾工作`,
    citations: LAPSE,
  });
  out.lapsed.push({ entryId: e.id, exitId: r.exitId, terminatedOn, wrapUpDue: due });
}

/** gz-rules §14: the 15 days counted as the rule counts them (lapseFindings), from the last valid day. */
function wrapUpDue(validTo: string, day: string, calendar: Awaited<ReturnType<typeof loadCalendar>>): string {
  const f = lapseFindings(
    { validTo, renewalSubmittedOn: null, certificateDataReportedOn: null, recordsArchivedOn: null },
    { asOf: day > validTo ? day : addCalendarDays(validTo, 1), calendar },
  );
  return String(f[0]!.values['wrapUpDue']);
}

async function sendReminders(trx: Transaction<DB>, day: string): Promise<number> {
  const longest = Math.max(...RENEWAL_REMINDER_DAYS);
  const entries = await trx
    .selectFrom('directory_entries')
    .select(['id', 'valid_to'])
    .where('regime', '=', 'gz-rules')
    .where('withdrawn_at', 'is', null)
    .where('valid_to', '>=', day)
    .where('valid_to', '<=', addCalendarDays(day, longest))
    .execute();
  let sent = 0;
  for (const e of entries) {
    const left = daysBetween(day, e.valid_to!);
    // The nearest milestone reached: 45 days left → the 60-day reminder (the 90-day one, missed, is not sent late).
    const milestone = Math.min(...RENEWAL_REMINDER_DAYS.filter((m) => left <= m));
    const r = await trx
      .insertInto('renewal_reminders')
      .values({ entry_id: e.id, valid_to: e.valid_to!, days_before: milestone, sent_on: day })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    sent += Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  return sent;
}

/**
 * Runs the job for one China day, if no process ran it yet: returns what it did, or null when the day was
 * already claimed. One transaction: the claim, every lapse and every reminder commit together.
 */
export async function runExitsDay(
  db: Database,
  day: string,
  ranBy = runnerName(),
): Promise<DayOutcome | null> {
  const calendar = await loadCalendar(db);
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .insertInto('scheduled_runs')
      .values({ job: DAILY_EXITS_JOB, run_on: day, ran_by: ranBy })
      .onConflict((oc) => oc.columns(['job', 'run_on']).doNothing())
      .returning('job')
      .executeTakeFirst();
    if (!claimed) return null;
    const out: DayOutcome = {
      day,
      lapsed: [],
      superseded: [],
      waitingForRenewal: [],
      reminders: 0,
      failures: [],
    };
    const ended = await trx
      .selectFrom('directory_entries')
      .select(['id', 'institution_id', 'authority_id', 'valid_to', 'filing_code'])
      .where('regime', '=', 'gz-rules')
      .where('withdrawn_at', 'is', null)
      .where('valid_to', '<', day)
      .orderBy('valid_to')
      .execute();
    for (const e of ended) {
      // One entry's failure (a data problem) must not stop the others nor the claim: a savepoint each.
      await sql`savepoint lapse_entry`.execute(trx);
      try {
        await lapseOne(trx, { ...e, valid_to: e.valid_to! }, day, out, calendar);
        await sql`release savepoint lapse_entry`.execute(trx);
      } catch (err) {
        await sql`rollback to savepoint lapse_entry`.execute(trx);
        out.failures.push({ entryId: e.id, error: err instanceof Error ? err.message : String(err) });
      }
    }
    out.reminders = await sendReminders(trx, day);
    await trx
      .updateTable('scheduled_runs')
      .set({ finished_at: new Date(), outcome: JSON.stringify(out) })
      .where('job', '=', DAILY_EXITS_JOB)
      .where('run_on', '=', day)
      .execute();
    return out;
  });
}

const runnerName = () => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

type Log = { info(obj: object, msg?: string): void; error(obj: object, msg?: string): void };

let kicker: (() => void) | null = null;
/** Runs the day now (the demo clock moved): a no-op when no job is started in this process. */
export function kickDailyExits(): void {
  kicker?.();
}

/**
 * Starts the daily job in this process: now (catch-up), then whenever the China day changes (checked every
 * minute — cheap: no query until the day changes), and on kickDailyExits.
 */
export function startDailyExits(db: Database, opts: { log?: Log; intervalMs?: number } = {}) {
  const name = runnerName();
  let lastDay: string | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = (force: boolean) => {
    running = running.then(async () => {
      if (stopped) return;
      const day = todayInChina();
      if (!force && day === lastDay) return;
      try {
        const out = await runExitsDay(db, day, name);
        lastDay = day;
        if (out)
          opts.log?.info(
            {
              day,
              lapsed: out.lapsed.length,
              superseded: out.superseded.length,
              reminders: out.reminders,
              failures: out.failures,
            },
            'gz-rules §14 daily lapse and renewal reminders',
          );
      } catch (err) {
        opts.log?.error({ err, day }, 'daily lapse job failed; retried at the next check');
      }
    });
    return running;
  };
  const timer = setInterval(() => void tick(false), opts.intervalMs ?? 60_000);
  timer.unref();
  kicker = () => void tick(true);
  void tick(true);
  return {
    kick: () => tick(true),
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (kicker) kicker = null;
      await running;
    },
  };
}
