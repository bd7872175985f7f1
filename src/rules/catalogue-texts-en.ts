// The rule catalogue's own words in both languages (issue 10 point 3): the regulations' titles and
// issuers, the procedures that carry out an article, why an article is not encoded, and the date each
// check is judged at. The catalogue records these in Chinese, sometimes with the machine's terms
// (filingCode, inForceFrom …) for the developer; here each gets the wording a reader sees: a Chinese text
// without codes where the record has them, and its English. The regulations' own text (articles, labels)
// is quoted verbatim and not translated. A text without an entry here shows as recorded (Chinese) —
// tests/law/catalogue-english.test.ts fails on one.

/** The regulations' titles in English (also used by the guides, src/use-cases/guides/build-guide.ts). */
export const REGIME_TITLES_EN: Readonly<Record<string, string>> = {
  'mohrss-filing': 'Guidelines for the filing of skill-level evaluation institutions (trial)',
  'mohrss-violations': 'Guidance on handling violations in skill evaluation (trial)',
  '1x-selection':
    'Measures for the selection and supervision of vocational education training-evaluation organisations (trial)',
  '1x-exit':
    'Rules for the exit of training-evaluation organisations and skill-level certificates from the catalogue',
  'dept-pilot': 'Notice on the pilot skill-level evaluation by departments and industries',
  'gz-rules': 'Guizhou rules for the selection and exit of skill-level evaluation institutions',
};

const MOHRSS_ISSUERS =
  'Department of Vocational Capacity Building, Ministry of Human Resources and Social Security; Occupational Skill Testing Authority, Ministry of Human Resources and Social Security';

export const REGIME_ISSUERS_EN: Readonly<Record<string, string>> = {
  'mohrss-filing': MOHRSS_ISSUERS,
  'mohrss-violations': MOHRSS_ISSUERS,
  '1x-selection':
    'National Vocational Education Steering and Advisory Committee (adopted by the State Council’s inter-ministerial joint meeting on vocational education)',
  '1x-exit': 'Office of the State Council’s inter-ministerial joint meeting on vocational education',
  'dept-pilot':
    'China Employment Training Technical Instruction Centre; Occupational Skill Testing Authority, Ministry of Human Resources and Social Security',
  'gz-rules': 'Guizhou Department of Human Resources and Social Security',
};

/** The procedure (workflow) an article is carried out by, named as the menu and the guides name it. */
export const WORKFLOW_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  'entry/mohrss-employer-filing': { zh: '全国性用人单位备案', en: 'Filing of a national employer' },
  'entry/branch-filing': { zh: '分支机构备案', en: 'Filing of a branch' },
  'entry/publication': { zh: '目录公布', en: 'Publication in the directory' },
  'entry/social-org-filing': {
    zh: '社会培训评价组织备案',
    en: 'Filing of a social evaluation organisation',
  },
  'entry/1x-selection': {
    zh: '1+X 培训评价组织遴选',
    en: 'Selection of 1+X training-evaluation organisations',
  },
  'entry/dept-pilot': { zh: '部门行业认定试点', en: 'Department and industry pilot' },
  'violations/case-procedure': { zh: '违纪违规处理程序', en: 'Procedure for handling violations' },
  'supervision/random-inspection': { zh: '“双随机、一公开”检查', en: 'Random inspections' },
  'supervision/complaints': { zh: '投诉举报', en: 'Complaints' },
  'supervision/monitoring-rating': { zh: '监测评价', en: 'Monitoring and rating' },
  'supervision/*': { zh: '监督', en: 'Supervision' },
  'exit/1x-exit': { zh: '1+X 退出目录', en: 'Exit from the 1+X catalogue' },
  'exit/gz-exit': { zh: '贵州终止评价活动', en: 'Ending evaluation in Guizhou' },
};

/**
 * The remark after a workflow's id (what part of the procedure carries the article out): its Chinese
 * without the machine's terms where it has them, and its English.
 */
