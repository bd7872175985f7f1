// Imports existing filings and selections (备案/遴选存量导入) from the operator's sheet into the
// registry and the public directory (docs/decisions/0022-filings-import.md). A system administrator
// (or the operator's CLI, acting as the system) uploads the sheet; every row is validated first and
// reported with its row, column and a Chinese message. A sheet with any bad row writes nothing. A
// clean sheet is imported in ONE transaction with its audit rows:
// - the filing code is the key: a code not yet in the directory creates an entry marked as imported
//   (batch, file name, row); the same row again changes nothing (unchanged); a row whose dates,
//   authority, scope or programmes changed rewrites its imported entry (updated, audited with
//   before/after). A code that a case of this system published is refused: that entry is the
//   procedure's, not the sheet's.
// - an institution is found by its USCC (the same name and kind required) or registered; a branch by
//   its USCC or name under its institution, or registered.
// - the registry follows the directory, as at publication: the scope rows become active with the
//   validity, and an institution (branch) still only registered becomes active when the filing is in
//   force today.
import { createHash, randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../../persistence/database.js';
import type { DB } from '../../persistence/schema.js';
import type { Citation, SourceId } from '../../domain/citation.js';
import { AppError, forbidden } from '../../domain/errors.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import type { Caller } from '../../policies/actor.js';
import {
  endInstitutionScope,
  grantInstitutionScope,
  insertDirectoryEntry,
  scopesOfOtherLiveEntries,
  setRegistryStatus,
  type EntryScope,
} from '../../persistence/directory.repository.js';
import {
  branchesByUscc,
  findBranchByName,
  institutionsByUscc,
  insertImportBatch,
  liveEntriesByFilingCode,
  loadImportReference,
  rewriteImportedEntry,
  type LiveEntry,
} from '../../persistence/filings-import.repository.js';
import { todayInChina } from '../registry/registry-context.js';
import { insertInstitution, insertStatusHistory } from '../../persistence/institutions.repository.js';
import { insertBranch } from '../../persistence/branches.repository.js';
import { readImportSheet } from './read-sheet.js';
import { validateRows, type ImportIssue, type ParsedFiling } from './validate-rows.js';
import { filingsImportPolicy } from '../../policies/filings-import.policy.js';

/** The procedure id of an imported entry: it was decided outside SkillReg, by the procedure of its day. */
export const IMPORTED_PROCEDURE = 'filings-import';
const NOT_RECORDED = '未登记（存量导入）';

export interface FilingsImportContext {
  db: Database;
  caller: Caller;
  requestId?: string;
  /** The operator's CLI or the demo seed: the system acts (audit actor 'system'). */
  system?: boolean;
  now?: Date;
}

export interface FilingsImportInput {
  fileName: string;
  bytes: Uint8Array;
  /** Validate and report only; write nothing. */
  dryRun?: boolean;
}

export type RowOutcome = 'inserted' | 'updated' | 'unchanged';

export interface FilingsImportReport {
  fileName: string;
  sha256: string;
  /** null when nothing was written (a dry run, or a sheet with errors). */
  batchId: string | null;
  importedOn: string;
  dryRun: boolean;
  written: boolean;
  rowsTotal: number;
  inserted: number;
  updated: number;
  unchanged: number;
  issues: ImportIssue[];
  rows: { row: number; filingCode: string; institutionName: string; outcome: RowOutcome }[];
}

/** Raised when the sheet has errors: 422 problem+json carrying the whole report. */
export class FilingsImportRejected extends AppError {
  constructor(readonly report: FilingsImportReport) {
    const shown = report.issues.slice(0, 5).map(issueText);
    super(
      422,
      'FILINGS_IMPORT_INVALID',
      '导入文件有误，未导入任何数据',
      `共 ${report.issues.length} 处错误，未写入任何数据：${shown.join('；')}${report.issues.length > 5 ? '……' : ''}`,
      report.issues.map((i) => ({
        path: `第${i.row}行${i.column ? `·${i.column}` : ''}`,
        message: i.message,
      })),
      { report },
    );
  }
}

export const issueText = (i: ImportIssue): string =>
  `${i.row > 0 ? `第 ${i.row} 行` : '文件'}${i.column ? `「${i.column}」` : ''}：${i.message}`;

export async function importFilings(
  ctx: FilingsImportContext,
  input: FilingsImportInput,
): Promise<FilingsImportReport> {
  if (!ctx.system) {
    if (!ctx.caller) throw new AppError(401, 'AUTH_REQUIRED', '未登录', '请先登录');
    if (!filingsImportPolicy.canImport(ctx.caller)) throw forbidden('只有系统管理员可以导入存量备案');
  }
  try {
    return await ctx.db.transaction().execute((trx) => importFilingsIn(trx, ctx, input));
  } catch (err) {
    // A dry run rolls back what it planned and returns its report.
    if (err instanceof DryRunDone) return err.report;
    throw err;
  }
}

class DryRunDone extends Error {
  constructor(readonly report: FilingsImportReport) {
    super('dry run');
  }
}

/**
 * The import inside the caller's transaction (the demo seed's one-time step runs it so): validation,
 * the registry checks and the writes see the same state. Throws FilingsImportRejected on any error,
 * which rolls the transaction back. Authorisation is the caller's (importFilings, or the system).
 */
export async function importFilingsIn(
  trx: Transaction<DB>,
  ctx: Omit<FilingsImportContext, 'db'>,
  input: FilingsImportInput,
): Promise<FilingsImportReport> {
  const today = todayInChina(ctx.now ?? new Date());
  const fileName = cleanFileName(input.fileName);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const report: FilingsImportReport = {
    fileName,
    sha256,
    batchId: null,
    importedOn: today,
    dryRun: input.dryRun === true,
    written: false,
    rowsTotal: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    issues: [],
    rows: [],
  };
  const sheet = await readImportSheet(input.bytes, fileName);
  report.rowsTotal = sheet.rows.length;
  if (sheet.issues.length > 0) {
    report.issues = sheet.issues.map((i) => ({ row: i.row, message: i.message }));
    throw new FilingsImportRejected(report);
  }
  const reference = await loadImportReference(trx);
  const { filings, issues } = validateRows(sheet.rows, { today, ...reference });
  if (issues.length > 0) {
    report.issues = issues;
    throw new FilingsImportRejected(report);
  }
  const plan = await planRows(trx, filings);
  report.rows = plan.rows;
  for (const o of plan.rows) report[o.outcome]++;
  if (plan.issues.length > 0) {
    report.issues = plan.issues;
    throw new FilingsImportRejected(report);
  }
  if (report.dryRun) throw new DryRunDone(report);

  const audit: AuditContext = {
    caller: ctx.caller,
    ...(ctx.requestId ? { requestId: ctx.requestId } : {}),
    ...(ctx.system ? { system: true } : {}),
  };
  const batchId = randomUUID();
  await insertImportBatch(trx, {
    id: batchId,
    fileName,
    sha256,
    importedOn: today,
    importedBy: ctx.caller?.userId ?? null,
    rowsTotal: report.rowsTotal,
    inserted: report.inserted,
    updated: report.updated,
    unchanged: report.unchanged,
  });
  for (const step of plan.steps) await step(trx, { batchId, audit, today, fileName });
  await writeAudit(trx, audit, {
    entity: 'filing_import',
    entityId: batchId,
    action: 'import',
    after: {
      fileName,
      sha256,
      rowsTotal: report.rowsTotal,
      inserted: report.inserted,
      updated: report.updated,
      unchanged: report.unchanged,
    },
  });
  report.batchId = batchId;
  report.written = true;
  return report;
}

function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // Control characters out, length bounded: the name is shown in the directory and the audit log.
  const cleaned = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .slice(0, 120)
    .join('')
    .trim();
  return cleaned === '' ? '未命名文件' : cleaned;
}

