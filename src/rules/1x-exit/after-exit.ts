// 1x-exit §8, §10, §11 — 职业教育培训评价组织及职业技能等级证书退出目录实施细则 — 退出之后
//
// 第八条  培训评价组织退出前已发放的相应职业技能等级证书原则上继续有效，仍作为持证者职业技能等级水平的证明，
// 以及各地职业技能补贴的依据，体现的学习成果在学分银行继续使用。
// 第十条  培训评价组织自愿退出的，其主体 3 年内不得参与培训评价组织招募遴选。被取消资格的，其主体 5 年内不得
// 参与培训评价组织招募遴选。
// 第十一条  培训评价组织退出后不得参与并扰乱职业技能等级证书的相关活动，并对退出前已实施的行为负责。
//
// Re-entry bans run from the exit decision (the written reply of §6(5), or the revocation decision of §7)
// and end with its 3rd/5th anniversary (民法典 §201–202: the decision day is not counted and the
// corresponding day is the last of the period — docs/decisions/0037, one reading for every bar in
// SkillReg): an application on the anniversary is barred, the day after is admissible. The length is the one in
// force on the exit date. §2 makes a certificate-level exit an exit too ("退出分为…两种情形"), and
// "被取消资格" names the 实施资格 of a certificate as much as the 资质 of the organisation: the bans apply
// to both levels, as the text reads.
// §8 is a principle (原则上): a certificate issued before the exit stays valid unless a written exception is
// recorded. When the exit is a removal under 1x-selection §28 the stricter ¶2 of that article applies as well
// (only certificates issued by proper procedure), and both findings are returned (docs/decisions/0007).
import { z } from 'zod';
import { addCalendarDays, addYears } from '../../calendar/calendar-days.js';
import { revocationReentryBanYears, voluntaryReentryBanYears } from '../../parameters/1x-exit.js';
import { parameterAt } from '../../parameters/parameter.js';
import type { CheckContext } from '../check.js';
import { defineCheck } from '../check.js';
import { assessment, isoDate, principleOverride } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding, judgement } from '../rule.js';
import { certificateEffectFinding, certificatesKeepEffect } from '../1x-selection/revocation.js';
import { ex, exitRule } from './rule.js';
import { exitLevel } from './scope.js';

export const voluntaryReentryBan = exitRule(
  '10/voluntary',
  ex(10),
  '自愿退出的，其主体 3 年内不得参与培训评价组织招募遴选',
  'After a voluntary exit the entity may not take part in a selection for 3 years',
  [voluntaryReentryBanYears.id],
);
export const revocationReentryBan = exitRule(
  '10/revocation',
  ex(10),
  '被取消资格的，其主体 5 年内不得参与培训评价组织招募遴选',
  'After a revocation the entity may not take part in a selection for 5 years',
  [revocationReentryBanYears.id],
);
export const certificatesStayValid = exitRule(
  '8',
  ex(8),
  '退出前已发放的证书原则上继续有效',
  'Certificates issued before the exit remain valid in principle',
);
export const noActivityAfterExit = exitRule(
  '11',
  ex(11),
  '退出后不得参与并扰乱职业技能等级证书的相关活动',
  'After the exit the organisation may not take part in certificate activities',
);

export const exitKind = z
  .enum(['voluntary', 'revocation'])
  .describe('退出方式：voluntary 依申请（自愿）退出 / revocation 取消资质或实施资格');

export const reentryFacts = z.strictObject({
  priorExits: z
    .array(
      z.strictObject({
        kind: exitKind,
        level: exitLevel,
        decidedOn: isoDate('退出决定日期（书面反馈或取消决定之日）'),
      }),
    )
    .describe('该主体此前的退出记录'),
});
type ReentryFacts = z.infer<typeof reentryFacts>;

export function reentryFindings(f: ReentryFacts, ctx: CheckContext): Finding[] {
  return f.priorExits.map((e) => {
    const rule = e.kind === 'voluntary' ? voluntaryReentryBan : revocationReentryBan;
    const p = e.kind === 'voluntary' ? voluntaryReentryBanYears : revocationReentryBanYears;
    const years = parameterAt(p, e.decidedOn);
    // 民法典 §201–202: the exit day not counted, the anniversary the last barred day (decision 0037).
    const lastBannedDay = addYears(e.decidedOn, years);
    const eligibleFrom = addCalendarDays(lastBannedDay, 1);
    const banned = e.decidedOn <= ctx.asOf && ctx.asOf < eligibleFrom;
    const kind_zh = e.kind === 'voluntary' ? '自愿退出' : '被取消资格';
    const level_zh = e.level === 'organisation' ? '组织资质' : '证书实施资格';
    return finding(
      rule,
      !banned,
      banned
        ? `${e.decidedOn} ${kind_zh}（${level_zh}），${years}年内不得参与招募遴选，至 ${lastBannedDay} 止；${ctx.asOf} 仍在限制期内`
        : `${e.decidedOn} ${kind_zh}（${level_zh}），${years}年限制期至 ${lastBannedDay} 止；${ctx.asOf} 不受限制`,
      banned
        ? `${e.kind} exit (${e.level}) on ${e.decidedOn}: barred from selections for ${years} years, to ${lastBannedDay}; ${ctx.asOf} is within`
        : `${e.kind} exit (${e.level}) on ${e.decidedOn}: ${years}-year bar ended ${lastBannedDay}; ${ctx.asOf} is free`,
      {
        kind: e.kind,
        level: e.level,
        decidedOn: e.decidedOn,
        banYears: years,
        lastBannedDay,
        eligibleFrom,
        appliedOn: ctx.asOf,
        parameter: p.id,
      },
    );
  });
}

