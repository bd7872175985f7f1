// From the charge to the sanction, pure: the facts the rules' sanction check takes (mohrss-violations
// §5–8 candidates, §9–11 staff, §12–15 institutions), what the rules propose, which of the text's
// judgements the deciding body has still to make, and — on the decision day — the concrete effects the
// decision has (a cancelled result, a ban to a computed last day, a suspension, a withdrawal …). The
// use case writes those effects; this file decides them and imports no I/O.
import type { Citation } from '../../domain/citation.js';
import { formatCitationZh } from '../../domain/citation.js';
import { evaluateCheck } from '../../rules/catalogue.js';
import type { Finding } from '../../rules/finding.js';
import { candidateCharges } from '../../rules/mohrss-violations/candidates.js';
import { s15Ladder } from '../../rules/mohrss-violations/certificate-data.js';
import {
  institutionCharges,
  s12Invalidation,
  s13Blacklist,
  s14,
} from '../../rules/mohrss-violations/institutions.js';
import { mv, parseCharge } from '../../rules/mohrss-violations/rule.js';
import { SANCTION_EN, SANCTION_ZH, type Sanction } from '../../rules/mohrss-violations/sanctions.js';
import { staffCharges } from '../../rules/mohrss-violations/staff.js';
import { ex } from '../../rules/1x-exit/rule.js';
import type {
  Charge,
  Choices,
  EvaluationSubject,
  Proposal,
  ViolationCaseData,
  ViolationCtx,
  XMeasure,
} from './data.js';
import { X_MEASURE_EN, X_MEASURE_ZH } from './data.js';

const CHARGES = {
  candidate: new Set<string>(candidateCharges),
  staff: new Set<string>(staffCharges),
  institution: new Set<string>(institutionCharges),
};

/** '6(1)' → 第六条第（一）项; '15p1' → 第十五条第一款. */
export function chargeLabelZh(code: string): string {
  const p = /^15p([12])$/.exec(code);
  if (p) return formatCitationZh({ source: 'mohrss-violations', article: 15, paragraph: Number(p[1]) });
  return formatCitationZh({ source: 'mohrss-violations', ...parseCharge(code) });
}

/** '6(1)' → §6(1); '15p1' → §15 ¶1. */
export function chargeLabelEn(code: string): string {
  const p = /^15p([12])$/.exec(code);
  return p ? `§15 ¶${p[1]}` : `§${code}`;
}

/** The citation of a charge code. */
export function chargeCitation(code: string): Citation {
  const p = /^15p([12])$/.exec(code);
  if (p) return mv(15, undefined, Number(p[1]));
  const { article, item } = parseCharge(code);
  return mv(article, item);
}

/** A failed finding of the case's own checks (an article, a rule id, the words). */
export const fail = (citation: Citation, ruleId: string, zh: string, en: string, values = {}): Finding => ({
  ruleId,
  citation,
  passed: false,
  message_zh: zh,
  message_en: en,
  values,
});

/** The sanction check and its facts for a charge (the check refuses facts its article does not take). */
export function sanctionCheckOf(
  data: ViolationCaseData,
  charge: Charge,
  ctx: ViolationCtx,
): { name: string; facts: Record<string, unknown> } {
  const defined = <T extends Record<string, unknown>>(o: T) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  if (data.subject === 'candidate')
    return {
      name: 'mohrss-violations.sanction.candidate',
      facts: defined({
        violation: charge.violation,
        remindedAndRefused: charge.remindedAndRefused,
        severity: charge.severity,
        discoveredAfterEvaluation: data.origin !== 'on_site',
        certificateIssued: ctx.certificates.some((c) => c.status === 'valid'),
      }),
    };
  if (data.subject === 'staff')
    return {
      name: 'mohrss-violations.sanction.staff',
      facts: defined({
        role: data.staffDuty,
        violation: charge.violation,
        adverseEffect: charge.adverseEffect,
      }),
    };
  const { violation } = charge;
  const article = violation.startsWith('15') ? 15 : parseCharge(violation).article;
  const inactivity = violation === '13(3)' || violation === '14(7)';
  return {
    name: 'mohrss-violations.sanction.institution',
    facts: defined({
      violation,
      severity: charge.severity,
      section12Item: charge.section12Item,
      inactivity: inactivity
        ? defined({
            lastEvaluationOn: ctx.lastEvaluationOn ?? charge.conductOn,
            justifiedReason: charge.justifiedReason,
          })
        : undefined,
      // The rules' facts take an uncompleted rectification as null.
      rectification: charge.rectification
        ? { dueOn: charge.rectification.dueOn, completedOn: charge.rectification.completedOn ?? null }
        : undefined,
      priorWarning: article === 13 && ctx.priorWarning ? ctx.priorWarning : undefined,
      conductOn: charge.conductOn,
      verified: charge.verified,
      certificateData:
        violation === '15p1'
          ? {
              outOfScopeRecords: charge.outOfScopeRecords ?? 0,
              erroneousRecords: charge.erroneousRecords ?? 0,
            }
          : undefined,
      dataSecurity:
        violation === '15p2'
          ? defined({ breaches: charge.breaches ?? [], unlawful: charge.unlawful })
          : undefined,
    }),
  };
}

