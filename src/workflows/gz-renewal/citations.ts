// The articles of gz-rules (贵州省职业技能等级认定机构遴选及退出实施细则) the renewal procedure rests on.
import type { Citation } from '../../domain/citation.js';

const gz = (article: number, item?: number): Citation =>
  item === undefined ? { source: 'gz-rules', article } : { source: 'gz-rules', article, item };

/** §2 适用于贵州省行政区域内评价机构的续期. */
export const SCOPE = gz(2);
/** §8 用人单位续期条件. */
export const EMPLOYER = gz(8);
/** §9 院校续期条件. */
export const SCHOOL = gz(9);
/** §10 社会培训评价组织续期条件. */
export const SOCIAL_ORG = gz(10);
/** §11 续期材料在线提交. */
export const MATERIALS = gz(11);
/** §12 材料真实、准确、完整. */
export const TRUTHFUL = gz(12);
/** §14 有效期满未提交续期申请，或续期经评估不通过的，自动终止评价资格. */
export const LAPSE = gz(14);

export const CONDITIONS_OF = { employer: EMPLOYER, school: SCHOOL, social_org: SOCIAL_ORG } as const;
export const ALL_CONDITIONS: readonly Citation[] = [EMPLOYER, SCHOOL, SOCIAL_ORG, TRUTHFUL];
