// 机构退出公告 — the public list of completed exits (issue 15 points 7 and 8): every row of
// institution_exits, newest first, with the route as the public reads it (自动终止, 自愿退出, 责令终止,
// 取消资格 — src/domain/exit-kind.ts), the scope (the institution, some certificate programmes, some
// occupations), the day, the deciding authority, and the documents the texts make public: the
// 终止评价活动通知书 (gz-rules §15 向社会公告, §16) and the written answer to a 1+X exit application (1x-exit
// §6(5) 书面向提出申请的培训评价组织反馈，并适时公开发布). No account; no personal data (names of institutions
// and authorities, codes, dates, the stated reason); the case stays the parties'.
import type { Kysely } from 'kysely';
import type { DB, ExitScope } from '../../persistence/schema.js';
import type { Citation } from '../../domain/citation.js';
import { notFound } from '../../domain/errors.js';
import { exitKindOf, type ExitKind } from '../../domain/exit-kind.js';
import { DOCUMENT_KIND_EN, DOCUMENT_KIND_ZH } from '../../documents/decision-document.js';
import { attachmentHeaders } from '../../materials/download-headers.js';
import type { FileStore } from '../../persistence/file-store.js';
import { offsetOf } from '../../persistence/paging.js';
import { chinaDate } from '../../workflows/deadline.js';

/** The documents of an exit that are public (the others — opinions, appeal reviews — stay the parties'). */
export const PUBLIC_EXIT_DOCUMENT_KINDS = ['termination_notice', 'exit_reply'] as const;
type PublicExitDocumentKind = (typeof PUBLIC_EXIT_DOCUMENT_KINDS)[number];

export interface ExitNotice {
  id: string;
  institutionName: string;
  branchName: string | null;
  kind: Exclude<ExitKind, 'withdrawn'>;
  scope: ExitScope;
  /** The institution (or the branch) left the registry with it (1x-exit §2: with its last programme). */
  institutionExited: boolean;
  /** The certificate programmes (1x-exit §2) or occupations (× level) the exit ended, when not the whole. */
  programmes: { seq: number; name: string }[];
  occupations: { occupationCode: string; occupationName: string; level: number }[];
  terminatedOn: string;
  /** Whether the day has come (an exit decided ahead takes effect on its day). */
  effective: boolean;
  authority: { id: string; name: string };
  reason: string;
  citations: Citation[];
  /** The directory entries it withdrew or narrowed (their public pages show the ending). */
  entries: { id: string; filingCode: string }[];
  documents: {
    id: string;
    kind: string;
    kind_zh: string;
    kind_en: string;
    number: string;
    title: string;
    issuedOn: string;
  }[];
}

