// mohrss-violations §15 — 技能人才评价违纪违规行为处理工作指引（试行）(人社职司便函〔2021〕57号 附件2) —
// 证书数据的错误上传和数据安全
//
// 第十五条  评价机构超范围上传证书数据、上传证书数据有错误的，撤销其上传的违规证书数据，并视情节给予警告、暂停
// 评价活动、直至终止备案的处理。
// 评价机构、评价机构监管部门均应建立数据安全、准确、完整保障机制，发生超范围读取证书数据、泄露个人隐私、利用证书
// 数据等提供有偿服务等行为的，评价机构、评价机构监管部门应立即查清情况，对造成上述问题的相关机构、人员，立即取消
// 其证书数据读取权限，并责令其删除已读取的证书数据，并依据相关规定进行处罚，对违反法律法规的，移交相关部门处理。
//
// ¶1: the wrongful records are always withdrawn; the ladder warning → suspension → termination is "视情节",
// the authority's choice. ¶2: read rights withdrawn and deletion ordered at once; the penalty is under other
// rules; referral only where the law was broken — the authority's finding. The mechanism ¶2 requires of
// both is built into SkillReg itself (revocable read rights, logged access: security.md).
import { z } from 'zod';
import { defineCheck } from '../check.js';
import { assessment, count } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding, judgement } from '../rule.js';
import { mv, violationRule } from './rule.js';
import { sanctionsEn, sanctionsZh, type Sanction } from './sanctions.js';

export const s15DataRevocation = violationRule(
  '15/p1',
  mv(15, undefined, 1),
  '超范围上传或上传有错误的证书数据：撤销违规证书数据',
  'Certificate data uploaded out of scope or in error is withdrawn',
);
export const s15Ladder = violationRule(
  '15/p1/sanction',
  mv(15, undefined, 1),
  '视情节给予警告、暂停评价活动、直至终止备案',
  'Warning, suspension or up to termination of filing, as the case warrants',
);
export const s15DataSecurity = violationRule(
  '15/p2',
  mv(15, undefined, 2),
  '超范围读取证书数据、泄露个人隐私、利用证书数据提供有偿服务：取消读取权限，责令删除，依规处罚，违法的移交',
  'Over-reading certificate data, leaking personal data or selling services on it: read rights withdrawn, deletion ordered, penalty, referral if unlawful',
);

export const certificateDataFacts = z
  .strictObject({
    outOfScopeRecords: count('超出备案范围上传的证书数据条数'),
    erroneousRecords: count('上传有错误的证书数据条数'),
  })
  .describe('证书数据上传问题（第十五条第一款）');

export const dataSecurityFacts = z
  .strictObject({
    breaches: z
      .array(z.enum(['over_scope_read', 'privacy_leak', 'paid_service', 'other']))
      .min(1)
      .describe(
        '发生的行为：over_scope_read 超范围读取证书数据 / privacy_leak 泄露个人隐私 / paid_service 利用证书数据提供有偿服务 / other 其他同类行为',
      ),
    unlawful: assessment('违反法律法规（须移交相关部门处理）'),
  })
  .describe('证书数据安全问题（第十五条第二款）');

export const LADDER_OPTIONS = ['警告', '暂停评价活动', '终止备案'];

export function dataUploadFindings(d: z.infer<typeof certificateDataFacts>): Finding[] {
  const total = d.outOfScopeRecords + d.erroneousRecords;
  if (total === 0)
    return [
      finding(
        s15DataRevocation,
        false,
        '无超范围上传或上传有错误的证书数据，不适用第十五条第一款',
        'No out-of-scope or erroneous records: §15 ¶1 does not apply',
        { ...d },
      ),
    ];
  return [
    finding(
      s15DataRevocation,
      true,
      `撤销违规证书数据 ${total} 条（超范围 ${d.outOfScopeRecords} 条，有错误 ${d.erroneousRecords} 条）`,
      `Withdraw ${total} records (${d.outOfScopeRecords} out of scope, ${d.erroneousRecords} erroneous)`,
      { ...d, sanctions: ['data_revocation'] },
    ),
    judgement(
      s15Ladder,
      '并视情节给予警告、暂停评价活动、直至终止备案的处理，由监管部门决定',
      'And a warning, suspension or termination, as the case warrants: the authority decides',
      { ...d },
      LADDER_OPTIONS,
    ),
  ];
}

const BREACH_EN = {
  over_scope_read: 'reading certificate data beyond one’s rights',
  privacy_leak: 'leaking personal data',
  paid_service: 'selling services on certificate data',
  other: 'other such conduct',
} as const;
const BREACH_ZH = {
  over_scope_read: '超范围读取证书数据',
  privacy_leak: '泄露个人隐私',
  paid_service: '利用证书数据提供有偿服务',
  other: '其他同类行为',
} as const;

export function dataSecurityFinding(d: z.infer<typeof dataSecurityFacts>): Finding {
  const base: Sanction[] = ['data_access_revocation', 'data_deletion_order', 'penalty_per_regulations'];
  const what = d.breaches.map((b) => BREACH_ZH[b]).join('、');
  if (d.unlawful === undefined)
    return judgement(
      s15DataSecurity,
      `${what}：立即${sanctionsZh(base)}；是否违反法律法规并移交相关部门，须认定`,
      `${d.breaches.map((b) => BREACH_EN[b]).join(', ')}: read rights withdrawn, deletion ordered, penalty; whether the law was broken (referral) is to be determined`,
      { breaches: d.breaches, sanctions: base, unlawful: null },
      ['违反法律法规：移交相关部门处理', '未违反法律法规：不移交'],
    );
  const sanctions: Sanction[] = d.unlawful ? [...base, 'referral'] : base;
  return finding(
    s15DataSecurity,
    true,
    `${what}：立即${sanctionsZh(sanctions)}`,
    `${d.breaches.map((b) => BREACH_EN[b]).join(', ')}: ${sanctionsEn(sanctions)}`,
    { breaches: d.breaches, sanctions, unlawful: d.unlawful },
  );
}

export const certificateDataRules = [s15DataRevocation, s15Ladder, s15DataSecurity];

// A stand-alone check for the certificate-data screens (upload audit, access log review).
export const certificateDataCheck = defineCheck({
  name: 'mohrss-violations.sanction.certificate_data',
  regime: 'mohrss-violations',
  title_zh: '证书数据违规上传与数据安全的处理（第十五条）',
  title_en: 'Certificate data: wrongful uploads and data-security breaches (§15)',
  asOf_zh: '处理决定日期',
  facts: z.strictObject({
    upload: certificateDataFacts.nullable().describe('证书数据上传问题（第十五条第一款；无则填 null）'),
    security: dataSecurityFacts.nullable().describe('证书数据安全问题（第十五条第二款；无则填 null）'),
  }),
  example: { upload: { outOfScopeRecords: 12, erroneousRecords: 3 }, security: null },
  ruleIds: certificateDataRules.map((r) => r.id),
  run: (f) => [
    ...(f.upload ? dataUploadFindings(f.upload) : []),
    ...(f.security ? [dataSecurityFinding(f.security)] : []),
  ],
});