export const reentryCheck = defineCheck({
  name: '1x-exit.reentry',
  regime: '1x-exit',
  title_zh: '退出后再次参与招募遴选的限制（第十条）',
  title_en: 'Re-entry bans after an exit (§10)',
  asOf_zh: '参与培训评价组织招募遴选的申报日期',
  facts: reentryFacts,
  example: { priorExits: [{ kind: 'voluntary', level: 'certificate', decidedOn: '2021-08-20' }] },
  ruleIds: [voluntaryReentryBan.id, revocationReentryBan.id],
  run: (f, ctx) => reentryFindings(f, ctx),
});

export const certificateFacts = z.strictObject({
  exitKind,
  exitDecidedOn: isoDate('退出（取消资格）决定日期'),
  certificateIssuedOn: isoDate('证书发放日期'),
  regularProcedure: assessment('证书系按规范程序发放（取消资格时，《管理办法》第二十八条第二款）'),
  exception: principleOverride('第八条“原则上继续有效”的例外：认定该证书不再有效的书面决定（无则不填）'),
});
type CertificateFacts = z.infer<typeof certificateFacts>;

export function certificateFindings(f: CertificateFacts): Finding[] {
  const { certificateIssuedOn: issued, exitDecidedOn: exit } = f;
  const values = { certificateIssuedOn: issued, exitDecidedOn: exit, exitKind: f.exitKind };
  const out: Finding[] = [];
  if (issued < exit) {
    out.push(
      f.exception
        ? finding(
            certificatesStayValid,
            false,
            `证书于 ${issued} 发放（退出前），原则上继续有效；但已有例外决定（${f.exception.decidedBy}，${f.exception.decidedOn}：${f.exception.reason}），不再有效`,
            `Issued ${issued}, before the exit: valid in principle, but a written exception (${f.exception.decidedBy}, ${f.exception.decidedOn}) ends its validity`,
            { ...values, exception: f.exception },
          )
        : finding(
            certificatesStayValid,
            true,
            `证书于 ${issued} 发放，早于 ${exit} 退出，继续有效：仍作为持证者职业技能等级水平的证明和职业技能补贴的依据，学习成果在学分银行继续使用`,
            `Issued ${issued}, before the exit on ${exit}: it stays valid as proof of skill level, for subsidies and in the credit bank`,
            values,
          ),
    );
  } else if (issued === exit) {
    out.push(
      judgement(
        certificatesStayValid,
        `证书于退出决定当日（${exit}）发放，是否属“退出前已发放”须认定`,
        `Issued on the day of the exit decision (${exit}): whether it was issued before the exit is to be established`,
        values,
        ['认定为退出前发放，继续有效', '认定为退出后发放，不属第八条'],
      ),
    );
  }
  // §11: issuing after the exit is taking part in certificate activities after it.
  const after = issued > exit;
  out.push(
    finding(
      noActivityAfterExit,
      !after,
      after
        ? `证书于 ${issued} 发放，晚于 ${exit} 退出：退出后不得参与职业技能等级证书相关活动，该证书不受第八条保护`
        : `证书并非退出后发放`,
      after
        ? `Issued ${issued}, after the exit on ${exit}: certificate activity after an exit is barred and §8 does not protect it`
        : 'Not issued after the exit',
      values,
    ),
  );
  if (f.exitKind === 'revocation' && issued < exit)
    out.push(certificateEffectFinding(issued, exit, f.regularProcedure));
  return out;
}

export const certificatesCheck = defineCheck({
  name: '1x-exit.certificates',
  regime: '1x-exit',
  title_zh: '退出前已发放证书的效力（第八条、第十一条；《管理办法》第二十八条第二款）',
  title_en: 'Validity of certificates issued before an exit (§8, §11; 1x-selection §28 ¶2)',
  asOf_zh: '查验日期',
  facts: certificateFacts,
  example: {
    exitKind: 'voluntary',
    exitDecidedOn: '2023-08-15',
    certificateIssuedOn: '2023-06-30',
  },
  ruleIds: [certificatesStayValid.id, noActivityAfterExit.id, certificatesKeepEffect.id],
  run: (f) => certificateFindings(f),
});

export const afterExitRules = [
  voluntaryReentryBan,
  revocationReentryBan,
  certificatesStayValid,
  noActivityAfterExit,
];