interface StepEnv {
  batchId: string;
  audit: AuditContext;
  today: string;
  fileName: string;
}
type Step = (trx: Transaction<DB>, env: StepEnv) => Promise<void>;

/** Checks each row against the registry and plans its writes (nothing is written here). */
async function planRows(trx: Transaction<DB>, filings: readonly ParsedFiling[]) {
  const issues: ImportIssue[] = [];
  const rows: FilingsImportReport['rows'] = [];
  const steps: Step[] = [];
  const institutions = await institutionsByUscc(trx, [...new Set(filings.map((f) => f.uscc))]);
  const branchUsccs = filings.flatMap((f) => f.branches.flatMap((b) => (b.uscc ? [b.uscc] : [])));
  const branchRegistry = await branchesByUscc(trx, branchUsccs);
  const entries = await liveEntriesByFilingCode(trx, [
    ...filings.map((f) => f.filingCode),
    ...filings.flatMap((f) => f.branches.map((b) => b.filingCode)),
  ]);
  /** Institutions this import registers, by USCC (a USCC may appear on several rows). */
  const created = new Map<string, string>();
  /** USCCs of registered branches, to refuse one used as an institution's own. */
  const registeredBranchUsccs = await branchesByUscc(trx, [...new Set(filings.map((f) => f.uscc))]);
  /** Institutions registered by an earlier step of this run (the same USCC on several rows). */
  const registeredNow = new Set<string>();

  for (const f of filings) {
    const bad = (column: string | undefined, message: string) =>
      issues.push({ row: f.row, ...(column ? { column } : {}), message });
    const known = institutions.get(f.uscc);
    if (known && (known.name !== f.name || known.kind !== f.kind)) {
      bad(
        '统一社会信用代码',
        `该代码已登记为「${known.name}」（${KIND_LABEL[known.kind]}），与本行的机构名称或类别不一致；如机构已更名，请先在机构登记中修改`,
      );
      continue;
    }
    if (branchUsccs.includes(f.uscc) || registeredBranchUsccs.has(f.uscc)) {
      bad('统一社会信用代码', '该代码已登记为分支机构的代码');
      continue;
    }
    let institutionId = known?.id ?? created.get(f.uscc);
    const isNew = !institutionId;
    institutionId ??= randomUUID();
    if (isNew) created.set(f.uscc, institutionId);
    const instId = institutionId;

    const main = entries.get(f.filingCode);
    const outcome = compare(main, { institutionId: instId, branchId: null, filing: f });
    if (typeof outcome === 'string' && outcome.startsWith('!')) {
      bad('备案编号', outcome.slice(1));
      continue;
    }

    // Branches: each resolved (registered, or to register) before any write is planned.
    const branchPlans: {
      b: ParsedFiling['branches'][number];
      branchId: string;
      isNew: boolean;
      entry?: LiveEntry;
    }[] = [];
    let branchError = false;
    for (const b of f.branches) {
      let branchId: string | undefined;
      if (b.uscc) {
        const reg = branchRegistry.get(b.uscc);
        if (reg && reg.institutionId !== instId) {
          bad('分支机构', `分支机构「${b.name}」的统一社会信用代码已登记在另一机构名下`);
          branchError = true;
          continue;
        }
        branchId = reg?.id;
        if (institutions.has(b.uscc) || created.has(b.uscc)) {
          bad('分支机构', `分支机构「${b.name}」的统一社会信用代码已登记为独立机构`);
          branchError = true;
          continue;
        }
      }
      if (!branchId && !isNew) branchId = await findBranchByName(trx, instId, b.name);
      const entry = entries.get(b.filingCode);
      const o = compare(entry, { institutionId: instId, branchId: branchId ?? null, filing: f, branch: b });
      if (typeof o === 'string' && o.startsWith('!')) {
        bad('分支机构', `分支机构「${b.name}」：${o.slice(1)}`);
        branchError = true;
        continue;
      }
      branchPlans.push({
        b,
        branchId: branchId ?? randomUUID(),
        isNew: !branchId,
        ...(entry ? { entry } : {}),
      });
    }
    if (branchError) continue;

    const outcomes = [
      outcome as RowOutcome,
      ...branchPlans.map(
        (p) =>
          compare(p.entry, {
            institutionId: instId,
            branchId: p.branchId,
            filing: f,
            branch: p.b,
          }) as RowOutcome,
      ),
    ];
    const rowOutcome: RowOutcome =
      outcome === 'inserted'
        ? 'inserted'
        : outcomes.every((o) => o === 'unchanged')
          ? 'unchanged'
          : 'updated';
    rows.push({ row: f.row, filingCode: f.filingCode, institutionName: f.name, outcome: rowOutcome });

    steps.push(async (trx, env) => {
      if (isNew && !registeredNow.has(f.uscc)) {
        registeredNow.add(f.uscc);
        await insertInstitution(trx, instId, {
          name: f.name,
          kind: f.kind,
          uscc: f.uscc,
          legalRepresentative: f.legalRepresentative ?? NOT_RECORDED,
          address: f.address ?? NOT_RECORDED,
          jurisdictionCode: f.jurisdictionCode,
          authorityId: f.authorityId,
          status: 'registered',
          contactPhone: null,
          establishedOn: null,
        });
        await insertStatusHistory(trx, {
          id: randomUUID(),
          institutionId: instId,
          fromStatus: null,
          toStatus: 'registered',
          reason: `存量备案导入时登记（${env.fileName}）`,
          changedBy: env.audit.caller?.userId ?? null,
        });
        await writeAudit(trx, env.audit, {
          entity: 'institution',
          entityId: instId,
          action: 'import_register',
          after: {
            name: f.name,
            kind: f.kind,
            uscc: f.uscc,
            jurisdictionCode: f.jurisdictionCode,
            batchId: env.batchId,
            row: f.row,
          },
        });
      }
      await writeEntry(trx, env, { institutionId: instId, branchId: null, filing: f, existing: main });
      for (const p of branchPlans) {
        if (p.isNew) {
          await insertBranch(trx, p.branchId, instId, {
            name: p.b.name,
            uscc: p.b.uscc,
            address: NOT_RECORDED,
            jurisdictionCode: p.b.jurisdictionCode,
            status: 'registered',
          });
          await writeAudit(trx, env.audit, {
            entity: 'branch',
            entityId: p.branchId,
            action: 'import_register',
            after: {
              institutionId: instId,
              name: p.b.name,
              uscc: p.b.uscc,
              jurisdictionCode: p.b.jurisdictionCode,
              batchId: env.batchId,
              row: f.row,
            },
          });
        }
        await writeEntry(trx, env, {
          institutionId: instId,
          branchId: p.branchId,
          filing: f,
          branch: p.b,
          existing: p.entry,
        });
      }
    });
  }
  return { issues, rows, steps };
}

