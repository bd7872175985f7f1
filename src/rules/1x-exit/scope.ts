// 1x-exit §2 — 职业教育培训评价组织及职业技能等级证书退出目录实施细则 — 退出的两种情形及其范围
//
// 第二条  培训评价组织退出分为培训评价组织资质退出和职业技能等级证书实施资格退出两种情形。
// 培训评价组织仅开发和实施单一职业技能等级证书的，退出后，该培训评价组织资质和职业技能等级证书实施资格同时
// 取消；开发和实施多个职业技能等级证书的，某一证书实施资格退出后，其他证书实施资格不受影响，培训评价组织资质
// 保留。
// 培训评价组织资质退出的，其职业技能等级证书实施资格相应取消。
//
// The check compares the scope of a proposed exit decision (voluntary or revocation) with what §2 makes it:
// a decision that keeps an organisation whose only certificate leaves, or that cancels other certificates
// of a multi-certificate organisation, is wrong.
import { z } from 'zod';
import { defineCheck } from '../check.js';
import { count } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding } from '../rule.js';
import { ex, exitRule } from './rule.js';

// 第二款: a certificate-level exit — the organisation goes too when that was its only certificate.
export const certificateLevelScope = exitRule(
  '2/p2',
  ex(2, undefined, 2),
  '证书实施资格退出：单一证书的组织资质同时取消，多证书的其他证书不受影响、资质保留',
  'Certificate-level exit: a single-certificate organisation loses its qualification too; otherwise the others are unaffected',
);

// 第三款: an organisation-level exit — every certificate programme goes with it.
export const organisationLevelScope = exitRule(
  '2/p3',
  ex(2, undefined, 3),
  '培训评价组织资质退出：其职业技能等级证书实施资格相应取消',
  'Organisation-level exit: all its certificate programmes are cancelled with it',
);

export const exitLevel = z
  .enum(['organisation', 'certificate'])
  .describe('退出情形：organisation 培训评价组织资质退出 / certificate 职业技能等级证书实施资格退出');

export const scopeFacts = z.strictObject({
  level: exitLevel,
  certificatesImplemented: z
    .number()
    .int()
    .min(1)
    .describe('退出前该培训评价组织开发和实施的职业技能等级证书数量'),
  proposed: z
    .strictObject({
      organisationQualificationCancelled: z.boolean().describe('拟取消培训评价组织资质'),
      certificatesCancelled: count('拟取消实施资格的证书数量'),
    })
    .describe('拟作出的退出决定范围'),
});
type ScopeFacts = z.infer<typeof scopeFacts>;

/** What §2 makes of an exit: whether the organisation goes, and how many certificate programmes. */
export function scopeRequired(level: ScopeFacts['level'], certificatesImplemented: number) {
  if (level === 'organisation')
    return { organisationQualificationCancelled: true, certificatesCancelled: certificatesImplemented };
  return { organisationQualificationCancelled: certificatesImplemented === 1, certificatesCancelled: 1 };
}

export function scopeFindings(f: ScopeFacts): Finding[] {
  const required = scopeRequired(f.level, f.certificatesImplemented);
  const ok =
    f.proposed.organisationQualificationCancelled === required.organisationQualificationCancelled &&
    f.proposed.certificatesCancelled === required.certificatesCancelled;
  const values = {
    level: f.level,
    certificatesImplemented: f.certificatesImplemented,
    proposed: f.proposed,
    required,
  };
  const requiredZh = `${required.organisationQualificationCancelled ? '取消培训评价组织资质，' : '保留培训评价组织资质，'}取消 ${required.certificatesCancelled} 个证书的实施资格`;
  const requiredEn = `${required.organisationQualificationCancelled ? 'cancel the organisation’s qualification and' : 'keep the organisation’s qualification and cancel'} ${required.certificatesCancelled} certificate programme(s)`;
  if (f.level === 'organisation')
    return [
      finding(
        organisationLevelScope,
        ok,
        ok
          ? `培训评价组织资质退出，其全部 ${f.certificatesImplemented} 个证书实施资格相应取消，拟定范围一致`
          : `培训评价组织资质退出的，应${requiredZh}；拟定范围不符`,
        ok
          ? `Organisation-level exit cancels all ${f.certificatesImplemented} certificate programmes, as proposed`
          : `An organisation-level exit must ${requiredEn}; the proposal differs`,
        values,
      ),
    ];
  const single = f.certificatesImplemented === 1;
  return [
    finding(
      certificateLevelScope,
      ok,
      ok
        ? single
          ? '仅实施单一证书，证书实施资格退出后组织资质同时取消，拟定范围一致'
          : `实施 ${f.certificatesImplemented} 个证书，仅该证书实施资格退出，其他证书不受影响、组织资质保留，拟定范围一致`
        : `${single ? '仅实施单一证书' : `实施 ${f.certificatesImplemented} 个证书`}，应${requiredZh}；拟定范围不符`,
      ok
        ? single
          ? 'Only certificate: the organisation’s qualification goes with it, as proposed'
          : `${f.certificatesImplemented} certificates: only this one leaves, the organisation stays, as proposed`
        : `The exit must ${requiredEn}; the proposal differs`,
      values,
    ),
  ];
}

export const scopeCheck = defineCheck({
  name: '1x-exit.scope',
  regime: '1x-exit',
  title_zh: '退出范围：组织资质与证书实施资格（第二条）',
  title_en: 'Scope of an exit: organisation and certificate programmes (§2)',
  asOf_zh: '退出决定日期',
  facts: scopeFacts,
  example: {
    level: 'certificate',
    certificatesImplemented: 3,
    proposed: { organisationQualificationCancelled: false, certificatesCancelled: 1 },
  },
  ruleIds: [certificateLevelScope.id, organisationLevelScope.id],
  run: (f) => scopeFindings(f),
});

export const scopeRules = [certificateLevelScope, organisationLevelScope];
