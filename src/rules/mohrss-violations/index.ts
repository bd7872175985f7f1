// mohrss-violations — 技能人才评价违纪违规行为处理工作指引（试行）: the text, its rules, its dated parameters and
// the checks the violation workflows call (sanctions for candidates, staff and institutions; bans in force;
// decision and review procedure).
import { MOHRSS_VIOLATIONS_FROM, mohrssViolationsParameters } from '../../parameters/mohrss-violations.js';
import type { RegimeDefinition } from '../article.js';
import type { CheckDefinition } from '../check.js';
import { articles } from './articles.js';
import { candidateBanCheck, candidateRules, candidateSanctionCheck } from './candidates.js';
import { certificateDataCheck, certificateDataRules } from './certificate-data.js';
import { evaluationSessionRules, sessionOpeningCheck } from './evaluation-session.js';
import { registrationBanCheck } from './evaluation-bans.js';
import { institutionRules, institutionSanctionCheck } from './institutions.js';
import { decisionCheck, procedureRules, reviewCheck } from './procedure.js';
import { examAdminBanCheck, staffRules, staffSanctionCheck } from './staff.js';
import { sessionStaffCheck, sessionStaffRules } from './session-staff.js';
import { candidateResultCheck, sessionResultRules } from './session-results.js';
import { sessionClosingCheck, sessionClosingRules } from './session-closing.js';

export const regime: RegimeDefinition = {
  source: 'mohrss-violations',
  title_zh: '技能人才评价违纪违规行为处理工作指引（试行）',
  documentNo: '人社职司便函〔2021〕57号（附件2）',
  issuedBy_zh: '人力资源社会保障部职业能力建设司、人力资源社会保障部职业技能鉴定中心',
  issuedOn: MOHRSS_VIOLATIONS_FROM,
  inForceFrom: MOHRSS_VIOLATIONS_FROM,
  seedFile: '004_1c9641cd981748e8.txt',
  articles,
  rules: [
    ...candidateRules,
    ...staffRules,
    ...institutionRules,
    ...certificateDataRules,
    ...procedureRules,
    ...evaluationSessionRules,
    ...sessionStaffRules,
    ...sessionResultRules,
    ...sessionClosingRules,
  ],
  parameters: mohrssViolationsParameters,
  checks: [
    candidateSanctionCheck,
    staffSanctionCheck,
    institutionSanctionCheck,
    certificateDataCheck,
    decisionCheck,
    reviewCheck,
    candidateBanCheck,
    examAdminBanCheck,
    sessionOpeningCheck,
    registrationBanCheck,
    sessionStaffCheck,
    candidateResultCheck,
    sessionClosingCheck,
  ] as CheckDefinition<unknown>[],
};