const KIND_LABEL: Record<string, string> = {
  employer: '用人单位',
  school: '院校',
  social_org: '社会培训评价组织',
  industry_org: '行业组织',
  training_org: '职业教育培训评价组织',
};

interface EntryTarget {
  institutionId: string;
  branchId: string | null;
  filing: ParsedFiling;
  branch?: ParsedFiling['branches'][number];
}

/** What the sheet says the entry is (scope and programmes of the institution; a branch lists the same scope). */
function wanted(t: EntryTarget) {
  const f = t.filing;
  return {
    authorityId: t.branch?.authorityId ?? f.authorityId,
    publishedOn: f.decisionDate,
    validFrom: f.validFrom,
    validTo: f.validTo,
    scopes: [...f.scopes].sort(byScope),
    programmes: f.programmes.map((p) => ({ name: p.name, levels: [...p.levels] })),
  };
}
const byScope = (a: EntryScope, b: EntryScope) =>
  a.occupationCode < b.occupationCode ? -1 : a.occupationCode > b.occupationCode ? 1 : a.level - b.level;

/** inserted / updated / unchanged, or '!' + the reason the row cannot touch that entry. */
function compare(existing: LiveEntry | undefined, t: EntryTarget): RowOutcome | `!${string}` {
  if (!existing) return 'inserted';
  if (existing.caseId) return '!该备案编号已由本系统办理的案件公布，存量导入不能修改它（请核对编号）';
  if (existing.institutionId !== t.institutionId || existing.branchId !== t.branchId)
    return '!该备案编号已属于另一机构或分支机构';
  const w = wanted(t);
  const same =
    existing.authorityId === w.authorityId &&
    existing.publishedOn === w.publishedOn &&
    existing.validFrom === w.validFrom &&
    existing.validTo === w.validTo &&
    JSON.stringify([...existing.scopes].sort(byScope)) === JSON.stringify(w.scopes) &&
    JSON.stringify(existing.programmes) === JSON.stringify(w.programmes);
  return same ? 'unchanged' : 'updated';
}

