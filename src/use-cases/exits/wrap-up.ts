// The wrap-up checklist of an exit (1x-exit §9; gz-rules §13–15), computed from the institution's own data
// in the system — never typed in. Four items, each with the records behind it (the first 50 and the count),
// its articles and, where the authority waived it, its waiver with the reason (exit_wrap_up_waivers, or
// waivers a procedure still keeps in its case data before the exit row exists: extraWaivers). The checklist
// is clear when every item is empty or waived. The articles an item rests on follow the exit's regime and
// route (src/rules/wrap-up-basis.ts): the matters are named below by the text that names them, but a
// Guizhou lapse cites gz-rules §14 for all four. Readings (docs/decisions/0042-lapse-and-wrap-up.md):
//   - fees_without_exam (1x-exit §9 已收费但未实施考核): a candidate whose collected fees exceed the refunds
//     (as of the day) and who was not examined — withdrawn, or in a session that was cancelled or never closed
//     (a candidate absent from a closed session was examined: the session took place).
//   - exams_without_certificates (1x-exit §9 已考核尚未发证): a candidate who passed in a closed session and
//     has no certificate in the register (a certificate withdrawn later was still issued).
//   - certificate_data_not_uploaded (gz-rules §13–15 证书数据（合规）上报): a certificate upload of the
//     institution that has not finished — queued, running or failed. A cancelled upload was the institution's
//     own choice and a finished one with rejected rows may have been corrected by a later file: neither is
//     counted (the candidates still without a certificate show in the item above). Uploads carry no branch:
//     counted for the institution, not for a branch's checklist.
//   - records_not_archived (gz-rules §13–14 评价资料归档): a closed session without a session_archives row
//     on or before the day.
// A branch's checklist (target.branchId) covers the sessions of that branch; the institution's covers all of
// its sessions, its branches' included (the institution answers for them).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Citation } from '../../domain/citation.js';
import type { DB, WrapUpItem } from '../../persistence/schema.js';
import {
  selfCheckFrame,
  wrapUpBasis,
  type ExitFrame,
  type WrapUpBasisKind,
} from '../../rules/wrap-up-basis.js';

export const WRAP_UP_ITEMS: readonly WrapUpItem[] = [
  'fees_without_exam',
  'exams_without_certificates',
  'certificate_data_not_uploaded',
  'records_not_archived',
];

/** How many records of an item are listed; the count is always the full number. */
export const WRAP_UP_RECORDS_SHOWN = 50;

export interface WrapUpTarget {
  institutionId: string;
  branchId?: string | null;
  /** The exit whose waivers count (exit_wrap_up_waivers). */
  exitId?: string | null;
  /** Waivers a procedure keeps in its case data before its exit row exists (gz-rules §13, 1x-exit §4/§9). */
  extraWaivers?: { item: WrapUpItem; reason: string }[];
  /**
   * The regime and route the items rest on. Unset: the exit's (exitId), or with no exit the voluntary route
   * of each regime the institution is listed under (its self-check).
   */
  frames?: readonly ExitFrame[];
}

export interface WrapUpRecord {
  kind: string;
  id: string;
  label: string;
  /** The same in English: a person's or a file's name stays as written. */
  label_en: string;
  date: string | null;
}

export interface WrapUpChecklistItem {
  item: WrapUpItem;
  title_zh: string;
  title_en: string;
  citations: Citation[];
  /** Whether the articles name the item, hold it under their "等…", or say nothing (wrap-up-basis.ts). */
  basis: WrapUpBasisKind;
  /** For basis catch_all: the article's closing words the item falls under (zh, en). */
  openList: { zh: string; en: string }[];
  count: number;
  records: WrapUpRecord[];
  waiver: { reason: string; waivedBy: string | null; waivedAt: string } | null;
  /** No record left, or waived. */
  cleared: boolean;
}

export interface WrapUpChecklist {
  clear: boolean;
  items: WrapUpChecklistItem[];
}

type Db = Kysely<DB> | Transaction<DB>;

/** The names of the items; what each rests on depends on the exit (src/rules/wrap-up-basis.ts). */
export const WRAP_UP_ITEM_TEXT: Record<WrapUpItem, { title_zh: string; title_en: string }> = {
  fees_without_exam: { title_zh: '已收费但未实施考核', title_en: 'Fees collected without an exam' },
  exams_without_certificates: { title_zh: '已考核尚未发证', title_en: 'Exams held without certificates' },
  certificate_data_not_uploaded: {
    title_zh: '证书数据未完成上报',
    title_en: 'Certificate data not uploaded',
  },
  records_not_archived: { title_zh: '评价资料未归档', title_en: 'Records not archived' },
};

