// The English of the forms' field descriptions (issue 10 point 3). The procedures describe each field
// of their forms in Chinese (zod `.describe()` in src/workflows/<procedure>/data.ts and the rules'
// facts); formSchema (case-context.ts) adds the English twin of each description as `description_en`
// in the JSON schema it serves, and the web form uses it in English — one map for every procedure's
// form, keyed by the Chinese description, so that the procedures' schemas stay as they are. An
// enumeration's values are named the same way in both languages ("code name / code name"): the form
// takes its options' names from the description of the reader's language and never shows the codes.
// tests/web/form-descriptions-en.test.ts fails on an application form's description without its twin.
export const FORM_DESCRIPTIONS_EN: Readonly<Record<string, string>> = {
  // Filing of a national employer (mohrss-filing 一) and its branches.
  '属于全国性用人单位：一（一）本指南适用于全国性用人单位，地方用人单位按所在地备案指南办理':
    'National employer: section 1(1), these guidelines apply to national employers; local employers follow the guidelines of their province',
  '企业类别：一（六）1 central_soe 国资委央企名录中的中央企业 / large_soe 大型国有企业 / large_private 大型民营企业 / other_large 其他大型企业 / not_large 非大型企业':
    'Kind of enterprise (section 1(6)1): central_soe central state-owned enterprise (SASAC list) / large_soe large state-owned enterprise / large_private large private enterprise / other_large other large enterprise / not_large not a large enterprise',
  '自愿接受各级人力资源社会保障部门的监督：一（六）5':
    'Accepts the supervision of the human resources and social security departments (section 1(6)5)',
  '申报的职业（工种）及等级': 'Occupations (trades) and levels applied for',
  '职业（工种）代码，如 6-31-01-03': 'Occupation (trade) code, e.g. 6-31-01-03',
  '职业技能等级：1 高级技师 … 5 初级工': 'Skill level: 1 senior technician … 5 elementary',
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
  '法律形式：enterprise 企业 / school 院校 / public_training_base 公共实训基地 / research_institute 科研院所 / public_institution 其他事业单位 / government_body 政府及其所属部门 / social_group 社会团体 / private_non_enterprise 民办非企业单位':
    'Legal form: enterprise enterprise / school school / public_training_base public training base / research_institute research institute / public_institution other public institution / government_body government body or its agency / social_group social group / private_non_enterprise private non-enterprise unit',
  '连续开展相关职业培训或考核的起始日期（社会培训评价组织填写）':
    'Date since which it has run training or assessment in these occupations without a break (social evaluation organisations)',
  '连续开展相关职业培训或考核的起始日期（无此经历填 null）':
    'Date since which it has run training or assessment in these occupations without a break (blank if never)',
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
  '职业（工种）代码，如 4-04-05-01': 'Occupation (trade) code, e.g. 4-04-05-01',

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
  '具有独立法人资质的企业等主体（第二条）': 'An enterprise or other body with its own legal personality (§2)',
  在中国依法登记注册: 'Registered in China according to law',
  具有规范的财务制度和管理制度: 'Has sound financial and management rules',
  近年连续具有工商税务年审记录的年数: 'Years in a row with business and tax annual inspection records',
  '存在违法行为（第六条）': 'Has broken the law (§6)',
  存在失信行为: 'Has a record of untrustworthy conduct',
  存在重大经济纠纷: 'Has a major economic dispute',
  存在不良借贷: 'Has bad loans',
  有自主知识产权: 'Has intellectual property of its own',
  有对应的企业真实岗位或岗位群: 'Has matching real posts or groups of posts in enterprises',
  有行业企业权威专家推荐: 'Recommended by authoritative experts of the industry',
  '最近出版的配套先进教材的出版日期（无则填 null）':
    'Publication date of its latest matching textbook (blank if none)',
  最近出版的配套先进教材的出版日期: 'Publication date of its latest matching textbook',
  '开始开展职业技能培训的日期（无培训经验填 null）':
    'Date it began skill training (blank if it has no training experience)',
  开始开展职业技能培训的日期: 'Date it began skill training',
  '培训和实施证书考核的规模（人次）': 'Volume of training and certificate assessment (person-times)',
  '申报证书属于新兴领域或紧缺领域（第十条：可适当放宽要求）':
    'The certificates are in an emerging field or one short of skills (§10: the requirements may be relaxed)',
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
  '该职业（工种）培训规模（人次）': 'Training volume in this occupation (person-times)',
  '开展评价的场地（不填时取本机构登记的唯一场地）':
    'Site of the evaluations (blank: the only site registered to the institution)',
  '法律形式（统一社会信用代码无法判断时填写）':
    'Legal form (when the unified social credit code does not tell it)',
  社会团体是否已与政府部门脱钩: 'Whether the social group is decoupled from government departments',
  连续开展相关职业培训或考核的起始日期:
    'Date since which it has run training or assessment in these occupations without a break',
  '已制定的管理制度：exam_affairs 考务 / personnel 人员 / finance 财务 / archives 档案 / question_bank 题库 / certificates 证书 / violations 违规违纪':
    'Management rules in place: exam_affairs exam affairs / personnel staff / finance finance / archives archives / question_bank question bank / certificates certificates / violations violations and discipline',
};