/**
 * The rules' findings on the charge as of `asOf`, after the checks a form cannot express: the article
 * governs this kind of party, a §5 charge names a subject of the session.
 */
export function chargeFindings(
  data: ViolationCaseData,
  charge: Charge,
  ctx: ViolationCtx,
  asOf: string,
): Finding[] {
  const cite = chargeCitation(charge.violation);
  if (!CHARGES[data.subject].has(charge.violation))
    return [
      fail(
        cite,
        'mohrss-violations/16/competence',
        `${chargeLabelZh(charge.violation)}不适用于${SUBJECT_ZH[data.subject]}`,
        `${charge.violation} does not apply to a ${data.subject}`,
        { violation: charge.violation, subject: data.subject },
      ),
    ];
  if (data.subject === 'candidate' && charge.violation.startsWith('5(')) {
    const subjects = ctx.session?.subjects ?? [];
    if (!charge.subject || !subjects.includes(charge.subject))
      return [
        fail(
          cite,
          'mohrss-violations/5/1',
          `第五条取消“当次该科目”的成绩：须写明所涉科目（本批次的科目为：${subjects.map((s) => SUBJECT_NAME_ZH[s]).join('、')}）`,
          `§5 cancels "that subject": name a subject of this session (${subjects.join(', ')})`,
          { subject: charge.subject ?? null, sessionSubjects: subjects },
        ),
      ];
  }
  const { name, facts } = sanctionCheckOf(data, charge, ctx);
  // §14(6) is weighed whenever an institution with an earlier warning breaches §13; where it does not
  // apply (the conduct before the warning or its rectification) the §13 charge stands on its own.
  return evaluateCheck(name, asOf, facts, ctx.calendar).findings.filter(
    (f) => !(f.ruleId === ESCALATION && f.passed === false),
  );
}

export const SUBJECT_ZH = { candidate: '参评人员', staff: '工作人员', institution: '评价机构' } as const;
export const SUBJECT_NAME_ZH: Record<EvaluationSubject, string> = {
  theory: '理论知识',
  skills: '操作技能',
  comprehensive_review: '综合评审',
};

/** The judgements the deciding body answers when it serves the notice (the rest are facts of the charge). */
const ESCALATION = s14[5]!.id;
const CHOICE_RULES = new Set([s12Invalidation.id, s13Blacklist.id, s15Ladder.id, ESCALATION]);

export function proposalOf(findings: readonly Finding[]): Proposal {
  const sanctions = new Set<Sanction>();
  let ban: Proposal['ban'] = null;
  for (const f of findings) {
    if (f.passed !== true) continue;
    for (const s of (f.values.sanctions as Sanction[] | undefined) ?? []) sanctions.add(s);
    const b = f.values.ban as { lastDay: string; eligibleAgainOn: string } | undefined;
    if (b && (!ban || b.lastDay > ban.lastDay))
      ban = { lastDay: b.lastDay, eligibleAgainOn: b.eligibleAgainOn };
  }
  return {
    sanctions: [...sanctions],
    judgements: findings
      .filter((f) => f.passed === 'needs_judgement')
      .map((f) => ({
        ruleId: f.ruleId,
        message_zh: f.message_zh,
        message_en: f.message_en,
        options: f.options ?? [],
      })),
    ban,
  };
}

/**
 * What blocks the notice: a judgement the charge still leaves open (情节, 不良影响 …: record the charge
 * again with it), a choice the text leaves to the body and the notice does not make, a rectification
 * without its deadline, 1+X measures for an institution that is not a 1+X organisation.
 */