export const WORKFLOW_NOTES: Readonly<Record<string, { zh?: string; en: string }>> = {
  '受理机构为指导中心：申请只能提交至 Authority.kind = 指导中心': {
    zh: '受理机构为指导中心：申请只能提交至指导中心',
    en: 'the guidance centre accepts: applications can be made to the guidance centre only',
  },
  备案决定由人社部作出: { en: 'the ministry decides on the filing' },
  提交: { en: 'submission' },
  '技术评审：专家意见记录为 Review / ExpertOpinion': {
    zh: '技术评审：专家意见记入评审',
    en: 'technical review: the experts’ opinions are recorded with the review',
  },
  '赋予备案码 filingCode、出具 FilingReceipt': {
    zh: '赋予备案码、出具备案回执',
    en: 'the filing code is given and the filing receipt issued',
  },
  '分支机构属地技术评审、赋码、回执': {
    en: 'local technical review of the branch, its code and receipt',
  },
  目录公布: { en: 'publication in the directory' },
  生成备案同意函文书: { en: 'the letter agreeing to the filing is drawn up' },
  '送达：电话告知并记录回执邮寄': {
    en: 'service: the applicant is told by telephone and the posting of the receipt recorded',
  },
  '提交时真实性声明；申报机构可查看办理状态并陈述': {
    en: 'a declaration of truth on submission; the applicant follows the progress and may state its case',
  },
  申报机构在线查看办理状态: { en: 'the applicant follows the progress online' },
  '征集通告 RecruitmentCall': { zh: '征集通告', en: 'recruitment call' },
  受理机构为辖区评价指导部门: {
    en: 'the evaluation guidance department of the jurisdiction accepts',
  },
  申请提交至辖区评价指导部门: {
    en: 'applications go to the evaluation guidance department of the jurisdiction',
  },
  '受理、补正；材料清单由 mohrss-filing.social_org.materials 判定': {
    zh: '受理、补正；材料清单由材料检查判定',
    en: 'acceptance and correction; the materials are judged by the materials check',
  },
  '评估：调用 mohrss-filing.social_org.eligibility / prohibitions / quota': {
    zh: '评估：调用条件、禁止情形和家数检查',
    en: 'assessment by the checks of the conditions, the prohibitions and the number of organisations',
  },
  '公示 PublicNotice 及异议 Objection；文本未定公示期': {
    zh: '公示及异议；文本未定公示期',
    en: 'public notice and objections; the text sets no notice period',
  },
  '出具 FilingReceipt': { zh: '出具备案回执', en: 'the filing receipt is issued' },
  '试点工作方案与分支机构名单函告鉴定中心；材料由 dept-pilot.submission_checklist 判定': {
    zh: '试点工作方案与分支机构名单函告鉴定中心；材料由提交材料检查判定',
    en: 'the pilot work plan and the list of branches go to the testing centre by letter; the materials are judged by the submission check',
  },
  '分支机构按注册地备案要求备案，如贵州适用 gz-rules': {
    zh: '分支机构按注册地备案要求备案，如贵州适用贵州细则',
    en: 'branches file as their place of registration requires, in Guizhou under the Guizhou rules',
  },
  属地备案完成后网上公示: { en: 'published online once filed locally' },
  '多方监督：属地日常监督、投诉举报、公众监督': {
    en: 'supervision by many: local day-to-day supervision, complaints, the public',
  },
  '出具终止评价活动通知书、报部备案、更新目录公示': {
    en: 'the notice ending evaluation is issued, reported to the ministry, and the directory updated',
  },
};

