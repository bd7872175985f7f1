// Demo step 'demo/employer-filing' (issue 4, mohrss-filing 一): a declared conflict of interest between
// an expert of the national pool and the demo national employer 中联能源建设集团 (nat-zhonglian, whose
// staff log in as inst_nat), so that a panel draw for its technical review shows both kinds of
// exclusion — 高志远 works for it, 谢宇航 declared a conflict. A one-time step (seed_runs): an existing
// database gets it once.
import type { Transaction } from 'kysely';
import type { DB } from '../../schema.js';
import { DEMO_INSTITUTIONS } from './institutions.js';
import { demoId } from './ids.js';
import { expertId, institutionId } from './load-registry.js';

export const EMPLOYER_FILING_STEP = 'demo/employer-filing' as const;

export const NATIONAL_EMPLOYER_CONFLICT = {
  expert: 'xie-yuhang',
  institution: 'nat-zhonglian',
  relation: 'part_time',
  reason: '在该集团技能人才评价中心兼任技术顾问',
} as const;

export async function loadEmployerFilingDemo(trx: Transaction<DB>): Promise<Record<string, number>> {
  const c = NATIONAL_EMPLOYER_CONFLICT;
  const inst = DEMO_INSTITUTIONS.find((i) => i.key === c.institution)!;
  const conflicts = await trx
    .insertInto('expert_conflicts')
    .values({
      id: demoId('expert_conflict', `${c.expert}:${c.institution}`),
      expert_id: expertId(c.expert),
      institution_id: institutionId(c.institution),
      institution_uscc: inst.uscc,
      institution_name: inst.name,
      relation: c.relation,
      reason: c.reason,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  return { expert_conflicts: conflicts.length };
}
