// The articles of gz-rules (贵州省职业技能等级认定机构遴选及退出实施细则) the selection procedure rests on.
// Each transition of the machine cites one or more of these; the guards add the items their findings cite.
import type { Citation } from '../../domain/citation.js';

const gz = (article: number, item?: number): Citation =>
  item === undefined ? { source: 'gz-rules', article } : { source: 'gz-rules', article, item };

/** §2 适用于贵州省行政区域内评价机构的遴选申报. */
export const SCOPE = gz(2);
/** §3 遴选坚持公平、公正、公开 (the results are shown to the applicant and published). */
export const PRINCIPLES = gz(3);
/** §4 用人单位应满足的条件. */
export const EMPLOYER = gz(4);
/** §5 院校应满足的条件. */
export const SCHOOL = gz(5);
/** §6 社会培训评价组织应满足的条件. */
export const SOCIAL_ORG = gz(6);
/** §7 不得申报成为评价机构的情形. */
export const PROHIBITIONS = gz(7);
/** §8–10 续期 "有效期内": a selection grants a validity period (its length is not set by the text). */
export const VALIDITY = gz(8, 2);

export const CONDITIONS_OF = {
  employer: EMPLOYER,
  school: SCHOOL,
  social_org: SOCIAL_ORG,
} as const;

/** All conditions of selection, for transitions that do not depend on the kind of applicant. */
export const ALL_CONDITIONS: readonly Citation[] = [EMPLOYER, SCHOOL, SOCIAL_ORG, PROHIBITIONS];
