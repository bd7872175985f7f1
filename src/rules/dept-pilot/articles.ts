// dept-pilot — 关于做好部门行业职业技能等级认定试点工作的通知（中就培函〔2020〕41号, 2020-09-24). Every section,
// item and annex entry, verbatim, with how SkillReg covers it.
import type { ArticleText, Coverage } from '../article.js';
import { dp, type DeptPilotPart } from '../../parameters/dept-pilot.js';

const encoded = (...ids: string[]): Coverage => ({ status: 'encoded', ruleIds: ids.map((id) => `dept-pilot/${id}`) });
const procedural = (workflow: string): Coverage => ({ status: 'procedural', workflow });
const notEncoded = (reason: string): Coverage => ({ status: 'not_encoded', reason });
const FLOW = 'entry/dept-pilot';

const part = (a: DeptPilotPart, label_zh: string, text_zh: string, coverage: Coverage): ArticleText => ({ citation: dp(a), label_zh, text_zh, coverage });
const item = (a: DeptPilotPart, i: string, text_zh: string, coverage: Coverage): ArticleText => ({
  citation: dp(a, i),
  label_zh: a.startsWith('附件') ? `${a}${i}、` : `${a}、（${i}）`,
  text_zh,
  coverage,
});
const EXHORT = '工作要求（倡导性、组织性表述），不含可判定的条件';

