// The parts of dept-pilot (关于做好部门行业职业技能等级认定试点工作的通知, 中就培函〔2020〕41号) the pilot
// procedures rest on. Each transition of the machines cites one or more of these.
import { dp } from '../../parameters/dept-pilot.js';

/** 二（一）部门推荐社会培训评价组织；行业组织可作为社会培训评价组织；原则上不得纳入的单位. */
export const PILOT_SCOPE = dp('二', '一');
/** 三（一）确定评价机构：每领域推荐2家，覆盖原有职业；行业组织直接作为评价组织. */
export const DETERMINE = dp('三', '一');
/** 三（二）制定试点工作方案，确定分支机构，函告鉴定中心. */
export const WORK_PLAN = dp('三', '二');
/** 三（三）编制社会培训评价组织工作实施方案. */
export const IMPLEMENTATION_PLAN = dp('三', '三');
/** 三（四）属地备案：分支机构在属地人社部门备案，符合注册地备案主体资质要求，接受属地监管. */
export const LOCAL_FILING = dp('三', '四');
/** 三（五）网上公示：完成属地备案后在技能人才评价信息平台网上公示. */
export const PUBLICATION = dp('三', '五');
/** 五 时间安排. */
export const TIMETABLE = dp('五');
/** 附件 提交材料清单（政府有关部门）. */
export const GOV_CHECKLIST = dp('附件（政府有关部门）');
/** 附件 提交材料清单（行业组织）. */
export const INDUSTRY_CHECKLIST = dp('附件（行业组织）');
