// The English of the forms' field descriptions (issue 10 point 3). The procedures describe each field
// of their forms in Chinese (zod `.describe()` in src/workflows/<procedure>/data.ts and the rules'
// facts); formSchema (case-context.ts) adds the English twin of each description as `description_en`
// in the JSON schema it serves, and the web form uses it in English — one map for every procedure's
// form, keyed by the Chinese description, so that the procedures' schemas stay as they are. An
// enumeration's values are named the same way in both languages ("code name / code name"): the form
// takes its options' names from the description of the reader's language and never shows the codes.
// The same map serves the action forms (each event's payload schema, eventSchemas, drawn in the case
// page's dialogs). tests/web/form-descriptions-en.test.ts fails on a description of an application or
// action form without its twin, and on an option the Chinese names and the English leaves unnamed.
import { FACTS_DESCRIPTIONS_EN } from '../../rules/facts-descriptions-en.js';
import { VIOLATION_DESCRIPTIONS_EN } from '../../workflows/violation-case/descriptions-en.js';
import { RENEWAL_DESCRIPTIONS_EN } from '../../workflows/gz-renewal/descriptions-en.js';
import { ORDERED_EXIT_DESCRIPTIONS_EN } from '../../workflows/ordered-exit/descriptions-en.js';
import { VOLUNTARY_EXIT_DESCRIPTIONS_EN } from '../../workflows/x-voluntary-exit/descriptions-en.js';
import { REQUEST_DESCRIPTIONS_EN } from '../../http/schemas/descriptions-en.js';

