// 1x-selection — 职业教育培训评价组织遴选与监督管理办法（试行）(国家职业教育指导咨询委员会, 2020-06-02, 自发布
// 之日起实施). Seed: shared/seeds/001_294d19caa7da1658.txt. Every article, paragraph and item, verbatim (line
// wraps removed; the text's own mix of full-width and ASCII punctuation kept), with how SkillReg covers it.
import type { ArticleText, Coverage } from '../article.js';
import { approval, creditCheck, publicNotice, taxCheck } from './publication.js';
import {
  noDesignatedBrand,
  noExtraBurden,
  platformEntry,
  resourceSharing,
  rulesPublished,
  separateAccounting,
} from './duties.js';
import {
  advancedContent,
  annualRecords,
  cleanRecord,
  developmentCapacity,
  enterpriseUse,
  expertRecommendation,
  expertTeam,
  goodCredit,
  influence,
  legalPerson,
  levelStandard,
  nationwideExperience,
  ownIp,
  publicBenefit,
  realPositions,
  recentTextbook,
  registration,
  resources,
  scaleAndFunds,
  systems,
  trainingScale,
  trainingYears,
} from './eligibility.js';
import {
  certificatesKeepEffect,
  concentratedProblems,
  examMisconduct,
  improperBenefit,
  majorTaxViolation,
  notUpdated,
  otherViolations,
  overcharging,
  ratingUnqualified,
  section28Rules,
} from './revocation.js';
import { sel } from './rule.js';

const encoded = (...rules: { id: string }[]): Coverage => ({
  status: 'encoded',
  ruleIds: rules.map((r) => r.id),
});
const procedural = (workflow: string): Coverage => ({ status: 'procedural', workflow });
const notEncoded = (reason: string): Coverage => ({ status: 'not_encoded', reason });

const ITEM = ['', '（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）'];
const article = (n: number, label_zh: string, text_zh: string, coverage: Coverage): ArticleText => ({
  citation: sel(n),
  label_zh,
  text_zh,
  coverage,
});
const item = (n: number, i: number, text_zh: string, coverage: Coverage): ArticleText => ({
  citation: sel(n, i),
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
  citation: sel(n, undefined, p),
  label_zh,
  text_zh,
  coverage,
});

