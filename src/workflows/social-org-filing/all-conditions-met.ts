// A social evaluation organisation's assessment with every condition of mohrss-filing 二(三) met and
// every Guizhou condition of gz-rules §6 answered in its favour, and all seven management systems of
// 二(三)4 declared: the demo world files its organisations with it, and the tests start from it and
// change one answer at a time.
export const ALL_SYSTEMS = [
  'exam_affairs',
  'personnel',
  'finance',
  'archives',
  'question_bank',
  'certificates',
  'violations',
];

export const CONDITIONS = {
  independentLegalPersonInChina: true,
  mainDutyTalentTraining: true,
  trainingOrEvaluationBusinessScope: true,
  financialAndManagementSystems: true,
  goodCreditNoBadRecords: true,
  influenceAndExperience: true,
  scaleAndYears: true,
  dedicatedDepartment: true,
  adequateFullTimeStaff: true,
  expertTeam: true,
  stableFunding: true,
  qualityControlMeasures: true,
  socialBenefitFirst: true,
  acceptsSupervision: true,
};
