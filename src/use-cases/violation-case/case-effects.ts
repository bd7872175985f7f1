// What a violation decision did, for the case page (issue 13 point 4: "enforced, not just recorded"):
// each effect in words with what it touched — a cancelled subject, an invalidated certificate by its
// number, a ban to its last day, a suspension with its rectification deadline — and those a review undid.
import type { Kysely } from 'kysely';
import type { DB, ViolationEffectKind } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { notFound } from '../../domain/errors.js';
import { findCase } from '../../persistence/cases.repository.js';
import { canReadCase } from '../../workflows/case-roles.js';
import { partiesOf } from '../workflow/case-parties.js';
import { violationCaseMachine } from '../../workflows/violation-case/machine.js';
import { SUBJECT_NAME_ZH } from '../../workflows/violation-case/sanction-plan.js';

const SUBJECT_NAME_EN = {
  theory: 'theory',
  skills: 'skills',
  comprehensive_review: 'comprehensive review',
} as const;
import { X_MEASURE_EN, X_MEASURE_ZH, type XMeasure } from '../../workflows/violation-case/data.js';

const KIND: Record<ViolationEffectKind, [string, string]> = {
  result_cancellation: ['取消评价成绩', 'Result cancelled'],
  certificate_invalidation: ['证书宣布无效', 'Certificate declared invalid'],
  certificate_withdrawal: ['撤销证书数据', 'Certificate data withdrawn'],
  evaluation_ban: ['列入禁考名单', 'Evaluation ban entered'],
  staff_work_ban: ['取消当年参加评价工作的资格', 'Barred from evaluation work for the year'],
  assessor_revocation: ['吊销考评人员证书', 'Assessor card revoked'],
  interview: ['约谈主要负责人', 'Interview of the head'],
  warning: ['警告并限期整改', 'Warning with rectification'],
  suspension: ['整改期间暂停评价活动', 'Evaluations suspended during rectification'],
  credit_blacklist: ['列入诚信不良档案', 'Entered in the bad-credit register'],
  filing_termination: ['终止备案', 'Filing terminated'],
  data_access_revocation: ['取消证书数据读取权限', 'Read rights revoked'],
  x_measure: ['培训评价组织处理措施', '1+X organisation measure'],
  publication: ['向社会公布', 'Published'],
};

export async function caseEffects(db: Kysely<DB>, actor: Actor, caseId: string) {
  const c = await findCase(db, caseId);
  if (!c || c.procedure !== violationCaseMachine.id || !canReadCase(actor, partiesOf(c)))
    throw notFound('案件');
  const rows = await db
    .selectFrom('violation_effects')
    .selectAll()
    .where('case_id', '=', c.id)
    .orderBy('created_at')
    .execute();
  const items = [];
  for (const e of rows) {
    const d = e.details as Record<string, unknown>;
    let target = '';
    let target_en = '';
    let until: string | null = null;
    if (e.kind === 'result_cancellation') {
      target = SUBJECT_NAME_ZH[d.subject as keyof typeof SUBJECT_NAME_ZH] ?? '';
      target_en = SUBJECT_NAME_EN[d.subject as keyof typeof SUBJECT_NAME_EN] ?? '';
    }
    if (e.kind === 'certificate_invalidation' || e.kind === 'certificate_withdrawal')
      target =
        (await db.selectFrom('certificates').select('number').where('id', '=', e.target_id!).executeTakeFirst())?.number ?? '';
    if (e.kind === 'evaluation_ban') until = String(d.endsOn);
    if (e.kind === 'staff_work_ban') until = d.toOn ? String(d.toOn) : null;
    if (e.kind === 'x_measure') {
      target = X_MEASURE_ZH[d.measure as XMeasure] ?? '';
      target_en = X_MEASURE_EN[d.measure as XMeasure] ?? '';
    }
    if (e.kind === 'warning' || e.kind === 'suspension' || e.kind === 'x_measure')
      until =
        (await db.selectFrom('institution_sanctions').select('due_on').where('id', '=', e.target_id!).executeTakeFirst())?.due_on ?? null;
    // A certificate number is the same in both languages.
    if (!target_en) target_en = target;
    items.push({ kind: e.kind, kind_zh: KIND[e.kind][0], kind_en: KIND[e.kind][1], target, target_en, appliedOn: e.applied_on, undoneOn: e.undone_on, until });
  } // prettier-ignore
  const s = await db
    .selectFrom('institution_sanctions')
    .select(['starts_on', 'due_on', 'ended_on'])
    .where('case_id', '=', c.id)
    .where('kind', '=', 'suspension')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return { items, suspension: s ? { startsOn: s.starts_on, dueOn: s.due_on, endedOn: s.ended_on } : null };
}
