// 1x-exit — 职业教育培训评价组织及职业技能等级证书退出目录实施细则 (国务院职业教育工作部际联席会议办公室; no
// date in the text, applied from 2020-01-01: docs/decisions/0006). Seed: shared/seeds/000_e3472ea865be2e8f.txt.
// Every article, paragraph and item, verbatim (page breaks and line wraps removed), with how SkillReg covers it.
import type { ArticleText, Coverage } from '../article.js';
import { appealAddressee, appealPeriod } from './appeal.js';
import {
  certificatesStayValid,
  noActivityAfterExit,
  revocationReentryBan,
  voluntaryReentryBan,
} from './after-exit.js';
import {
  channelProblems,
  failingRating,
  lesserMeasures,
  majorIllegality,
  majorRisk,
  noEvaluations,
  noSchools,
  noStart,
  noUpdate,
  otherDisruption,
  revocationDecision,
  section28Grounds,
} from './revocation.js';
import { ex } from './rule.js';
import { certificateLevelScope, organisationLevelScope } from './scope.js';
import {
  intakeProcessing,
  intakeWindow,
  oneYearSinceApproval,
  paperMaterials,
  workCompleted,
} from './voluntary.js';
import { examinedNotCertified, otherMatters, paidNotExamined } from './wrap-up.js';

const encoded = (...rules: { id: string }[]): Coverage => ({
  status: 'encoded',
  ruleIds: rules.map((r) => r.id),
});
const procedural = (workflow: string): Coverage => ({ status: 'procedural', workflow });
const notEncoded = (reason: string): Coverage => ({ status: 'not_encoded', reason });

const ITEM = ['', '（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）', '（九）'];
const article = (n: number, label_zh: string, text_zh: string, coverage: Coverage): ArticleText => ({
  citation: ex(n),
  label_zh,
  text_zh,
  coverage,
});
const item = (n: number, i: number, text_zh: string, coverage: Coverage): ArticleText => ({
  citation: ex(n, i),
  label_zh: ITEM[i]!,
  text_zh,
  coverage,
});
const paragraph = (
  n: number,
  p: number,
  label_zh: string,
  text_zh: string,
  coverage: Coverage,
): ArticleText => ({
  citation: ex(n, undefined, p),
  label_zh,
  text_zh,
  coverage,
});

const wrapUp = [paidNotExamined, examinedNotCertified, otherMatters];

