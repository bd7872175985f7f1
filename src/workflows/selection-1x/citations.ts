// The articles of 1x-selection the selection procedure rests on (职业教育培训评价组织遴选与监督管理办法
// （试行）第三章 申报与遴选程序). Each transition of the machine cites one or more of these.
import type { Citation } from '../../domain/citation.js';

const sel = (article: number): Citation => ({ source: '1x-selection', article });

/** §12 分领域分批次持续招募培训评价组织和职业技能等级证书. */
export const RECRUITMENT = sel(12);
/** §13 制定遴选工作方案，并组建遴选专家库. */
export const WORK_PLAN = sel(13);
/** §14 发布招募公告，符合条件的单位自愿申报，提交申报材料，并对其真实性、有效性、合法性负责. */
export const APPLICATION = sel(14);
/** §15 专家对照条件择优遴选；根据需要，可对申报机构进行实地考察. */
export const EXPERT_SELECTION = sel(15);
/** §16 信用核查、公示、部际联席会议审议、发布清单. */
export const CREDIT_NOTICE_PUBLICATION = sel(16);
/** §6–10 培训评价组织应具备的工作基础 (the conditions the experts select against). */
export const CONDITIONS: readonly Citation[] = [sel(6), sel(7), sel(8), sel(9), sel(10)];
/** §2 what a training-evaluation organisation is (经公开招募、择优遴选等程序). */
export const DEFINITION = sel(2);