export function noticeFindings(data: ViolationCaseData, proposal: Proposal, c: Choices): Finding[] {
  const out: Finding[] = [];
  for (const j of proposal.judgements) {
    if (CHOICE_RULES.has(j.ruleId)) continue;
    out.push(
      fail(
        mv(17, undefined, 1),
        'mohrss-violations/17/p1/contents',
        `拟作出的处理决定尚不确定：${j.message_zh}。请先在“认定违纪违规事实”中认定（可选：${j.options.join('；')}）`,
        `The proposed decision is not settled: ${j.message_en}. Record the charge again with the determination`,
        { ruleId: j.ruleId, options: j.options },
      ),
    );
  }
  const asked = (ruleId: string) => proposal.judgements.some((j) => j.ruleId === ruleId);
  const need = (cond: boolean, cite: Citation, zh: string, en: string) => {
    if (cond) out.push(fail(cite, 'mohrss-violations/17/p1/contents', zh, en));
  };
  need(asked(s12Invalidation.id) && !c.voidResults, mv(12), '第十二条：请选择是否宣布当次评价颁发证书或评价成绩无效', '§12: choose whether to void the session’s results');
  need(c.voidResults !== undefined && c.voidResults !== 'none' && !c.voidSessionId, mv(12), '宣布无效的，须选择评价批次', 'Choose the session to void');
  need(c.voidResults === 'some' && !(c.voidCertificateNumbers?.length), mv(12), '部分无效的，须列出证书编号', 'List the certificates of a partial voiding');
  need(asked(s13Blacklist.id) && c.creditBlacklist === undefined, mv(13), '第十三条：请选择是否列入诚信不良档案并向社会公布', '§13: choose whether to enter the bad-credit register');
  need(asked(ESCALATION) && c.escalate === undefined, mv(14, 6), '第十四条第（六）项：本次行为与整改完成同日，请认定是否属“整改后再次违反”', '§14(6): decide whether the same-day conduct came after the rectification');
  need(asked(s15Ladder.id) && !c.ladder, mv(15, undefined, 1), '第十五条第一款：请选择视情节给予的处理', '§15 ¶1: choose the further measure');
  const rectifies =
    proposal.sanctions.includes('rectification') ||
    c.ladder === 'warning' ||
    c.ladder === 'suspension' ||
    (c.xMeasures ?? []).includes('rectification');
  need(rectifies && !c.rectificationDueOn, mv(13), '限期整改的，须确定整改期限（本指引未规定期限，由监管部门确定）', 'A rectification needs the deadline the authority sets');
  need((c.xMeasures?.length ?? 0) > 0 && !data.xOrganisation, ex(7, 4), '第七条第（四）项的处理只适用于职业教育培训评价组织', '1x-exit §7(4) measures apply only to 1+X organisations');
  return out;
} // prettier-ignore

/** The sanctions of the notice: the rules' proposal with the choices made. */
export function notifiedSanctions(proposal: Proposal, c: Choices): Sanction[] {
  const s = new Set<Sanction>(proposal.sanctions);
  if (c.creditBlacklist) s.add('credit_blacklist');
  if (c.ladder === 'warning') for (const x of ['warning', 'rectification'] as const) s.add(x);
  if (c.ladder === 'suspension')
    for (const x of ['warning', 'rectification', 'suspension'] as const) s.add(x);
  if (c.ladder === 'termination' || c.escalate) s.add('filing_termination');
  if (c.voidResults && c.voidResults !== 'none') s.add('result_invalidation');
  return [...s];
}

export type Withdrawable = 'credit_blacklist' | 'publication' | 'x_measures' | 'void_results' | 'ladder';

/** A decision (or a review) may only lighten what was notified (§17 ¶1: the party was told this much). */
export function lightened(choices: Choices, withdraw: readonly Withdrawable[]): Choices {
  const w = new Set(withdraw);
  return {
    ...choices,
    ...(w.has('credit_blacklist') ? { creditBlacklist: false } : {}),
    ...(w.has('publication') ? { publish: false } : {}),
    ...(w.has('x_measures') ? { xMeasures: [] } : {}),
    ...(w.has('void_results') ? { voidResults: 'none' as const } : {}),
    ...(w.has('ladder') ? { ladder: 'none' as const } : {}),
  };
}