export const FORM_DESCRIPTIONS_EN: Readonly<Record<string, string>> = {
  // The API's requests: every body field and query or path parameter (src/http/schemas/descriptions-en.ts).
  ...REQUEST_DESCRIPTIONS_EN,
  // The rules' facts, which the forms reuse (src/rules/facts-descriptions-en.ts: one place for them).
  ...FACTS_DESCRIPTIONS_EN,
  // Violation cases (mohrss-violations §16–20).
  ...VIOLATION_DESCRIPTIONS_EN,
  // Guizhou renewal (gz-rules §8–12).
  ...RENEWAL_DESCRIPTIONS_EN,
  // Voluntary exits (1x-exit §2–6, §9; gz-rules §13).
  ...VOLUNTARY_EXIT_DESCRIPTIONS_EN,
  // Ordered termination and revocation (1x-exit §7, gz-rules §15–16).
  ...ORDERED_EXIT_DESCRIPTIONS_EN,
  // Filing of a national employer (mohrss-filing 一) and its branches.
  '属于全国性用人单位：一（一）本指南适用于全国性用人单位，地方用人单位按所在地备案指南办理':
    'National employer: section 1(1), these guidelines apply to national employers; local employers follow the guidelines of their province',
  '企业类别：一（六）1 central_soe 国资委央企名录中的中央企业 / large_soe 大型国有企业 / large_private 大型民营企业 / other_large 其他大型企业 / not_large 非大型企业':
    'Kind of enterprise (section 1(6)1): central_soe central state-owned enterprise (SASAC list) / large_soe large state-owned enterprise / large_private large private enterprise / other_large other large enterprise / not_large not a large enterprise',
  '自愿接受各级人力资源社会保障部门的监督：一（六）5':
    'Accepts the supervision of the human resources and social security departments (section 1(6)5)',
  '申报的职业（工种）及等级': 'Occupations (trades) and levels applied for',
  '职业（工种）代码，如 6-31-01-03': 'Occupation (trade) code, e.g. 6-31-01-03',
  分支机构: 'Branch',
  '用人单位的部级备案案件（不填则取该单位已取得回执的备案）':
    'The employer’s ministry filing (left blank: the filing for which it holds a receipt)',
  '分支机构认定的职业（工种）及等级（不填则与用人单位备案范围相同）':
    'Occupations (trades) and levels of the branch (left blank: the same as the employer’s filing)',

  // Guizhou selection (gz-rules).
  '申请认定的职业（工种）及等级': 'Occupations (trades) and levels applied for',
  '申请认定的职业（工种）代码': 'Occupation (trade) code applied for',
  '申请认定的等级（1–5 级，可多选）': 'Levels applied for (levels 1–5, several allowed)',
  '该职业（工种）培训规模（社会培训评价组织填写，单位：人次；第六条第三项）':
    'Training volume in this occupation (social evaluation organisations; person-times; §6(3))',
  '属人力资源社会保障部公布的新职业（社会培训评价组织填写；新职业不受培训规模要求限制）':
    'A new occupation published by the ministry (social evaluation organisations; no training volume is required for a new occupation)',
  '岗位设置中有明确对应的技能岗位（用人单位填写；第四条第三项）':
    'Has matching skilled posts among its posts (employers; §4(3))',
  '用于认定的场地（登记在本单位名下；本单位只有一处场地时可不选）':
    'Sites used for evaluation (registered to the applicant; may be left blank when it has one site only)',
  '连续开展相关职业培训或考核的起始日期（社会培训评价组织填写）':
    'Date since which it has run training or assessment in these occupations without a break (social evaluation organisations)',
  '已制定的管理制度（社会培训评价组织填写）：exam_affairs 考务 / personnel 人员 / finance 财务 / archives 档案 / question_bank 题库 / certificates 证书 / violations 违规违纪':
    'Management rules in place (social evaluation organisations): exam_affairs exam affairs / personnel staff / finance finance / archives archives / question_bank question bank / certificates certificates / violations violations and discipline',
  '拥有与拟认定职业、等级相匹配的专家团队（社会培训评价组织填写）':
    'Has a team of experts matching the occupations and levels (social evaluation organisations)',
  '配备必要的办公设备和通信设备（社会培训评价组织填写）':
    'Has the necessary office and communication equipment (social evaluation organisations)',
  '考场实行单人单桌（社会培训评价组织填写）':
    'One candidate per desk in the exam rooms (social evaluation organisations)',
  '企业类别（用人单位填写）：可多选，均不属于则留空 / above_scale 规模以上企业 / chain_leader 产业链链主企业 / industry_leader 行业龙头企业 / specialised_innovative “专精特新”企业 / local_characteristic 地方特色企业':
    'Kind of enterprise (employers): several allowed, blank if none / above_scale enterprise above the designated size / chain_leader leader of an industrial chain / industry_leader leading enterprise of its industry / specialised_innovative specialised and innovative enterprise / local_characteristic enterprise of local character',
  '评价对象仅为本校全日制在校学生（院校填写）': 'Evaluates only its own full-time students (schools)',
  '评价时间（院校填写）：graduation_year 毕业年度 / after_all_courses 专业全课程结课后 / other 其他':
    'When students are evaluated (schools): graduation_year in the year of graduation / after_all_courses after all courses of the programme / other other',
  '已建立职业技能等级认定专职内设机构（院校填写）':
    'Has an internal unit dedicated to skill-level evaluation (schools)',

  // Department and industry pilots (dept-pilot).
  '推荐的社会培训评价组织（政府有关部门推荐时选择；行业组织自行申报不填）':
    'Social evaluation organisation recommended (when a department recommends; blank when an industry association applies itself)',
  '领域（推荐部门的领域或行业组织的行业，如“交通运输 道路运输”）':
    'Field (the department’s field or the association’s industry, e.g. road transport)',
  '本部门退出职业资格目录的原有职业（工种）代码（政府有关部门推荐时填写）':
    'Codes of the department’s occupations (trades) taken out of the vocational qualification list (when a department recommends)',
  '该组织承担认定的职业（工种）及等级': 'Occupations (trades) and levels the organisation will evaluate',
  '承担认定的职业（工种）代码': 'Occupation (trade) code evaluated',
  '认定等级（1–5 级，可多选）': 'Levels evaluated (levels 1–5, several allowed)',
  '已与主管部门脱钩（该组织为协会时填写；未与主管部门脱钩的协会原则上不得纳入试点）':
    'Decoupled from its supervising department (for an association; an association not decoupled is in principle not admitted)',
  '属非专业行业协会（该组织为协会时填写；非专业行业协会原则上不得纳入试点）':
    'A non-professional industry association (for an association; such associations are in principle not admitted)',
  '分支机构名单（试点工作方案确定的分支机构）': 'Branches (those the pilot work plan names)',
  '分支机构（登记在该组织名下的分支机构）': 'Branch (registered under the organisation)',
  '已与主管部门脱钩（协会类分支机构填写）':
    'Decoupled from its supervising department (branches that are associations)',
  '属非专业行业协会（协会类分支机构填写）':
    'A non-professional industry association (branches that are associations)',
  '行业组织类型（行业组织自行申报时选择）：comprehensive 综合类行业组织（协会）/ professional 专业性行业组织（协会）/ other 其他':
    'Kind of industry association (when it applies itself): comprehensive comprehensive industry association / professional professional industry association / other other',
  '所属一类行业协会提供相应技术支持（综合类行业组织填写）':
    'Technical support from the first-class industry association it belongs to (comprehensive associations)',
  '备案的分支机构（须列入试点工作方案的分支机构名单）':
    'Branch to file (must be on the pilot work plan’s list of branches)',

  // 1+X selection (1x-selection).
  '招募公告（正在受理申报的公告）': 'Recruitment call (one open for applications)',
  '申报的职业技能领域（招募公告所列领域之一）': 'Skill field applied for (one of the call’s fields)',
  申报的职业技能等级证书: 'Skill-level certificates applied for',
  '证书名称：职业技能等级证书名称，如“Web 前端开发”':
    'Certificate name: the name of the skill-level certificate, e.g. web front-end development',
  '证书代码（已有时填写）': 'Certificate code (if it has one)',
  '证书等级：junior 初级 / intermediate 中级 / senior 高级':
    'Certificate levels: junior junior / intermediate intermediate / senior senior',
  '职业技能等级标准名称（第七条：申报的证书有相应的职业技能等级标准；无则填 null）':
    'Name of the skill-level standard (§7: the certificate has a skill-level standard; blank if none)',
  '存在违法行为（第六条）': 'Has broken the law (§6)',
  存在失信行为: 'Has a record of untrustworthy conduct',
  存在重大经济纠纷: 'Has a major economic dispute',
  存在不良借贷: 'Has bad loans',
  '专家、师资团队人数（第九条）': 'Number of experts and teachers (§9)',
  '专家、师资团队构成（行业企业管理人员、技术骨干、高技能人才等）':
    'Make-up of the expert and teaching team (managers, lead technicians, highly skilled workers of the industry …)',
  '培训、师资培训、支持院校和考核颁证的经验概述（第九条、第十条）':
    'Experience in training, teacher training, support to schools and assessment and certification (§9, §10)',

  // Filing of a social evaluation organisation (mohrss-filing 二).
  '受理部门（不填为本机构的监管部门）':
    'Authority applied to (blank: the institution’s supervising authority)',
  '申报职业（工种）及等级': 'Occupations (trades) and levels applied for',
  '申报职业（工种）代码，如 4-10-01-05': 'Occupation (trade) code applied for, e.g. 4-10-01-05',
  申报等级: 'Levels applied for',
  '开展评价的场地（不填时取本机构登记的唯一场地）':
    'Site of the evaluations (blank: the only site registered to the institution)',
  '法律形式（统一社会信用代码无法判断时填写）':
    'Legal form (when the unified social credit code does not tell it)',
  社会团体是否已与政府部门脱钩: 'Whether the social group is decoupled from government departments',
  连续开展相关职业培训或考核的起始日期:
    'Date since which it has run training or assessment in these occupations without a break',

  // The action forms of the cases (each event's payload: the case page's dialogs), every procedure.
  // Shared by several procedures.
  '需补正的事项（逐项列明，申报机构在案件页面看到）':
    'Items to correct (one by one; the applicant sees them on its case page)',
  '评审阶段退回补正的理由（法规对此环节的补正未作规定，由监管部门决定并记录理由）':
    'Reason for returning the application for correction during review (the rules do not provide for correction at this stage; the supervising authority decides and records its reason)',
  撤回理由: 'Reason for withdrawal',
  需补正的事项: 'Items to correct',
  补正说明: 'Notes on the correction',
  核查日期: 'Date of the check',
  公示期长度: 'Length of the public notice',
  '计算单位：working_days 工作日 / calendar_days 自然日':
    'Counted in: working_days working days / calendar_days calendar days',

  // Filing of a national employer (mohrss-filing 一) and its branches.
  '本单位承诺如实提交有关材料，并对申报材料实质内容的真实性负责（一（十五））':
    'The employer undertakes to submit true materials and answers for the truth of their substance (section 1(15))',
  需补正的内容: 'What is to be corrected',
  '需补正的材料项：filing_application_form 职业技能等级评价机构备案申请表 / legal_person_certificate 法人登记证书复印件 / implementation_plan 职业技能等级认定工作实施方案 / branch_list 职业技能等级认定备案企业分支机构表 / workforce_regulations_list 企业技能人才队伍建设相关制度清单 / occupation_standard_list 职业技能等级认定职业（工种）和标准目录清单 / syllabus_textbook_list 职业技能等级认定职业（工种）培训大纲及教材清单 / question_bank_list 职业技能等级认定职业（工种）题库或卷库清单 / site_equipment_list 职业技能等级认定主体职业（工种）评价的场地、设施、设备配置情况清单 / assessor_roster 职业技能等级认定考评人员名册 / supervisor_roster 职业技能等级认定督导人员名册 / evaluation_team_distribution 职业技能等级认定评价队伍分布情况表 / evaluation_statistics 职业技能等级认定申报机构评价情况统计表 / training_statistics 职业技能等级认定申报机构培训情况统计表 / application 申请信息（申请条件声明、申报职业及等级）':
    'Material to correct: filing_application_form evaluation institution filing form / legal_person_certificate copy of the legal person registration certificate / implementation_plan implementation plan for skill-level evaluation / branch_list table of the enterprise’s branches filed for skill-level evaluation / workforce_regulations_list list of the enterprise’s rules for building its skilled workforce / occupation_standard_list list of the occupations (trades) and standards evaluated / syllabus_textbook_list list of training syllabi and textbooks per occupation (trade) / question_bank_list list of question banks or paper banks per occupation (trade) / site_equipment_list list of the sites, facilities and equipment for evaluating each occupation (trade) / assessor_roster roster of assessors / supervisor_roster roster of quality supervisors / evaluation_team_distribution table of how the evaluation staff are spread / evaluation_statistics statistics of the applicant’s evaluations / training_statistics statistics of the applicant’s training / application application details (declared conditions, occupations and levels applied for)',
  补正要求: 'What the correction requires',
  专家库: 'Expert pool',
  评审组人数: 'Size of the review panel',
  根据技术评审对申请条件的认定: 'Findings on the conditions, based on the technical review',
  '技能人员为单位职工的重要组成部分（一（六）2）':
    'Skilled workers are a major part of the employer’s staff (section 1(6)2)',
  '具有良好的技能人员培训和评价工作基础（一（六）3）':
    'Has a sound basis for training and evaluating skilled workers (section 1(6)3)',
  '建立健全培训与使用相结合、评价与激励相联系的人才发展机制（一（六）4）':
    'Has a talent development system that ties training to employment and evaluation to incentives (section 1(6)4)',
  评审组未形成多数意见时的认定理由: 'Reason for the finding when the review panel reached no majority',
  修改要求: 'Revisions required',
  技术评审意见: 'Technical review opinion',
  不予备案的理由: 'Reason for refusing the filing',

  // Guizhou selection (gz-rules): the supervising authority's review.
  '【社会培训评价组织】在拟开展认定的职业领域具有广泛影响力和良好声誉，熟悉行业发展趋势和技能人才需求（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    '[Social evaluation organisations] Has wide influence and a good reputation in the occupational field to be evaluated, and knows the industry’s trends and its need for skilled workers (true met / false not met / blank = to be decided by the supervising authority)',
  '【社会培训评价组织】经认定为具有贵州地方性特色的企业（适用第（三）项但书；不填视为否）':
    '[Social evaluation organisations] Recognised as an enterprise of Guizhou local character (the proviso of item (3) applies; blank means no)',
  '【社会培训评价组织】操作技能考核设备配置符合国家职业标准要求（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    '[Social evaluation organisations] Equipment for practical skill assessment meets the national occupational standards (true met / false not met / blank = to be decided by the supervising authority)',
  '【社会培训评价组织】满足消防安全、环保、劳保等相关规定（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    '[Social evaluation organisations] Meets the fire safety, environmental, labour protection and other rules (true met / false not met / blank = to be decided by the supervising authority)',
  '【用人单位】以技能人员为主体（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    '[Employers] Skilled workers make up most of the staff (true met / false not met / blank = to be decided by the supervising authority)',
  '【用人单位】有意愿、有条件开展技能等级认定（专精特新、地方特色企业）（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    '[Employers] Willing and able to run skill-level evaluation (specialised and innovative enterprises, enterprises of local character) (true met / false not met / blank = to be decided by the supervising authority)',
  '【用人单位】已建立培养与使用相结合、评价与激励相衔接的工作体系，落实薪酬激励，等级与待遇、晋升、培训直接挂钩（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    '[Employers] Has a system that ties training to employment and evaluation to incentives, pays accordingly, and links levels directly to pay, promotion and training (true met / false not met / blank = to be decided by the supervising authority)',
  '【用人单位】已制定完善的技能人才队伍建设制度及职业技能等级认定实施方案（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    '[Employers] Has complete rules for building its skilled workforce and an implementation plan for skill-level evaluation (true met / false not met / blank = to be decided by the supervising authority)',
  '【用人单位、院校】场地及设施设备符合国家职业标准要求（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    '[Employers, schools] Sites, facilities and equipment meet the national occupational standards (true met / false not met / blank = to be decided by the supervising authority)',
  '【用人单位、院校】场地满足消防安全、环保、劳保等相关规定（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    '[Employers, schools] Sites meet the fire safety, environmental, labour protection and other rules (true met / false not met / blank = to be decided by the supervising authority)',
  '【院校】有稳定经费保障（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    '[Schools] Has stable funding (true met / false not met / blank = to be decided by the supervising authority)',
  '逐个职业（工种）的认定': 'Findings per occupation (trade)',
  '职业（工种）代码': 'Occupation (trade) code',
  '【用人单位】与本单位主营业务直接相关（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    '[Employers] Directly related to the employer’s main business (true met / false not met / blank = to be decided by the supervising authority)',
  '【院校】与本校开设专业相匹配（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    '[Schools] Matches the programmes the school teaches (true met / false not met / blank = to be decided by the supervising authority)',
  '【院校】职业（工种）等级与办学层次相一致（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    '[Schools] The levels of the occupation (trade) are in line with the school’s level of education (true met / false not met / blank = to be decided by the supervising authority)',
  '第七条情形核查（核查日期、来源及发现的记录）':
    'Check for the cases of §7 (date, sources and the records found)',
  '核查来源：如 信用中国、民政部门社会组织信息、国家企业信用信息公示系统、巡视巡察审计整改台账':
    'Sources checked: e.g. Credit China, the civil affairs departments’ social organisation records, the National Enterprise Credit Information Publicity System, the rectification ledgers of inspections and audits',
  '机构在人才评价领域的不良记录（社会培训评价组织；mohrss-filing 二（七）2（5））':
    'Bad records of the institution in talent evaluation (social evaluation organisations; mohrss-filing section 2(7)2(5))',
  '社会培训评价组织：对 mohrss-filing 二（四）数量限制记录的例外决定（无则不填）':
    'Social evaluation organisations: exceptions recorded to the limit on numbers of mohrss-filing section 2(4) (blank if none)',
  '突破“原则上不超过3家”的职业（工种）': 'Occupation (trade) beyond “in principle no more than 3”',
  作出例外决定的部门或负责人: 'Department or official who decided the exception',
  '属现行《国家职业资格目录》内的职业（工种）（mohrss-filing 二（六）“另行研究”）':
    'Occupations (trades) on the current National Vocational Qualification List (mohrss-filing section 2(6), “to be studied separately”)',
  '经认定不属技能类的职业（工种）（mohrss-filing 二（六））':
    'Occupations (trades) found not to be skilled trades (mohrss-filing section 2(6))',
  '有效期截止日（含当日）：细则未规定有效期长度，由遴选部门确定':
    'End of the validity period (inclusive): the rules set no length; the selecting department decides',
  不予遴选的理由: 'Reason for not selecting',

  // Department and industry pilots (dept-pilot).
  '参照中就培函〔2020〕16号申报条件的相关要求（true 符合 / false 不符合 / 不填 = 待认定）':
    'Meets the application conditions of CETTIC letter [2020] No. 16, applied by analogy (true met / false not met / blank = to be decided)',
  '经核实：该组织（协会）是否已与主管部门脱钩':
    'Verified: whether the organisation (association) is decoupled from its supervising department',
  '经核实：是否属非专业行业协会': 'Verified: whether it is a non-professional industry association',
  '经核实：综合类行业组织所属一类行业协会提供技术支持':
    'Verified: the first-class industry association a comprehensive association belongs to gives technical support',
  '对“原则上不得纳入”记录的例外决定（无则不填）':
    'Exception decided to “in principle not admitted” (blank if none)',
  '有效期截止日（通知未规定有效期；不填 = 未规定截止日）':
    'End of the validity period (the notice sets none; blank = no end date)',
  不予纳入试点的理由: 'Reason for not admitting to the pilot',
  '经审核，符合本地对备案主体的资质要求（三（四））':
    'Reviewed: meets the local qualification requirements for filing bodies (section 3(4))',
  '不予备案的理由（如不符合本地备案主体资质要求）':
    'Reason for refusing the filing (e.g. the local qualification requirements for filing bodies are not met)',

  // 1+X selection (1x-selection).
  需补正的材料或事项: 'Materials or items to correct',
  '不予受理（或不予入围、不予通过）的理由': 'Reason for not accepting (or not shortlisting, not approving)',
  '遴选专家库（第十三条）': 'Selection expert pool (§13)',
  '评审专家人数（3—15 人）': 'Number of review experts (3–15)',
  实地考察日期: 'Date of the site visit',
  考察人员: 'Visitors',
  考察发现: 'Findings of the visit',
  '考察结论：confirmed 申报情况属实 / concerns 发现问题（写明于考察发现）':
    'Conclusion of the visit: confirmed the application is true / concerns problems found (stated in the findings)',
  评审组对第六条至第十条需认定事项的认定: 'The review panel’s findings on the matters of §6 to §10',
  '说明（评审组未形成多数意见时必填）': 'Notes (required when the review panel reached no majority)',
  不予入围的理由: 'Reason for not shortlisting',
  评审组要求修改的事项: 'Revisions the review panel requires',
  需修改的事项: 'Revision required',
  '核查渠道：ndrc 信用中国（国家发展改革委）/ samr 国家企业信用信息公示系统（市场监管总局）/ tax 税务总局':
    'Channel checked: ndrc Credit China (National Development and Reform Commission) / samr National Enterprise Credit Information Publicity System (State Administration for Market Regulation) / tax State Taxation Administration',
  '核查来源（平台名称、网址或来函）': 'Source checked (platform name, web address or letter)',
  '核查结果：clear 无不良记录 / adverse 有不良（失信、重大税收违法）记录':
    'Result of the check: clear no bad records / adverse bad records (untrustworthy conduct, major tax violations)',
  '查询编号、截图或复函文号': 'Query number, screenshot or number of the reply letter',
  备注: 'Remarks',
  '公示期长度的依据（第十六条未规定公示期，须说明，如遴选工作方案的规定）':
    'Basis for the length of the public notice (§16 sets none; state it, e.g. the selection work plan’s rule)',
  审议通过日期: 'Date approved',
  '审议方式：meeting 会议审议 / written 书面审议':
    'How it was deliberated: meeting at a meeting / written in writing',
  会议纪要或书面审议文件编号: 'Number of the meeting minutes or of the written deliberation document',
  '有效期起始日（默认发布之日）': 'Start of the validity period (by default the day of publication)',
  '有效期截止日（文本未规定期限，可不填）':
    'End of the validity period (the rules set no term; may be left blank)',

  // Filing of a social evaluation organisation (mohrss-filing 二).
  '需补正的材料：basic_info_form 基本情况表 / legal_person_certificate 法人登记证书或统一社会信用代码 / implementation_plan 实施方案及质量管控措施 / expert_skill_proof 专家技能水平证明或承诺书 / asset_proof 场地设施设备证明或承诺书 / credit_report 信用报告或诚信承诺书':
    'Materials to correct: basic_info_form basic information form / legal_person_certificate legal person registration certificate or unified social credit code / implementation_plan implementation plan and quality control measures / expert_skill_proof proof of the experts’ skills or a pledge / asset_proof proof of the sites, facilities and equipment or a pledge / credit_report credit report or integrity pledge',
  不予受理或不予备案的理由: 'Reason for not accepting or refusing the filing',
  '申请条件核验评估（二（五））：true 符合 / false 不符合':
    'Assessment of the application conditions (section 2(5)): true met / false not met',
  在中国境内依法登记的独立法人: 'An independent legal person registered in China according to law',
  以人才培养培训服务为主要工作职责: 'Talent development and training services are its main duty',
  '在拟开展评价的职业领域具有广泛影响力，有较丰富的考核评价资源和经验':
    'Has wide influence in the occupational field to be evaluated; rich assessment resources and experience',
  '培训评价规模达到一定人数、年限，具备相应的基础条件':
    'Its training and evaluation reach a certain number of people and years; has the basic conditions',
  有与评价工作相适应的专职工作人员: 'Has full-time staff fit for the evaluation work',
  能为职业技能等级认定工作提供稳定的经费保障: 'Can fund skill-level evaluation steadily',
  '把社会效益放在首位，不以营利为最终目的': 'Puts social benefit first; profit is not its final aim',
  '核实的法律形式（统一社会信用代码无法判断或需更正时填写）':
    'Verified legal form (when the unified social credit code does not tell it or needs correcting)',
  '属《国家职业资格目录》内的申报职业（工种）（二（六）另行研究；无则不填）':
    'Occupations (trades) applied for that are on the National Vocational Qualification List (section 2(6), to be studied separately; blank if none)',
  '不属技能类职业（工种）的申报职业（二（六）；无则不填）':
    'Occupations applied for that are not skilled trades (section 2(6); blank if none)',
  '贵州省遴选条件中须由受理部门认定的事项（gz-rules 第六条）':
    'Matters of the Guizhou selection conditions for the authority applied to to decide (gz-rules §6)',
  '在拟开展认定的职业领域具有广泛影响力和良好声誉（第六条第（一）项）':
    'Has wide influence and a good reputation in the occupational field to be evaluated (§6(1))',
  '与主营业务或登记的业务范围不密切相关的职业（工种）（第六条第（二）项；均相关则不填）':
    'Occupations (trades) not closely related to its main business or registered business scope (§6(2); blank if all are)',
  '属人社部公布的新职业（工种）的（第六条第（三）项但书）':
    'Occupations (trades) that are new occupations published by the ministry (proviso of §6(3))',
  '经认定为具有贵州地方性特色的企业（第六条第（三）项但书）':
    'Recognised as an enterprise of Guizhou local character (proviso of §6(3))',
  操作技能考核设备配置符合国家职业标准要求:
    'Equipment for practical skill assessment meets the national occupational standards',
  '满足消防安全、环保、劳保等相关规定':
    'Meets the fire safety, environmental, labour protection and other rules',
  '信用核查（二（五）1、二（七））': 'Credit check (section 2(5)1, section 2(7))',
  信用核查日期: 'Date of the credit check',
  '核查渠道（如 信用中国、国家企业信用信息公示系统、民政部门）':
    'Channels checked (e.g. Credit China, the National Enterprise Credit Information Publicity System, the civil affairs department)',
  '核查发现的记录（无则为空）': 'Records found (empty if none)',
  '记录类别：misconduct 培训评价领域违法违规及失信 / annual_inspection_failure 民政年审（年检）不合格 / illegal_social_org_list 非法社会组织名单 / business_anomaly_list 经营异常目录 / talent_evaluation_bad_record 人才评价领域不良记录 / special_rectification 巡视巡察审计等专项整治':
    'Kind of record: misconduct violation or untrustworthy conduct in training and evaluation / annual_inspection_failure failed civil affairs annual inspection / illegal_social_org_list list of illegal social organisations / business_anomaly_list list of abnormal business operations / talent_evaluation_bad_record bad record in talent evaluation / special_rectification special rectification campaign (inspections, audits and the like)',
  '涉及：institution 申报机构 / legal_representative 法定代表人':
    'Concerns: institution the applicant institution / legal_representative its legal representative',
  '记录、列入、结论或纳入整治日期': 'Date recorded, listed, found or brought under the campaign',
  '撤销、移出、信用修复或整改完成日期（仍有效则不填）':
    'Date revoked, removed, credit restored or rectified (blank if still in force)',
  '来源（信用中国、国家企业信用信息公示系统、民政部门等）':
    'Source (Credit China, the National Enterprise Credit Information Publicity System, the civil affairs department …)',
  评估意见: 'Assessment opinion',
  '突破数量上限的职业（工种）': 'Occupation (trade) beyond the limit on numbers',
  '例外理由（统筹规划、合理布局等，须书面记录）':
    'Reason for the exception (overall planning, a sound spread …; must be recorded in writing)',
  '公示期依据：二（十）4 未规定公示期长度，须由受理部门说明理由（如本地征集通告的规定）':
    'Basis for the public notice’s length: section 2(10)4 sets none; the authority applied to states its reason (e.g. the local call for applications)',
  公示内容补充说明: 'Further notes on what the public notice shows',
  备案有效期起始日: 'Start of the filing’s validity period',
  '备案有效期截止日（含）': 'End of the filing’s validity period (inclusive)',
  '有效期的依据（如征集通告规定的期限）':
    'Basis for the validity period (e.g. the term the call for applications sets)',
  查实日期: 'Date the facts were established',
  查实的不真实材料及情况: 'The untrue materials and facts established',
  '已告知申报机构并听取其陈述（陈述权、知情权，二（十一））':
    'The applicant has been told and its statement heard (its rights to be heard and to know, section 2(11))',

  // A session's pass marks and results (src/http/schemas/results.schema.ts): a refused request names
  // the field by these (src/http/problem.ts). 满分 comes with the rules' facts.
  '评价科目：theory 理论知识考试、skills 技能考核、comprehensive_review 综合评审':
    'Subject: theory theory exam, skills skills assessment, comprehensive_review comprehensive review',
  '合格分数线（按职业技能标准）': 'Pass mark (from the occupational skill standard)',
  '出处：职业技能标准（评价规范）名称及条款':
    'Source: the standard (or evaluation specification) and its clause',
  'scored 有成绩 / absent 缺考 / cancelled 取消成绩':
    'Result: scored scored / absent absent / cancelled cancelled',
  '分数（有成绩时填写）': 'Score (when the subject was taken)',
  '取消成绩依据（条和项，如 5(1)、6(2)）': 'Ground of the cancellation (article and item, e.g. 5(1), 6(2))',
  取消成绩的事实经过: 'What happened (cancellation)',
  更正理由: 'Reason for the correction',
};