/** Why an article is not encoded: Chinese without the machine's terms where needed, and English. */
export const REASONS: Readonly<Record<string, { zh?: string; en: string }>> = {
  '章节标题及脚注；地方用人单位指南不在五份文本之内': {
    en: 'Section heading and footnote; the guidelines for local employers are not among the texts encoded',
  },
  '办理依据（所引文件不在五份文本之内），不含可判定的条件': {
    en: 'Legal basis of the procedure (the documents it cites are not among the texts encoded); no condition to decide',
  },
  '申报平台网址（联系方式类信息）；SkillReg 自身即为申报入口': {
    en: 'Address of the application platform (contact information); SkillReg itself is where applications are made',
  },
  '文本未设总办理时限；受理答复的 10 个工作日见一（十）2': {
    en: 'The text sets no overall time limit; the 10 working days for the answer on acceptance are in section 1(10)2',
  },
  '不收费：SkillReg 不设任何收费项目，无可判定的条件': {
    en: 'No fees: SkillReg charges nothing; no condition to decide',
  },
  '联系方式、地址等办事指引信息，不含可判定的条件': {
    en: 'Contact details, addresses and similar guidance; no condition to decide',
  },
  '章节标题及脚注；职业技能考核鉴定机构备案不在 SkillReg 范围内': {
    en: 'Section heading and footnote; the filing of occupational skill testing bodies is outside SkillReg',
  },
  '适用范围说明：本节各检查（mohrss-filing.social_org.*）仅用于社会培训评价组织': {
    zh: '适用范围说明：本节各检查仅用于社会培训评价组织',
    en: 'Scope: the checks of this section apply to social evaluation organisations only',
  },
  '联系方式、地址等办事指引信息，不含可判定的条件；投诉由 supervision/complaints 受理': {
    zh: '联系方式、地址等办事指引信息，不含可判定的条件；投诉由投诉举报程序受理',
    en: 'Contact details, addresses and similar guidance; no condition to decide; complaints are handled by the complaints procedure',
  },
  '制定目的与依据条款，不含条件': { en: 'Purpose and legal basis; no condition' },
  '适用范围与法律优先：本规则集只就本指引作出判断；法律、行政法规和部门规章另有规定的，由监管部门依该规定处理并在决定中引用':
    {
      en: 'Scope and precedence of the law: this rule set decides on this guidance only; where laws, administrative regulations or ministry rules provide otherwise, the supervising authority applies them and cites them in its decision',
    },
  '定义条款：技能人才评价包括职业资格评价、职业技能等级认定、专项职业能力考核等，决定本规则集的适用对象': {
    en: 'Definition: skill evaluation covers occupational qualifications, skill-level evaluation, special vocational ability tests and the like, which decides to whom this rule set applies',
  },
  '处理原则（合法依规、客观公正、科学规范、惩教结合），不是可判定的条件；具体处理由第五条至第十九条的规则体现':
    {
      en: 'Principles of handling (lawful, objective and fair, scientific, punishment combined with education), not a condition to decide; the handling itself is in the rules of articles 5 to 19',
    },
  '职责分工：人社部职业能力建设司和鉴定中心的全国职责，体现在监管部门类别及其权限中': {
    en: 'Division of duties: the national duties of the ministry’s Department of Vocational Capacity Building and its testing authority, shown in the kinds of supervising authority and their powers',
  },
  '定义条款：评价机构监管部门、评价机构、工作人员（考务管理人员、考评人员、质量督导人员）、参评人员；体现为处理对象和工作人员类别的取值，不是条件':
    {
      en: 'Definitions: supervising authority, evaluation institution, staff (exam administrators, assessors, quality supervisors), candidates; shown as the values of who is dealt with and of the kinds of staff, not a condition',
    },
  '授权省级人社部门和行业部门制定实施细则：各地细则如被采用，将作为新的规则集或带日期的参数版本加入': {
    en: 'Provinces and industry departments may draw up implementing rules: where adopted, a province’s rules are added as a new rule set or as dated parameter values',
  },
  解释权条款: { en: 'Clause on interpretation' },
  '施行日期：自印发之日（2021-12-23）起施行，体现为本规则集的 inForceFrom 和各参数的生效日期': {
    zh: '施行日期：自印发之日（2021-12-23）起施行，体现为本规则集的适用日期和各参数的生效日期',
    en: 'Entry into force: from the day of issue (2021-12-23), shown as the date from which this rule set applies and the parameters’ effective dates',
  },
  '制定依据与目的条款，不含条件': { en: 'Legal basis and purpose; no condition' },
  '适用范围：教育部负责管理监督考核的 1+X 职业技能等级证书及其培训评价组织（机构类别 training_org）；决定本规则集的适用对象，不是条件':
    {
      zh: '适用范围：教育部负责管理监督考核的 1+X 职业技能等级证书及其培训评价组织（机构类别：培训评价组织）；决定本规则集的适用对象，不是条件',
      en: 'Scope: the 1+X skill-level certificates whose assessment the Ministry of Education supervises, and their training-evaluation organisations; decides to whom this rule set applies, not a condition',
    },
  '职责分工条款：体现在监管部门类别（部际联席会议、其办公室、教育部）及其权限中，不是条件': {
    en: 'Division of duties: shown in the kinds of supervising authority (the inter-ministerial joint meeting, its office, the Ministry of Education) and their powers, not a condition',
  },
  '工作原则（公正、公平、公开，择优、宁缺毋滥），不是可判定的条件；择优比较由遴选流程中的专家评议体现（entry/1x-selection）':
    {
      zh: '工作原则（公正、公平、公开，择优、宁缺毋滥），不是可判定的条件；择优比较由遴选流程中的专家评议体现（1+X 培训评价组织遴选）',
      en: 'Working principles (just, fair and open; the best chosen, none rather than the unfit), not a condition to decide; the comparison is made by the experts’ review in the selection procedure',
    },
  '解释权与施行日期：自发布之日（2020-06-02）起实施，体现为本规则集的 inForceFrom 和各参数的生效日期': {
    zh: '解释权与施行日期：自发布之日（2020-06-02）起实施，体现为本规则集的适用日期和各参数的生效日期',
    en: 'Interpretation and entry into force: from the day of publication (2020-06-02), shown as the date from which this rule set applies and the parameters’ effective dates',
  },
  '职责分工条款：由谁领导、协调和实施，体现在监管部门类别（部际联席会议办公室、具体受托单位）及其权限中，不是条件':
    {
      en: 'Division of duties: who leads, coordinates and carries out the work, shown in the kinds of supervising authority (the joint meeting’s office, the delegated unit) and their powers, not a condition',
    },
  '解释权与施行日期：文本未载发布日期，SkillReg 自 2020-01-01 起适用（docs/decisions/0006），体现为本规则集的 inForceFrom':
    {
      zh: '解释权与施行日期：文本未载发布日期，SkillReg 自 2020-01-01 起适用（决策记录 0006），体现为本规则集的适用日期',
      en: 'Interpretation and entry into force: the text bears no date of publication; SkillReg applies it from 2020-01-01 (decision record 0006), shown as the date from which this rule set applies',
    },
  '发文目的与依据，不含可判定的条件': {
    en: 'Purpose and legal basis of the notice; no condition to decide',
  },
  '政策目标（职业资格退出目录由人社部统一实施），不针对评价机构的条件或期限': {
    en: 'Policy aim (the ministry removes occupational qualifications from the catalogue), not a condition or deadline for evaluation institutions',
  },
  '工作要求（倡导性、组织性表述），不含可判定的条件': {
    en: 'Working requirements (exhortation and organisation); no condition to decide',
  },
  '联系方式，不含可判定的条件': { en: 'Contact details; no condition to decide' },
  '目的与依据条款，不含可判定的条件': { en: 'Purpose and legal basis; no condition to decide' },
  '工作原则，不含可判定的条件': { en: 'Working principles; no condition to decide' },
  '解释权条款，不含可判定的条件': { en: 'Clause on interpretation; no condition to decide' },
  '由参数与规则的生效日期版本机制实现：国家政策调整时由管理员录入新的生效版本（docs/decisions/0006）': {
    zh: '由参数与规则的生效日期版本机制实现：国家政策调整时由管理员录入新的生效版本（决策记录 0006）',
    en: 'Carried by the dated versions of parameters and rules: when national policy changes, the administrator enters a new version with its effective date (decision record 0006)',
  },
};

