// 1x-exit §10 when an entity applies to a recruitment call: 自愿退出的，其主体 3 年内不得参与培训评价组织招募遴选；
// 被取消资格的，其主体 5 年内不得参与. applyExit writes one bar per exit with the entity's USCC and legal
// representative; here an applicant is matched against the bars not yet ended (docs/decisions/0046):
//   - by USCC, exactly: the same entity (it cannot be cleared);
//   - by the legal representative's name, normalised (trimmed, inner spaces dropped, full-width folded to
//     half-width by NFKC, the middle dots of minority names made one): a new company under the same person
//     is the 主体 §10 means too. A name alone may be shared by two people, so such a match refuses as well,
//     with the bar shown, and the issuing office may record that it is a different person (a clearance);
//     the applicant then applies again.
// The arithmetic (length in force on the exit date, the anniversary the last barred day) is the rule's,
// reentryFindings in src/rules/1x-exit/after-exit.ts; this file only finds the bars and words the refusal.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { AppError, english, forbidden, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { Finding } from '../../rules/finding.js';
import { reentryFindings } from '../../rules/1x-exit/after-exit.js';
import { ex } from '../../rules/1x-exit/rule.js';
import {
  barsNotEndedBy,
  findBar,
  insertClearance,
  deleteClearance,
  listBars,
  type ReentryBarRecord,
} from '../../persistence/reentry-bars.repository.js';
import { isIssuer } from '../recruitment-calls/call-context.js';
import {
  auditContext,
  isUniqueViolation,
  requireActor,
  todayInChina,
  type RegistryContext,
} from '../registry/registry-context.js';

/** The same name however typed: NFKC (full-width → half-width), no spaces, one middle dot. */
export function normalisePersonName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[·・•‧∙･]/gu, '·');
}

export type MatchedBy = 'uscc' | 'legal_representative';

export interface BarMatch {
  bar: ReentryBarRecord;
  matchedBy: MatchedBy;
}

interface Applicant {
  id: string;
  name: string;
  uscc: string;
  legalRepresentative: string;
}

async function applicantOf(db: Kysely<DB> | Transaction<DB>, institutionId: string): Promise<Applicant> {
  const r = await db
    .selectFrom('institutions')
    .select(['id', 'name', 'uscc', 'legal_representative'])
    .where('id', '=', institutionId)
    .executeTakeFirst();
  if (!r) throw notFound('机构');
  return { id: r.id, name: r.name, uscc: r.uscc, legalRepresentative: r.legal_representative };
}

const sameUscc = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

/** How `a` matches `bar`, or null; a legal-representative match the office cleared for `a` does not count. */
function matchOf(a: Applicant, bar: ReentryBarRecord): MatchedBy | null {
  if (sameUscc(a.uscc, bar.uscc)) return 'uscc';
  const rep = normalisePersonName(a.legalRepresentative);
  if (rep === '' || rep !== normalisePersonName(bar.legalRepresentative)) return null;
  const cleared = bar.clearances.some(
    (c) => c.institutionId === a.id && normalisePersonName(c.legalRepresentative) === rep,
  );
  return cleared ? null : 'legal_representative';
}

/** The bars not ended on `asOf` that the institution matches (by USCC or by its legal representative). */
export async function barMatchesFor(
  db: Kysely<DB> | Transaction<DB>,
  institutionId: string,
  asOf: string,
): Promise<BarMatch[]> {
  const a = await applicantOf(db, institutionId);
  const out: BarMatch[] = [];
  for (const bar of await barsNotEndedBy(db, asOf)) {
    const m = matchOf(a, bar);
    if (m) out.push({ bar, matchedBy: m });
  }
  return out;
}

const KIND_ZH = { voluntary: '自愿退出', revocation: '取消资格' } as const;
const KIND_EN = { voluntary: 'voluntary exit', revocation: 'revocation' } as const;

/**
 * The §10 findings of an application made on `asOf` (the day of 申报): one per matching bar, as the rule
 * words it, with the bar, the exit and how it matched; one passed finding when nothing matches.
 */
