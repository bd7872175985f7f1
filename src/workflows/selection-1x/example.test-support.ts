// A realistic 1+X application for the tests: a training-evaluation organisation applying for one
// certificate at three levels, meeting every §2, §6–10 condition it states (82 000 person-times, 8
// years of training) — tests change one fact at a time to reach a boundary.
import { addYears } from '../../calendar/calendar-days.js';
import { ALL_ASSESSMENTS_MET, type Application, type Assessments } from './data.js';

export function exampleApplication(asOf: string, patch: Partial<Application> = {}): Application {
  return {
    field: '现代信息技术',
    programmes: [
      {
        name: 'Web 前端开发',
        code: null,
        levels: ['junior', 'intermediate', 'senior'],
        standardTitle: 'Web 前端开发职业技能等级标准',
      },
    ],
    independentLegalPerson: true,
    registeredInChina: true,
    financialAndManagementRules: true,
    annualReviewRecordYears: 5,
    unlawfulConduct: false,
    dishonesty: false,
    majorEconomicDispute: false,
    badLoans: false,
    ownIntellectualProperty: true,
    realPositions: true,
    expertRecommendation: true,
    latestTextbookPublishedOn: addYears(asOf, -1),
    trainingSince: addYears(asOf, -8),
    personTimes: 82_000,
    emergingOrShortageField: false,
    teamSize: 36,
    teamDescription: '行业企业管理人员 8 人、技术骨干 20 人、高技能人才 8 人',
    experience: '自 2016 年起在全国 26 个省份开展 Web 前端开发师资培训和考核颁证，累计培训考核 8.2 万人次',
    ...patch,
  };
}

/** The panel's appraisal of the §6–10 judgement conditions: all found met. */
export const ALL_MET: Assessments = ALL_ASSESSMENTS_MET;
