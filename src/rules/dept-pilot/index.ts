// The dept-pilot regime (shared/seeds/README.md): 关于做好部门行业职业技能等级认定试点工作的通知（中就培函〔2020〕41号）.
import type { RegimeDefinition } from '../article.js';
import type { CheckDefinition } from '../check.js';
import { DEPT_PILOT_FROM, deptPilotParameters } from '../../parameters/dept-pilot.js';
import { articles } from './articles.js';
import { pilotOccupationCheck, pilotOccupations } from './occupation-scope.js';
import { industryOrgCheck, recommendationCheck, recommendationRules } from './recommendation.js';
import { submissionCheck, submissionRules } from './submission.js';
import { timetableCheck, timetableRules } from './timetable.js';

export const regime: RegimeDefinition = {
  source: 'dept-pilot',
  title_zh: '关于做好部门行业职业技能等级认定试点工作的通知',
  documentNo: '中就培函〔2020〕41号',
  issuedBy_zh: '中国就业培训技术指导中心、人力资源社会保障部职业技能鉴定中心',
  issuedOn: '2020-09-24',
  inForceFrom: DEPT_PILOT_FROM,
  seedFile: '002_e586fd846032fa89.txt',
  articles,
  rules: [...recommendationRules, pilotOccupations, ...submissionRules, ...timetableRules],
  parameters: deptPilotParameters,
  checks: [
    recommendationCheck,
    industryOrgCheck,
    pilotOccupationCheck,
    submissionCheck,
    timetableCheck,
  ] as CheckDefinition<unknown>[],
};