export async function reentryFindingsFor(
  db: Kysely<DB> | Transaction<DB>,
  institutionId: string,
  asOf: string,
): Promise<Finding[]> {
  const matches = await barMatchesFor(db, institutionId, asOf);
  if (matches.length === 0)
    return [
      {
        ruleId: 'entry/1x-exit/10/register',
        citation: ex(10),
        passed: true,
        message_zh: '退出限制登记中没有与本单位统一社会信用代码或法定代表人相符、仍在限制期内的记录',
        message_en: 'No re-entry bar in force matches the applicant’s USCC or legal representative',
        values: { asOf },
      },
    ];
  const findings = reentryFindings(
    {
      priorExits: matches.map((m) => ({ kind: m.bar.kind, level: m.bar.level, decidedOn: m.bar.decidedOn })),
    },
    { asOf },
  );
  return findings.map((f, i) => {
    const { bar, matchedBy } = matches[i]!;
    const byRep = matchedBy === 'legal_representative';
    return {
      ...f,
      message_zh:
        `${bar.institutionName}（统一社会信用代码 ${bar.uscc}）：${f.message_zh}` +
        (byRep && f.passed === false
          ? `。按法定代表人“${bar.legalRepresentative}”匹配；如系同名的不同人员，由部际联席会议办公室核实并记录后可再申报`
          : ''),
      message_en:
        `${bar.institutionName} (USCC ${bar.uscc}): ${f.message_en}` +
        (byRep && f.passed === false
          ? `. Matched by the legal representative’s name; if it is a different person, the joint-conference office records so and the application may be made again`
          : ''),
      values: {
        ...f.values,
        barId: bar.id,
        exitId: bar.exitId,
        barredInstitution: bar.institutionName,
        barredUscc: bar.uscc,
        matchedBy,
      },
    };
  });
}

/**
 * Refuses (422 REENTRY_BARRED) an application made on `asOf` by a barred entity: the article, the kind
 * (自愿退出 3 年 / 取消资格 5 年), the exit date and the last barred day are in the detail and in the findings.
 */
export async function refuseIfBarred(
  db: Kysely<DB> | Transaction<DB>,
  institutionId: string,
  asOf: string,
): Promise<void> {
  const findings = await reentryFindingsFor(db, institutionId, asOf);
  const failed = findings.filter((f) => f.passed === false);
  const first = failed[0];
  if (!first) return;
  const v = first.values as {
    kind: 'voluntary' | 'revocation';
    decidedOn: string;
    banYears: number;
    lastBannedDay: string;
    eligibleFrom: string;
    barredInstitution: string;
    barredUscc: string;
    matchedBy: MatchedBy;
  };
  const who =
    v.matchedBy === 'uscc'
      ? `本单位（统一社会信用代码 ${v.barredUscc}）`
      : `本单位法定代表人与${v.barredInstitution}（统一社会信用代码 ${v.barredUscc}）的法定代表人相同，`;
  throw new AppError(
    422,
    'REENTRY_BARRED',
    '退出限制期内不得参与招募遴选',
    `依据《职业教育培训评价组织及职业技能等级证书退出目录实施细则》第十条：${who}于 ${v.decidedOn} ${KIND_ZH[v.kind]}，` +
      `${v.banYears} 年内不得参与培训评价组织招募遴选；限制期至 ${v.lastBannedDay}（含当日），${v.eligibleFrom} 起方可申报` +
      (v.matchedBy === 'legal_representative'
        ? '。如系同名的不同人员，请联系部际联席会议办公室核实并记录后再申报'
        : ''),
    undefined,
    {
      ...english(
        'Barred from recruitment calls after an exit',
        `1x-exit §10: ${v.matchedBy === 'uscc' ? 'the applicant' : 'the applicant’s legal representative'} matches ${v.barredInstitution}, ` +
          `${KIND_EN[v.kind]} on ${v.decidedOn}: barred for ${v.banYears} years, to ${v.lastBannedDay} inclusive; applications from ${v.eligibleFrom}`,
      ),
      findings: failed,
    },
  );
}

// ---- The register (jco and the other authorities) and the clearance of a name-only match.

export interface ReentryBarView extends ReentryBarRecord {
  /** Whether the bar is in force on `asOf`. */
  inForce: boolean;
}

const viewOf = (b: ReentryBarRecord, today: string): ReentryBarView => ({
  ...b,
  inForce: b.decidedOn <= today && b.lastBarredDay >= today,
});

export async function listReentryBars(
  ctx: RegistryContext,
  q: { status?: 'in_force' | 'all' | undefined; page: number; pageSize: number },
): Promise<{ items: ReentryBarView[]; total: number; page: number; pageSize: number; asOf: string }> {
  const actor = requireActor(ctx);
  // The bars of §10 concern every selection in the country: every authority reads the register.
  if (actor.role !== 'authority_staff') throw forbidden('退出限制登记由主管部门查阅');
  const today = todayInChina(ctx.now);
  const r = await listBars(ctx.db, { today, status: q.status ?? 'in_force' }, q);
  return {
    items: r.items.map((b) => viewOf(b, today)),
    total: r.total,
    page: q.page,
    pageSize: q.pageSize,
    asOf: today,
  };
}

/**
 * The issuing office (部际联席会议办公室 or the unit it entrusts, 1x-selection §14) records that an applicant
 * matched only by its legal representative's name has a different person as legal representative.
 */
