// Publishes what a filing or selection granted in the public directory (mohrss-filing 一(十)4 and
// 二(十) 公布, 1x-selection §16, dept-pilot 四, gz-rules §7) — inside the transition's transaction, so
// that the receipt, the entry and the registry change commit together or not at all. It records the
// filing code, the validity (from, to) and the scope (occupation × level) or certificate programmes;
// sets the registry: the institution's scopes active with that validity, the institution (or the
// branch filed) active, the case's validity; and writes the audit rows of each change.
import type { Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Citation, SourceId } from '../../domain/citation.js';
import { AppError, invalid } from '../../domain/errors.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import {
  grantInstitutionScope,
  institutionForEntry,
  insertDirectoryEntry,
  setCaseValidity,
  setRegistryStatus,
  type EntryScope,
} from '../../persistence/directory.repository.js';
import { chinaDate } from '../../workflows/deadline.js';
import { continueInstitutionScope, markRenewal } from '../../persistence/gz-renewal.repository.js';

export interface PublishDirectoryEntryInput {
  institutionId: string;
  /** A branch filing: the entry names the branch, and the branch (not the institution) becomes active. */
  branchId?: string | null;
  caseId: string;
  /** The procedure id (machine id). */
  procedure: string;
  regime: SourceId;
  /** 备案编码 / 遴选结果编号 as the authority assigned it. */
  filingCode: string;
  validFrom: string;
  /** null: no end date set by the text. */
  validTo: string | null;
  scopes: readonly EntryScope[];
  /** The authority that decided (shown as 备案/遴选部门). */
  authorityId: string;
  /** The articles the publication rests on. */
  citations: readonly Citation[];
  /** 1+X: certificate programmes (职业技能等级证书) of the selected organisation. */
  certificateProgrammes?: readonly { name: string; code?: string | null; levels?: readonly string[] }[];
  /** Day of publication (China); default today. */
  publishedOn?: string;
  /**
   * A renewal (gz-rules §8–12): the entry this one continues. The registry scopes then run on without a
   * gap (their start and status kept; continueInstitutionScope) and the institution's status is left as
   * it is — nothing before the renewed entry's end changes.
   */
  renewsEntryId?: string | null;
}