/** One concrete effect of a decision, for the use case to write. */
export type EffectIntent =
  | { kind: 'result_cancellation'; scope: 'subject' | 'all_subjects'; subject: EvaluationSubject | null }
  | { kind: 'certificate_invalidation'; certificateIds: string[] }
  | { kind: 'certificate_invalidation_by_number'; numbers: string[] | 'session'; sessionId: string }
  | { kind: 'certificate_withdrawal'; numbers: string[] }
  | { kind: 'evaluation_ban'; startsOn: string; endsOn: string }
  | { kind: 'staff_work_ban'; fromOn: string; toOn: string }
  | { kind: 'assessor_revocation'; fromOn: string }
  | { kind: 'interview' }
  | { kind: 'warning'; dueOn: string | null }
  | { kind: 'suspension'; dueOn: string }
  | { kind: 'credit_blacklist' }
  | { kind: 'filing_termination' }
  | { kind: 'x_measure'; measure: XMeasure; dueOn: string | null }
  | { kind: 'publication'; badCredit: boolean };

/**
 * The effects of the decision made on `today`: the charge re-evaluated as of the decision day (bans
 * run from the decision, §6–7, §9), with the notice's choices less what the decision withdrew.
 */
export function effectPlan(
  data: ViolationCaseData,
  ctx: ViolationCtx,
  today: string,
  choices: Choices,
): { intents: EffectIntent[]; sanctions: Sanction[]; findings: Finding[] } {
  const findings = chargeFindings(data, data.charge!, ctx, today);
  const proposal = proposalOf(findings);
  const sanctions = notifiedSanctions(proposal, choices);
  const has = (s: Sanction) => sanctions.includes(s);
  const out: EffectIntent[] = [];
  const charge = data.charge!;
  if (data.subject === 'candidate') {
    const item = findings.find((f) => f.passed === true && f.values.scoreScope);
    if (has('score_cancellation') && item)
      out.push({
        kind: 'result_cancellation',
        scope: item.values.scoreScope as 'subject' | 'all_subjects',
        subject: item.values.scoreScope === 'subject' ? (charge.subject ?? null) : null,
      });
    if (has('evaluation_ban') && proposal.ban) out.push({ kind: 'evaluation_ban', startsOn: today, endsOn: proposal.ban.lastDay });
    if (has('result_invalidation')) {
      const ids = ctx.certificates.filter((c) => c.status === 'valid').map((c) => c.id);
      if (ids.length > 0) out.push({ kind: 'certificate_invalidation', certificateIds: ids });
    }
  }
  if (data.subject === 'staff') {
    if (has('work_ban') && proposal.ban) out.push({ kind: 'staff_work_ban', fromOn: today, toOn: proposal.ban.lastDay });
    if (has('assessor_revocation')) out.push({ kind: 'assessor_revocation', fromOn: today });
  }
  if (data.subject === 'institution') {
    if (has('interview')) out.push({ kind: 'interview' });
    if (has('filing_termination')) out.push({ kind: 'filing_termination' });
    else if (has('suspension')) out.push({ kind: 'warning', dueOn: choices.rectificationDueOn ?? null }, { kind: 'suspension', dueOn: choices.rectificationDueOn! });
    else if (has('warning')) out.push({ kind: 'warning', dueOn: choices.rectificationDueOn ?? null });
    if (has('credit_blacklist')) out.push({ kind: 'credit_blacklist' });
    if (has('data_revocation') && charge.certificateNumbers?.length) out.push({ kind: 'certificate_withdrawal', numbers: charge.certificateNumbers });
    if (choices.voidResults && choices.voidResults !== 'none' && choices.voidSessionId)
      out.push({
        kind: 'certificate_invalidation_by_number',
        numbers: choices.voidResults === 'all' ? 'session' : (choices.voidCertificateNumbers ?? []),
        sessionId: choices.voidSessionId,
      });
    for (const m of choices.xMeasures ?? [])
      out.push({ kind: 'x_measure', measure: m, dueOn: m === 'rectification' ? (choices.rectificationDueOn ?? null) : null });
  }
  if (choices.publish || has('credit_blacklist')) out.push({ kind: 'publication', badCredit: has('credit_blacklist') });
  return { intents: out, sanctions, findings };
} // prettier-ignore

/** The sanctions in words, with the 1+X measures. */
export function sanctionsText(sanctions: readonly Sanction[], choices: Choices): string {
  const words: string[] = sanctions.map((s) => SANCTION_ZH[s]);
  for (const m of choices.xMeasures ?? []) words.push(X_MEASURE_ZH[m]);
  return words.length > 0 ? words.join('，') : '不予处罚';
}

/** The sanctions in English words, with the 1+X measures. */
export function sanctionsTextEn(sanctions: readonly Sanction[], choices: Choices): string {
  const words: string[] = sanctions.map((s) => SANCTION_EN[s]);
  for (const m of choices.xMeasures ?? []) words.push(X_MEASURE_EN[m]);
  return words.length > 0 ? words.join(', ') : 'no sanction';
}