interface Found {
  count: number;
  records: WrapUpRecord[];
}

// Level 1 is 一级（高级技师）, level 5 五级（初级工）: the number is the level's own.
const LEVEL_ZH = ['', '一级', '二级', '三级', '四级', '五级'];
const levelZh = (level: number) => LEVEL_ZH[level] ?? `${level}级`;
type SessionRow = { occupation_code: string; level: number; starts_on: string; ends_on: string };
const sessionLabel = (s: SessionRow) =>
  `${s.occupation_code} ${levelZh(s.level)} ${s.starts_on}${s.ends_on !== s.starts_on ? `至${s.ends_on}` : ''}`;
const sessionLabelEn = (s: SessionRow) =>
  `${s.occupation_code} level ${s.level} ${s.starts_on}${s.ends_on !== s.starts_on ? ` to ${s.ends_on}` : ''}`;
const FEE_STANDING = {
  cancelled: ['场次已取消', 'session cancelled'],
  planned: ['场次未结束', 'session not over'],
  withdrawn: ['已退考', 'withdrew'],
} as const;

function feeLabels(r: SessionRow & { name: string; status: string; net: string }) {
  const standing = FEE_STANDING[r.status === 'cancelled' || r.status === 'planned' ? r.status : 'withdrawn'];
  const yuan = (Number(r.net) / 100).toFixed(2);
  return {
    label: `${r.name}（${sessionLabel(r)}，${standing[0]}，未退费 ${yuan} 元）`,
    label_en: `${r.name} (${sessionLabelEn(r)}, ${standing[1]}, ¥${yuan} not refunded)`,
  };
}

function sessionsOf(db: Db, t: WrapUpTarget) {
  let q = db.selectFrom('evaluation_sessions as s').where('s.institution_id', '=', t.institutionId);
  if (t.branchId) q = q.where('s.branch_id', '=', t.branchId);
  return q;
}

async function feesWithoutExam(db: Db, t: WrapUpTarget, asOf: string): Promise<Found> {
  const rows = await sessionsOf(db, t)
    .innerJoin('candidates as c', 'c.session_id', 's.id')
    .innerJoin('candidate_fees as f', 'f.candidate_id', 'c.id')
    .where('f.on_date', '<=', asOf)
    .where((eb) => eb.or([eb('c.status', '=', 'withdrawn'), eb('s.status', '!=', 'closed')]))
    .groupBy(['c.id', 'c.name', 's.occupation_code', 's.level', 's.starts_on', 's.ends_on', 's.status'])
    .having(sql<number>`sum(case when f.kind = 'collected' then f.amount_fen else -f.amount_fen end)`, '>', 0)
    .select([
      'c.id',
      'c.name',
      's.occupation_code',
      's.level',
      's.starts_on',
      's.ends_on',
      's.status',
      sql<string>`sum(case when f.kind = 'collected' then f.amount_fen else -f.amount_fen end)`.as('net'),
      sql<string>`max(f.on_date)::text`.as('last_fee_on'),
    ])
    .orderBy('s.starts_on')
    .orderBy('c.name')
    .execute();
  return {
    count: rows.length,
    records: rows.slice(0, WRAP_UP_RECORDS_SHOWN).map((r) => ({
      kind: 'candidate',
      id: r.id,
      ...feeLabels(r),
      date: r.last_fee_on,
    })),
  };
}

async function examsWithoutCertificates(db: Db, t: WrapUpTarget): Promise<Found> {
  const rows = await sessionsOf(db, t)
    .innerJoin('candidates as c', 'c.session_id', 's.id')
    .where('s.status', '=', 'closed')
    .where('c.status', '=', 'registered')
    .where('c.overall_result', '=', 'passed')
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom('certificates as z').select('z.id').whereRef('z.candidate_id', '=', 'c.id')),
      ),
    )
    .select(['c.id', 'c.name', 's.occupation_code', 's.level', 's.starts_on', 's.ends_on'])
    .orderBy('s.ends_on')
    .orderBy('c.name')
    .execute();
  return {
    count: rows.length,
    records: rows.slice(0, WRAP_UP_RECORDS_SHOWN).map((r) => ({
      kind: 'candidate',
      id: r.id,
      label: `${r.name}（${sessionLabel(r)}，合格未发证）`,
      label_en: `${r.name} (${sessionLabelEn(r)}, passed, no certificate)`,
      date: r.ends_on,
    })),
  };
}