/**
 * The regime an imported entry belongs to, by the kind of institution. It cites no article: the
 * decision was taken outside SkillReg, and the sheet does not say under which provision.
 */
const regimeOf = (kind: string): SourceId =>
  kind === 'training_org' ? '1x-selection' : kind === 'industry_org' ? 'dept-pilot' : 'mohrss-filing';
const citations: Citation[] = [];

async function writeEntry(
  trx: Transaction<DB>,
  env: StepEnv,
  t: EntryTarget & { existing: LiveEntry | undefined },
): Promise<void> {
  const w = wanted(t);
  const f = t.filing;
  const regime = regimeOf(f.kind);
  const outcome = compare(t.existing, t);
  let entryId: string;
  if (outcome === 'unchanged') return;
  if (outcome === 'inserted') {
    entryId = await insertDirectoryEntry(trx, {
      institutionId: t.institutionId,
      branchId: t.branchId,
      caseId: null,
      importBatchId: env.batchId,
      importRow: f.row,
      procedure: IMPORTED_PROCEDURE,
      regime,
      filingCode: t.branch?.filingCode ?? f.filingCode,
      institutionName: f.name,
      institutionKind: f.kind,
      branchName: t.branch?.name ?? null,
      jurisdictionCode: t.branch?.jurisdictionCode ?? f.jurisdictionCode,
      authorityId: w.authorityId,
      validFrom: w.validFrom,
      validTo: w.validTo,
      citations,
      publishedOn: w.publishedOn,
      publishedBy: null,
      scopes: w.scopes,
      programmes: w.programmes,
    });
    await writeAudit(trx, env.audit, {
      entity: 'directory_entry',
      entityId: entryId,
      action: 'import',
      after: {
        ...w,
        filingCode: t.branch?.filingCode ?? f.filingCode,
        institutionId: t.institutionId,
        branchId: t.branchId,
        batchId: env.batchId,
        fileName: env.fileName,
        row: f.row,
      },
    });
  } else {
    const e = t.existing!;
    entryId = e.id;
    await rewriteImportedEntry(trx, e.id, { batchId: env.batchId, row: f.row, ...w });
    await writeAudit(trx, env.audit, {
      entity: 'directory_entry',
      entityId: e.id,
      action: 'import_update',
      before: {
        authorityId: e.authorityId,
        publishedOn: e.publishedOn,
        validFrom: e.validFrom,
        validTo: e.validTo,
        scopes: e.scopes,
        programmes: e.programmes,
        batchId: e.importBatchId,
      },
      after: { ...w, batchId: env.batchId, fileName: env.fileName, row: f.row },
    });
  }
  // The registry follows the directory, as a publication does (publish-directory-entry.ts): a branch
  // evaluates within its institution's scope, so only the institution's own entry sets scope rows.
  if (!t.branchId) {
    for (const s of w.scopes) {
      const g = await grantInstitutionScope(trx, {
        institutionId: t.institutionId,
        ...s,
        validFrom: w.validFrom,
        validTo: w.validTo,
      });
      await writeAudit(trx, env.audit, {
        entity: 'institution_scope',
        entityId: g.id,
        action: g.before ? 'renew' : 'grant',
        before: g.before,
        after: { ...g.after, institutionId: t.institutionId, ...s, importBatchId: env.batchId },
        citations,
      });
    }
    if (t.existing) {
      const kept = new Set([
        ...w.scopes.map((s) => `${s.occupationCode}/${s.level}`),
        ...(await scopesOfOtherLiveEntries(trx, t.institutionId, entryId)).map(
          (s) => `${s.occupationCode}/${s.level}`,
        ),
      ]);
      for (const s of t.existing.scopes.filter((x) => !kept.has(`${x.occupationCode}/${x.level}`))) {
        const ended = await endInstitutionScope(trx, {
          institutionId: t.institutionId,
          ...s,
          endedOn: env.today,
        });
        if (ended)
          await writeAudit(trx, env.audit, {
            entity: 'institution_scope',
            entityId: ended.id,
            action: 'end',
            before: ended.before,
            after: { ...ended.after, importBatchId: env.batchId },
            citations,
          });
      }
    }
  }
  const inForce = w.validFrom <= env.today && (w.validTo === null || w.validTo >= env.today);
  if (inForce) await activateIfRegistered(trx, env, t);
}

/** A registered institution (branch) becomes active with a filing in force; a suspended one stays so. */
async function activateIfRegistered(trx: Transaction<DB>, env: StepEnv, t: EntryTarget): Promise<void> {
  const current = t.branchId
    ? await trx.selectFrom('branches').select('status').where('id', '=', t.branchId).executeTakeFirstOrThrow()
    : await trx
        .selectFrom('institutions')
        .select('status')
        .where('id', '=', t.institutionId)
        .executeTakeFirstOrThrow();
  if (current.status !== 'registered') return;
  const code = t.branch?.filingCode ?? t.filing.filingCode;
  const reason = `存量备案导入（${code}，${env.fileName}）`;
  await setRegistryStatus(trx, {
    institutionId: t.institutionId,
    branchId: t.branchId,
    status: 'active',
    reason,
    changedBy: env.audit.caller?.userId ?? null,
  });
  await writeAudit(trx, env.audit, {
    entity: t.branchId ? 'branch' : 'institution',
    entityId: t.branchId ?? t.institutionId,
    action: 'status',
    before: { status: 'registered' },
    after: { status: 'active', reason, importBatchId: env.batchId },
  });
}