export async function recordBarClearance(
  ctx: RegistryContext,
  barId: string,
  input: { institutionId: string; reason: string },
): Promise<ReentryBarView> {
  const actor = requireActor(ctx);
  if (!isIssuer(actor)) throw forbidden('由部际联席会议办公室（或其委托的机构）核实记录');
  const bar = await findBar(ctx.db, barId);
  if (!bar) throw notFound('退出限制');
  const a = await applicantOf(ctx.db, input.institutionId);
  const m = matchOf(a, bar);
  if (m !== 'legal_representative')
    throw new AppError(
      409,
      'CLEARANCE_NOT_APPLICABLE',
      '无需或不能核实',
      m === 'uscc'
        ? '该单位的统一社会信用代码与退出主体相同，属同一主体，不能核实为不同人员'
        : '该单位的法定代表人与退出主体的法定代表人不同名，或已核实记录',
      undefined,
      english(
        'Not applicable',
        m === 'uscc'
          ? 'Same USCC: the same entity, not a different person'
          : 'The names differ, or a clearance is already recorded',
      ),
    );
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertClearance(trx, {
        barId,
        institutionId: a.id,
        legalRepresentative: a.legalRepresentative,
        reason: input.reason.trim(),
        recordedBy: actor.userId,
      });
      await writeAudit(trx, auditContext(ctx), {
        entity: 'reentry_bar',
        entityId: barId,
        action: 'clear_match',
        before: null,
        after: { institutionId: a.id, institutionName: a.name, reason: input.reason.trim() },
        citations: [ex(10)],
      });
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new AppError(
        409,
        'CLEARANCE_NOT_APPLICABLE',
        '无需或不能核实',
        '已核实记录',
        undefined,
        english('Already recorded'),
      );
    throw err;
  }
  return viewOf((await findBar(ctx.db, barId))!, todayInChina(ctx.now));
}

/**
 * The issuing office takes back a clearance recorded in error (a later check finds the same person): the
 * name match counts again from now. The row goes; the audit keeps what it said and why it was withdrawn.
 */
export async function withdrawBarClearance(
  ctx: RegistryContext,
  barId: string,
  institutionId: string,
  input: { reason: string },
): Promise<ReentryBarView> {
  const actor = requireActor(ctx);
  if (!isIssuer(actor)) throw forbidden('由部际联席会议办公室（或其委托的机构）核实记录');
  const bar = await findBar(ctx.db, barId);
  if (!bar || !bar.clearances.some((c) => c.institutionId === institutionId)) throw notFound('核实记录');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await deleteClearance(trx, barId, institutionId);
    if (!before) throw notFound('核实记录');
    await writeAudit(trx, auditContext(ctx), {
      entity: 'reentry_bar',
      entityId: barId,
      action: 'withdraw_clearance',
      before: { institutionId, legalRepresentative: before.legal_representative, reason: before.reason },
      after: { institutionId, withdrawalReason: input.reason.trim() },
      citations: [ex(10)],
    });
  });
  return viewOf((await findBar(ctx.db, barId))!, todayInChina(ctx.now));
}

export interface NameMatch {
  institutionId: string;
  institutionName: string;
  uscc: string;
  legalRepresentative: string;
  /** A clearance is recorded for it: the name no longer bars it. */
  cleared: boolean;
}

/**
 * The institutions a bar reaches by its legal representative's name alone (another USCC): those the issuing
 * office may have to record as a different person. Read by the office only, for its bars — an applicant it
 * refused at the opening of its application has no case, so the office's own list would not find it.
 */
export async function barNameMatches(ctx: RegistryContext, barId: string): Promise<{ items: NameMatch[] }> {
  const actor = requireActor(ctx);
  if (!isIssuer(actor)) throw forbidden('由部际联席会议办公室（或其委托的机构）核实记录');
  const bar = await findBar(ctx.db, barId);
  if (!bar) throw notFound('退出限制');
  const rep = normalisePersonName(bar.legalRepresentative);
  if (rep === '') return { items: [] };
  // Narrowed in SQL by the name's first and last characters, compared after normalising (spaces, dots).
  const rows = await ctx.db
    .selectFrom('institutions')
    .select(['id', 'name', 'uscc', 'legal_representative'])
    .where(
      'legal_representative',
      'like',
      rep.length > 1 ? `%${likeEscape(rep[0]!)}%${likeEscape(rep.at(-1)!)}%` : `%${likeEscape(rep)}%`,
    )
    .orderBy('name')
    .limit(200)
    .execute();
  const items = rows
    .filter((r) => normalisePersonName(r.legal_representative) === rep && !sameUscc(r.uscc, bar.uscc))
    .map((r) => ({
      institutionId: r.id,
      institutionName: r.name,
      uscc: r.uscc,
      legalRepresentative: r.legal_representative,
      cleared: bar.clearances.some((c) => c.institutionId === r.id),
    }));
  return { items };
}

const likeEscape = (c: string) => c.replace(/[\\%_]/g, (m) => `\\${m}`);