async function uploadsNotFinished(db: Db, t: WrapUpTarget): Promise<Found> {
  if (t.branchId) return { count: 0, records: [] };
  const rows = await db
    .selectFrom('certificate_uploads as u')
    .innerJoin('background_jobs as j', 'j.id', 'u.id')
    .where('u.institution_id', '=', t.institutionId)
    .where('j.status', 'in', ['queued', 'running', 'failed'])
    .select([
      'u.id',
      'u.file_name',
      'j.status',
      sql<string>`(u.created_at at time zone 'Asia/Shanghai')::date::text`.as('on'),
    ])
    .orderBy('u.created_at')
    .execute();
  const state: Record<string, readonly [string, string]> = {
    queued: ['排队中', 'queued'],
    running: ['处理中', 'running'],
    failed: ['处理失败', 'failed'],
  };
  return {
    count: rows.length,
    records: rows.slice(0, WRAP_UP_RECORDS_SHOWN).map((r) => ({
      kind: 'certificate_upload',
      id: r.id,
      label: `${r.file_name}（${state[r.status]?.[0] ?? r.status}）`,
      label_en: `${r.file_name} (${state[r.status]?.[1] ?? r.status})`,
      date: r.on,
    })),
  };
}

async function sessionsNotArchived(db: Db, t: WrapUpTarget, asOf: string): Promise<Found> {
  const rows = await sessionsOf(db, t)
    .where('s.status', '=', 'closed')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('session_archives as a')
            .select('a.session_id')
            .whereRef('a.session_id', '=', 's.id')
            .where('a.archived_on', '<=', asOf),
        ),
      ),
    )
    .select(['s.id', 's.occupation_code', 's.level', 's.starts_on', 's.ends_on'])
    .orderBy('s.ends_on')
    .execute();
  return {
    count: rows.length,
    records: rows.slice(0, WRAP_UP_RECORDS_SHOWN).map((r) => ({
      kind: 'evaluation_session',
      id: r.id,
      label: `评价场次 ${sessionLabel(r)}`,
      label_en: `Session ${sessionLabelEn(r)}`,
      date: r.ends_on,
    })),
  };
}

/** The exit's regime and route; with no exit, the voluntary route of each regime the institution is listed in. */
async function framesOf(db: Db, target: WrapUpTarget, asOf: string): Promise<readonly ExitFrame[]> {
  if (target.frames) return target.frames;
  if (target.exitId) {
    const exit = await db
      .selectFrom('institution_exits')
      .select(['regime', 'route'])
      .where('id', '=', target.exitId)
      .executeTakeFirst();
    if (exit) return [{ regime: exit.regime, route: exit.route }];
  }
  const entries = await db
    .selectFrom('directory_entries')
    .select('regime')
    .distinct()
    .where('institution_id', '=', target.institutionId)
    .where((eb) => eb.or([eb('withdrawn_on', 'is', null), eb('withdrawn_on', '>', asOf)]))
    .execute();
  return entries.map((e) => selfCheckFrame(e.regime));
}

/** The wrap-up checklist of an institution (or a branch) as of a day, with the waivers of its exit. */
export async function wrapUpChecklist(db: Db, target: WrapUpTarget, asOf: string): Promise<WrapUpChecklist> {
  const found: Record<WrapUpItem, Found> = {
    fees_without_exam: await feesWithoutExam(db, target, asOf),
    exams_without_certificates: await examsWithoutCertificates(db, target),
    certificate_data_not_uploaded: await uploadsNotFinished(db, target),
    records_not_archived: await sessionsNotArchived(db, target, asOf),
  };
  const waivers = new Map<WrapUpItem, { reason: string; waivedBy: string | null; waivedAt: string }>();
  for (const w of target.extraWaivers ?? [])
    waivers.set(w.item, { reason: w.reason, waivedBy: null, waivedAt: asOf });
  if (target.exitId) {
    const rows = await db
      .selectFrom('exit_wrap_up_waivers')
      .select(['item', 'reason', 'waived_by', 'waived_at'])
      .where('exit_id', '=', target.exitId)
      .execute();
    for (const w of rows)
      waivers.set(w.item, {
        reason: w.reason,
        waivedBy: w.waived_by,
        waivedAt: new Date(w.waived_at as unknown as string).toISOString(),
      });
  }
  const frames = await framesOf(db, target, asOf);
  const items = WRAP_UP_ITEMS.map((item) => {
    const f = found[item];
    const waiver = waivers.get(item) ?? null;
    const text = WRAP_UP_ITEM_TEXT[item];
    const basis = wrapUpBasis(frames, item);
    return {
      item,
      title_zh: text.title_zh,
      title_en: text.title_en,
      citations: basis.citations,
      basis: basis.kind,
      openList: basis.openList,
      count: f.count,
      records: f.records,
      waiver,
      cleared: f.count === 0 || waiver !== null,
    };
  });
  return { clear: items.every((i) => i.cleared), items };
}