export const articles: ArticleText[] = [
  part('引言', '引言', '为贯彻落实《关于做好水平评价类技能人员职业资格退出目录有关工作的通知》(人社厅发〔2020〕80号)及相关文件要求,受人力资源社会保障部委托,现就政府有关部门及行业组织实施的水平评价类技能人员职业资格退出职业资格目录后开展职业技能等级认定工作有关事项通知如下:', notEncoded('发文目的与依据，不含可判定的条件')),
  part('一', '一、工作目标', '加快职业技能等级制度建设,2020年12月底前政府有关部门、行业组织实施的水平评价类技能人员职业资格退出职业资格目录,转为职业技能等级认定。', notEncoded('政策目标（职业资格退出目录由人社部统一实施），不针对评价机构的条件或期限')),
  part('二', '二、试点范围', '试点范围', encoded('2/1/exclusion', '2/2')),
  item('二', '一', '职业资格目录内水平评价类技能人员职业资格组织实施机构中,政府有关部门推荐社会培训评价组织,开展相关职业技能等级认定;行业组织可作为社会培训评价组织,开展相关职业技能等级认定。政府有关部门推荐的社会培训评价组织及其分支机构和行业组织分支机构原则上不得将政府部门与其所属单位,以及未与主管部门脱钩的各类协会、非专业行业协会纳入社会培训评价组织试点范围。', encoded('2/1/exclusion', '3/1/industry-org')),
  item('二', '二', '试点职业(工种)范围为职业资格目录内水平评价类技能人员职业(工种)。其中拟转入准入类职业(工种)不纳入试点范围。', encoded('2/2')),
  part('三', '三、实施步骤', '实施步骤', encoded('3/1/count', '3/1/coverage', '3/1/conditions', '3/1/industry-org')),
  item('三', '一', '确定评价机构。政府有关部门提出本领域社会培训评价组织遴选标准，推荐2家可覆盖原有职业（工种）的社会培训评价组织，承担本部门退出职业资格目录的职业（工种）职业技能等级认定工作。推荐的社会培训评价组织须参照《关于持续征集社会培训评价组织的通告》（中就培函〔2020〕16号）中申报条件的相关要求。行业组织承担本行业退出职业资格目录的职业（工种）的职业技能等级认定工作，其中：综合类行业组织（协会）可作为全国性社会培训评价组织，其所属一类行业协会提供相应技术支持；专业性行业组织（协会）可直接作为面向全国开展相应职业（工种）评价的社会培训评价组织。', encoded('3/1/count', '3/1/coverage', '3/1/conditions', '3/1/industry-org')),
  item('三', '二', '制定试点工作方案，确定分支机构。政府有关部门及行业组织根据本部门、行业特点，在梳理整合原有职业技能鉴定站资源基础上，制定职业技能等级认定试点工作方案，确定分支机构，并由政府有关部门人事劳动保障工作机构、行业组织函告我部职业技能鉴定中心。', procedural(`${FLOW}（试点工作方案与分支机构名单函告鉴定中心；材料由 dept-pilot.submission_checklist 判定）`)),
  item('三', '三', '编制社会培训评价组织工作实施方案。承担试点工作的社会培训评价组织编制试点工作的具体实施方案，包括社会培训评价组织基本情况、组织机构及人员情况、进度安排、评价规划等（详见附件）。', encoded('annex-gov/3', 'annex-industry/3', 'annex-gov/3/regulations', 'annex-industry/3/regulations')),
  item('三', '四', '属地备案。政府有关部门及行业组织指导分支机构在属地人社部门进行备案。拟备案的分支机构要符合注册地人社部门对备案主体资质要求，接受属地人社部门监管。', procedural('entry/branch-filing（分支机构按注册地备案要求备案，如贵州适用 gz-rules）')),
  item('三', '五', '网上公示。政府有关部门推荐的社会培训评价组织及行业组织的分支机构完成属地备案后，在技能人才评价信息平台进行网上公示。', procedural('entry/publication（属地备案完成后网上公示）')),
  part('四', '四、工作要求', '工作要求', notEncoded(EXHORT)),
  item('四', '一', '政府有关部门及行业组织要高度重视试点工作，认真做好水平评价类技能人员职业资格退出目录后续工作，有序向职业技能等级认定平稳过渡。', notEncoded(EXHORT)),
  item('四', '二', '加大工作力度，积极推进职业技能等级认定试点工作，做好本行业领域职业技能标准或评价规范开发等技术性工作，做好本行业领域管理人员、考评人员、督导人员及专家队伍建设规划，为本行业领域职业技能等级认定提供服务支持。', notEncoded(EXHORT)),
  item('四', '三', '建立并形成人社部综合监督、行业业务监督、属地人社部门日常监督、评价机构自律、社会公众监督的多方联动质量监督工作机制。', procedural('supervision/*（多方监督：属地日常监督、投诉举报、公众监督）')),
  part('五', '五、时间安排', '时间安排', encoded('5/1', '5/2', '5/3')),
  item('五', '一', '9月底前完成试点工作方案，提交社会培训评价组织及分支机构遴选标准和首批职业技能等级认定试点机构名单。', encoded('5/1')),
  item('五', '二', '10月上旬指导各地分支机构开展属地备案工作。', encoded('5/2')),
  item('五', '三', '11月中旬前提交社会培训评价组织工作实施方案，完成网上公示，形成试点社会培训评价组织目录，并向社会公布。', encoded('5/3')),
  part('联系人', '联系人', '联系人：代欣 联系电话：010-84661143/1130(传真) 邮 箱：jiandingchu@cettic.gov.cn', notEncoded('联系方式，不含可判定的条件')),
  part('附件（政府有关部门）', '附件 提交材料清单（政府有关部门）', '提交材料清单(政府有关部门)', encoded('annex-gov/1', 'annex-gov/2', 'annex-gov/3', 'annex-gov/3/regulations')),
  item('附件（政府有关部门）', '一', '职业技能等级试点工作方案 主要内容：试点工作目标、行业监管服务组织机构设置、职业技能等级认定监管工作体系、具体实施步骤安排等。', encoded('annex-gov/1')),
  item('附件（政府有关部门）', '二', '推荐社会培训评价组织的函 主要内容：社会培训评价组织及其分支机构遴选标准；拟推荐社会培训评价组织及其分支机构名单（可使用社会培训评价组织申报基本情况表）。', encoded('annex-gov/2')),
  item('附件（政府有关部门）', '三', '社会培训评价组织工作实施方案及质量管控措施 主要内容：推荐的社会培训评价组织及其分支机构的基本情况、组织机构及人员情况、进度安排、评价规划、场地设备情况、相关规章制度等质量保证与管控措施。相关规章制度包括但不限于考务管理办法、考评人员管理办法、试点及评价管理办法、工作人员和考生违纪违规处理办法、档案管理办法、证书管理办法、监督制度、风险防控体系、财务制度、公示制度、社会问责制度、信息公开制度。', encoded('annex-gov/3', 'annex-gov/3/regulations')),
  part('附件（行业组织）', '附件 提交材料清单（行业组织）', '提交材料清单(行业组织)', encoded('annex-industry/1', 'annex-industry/2', 'annex-industry/3', 'annex-industry/3/regulations')),
  item('附件（行业组织）', '一', '职业技能等级认定试点工作方案 主要内容：行业协会基本情况、工作目标、组织机构、评价内容及方式、职业（工种）范围、职业技能等级认定工作体系、基础设施设施条件、保障措施、具体实施步骤安排等。', encoded('annex-industry/1')),
  item('附件（行业组织）', '二', '分支机构遴选标准及其分支机构名单 主要内容：社会培训评价组织及其分支机构遴选标准；分支机构名单及基本情况（可使用社会培训评价组织申报基本情况表）。', encoded('annex-industry/2')),
  item('附件（行业组织）', '三', '社会培训评价组织工作实施方案及质量管控措施 主要内容：组织机构及人员情况、进度安排、评价规划、场地设备情况、相关规章制度等质量保证与管控措施。相关规章制度包括但不限于考务管理办法、考评人员管理办法、试点及评价管理办法、工作人员和考生违纪违规处理办法、档案管理办法、证书管理办法、监督制度、风险防控体系、财务制度、公示制度、社会问责制度、信息公开制度。', encoded('annex-industry/3', 'annex-industry/3/regulations')),
];