export async function listExitNotices(
  db: Kysely<DB>,
  page: { page: number; pageSize: number },
  now: Date = new Date(),
): Promise<{ items: ExitNotice[]; total: number; page: number; pageSize: number }> {
  const today = chinaDate(now);
  const base = db
    .selectFrom('institution_exits as x')
    .innerJoin('institutions as i', 'i.id', 'x.institution_id')
    .innerJoin('authorities as a', 'a.id', 'x.authority_id')
    .leftJoin('branches as b', 'b.id', 'x.branch_id');
  const [rows, count] = await Promise.all([
    base
      .select([
        'x.id',
        'x.institution_id',
        'x.entry_id',
        'x.case_id',
        'x.route',
        'x.regime',
        'x.scope',
        'x.institution_exited',
        'x.programme_seqs',
        'x.occupations',
        'x.terminated_on',
        'x.reason',
        'x.citations',
        'i.name as institution_name',
        'b.name as branch_name',
        'a.id as authority_id',
        'a.name as authority_name',
      ])
      .orderBy('x.terminated_on', 'desc')
      .orderBy('x.created_at', 'desc')
      .orderBy('x.id')
      .limit(page.pageSize)
      .offset(offsetOf(page))
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const ids = rows.map((r) => r.id);
  const caseIds = rows.flatMap((r) => (r.case_id ? [r.case_id] : []));
  const institutionIds = [...new Set(rows.map((r) => r.institution_id))];
  const [programmes, entries, documents, occupationNames] = await Promise.all([
    ids.length === 0
      ? []
      : db
          .selectFrom('directory_entry_programmes')
          .select(['exit_id', 'name', 'seq'])
          .where('exit_id', 'in', ids)
          .orderBy('seq')
          .execute(),
    institutionIds.length === 0
      ? []
      : db
          .selectFrom('directory_entries')
          .select(['id', 'institution_id', 'branch_id', 'filing_code', 'withdrawn_on'])
          .where('institution_id', 'in', institutionIds)
          .execute(),
    caseIds.length === 0
      ? []
      : db
          .selectFrom('documents')
          .select(['id', 'case_id', 'kind', 'number', 'title', 'issued_on'])
          .where('case_id', 'in', caseIds)
          .where('kind', 'in', PUBLIC_EXIT_DOCUMENT_KINDS)
          .orderBy('issued_at')
          .execute(),
    (async () => {
      const codes = [
        ...new Set(
          rows.flatMap((r) => (r.occupations as { occupationCode: string }[]).map((o) => o.occupationCode)),
        ),
      ];
      return codes.length === 0
        ? []
        : db.selectFrom('occupations').select(['code', 'name']).where('code', 'in', codes).execute();
    })(),
  ]);
  const items: ExitNotice[] = rows.map((r) => ({
    id: r.id,
    institutionName: r.institution_name,
    branchName: r.branch_name,
    kind: exitKindOf(r.route, r.regime),
    scope: r.scope,
    institutionExited: r.institution_exited,
    programmes: programmes.filter((p) => p.exit_id === r.id).map((p) => ({ seq: p.seq, name: p.name })),
    occupations: (r.occupations as { occupationCode: string; level: number }[]).map((o) => ({
      ...o,
      occupationName: occupationNames.find((n) => n.code === o.occupationCode)?.name ?? o.occupationCode,
    })),
    terminatedOn: r.terminated_on,
    effective: r.terminated_on <= today,
    authority: { id: r.authority_id, name: r.authority_name },
    reason: r.reason,
    citations: r.citations as Citation[],
    entries: entries
      .filter((e) =>
        r.entry_id
          ? e.id === r.entry_id
          : e.institution_id === r.institution_id &&
            e.branch_id === null &&
            e.withdrawn_on === r.terminated_on,
      )
      .map((e) => ({ id: e.id, filingCode: e.filing_code })),
    documents: documents
      .filter((d) => d.case_id === r.case_id)
      .map((d) => ({
        id: d.id,
        kind: d.kind,
        kind_zh: DOCUMENT_KIND_ZH[d.kind as PublicExitDocumentKind],
        kind_en: DOCUMENT_KIND_EN[d.kind as PublicExitDocumentKind],
        number: d.number,
        title: d.title,
        issuedOn: d.issued_on,
      })),
  }));
  return { items, total: Number(count.n), ...page };
}

/** One public document of an exit, as an attachment; anything else the same 404 as a random id. */
export async function downloadExitDocument(
  db: Kysely<DB>,
  store: FileStore,
  input: { exitId: string; documentId: string },
): Promise<{ bytes: Buffer; headers: Record<string, string> }> {
  const d = await db
    .selectFrom('documents as d')
    .innerJoin('institution_exits as x', 'x.case_id', 'd.case_id')
    .select(['d.sha256', 'd.number', 'd.title'])
    .where('x.id', '=', input.exitId)
    .where('d.id', '=', input.documentId)
    .where('d.kind', 'in', PUBLIC_EXIT_DOCUMENT_KINDS)
    .executeTakeFirst();
  if (!d) throw notFound('文书');
  const bytes = await store.get(db, d.sha256);
  if (!bytes) throw new Error(`stored file ${d.sha256} is missing`);
  return {
    bytes,
    headers: attachmentHeaders(`${d.title}（${d.number}）.pdf`, 'application/pdf', bytes.length),
  };
}
