// The guards of a branch's provincial filing. 一(十)5: the province files a branch "根据部级备案回执" —
// on the strength of the employer's ministry receipt — so no step of a branch filing may run before
// that receipt exists (the "branch before receipt" refusal). The branch evaluates within what its
// employer was filed for (一(十)6 publishes the employer with its branches and its occupations).
// The texts put no other condition on a branch; these two are procedural and cite 一(十)5.
import { mf } from '../../parameters/mohrss-filing.js';
import type { Finding } from '../../rules/finding.js';
import type { GuardInput } from '../machine.js';
import type { ScopeEntry } from '../employer-filing/data.js';
import type { BranchFilingCtx, BranchFilingData, ParentFiling } from './data.js';

const BRANCH = mf('一', '十', 5);

/** The employer holds its ministry filing code and receipt. Also checked when a branch filing is opened. */
export function parentReceiptFinding(parent: ParentFiling | null): Finding {
  const ok = parent !== null && parent.filingCode !== null && parent.receipt !== null;
  return {
    ruleId: 'workflow/branch-filing/parent-receipt',
    citation: BRANCH,
    passed: ok,
    message_zh: ok
      ? `用人单位已取得部级备案回执（${parent!.receipt!.number}，备案码 ${parent!.filingCode}）`
      : '用人单位尚未取得部级备案回执：分支机构须根据部级备案回执办理省级备案',
    message_en: ok
      ? `The employer holds its ministry receipt (${parent!.receipt!.number})`
      : 'The employer has no ministry filing receipt yet: a branch files against that receipt',
    values: {
      parentCaseId: parent?.caseId ?? null,
      parentState: parent?.state ?? null,
      parentFilingCode: parent?.filingCode ?? null,
      parentReceipt: parent?.receipt?.number ?? null,
    },
  };
}

const key = (s: ScopeEntry) => `${s.occupationCode}/${s.level}`;

/** The branch's scope is non-empty and within the employer's filed scope. */
export function scopeWithinParentFinding(
  scopes: readonly ScopeEntry[],
  parent: ParentFiling | null,
): Finding {
  const allowed = new Set((parent?.scopes ?? []).map(key));
  const outside = scopes.filter((s) => !allowed.has(key(s)));
  const ok = scopes.length > 0 && outside.length === 0;
  return {
    ruleId: 'workflow/branch-filing/scope',
    citation: BRANCH,
    passed: ok,
    message_zh:
      scopes.length === 0
        ? '未填写分支机构开展认定的职业（工种）及等级'
        : outside.length === 0
          ? `分支机构认定范围 ${scopes.length} 项，均在用人单位备案范围内`
          : `超出用人单位备案范围：${outside.map((s) => `${s.occupationCode}（${s.level}级）`).join('、')}`,
    message_en: ok ? 'Within the employer’s scope' : 'Outside the employer’s filed scope, or empty',
    values: { scopes: scopes.map(key), outside: outside.map(key) },
  };
}

type In = GuardInput<BranchFilingData, BranchFilingCtx>;

const againstReceipt = ({ data, ctx }: In): Finding[] => [
  parentReceiptFinding(ctx.parent),
  scopeWithinParentFinding(data.scopes, ctx.parent),
];

export const branchFilingGuards = { submission: againstReceipt, filing: againstReceipt };