/** The date a check is judged at (its asOf_zh), in English. */
export const AS_OF_EN: Readonly<Record<string, string>> = {
  备案决定日期: 'Date of the filing decision',
  材料提交日期: 'Date the materials were submitted',
  '审查日期（尚未告知时判断是否逾期）':
    'Date of the check (before the applicant is told: whether time has run out)',
  '备案决定日期（3 年自此日回算）': 'Date of the filing decision (the 3 years are counted back from it)',
  '备案决定日期（按该日已备案的机构计数）':
    'Date of the filing decision (institutions filed on that day are counted)',
  查实日期: 'Date the facts were established',
  '处理决定日期（禁评期自此日起算）': 'Date of the decision (the ban runs from it)',
  '处理决定日期（“当年”指该日所在年度）':
    'Date of the decision (“that year” is the calendar year of this date)',
  '处理决定日期（不开展评价的期间自此日回算）':
    'Date of the decision (the period without evaluation is counted back from it)',
  处理决定日期: 'Date of the decision',
  '陈述和申辩提出日期（本指引未规定期限）':
    'Date the statement and defence were made (the guidance sets no time limit)',
  报名或参加评价的日期: 'Date of enrolling in or taking the evaluation',
  拟安排参加评价工作的日期: 'Date of the evaluation work the person is to be given',
  开设批次的日期: 'Date the session is opened',
  申报材料提交日期: 'Date the application materials were submitted',
  拟发布日期: 'Date of publication intended',
  检查日期: 'Date of the inspection',
  调查核实结论日期: 'Date of the investigation’s conclusion',
  纸质申请材料提交具体受托单位的日期: 'Date the paper application was handed to the delegated unit',
  具体受托单位开始办理的日期: 'Date the delegated unit starts processing',
  '核查日期（退出决定前）': 'Date of the check (before the exit decision)',
  '取消决定（调查核实结论）日期': 'Date of the revocation decision (the investigation’s conclusion)',
  '核查日期（尚未申诉时判断是否已逾期）': 'Date of the check (before an appeal: whether time has run out)',
  参与培训评价组织招募遴选的申报日期: 'Date of applying to a selection of training-evaluation organisations',
  查验日期: 'Date of the check',
  退出决定日期: 'Date of the exit decision',
  推荐审核日期: 'Date of the review of the recommendation',
  审核日期: 'Date of the review',
  审查日期: 'Date of the check',
  遴选决定日期: 'Date of the selection decision',
  '遴选决定日期（年限自此日回算）': 'Date of the selection decision (the years are counted back from it)',
  '遴选决定日期（近3年自此日回算）':
    'Date of the selection decision (the last 3 years are counted back from it)',
  续期决定日期: 'Date of the renewal decision',
  决定日期: 'Date of the decision',
  报名登记日期: 'Date of registration',
  安排的日期: 'Date of the assignment',
  计算结果的日期: 'Date the result is computed',
  关闭的日期: 'Date of closing',
};

/** Named items of parameter values that the parameters name in Chinese only. */
export const NAMED_VALUES_EN: Readonly<Record<string, string>> = {
  '第三大类 办事人员和有关人员': 'Major group 3: clerks and related workers',
  '第四大类 社会生产服务和生活服务人员': 'Major group 4: workers of social production and life services',
  '第五大类 农、林、牧、渔业生产及辅助人员':
    'Major group 5: workers of agriculture, forestry, animal husbandry and fishery and their auxiliaries',
  '第六大类 生产制造及有关人员': 'Major group 6: production and manufacturing and related workers',
};