export const articles: ArticleText[] = [
  article(
    1,
    '第一条',
    '培训评价组织退出工作由国务院职业教育工作部际联席会议（简称部际联席会议）统筹领导，由部际联席会议办公室负责工作协调，有关成员单位按职责做好相关工作。具体工作由部际联席会议办公室委托有关单位（简称具体受托单位）实施。',
    notEncoded(
      '职责分工条款：由谁领导、协调和实施，体现在监管部门类别（部际联席会议办公室、具体受托单位）及其权限中，不是条件',
    ),
  ),
  article(
    2,
    '第二条',
    '培训评价组织退出分为培训评价组织资质退出和职业技能等级证书实施资格退出两种情形。\n培训评价组织仅开发和实施单一职业技能等级证书的，退出后，该培训评价组织资质和职业技能等级证书实施资格同时取消；开发和实施多个职业技能等级证书的，某一证书实施资格退出后，其他证书实施资格不受影响，培训评价组织资质保留。\n培训评价组织资质退出的，其职业技能等级证书实施资格相应取消。',
    encoded(certificateLevelScope, organisationLevelScope),
  ),
  paragraph(
    2,
    1,
    '第二条第一款',
    '培训评价组织退出分为培训评价组织资质退出和职业技能等级证书实施资格退出两种情形。',
    encoded(certificateLevelScope, organisationLevelScope),
  ),
  paragraph(
    2,
    2,
    '第二条第二款',
    '培训评价组织仅开发和实施单一职业技能等级证书的，退出后，该培训评价组织资质和职业技能等级证书实施资格同时取消；开发和实施多个职业技能等级证书的，某一证书实施资格退出后，其他证书实施资格不受影响，培训评价组织资质保留。',
    encoded(certificateLevelScope),
  ),
  paragraph(
    2,
    3,
    '第二条第三款',
    '培训评价组织资质退出的，其职业技能等级证书实施资格相应取消。',
    encoded(organisationLevelScope),
  ),
  article(
    3,
    '第三条',
    '培训评价组织退出分为依申请退出和取消资质两种方式。\n培训评价组织因自身原因可提出申请，按程序退出培训评价组织资质或职业技能等级证书实施资格。\n培训评价组织在实施职业技能等级证书工作中存在本规定第五条中有关情形的，由相关部门调查核实后，按程序取消培训评价组织资质或职业技能等级证书实施资格。',
    procedural('exit/1x-exit'),
  ),
  paragraph(
    3,
    1,
    '第三条第一款',
    '培训评价组织退出分为依申请退出和取消资质两种方式。',
    procedural('exit/1x-exit'),
  ),
  paragraph(
    3,
    2,
    '第三条第二款',
    '培训评价组织因自身原因可提出申请，按程序退出培训评价组织资质或职业技能等级证书实施资格。',
    procedural('exit/1x-exit'),
  ),
  paragraph(
    3,
    3,
    '第三条第三款',
    '培训评价组织在实施职业技能等级证书工作中存在本规定第五条中有关情形的，由相关部门调查核实后，按程序取消培训评价组织资质或职业技能等级证书实施资格。',
    encoded(revocationDecision),
  ),
  article(
    4,
    '第四条',
    '培训评价组织自批准实施职业技能等级证书之日起满一年后，完成相关工作内容和有关善后工作后可申请退出。相关部门受理申请后及时按规定作出回复。',
    encoded(oneYearSinceApproval, workCompleted, ...wrapUp),
  ),
  article(
    5,
    '第五条',
    '培训评价组织实施职业技能等级证书中，出现以下情形之一的，由相关部门调查核实后，可按规定取消培训评价组织资质或职业技能等级证书实施资格。',
    encoded(revocationDecision),
  ),
  item(5, 1, '《管理办法》第二十八条列出的七种情形；', encoded(section28Grounds)),
  item(5, 2, '自批准后一年内未启动开展相关工作；', encoded(noStart)),
  item(5, 3, '两年内未开展更新职业技能等级证书标准、考核题库等相关工作；', encoded(noUpdate)),
  item(
    5,
    4,
    '连续两年内未开展或无人报名参加职业技能等级水平评价，或连续两年内无院校选择实施；',
    encoded(noEvaluations, noSchools),
  ),
  item(
    5,
    5,
    '来自“双随机、一公开”检查、证书信息管理服务平台、投诉举报等渠道反映问题较多、未按要求整改到位的；',
    encoded(channelProblems),
  ),
  item(
    5,
    6,
    '培训评价组织实施职业技能等级证书工作监测评价结果为 D 档且未按要求整改到位的；',
    encoded(failingRating),
  ),
  item(5, 7, '出现重大违法失信行为；', encoded(majorIllegality)),
  item(5, 8, '出现重大资产损失、企业破产等重大风险；', encoded(majorRisk)),
  item(5, 9, '存在其他严重影响培训评价组织正常运转的情况。', encoded(otherDisruption)),
  article(6, '第六条', '培训评价组织申请退出的，按以下程序办理：', procedural('exit/1x-exit')),
  item(
    6,
    1,
    '培训评价组织将相关纸质材料提交具体受托单位。每年 1 月、7 月集中受理 2 次。',
    encoded(intakeWindow, intakeProcessing, paperMaterials),
  ),
  item(
    6,
    2,
    '具体受托单位负责组织专家审核相关申请材料，专家从教育部、国家发展改革委、市场监管总局等部门推荐的专家库中选择。',
    procedural('exit/1x-exit'),
  ),
  item(
    6,
    3,
    '专家根据有关规定，独立、负责地进行评议，经合议后形成专家评议意见。如确有需要，专家组可对培训评价组织进行问询或实地考察。',
    procedural('exit/1x-exit'),
  ),
  item(
    6,
    4,
    '具体受托单位将专家评议意见报部际联席会议办公室，部际联席会议办公室就拟注销培训评价组织和职业技能等级证书清单书面征求国家发展改革委、市场监管总局等部门意见。',
    procedural('exit/1x-exit'),
  ),
  item(
    6,
    5,
    '部际联席会议办公室汇总各方意见后，书面向提出申请的培训评价组织反馈，并适时公开发布。有关情况及时向部际联席会议报告。',
    procedural('exit/1x-exit'),
  ),
  article(
    7,
    '第七条',
    '取消培训评价组织资质或职业技能等级证书实施资格的，按以下程序办理：',
    procedural('exit/1x-exit'),
  ),
  item(
    7,
    1,
    '具体受托单位负责汇总有关监督咨询电话、信访件、职业技能等级证书信息管理服务平台、双周报等渠道反映的培训评价组织或职业技能等级证书问题线索，并形成工作台账。',
    procedural('supervision/complaints'),
  ),
  item(
    7,
    2,
    '部际联席会议办公室统筹指导对问题线索进行调查核实，组织专家进行评议并提出评议意见。',
    procedural('exit/1x-exit'),
  ),
  item(
    7,
    3,
    '将评议意见书面反馈相关培训评价组织，培训评价组织若有异议，在收到书面通知后十五个工作日内向具体受托单位提出申诉，由具体受托单位按程序组织复核。',
    encoded(appealPeriod, appealAddressee),
  ),
  item(
    7,
    4,
    '对经查实存在问题但尚不构成取消情形的，视情节给予约谈、警告、通报、责令限期整改、限制实施规模、扣减有关经费等处理。',
    encoded(lesserMeasures),
  ),
  item(
    7,
    5,
    '对经查实拟取消的培训评价组织及相应职业技能等级证书名单，由部际联席会议办公室负责征求国家发展改革委、市场监管总局等单位意见，并向部际联席会议报告。',
    procedural('exit/1x-exit'),
  ),
  item(
    7,
    6,
    '拟撤销的培训评价组织及相应职业技能等级证书名单由具体受托单位在一定范围内公示。公示无异议的由有关单位向社会发布。',
    procedural('exit/1x-exit'),
  ),
  article(
    8,
    '第八条',
    '培训评价组织退出前已发放的相应职业技能等级证书原则上继续有效，仍作为持证者职业技能等级水平的证明，以及各地职业技能补贴的依据，体现的学习成果在学分银行继续使用。',
    encoded(certificatesStayValid),
  ),
  article(
    9,
    '第九条',
    '培训评价组织退出前须处理好已收费但未实施考核、已考核尚未发证等相关事项，并对退出前已实施的行为负责。',
    encoded(...wrapUp),
  ),
  article(
    10,
    '第十条',
    '培训评价组织自愿退出的，其主体 3 年内不得参与培训评价组织招募遴选。被取消资格的，其主体 5 年内不得参与培训评价组织招募遴选。',
    encoded(voluntaryReentryBan, revocationReentryBan),
  ),
  article(
    11,
    '第十一条',
    '培训评价组织退出后不得参与并扰乱职业技能等级证书的相关活动，并对退出前已实施的行为负责。',
    encoded(noActivityAfterExit),
  ),
  article(
    12,
    '第十二条',
    '本实施细则由国务院职业教育工作部际联席会议办公室负责解释，自发布之日起实施。',
    notEncoded(
      '解释权与施行日期：文本未载发布日期，SkillReg 自 2020-01-01 起适用（docs/decisions/0006），体现为本规则集的 inForceFrom',
    ),
  ),
];