export const articles: ArticleText[] = [
  article(
    1,
    '第一条',
    '根据《国家职业教育改革实施方案》关于“制订工作方案和具体管理办法,启动1+X证书制度试点工作”的部署,在《关于在院校实施“学历证书+若干职业技能等级证书”制度试点方案》(教职成〔2019〕6号)《职业技能等级证书监督管理办法(试行)》(人社部发〔2019〕34号)等的基础上,为更好引导社会力量积极参与“学历证书+若干职业技能等级证书”(简称1+X证书)制度试点,加强政府统筹规划与监督指导,制定本办法。',
    notEncoded('制定依据与目的条款，不含条件'),
  ),
  article(
    2,
    '第二条',
    '本办法所称职业教育培训评价组织(以下简称培训评价组织),是指具有独立法人资质的企业等主体,经公开招募、择优遴选等程序,负责职业技能等级证书及标准开发建设,实施职业技能水平考核评价、颁证等相关工作,并对证书质量、声誉负总责的社会化评价组织。',
    encoded(legalPerson),
  ),
  article(
    3,
    '第三条',
    '本办法用于指导教育部负责管理监督考核的职业技能等级证书及相应职业教育培训评价组织的遴选、发布与监督管理等工作。',
    notEncoded(
      '适用范围：教育部负责管理监督考核的 1+X 职业技能等级证书及其培训评价组织（机构类别 training_org）；决定本规则集的适用对象，不是条件',
    ),
  ),
  article(
    4,
    '第四条',
    '遴选与监督管理工作由国务院职业教育工作部际联席会议（简称部际联席会议）统筹领导，由部际联席会议办公室负责日常工作协调，教育部会同有关成员单位按职责做好相关工作。',
    notEncoded('职责分工条款：体现在监管部门类别（部际联席会议、其办公室、教育部）及其权限中，不是条件'),
  ),
  article(
    5,
    '第五条',
    '遴选与监督管理工作遵循公正、公平、公开的原则，坚持程序化、规范化，面向若干职业技能领域，以社会化机制公开招募并择优遴选培训评价组织，实施社会化职业技能等级评价，严把质量，宁缺毋滥，扶优、扶大、扶强。',
    notEncoded(
      '工作原则（公正、公平、公开，择优、宁缺毋滥），不是可判定的条件；择优比较由遴选流程中的专家评议体现（entry/1x-selection）',
    ),
  ),
  article(
    6,
    '第六条',
    '组织资质。在中国依法登记注册、具有规范的财务制度和管理制度，具有一定规模和资金实力。有近三年的工商税务年审记录，具有良好社会信用，无违法、失信、重大经济纠纷、不良借贷等行为，坚持把社会效益放在首位，开展的有关证书考核行为规范、定价合理，不以营利为目的。',
    encoded(registration, systems, scaleAndFunds, annualRecords, cleanRecord, goodCredit, publicBenefit),
  ),
  article(
    7,
    '第七条',
    '证书标准。申报的证书有相应的职业技能等级标准，有自主知识产权，内容和要求先进，体现新技术、新工艺、新规范，对接国际先进标准，有对应的企业真实岗位或岗位群，龙头企业、优质企业认可，在招聘、员工绩效考评等工作中真实使用，行业企业权威专家推荐。',
    encoded(levelStandard, ownIp, advancedContent, realPositions, enterpriseUse, expertRecommendation),
  ),
  article(
    8,
    '第八条',
    '教材资源。所申报证书配套开发的教材（含实训规范）、考核大纲、教学案例库、题库等培训、考核资源丰富，内容先进、科学，时效性和可操作性强，一般应有近三年出版的先进教材。',
    encoded(resources, recentTextbook),
  ),
  article(
    9,
    '第九条',
    '师资队伍。拥有行业企业管理人员、技术骨干、高技能人才等组成的专家、师资团队。具有在全国范围内开展师资培训、支持院校开展相关证书培训、组织实施考核颁证等方面的丰富经验和雄厚实力。具备凝聚有关行业、多家龙头企业和优质院校等开发职业技能等级证书及标准的能力。',
    encoded(expertTeam, nationwideExperience, developmentCapacity),
  ),
  article(
    10,
    '第十条',
    '实践经验。在本行业（专业）领域具有较强的技术优势和影响力。业界和上下游企业认可度高、公信力强，并能够提供相应证明。一般应具有 5 年以上职业技能培训经验和 5 万人次以上的培训和实施证书考核的规模，对新兴领域、紧缺领域可适当放宽要求。行业龙头企业申报的证书优先。',
    encoded(influence, trainingYears, trainingScale),
  ),
  article(
    11,
    '第十一条',
    '社会需求。优先遴选国家重点发展产业领域、就业市场技术技能人才紧缺领域的证书；急需提高规范化水平和服务质量的社会民生领域有关证书；填补相关领域空白的证书；满足学生高质量就业与可持续发展需要的有关证书。',
    procedural('entry/1x-selection'),
  ),
  article(
    12,
    '第十二条',
    '根据部际联席会议部署，教育部商有关成员单位，根据产业发展规划，劳动力市场人才需求，特别是新业态、新职业、新岗位等对有关技术技能的新要求，组织制订职业技能等级证书建设规划，分领域分批次持续招募培训评价组织和职业技能等级证书。',
    procedural('entry/1x-selection'),
  ),
  article(
    13,
    '第十三条',
    '教育部商部际联席会议有关成员单位制定培训评价组织和职业技能等级证书遴选工作方案，并组建遴选专家库。',
    procedural('entry/1x-selection'),
  ),
  article(
    14,
    '第十四条',
    '有关机构按照工作方案发布招募公告，符合条件的单位自愿申报，按要求向有关机构提交申报材料，并对其真实性、有效性、合法性负责。',
    procedural('entry/1x-selection'),
  ),
  article(
    15,
    '第十五条',
    '专家对照条件择优遴选培训评价组织和职业技能等级证书。根据需要，可对申报机构进行实地考察。',
    procedural('entry/1x-selection'),
  ),
  article(
    16,
    '第十六条',
    '对经遴选拟入围的培训评价组织，通过国家发展改革委、市场监管总局有关信用平台核查其信用情况，税务总局支持核查其是否存在重大税收违法失信情况。遴选结果公示无异议后，由部际联席会议办公室提请部际联席会议会议或书面审议。审议通过后，委托有关机构面向社会发布培训评价组织和职业技能等级证书清单。',
    encoded(creditCheck, taxCheck, publicNotice, approval),
  ),
  article(
    17,
    '第十七条',
    '联合行业、企业、职业院校和研究机构等，整合优质资源，对照职业技能等级标准开发指南和有关要求，开发职业技能等级证书并持续更新证书标准。持续推动龙头、优质企业认可与使用，并向社会公布有关企业清单，提高职业技能等级证书含金量，服务学生高质量就业。',
    procedural('supervision/random-inspection'),
  ),
  article(
    18,
    '第十八条',
    '开展有关职业技能等级证书的师资培训、专家团队建设、教材等学习资源开发、实施考核颁证等，协助有关院校实施证书培训，指导考核站点建设等。',
    procedural('supervision/random-inspection'),
  ),
  article(
    19,
    '第十九条',
    '依据职业技能等级标准开发相应教材，倡导活页式、工作手册式教材。及时提供并适时更新案例库、习题库等线上配套资源，广泛免费共享，满足院校工作需要。确需有偿提供的，应遵循公益性原则严格控制成本，遵循公正、公平、公开、自愿原则，依法依规提供，不得额外增加院校和学生负担。建立持续更新机制，及时更新有关资源。',
    encoded(resourceSharing, noExtraBurden),
  ),
  article(
    20,
    '第二十条',
    '主动参与、支持国家和地方教育行政部门组织的有关师资培训项目。根据需要依法依规组织开展有关师资培训和研讨活动，帮助提高教师掌握证书标准内涵、推进证书标准与专业人才培养方案融合、组织实施培训和参与考核评价的能力。',
    procedural('supervision/random-inspection'),
  ),
  article(
    21,
    '第二十一条',
    '负责考核专家队伍建设，考核试题命题，考务工作统筹组织，考核结果评定以及证书颁发、管理和备案。建立健全职业技能等级考核体系，推进考核工作科学化、标准化、规范化。',
    procedural('supervision/random-inspection'),
  ),
  article(
    22,
    '第二十二条',
    '制定考核站点设置标准和管理制度，做好考核站点布局规划。提出实施职业技能等级证书对应的专业（方向）、师资队伍及普适性实训条件等方面要求。不得以任何名义直接或变相要求院校购置指定品牌的设备设施、信息平台、软件、资源等。与省级教育行政部门充分沟通协商，做好考核站点的设立、报备、监管、变更与退出等工作。建立健全考核安全、保密制度，强化条件保障，加强考点（考场）和保密标准化建设。',
    encoded(noDesignatedBrand),
  ),
  article(
    23,
    '第二十三条',
    '根据本办法，结合相关职业技能领域实际，细化工作流程和管理办法，制定职业技能等级标准、考核大纲、题库开发实施细则，制定考核实施和证书管理办法、考核站点管理实施细则，并向社会公开。',
    encoded(rulesPublished),
  ),
  article(
    24,
    '第二十四条',
    '坚持公益性原则，以成本补偿为基础，对职业技能等级证书的考核费用进行单独核算，根据有关规定研究确定考核费用标准。组织实施职业技能等级考核，颁发有关职业技能等级证书，并及时对接录入职业技能等级证书信息管理服务平台，对接职业教育国家学分银行，配合对证书对应的学分银行学分进行认定。',
    encoded(separateAccounting, platformEntry),
  ),
  article(
    25,
    '第二十五条',
    '严格末端监督，定期对培训评价组织进行“双随机、一公开”抽查和监督。建立培训评价组织目录，由国家职业教育指导咨询委员会和部际联席会议成员单位推荐专家形成监督专家库，通过随机抽取方式确定检查对象和专家，以审查材料、实地考察、走访座谈等形式进行监督检查，检查结果及时在职业技能等级证书信息管理服务平台公布。各地相应建立有关工作机制，实施监督职责，有关情况报部际联席会议办公室。',
    procedural('supervision/random-inspection'),
  ),
  article(
    26,
    '第二十六条',
    '建立培训评价组织行为监督评价系统，接受学校、教师、学生、家长及社会各方的投诉举报，发挥社会监督作用。教育部及时组织对投诉举报进行受理，督促培训评价组织及时回应和整改。',
    procedural('supervision/complaints'),
  ),
  article(
    27,
    '第二十七条',
    '建立培训评价组织评价指标体系，结合“双随机、一公开”检查情况和社会评价情况，定期对培训评价组织和职业技能等级证书质量开展等级评价。积极发挥行业组织、科研院所等在监测评估中的作用。',
    procedural('supervision/monitoring-rating'),
  ),
  article(
    28,
    '第二十八条',
    '建立培训评价组织退出机制。培训评价组织凡出现以下情形之一，经相关部门调查核实，报部际联席会议审定后取消其参与 1+X 证书制度试点资格，将其从培训评价组织目录中清除，并依法依规交由有关部门进一步处理。',
    encoded(...section28Rules),
  ),
  item(
    28,
    1,
    '考核工作组织实施不力，在考核过程中存在严重违反考核纪律、弄虚作假的；',
    encoded(examMisconduct),
  ),
  item(28, 2, '违反有关规定进行高收费或另立名目乱收费，不按要求及时整改的；', encoded(overcharging)),
  item(28, 3, '借机谋取不正当利益的，如向学校捆绑销售仪器设备、实训软件等；', encoded(improperBenefit)),
  item(28, 4, '不按要求及时更新有关职业技能等级标准、教材、考核题库的；', encoded(notUpdated)),
  item(
    28,
    5,
    '针对“双随机、一公开”检查、通过证书信息管理服务平台等渠道反映问题集中且未按要求及时整改的，等级评价不合格的；',
    encoded(concentratedProblems, ratingUnqualified),
  ),
  item(28, 6, '出现重大税收等违法失信情况的；', encoded(majorTaxViolation)),
  item(28, 7, '存在其他违纪违规情况的。', encoded(otherViolations)),
  paragraph(
    28,
    2,
    '第二十八条第二款',
    '试点资格取消前已按规范程序发放的相关职业技能等级证书可继续发挥效用，体现的学习成果可在学分银行继续使用。',
    encoded(certificatesKeepEffect),
  ),
  article(
    29,
    '第二十九条',
    '本办法由国务院职业教育工作部际联席会议办公室负责解释，自发布之日起实施。',
    notEncoded(
      '解释权与施行日期：自发布之日（2020-06-02）起实施，体现为本规则集的 inForceFrom 和各参数的生效日期',
    ),
  ),
];
