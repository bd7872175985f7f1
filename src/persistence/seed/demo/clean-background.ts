// The background check a demo authority records for a new Guizhou institution of a story (gz-rules §7):
// the sources consulted on `checkedOn` and nothing found. Shared by the renewal and lapse demos.
export const cleanBackground = (checkedOn: string) => ({
  checkedOn,
  sources: '信用中国、国家企业信用信息公示系统（演示）',
  misconductRecords: [],
  annualInspectionFailures: [],
  illegalSocialOrgListings: [],
  businessAnomalyListings: [],
  specialRectifications: [],
  talentEvaluationBadRecords: [],
});