export interface PublishedEntry {
  entryId: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export async function publishDirectoryEntry(
  trx: Transaction<DB>,
  ctx: AuditContext,
  input: PublishDirectoryEntryInput,
): Promise<PublishedEntry> {
  const branchId = input.branchId ?? null;
  const programmes = input.certificateProgrammes ?? [];
  if (input.filingCode.trim() === '') throw invalid('DIRECTORY_ENTRY_INVALID', '公布的目录条目缺少备案编码');
  if (!ISO.test(input.validFrom) || (input.validTo !== null && !ISO.test(input.validTo)))
    throw invalid('DIRECTORY_ENTRY_INVALID', '有效期日期格式应为 YYYY-MM-DD');
  if (input.validTo !== null && input.validTo < input.validFrom)
    throw invalid(
      'DIRECTORY_ENTRY_INVALID',
      `有效期截止日（${input.validTo}）早于起始日（${input.validFrom}）`,
    );
  if (input.scopes.length === 0 && programmes.length === 0)
    throw invalid('DIRECTORY_ENTRY_INVALID', '公布的目录条目应载明认定范围（职业工种及等级）或证书项目');
  const unknown = await unknownOccupations(trx, input.scopes);
  if (unknown.length > 0)
    throw invalid('DIRECTORY_ENTRY_INVALID', `职业（工种）代码不在职业分类目录中：${unknown.join('、')}`);

  const inst = await institutionForEntry(trx, input.institutionId, branchId);
  if (!inst)
    throw new Error(
      `publishDirectoryEntry: institution ${input.institutionId} / branch ${branchId} not found`,
    );
  const live = await trx
    .selectFrom('directory_entries')
    .select('id')
    .where('case_id', '=', input.caseId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  if (live) throw new AppError(409, 'ALREADY_PUBLISHED', '已公布', '该案件的备案结果已在机构目录中公布');

  const publishedOn = input.publishedOn ?? chinaDate(new Date());
  const citations = [...input.citations];
  const scopes = dedupe(input.scopes);
  const entryId = await insertDirectoryEntry(trx, {
    institutionId: input.institutionId,
    branchId,
    caseId: input.caseId,
    procedure: input.procedure,
    regime: input.regime,
    filingCode: input.filingCode.trim(),
    institutionName: inst.name,
    institutionKind: inst.kind,
    branchName: inst.branchName,
    jurisdictionCode: inst.jurisdictionCode,
    authorityId: input.authorityId,
    validFrom: input.validFrom,
    validTo: input.validTo,
    citations,
    publishedOn,
    publishedBy: ctx.caller?.userId ?? null,
    scopes,
    programmes,
  });
  if (input.renewsEntryId) await markRenewal(trx, entryId, input.renewsEntryId);
  await setCaseValidity(trx, input.caseId, input.validFrom, input.validTo);
  await writeAudit(trx, ctx, {
    entity: 'directory_entry',
    entityId: entryId,
    action: 'publish',
    after: {
      caseId: input.caseId,
      procedure: input.procedure,
      institutionId: input.institutionId,
      branchId,
      filingCode: input.filingCode.trim(),
      validFrom: input.validFrom,
      validTo: input.validTo,
      scopes,
      programmes,
      publishedOn,
      ...(input.renewsEntryId ? { renewsEntryId: input.renewsEntryId } : {}),
    },
    citations,
  });

  // A branch evaluates within its employer's scope: the branch's entry lists it, the registry scope
  // rows (one per institution, occupation × level) are the employer's own filing's to set.
  if (!branchId) {
    for (const s of scopes) {
      const scope = {
        institutionId: input.institutionId,
        occupationCode: s.occupationCode,
        level: s.level,
        validFrom: input.validFrom,
        validTo: input.validTo,
      };
      const w =
        (input.renewsEntryId ? await continueInstitutionScope(trx, scope) : null) ??
        (await grantInstitutionScope(trx, scope));
      await writeAudit(trx, ctx, {
        entity: 'institution_scope',
        entityId: w.id,
        action: w.before ? 'renew' : 'grant',
        before: w.before,
        after: { ...w.after, institutionId: input.institutionId, ...s, caseId: input.caseId },
        citations,
      });
    }
  }
  if (input.renewsEntryId) return { entryId };
  const reason = `备案结果公布（${input.filingCode.trim()}）`;
  const previous = await setRegistryStatus(trx, {
    institutionId: input.institutionId,
    branchId,
    status: 'active',
    reason,
    changedBy: ctx.caller?.userId ?? null,
  });
  if (previous !== null) {
    await writeAudit(trx, ctx, {
      entity: branchId ? 'branch' : 'institution',
      entityId: branchId ?? input.institutionId,
      action: 'status',
      before: { status: previous },
      after: { status: 'active', reason, caseId: input.caseId },
      citations,
    });
  }
  return { entryId };
}

function dedupe(scopes: readonly EntryScope[]): EntryScope[] {
  const seen = new Set<string>();
  return scopes.filter((s) => {
    const k = `${s.occupationCode}/${s.level}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

async function unknownOccupations(trx: Transaction<DB>, scopes: readonly EntryScope[]): Promise<string[]> {
  const bad = scopes.filter((s) => !Number.isInteger(s.level) || s.level < 1 || s.level > 5);
  if (bad.length > 0) return bad.map((s) => `${s.occupationCode}（等级 ${s.level}）`);
  const codes = [...new Set(scopes.map((s) => s.occupationCode))];
  if (codes.length === 0) return [];
  const found = await trx.selectFrom('occupations').select('code').where('code', 'in', codes).execute();
  const known = new Set(found.map((r) => r.code));
  return codes.filter((c) => !known.has(c));
}
