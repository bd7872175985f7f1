// The English of the rules' facts (issue 10 point 3): each check's facts schema describes its fields
// in Chinese (zod `.describe()` in src/rules/<regime>/*.ts); this map gives each description its English
// twin, keyed by the Chinese, so that the checks' schemas stay as they are. The 试算 form of the rule
// catalogue (/rules) reads `description_en` in English (catalogue-view.ts), and the procedures' forms,
// which reuse the same facts, take their English from here too (FORM_DESCRIPTIONS_EN spreads this map):
// one place for a field's English name, whichever form shows it and whichever refusal names it. An
// enumeration's values are named the same way in both languages ("code name / code name").
// tests/law/catalogue-english.test.ts fails on a facts field without its English.
export const FACTS_DESCRIPTIONS_EN: Readonly<Record<string, string>> = {
  '属于全国性用人单位（地方用人单位按各地参照制定的备案指南办理）':
    'National employer (local employers follow the filing guidelines their province drew up on this model)',
  '企业类别：central_soe 国资委央企名录中的中央企业 / large_soe 大型国有企业 / large_private 大型民营企业 / other_large 其他大型企业（“等”）/ not_large 非大型企业':
    "Kind of enterprise: central_soe central state-owned enterprise on the SASAC list / large_soe large state-owned enterprise / large_private large private enterprise / other_large other large enterprise (the text's “etc.”) / not_large not a large enterprise",
  '技能人员为单位职工的重要组成部分（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Skilled workers are an important part of the workforce (true met / false not met / blank = to be decided by the supervising authority)',
  '具有良好的技能人员培训和评价工作基础（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Has a sound basis of training and evaluating skilled workers (true met / false not met / blank = to be decided by the supervising authority)',
  '以用为本，建立健全培训与使用相结合、评价与激励相联系的人才发展机制（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Puts use first, with a talent development system linking training with use and evaluation with incentives (true met / false not met / blank = to be decided by the supervising authority)',
  自愿接受各级人力资源社会保障部门的监督:
    'Accepts the supervision of the human resources and social security departments at every level',
  '已提交的材料（电子版）：filing_application_form 备案申请表 / legal_person_certificate 法人登记证书复印件 / implementation_plan 认定工作实施方案 / branch_list 分支机构表 / workforce_regulations_list 技能人才队伍建设制度清单 / occupation_standard_list 职业（工种）和标准目录清单 / syllabus_textbook_list 培训大纲及教材清单 / question_bank_list 题库或卷库清单 / site_equipment_list 场地设施设备配置清单 / assessor_roster 考评人员名册 / supervisor_roster 督导人员名册 / evaluation_team_distribution 评价队伍分布情况表 / evaluation_statistics 评价情况统计表 / training_statistics 培训情况统计表':
    'Materials submitted (electronic): filing_application_form filing application form / legal_person_certificate copy of the legal person registration certificate / implementation_plan evaluation implementation plan / branch_list list of branches / workforce_regulations_list list of rules on the skilled workforce / occupation_standard_list list of occupations (trades) and standards / syllabus_textbook_list list of training syllabi and textbooks / question_bank_list list of question or paper banks / site_equipment_list list of sites, facilities and equipment / assessor_roster roster of assessors / supervisor_roster roster of quality supervisors / evaluation_team_distribution distribution of the evaluation staff / evaluation_statistics evaluation statistics / training_statistics training statistics',
  指导中心收到备案申请的日期: 'Date the guidance centre received the filing application',
  '告知申报资料是否符合要求或补正的日期（尚未告知填 null）':
    'Date the applicant was told whether its materials are complete or need correction (blank if not yet told)',
  '在中国境内依法登记的独立法人（企业、院校、民营非企业、社会团体等）':
    'Independent legal person lawfully registered in China (enterprise, school, private non-enterprise unit, social group …)',
  '以人才培养培训服务为主要工作职责（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Its main duty is training and developing talent (true met / false not met / blank = to be decided by the supervising authority)',
  具备登记或批准的培训或评价相关业务范围:
    'Has a registered or approved business scope in training or evaluation',
  具有规范的财务制度和管理制度: 'Has sound financial and management rules',
  '社会信用良好，无违法违规、失信等不良行为记录':
    'Good social credit; no record of violations, untrustworthy conduct or other misconduct',
  '在拟开展评价的职业领域具有广泛影响力，在所申报职业（工种）方面有较丰富的考核评价资源和经验（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Has wide influence in the occupational field and rich resources and experience of assessment in the occupations applied for (true met / false not met / blank = to be decided by the supervising authority)',
  '培训评价规模达到一定人数、年限，具备相应的基础条件（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Its training and evaluation have reached a certain number of people and years, with the basic conditions for the work (true met / false not met / blank = to be decided by the supervising authority)',
  有专门负责职业技能等级认定工作的机构: 'Has a unit dedicated to skill-level evaluation',
  '有与评价工作相适应的专职工作人员（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Has full-time staff suited to the evaluation work (true met / false not met / blank = to be decided by the supervising authority)',
  有专家团队: 'Has a team of experts',
  '有相应的场地、设施设备（含视频监控设备）':
    'Has the sites, facilities and equipment needed (including video surveillance)',
  '能为职业技能等级认定工作提供稳定的经费保障（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Can fund the skill-level evaluation steadily (true met / false not met / blank = to be decided by the supervising authority)',
  具有完善的职业技能等级认定工作质量管控措施:
    'Has complete quality control measures for skill-level evaluation',
  '把社会效益放在首位，不以营利为最终目的（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Puts social benefit first and does not aim at profit (true met / false not met / blank = to be decided by the supervising authority)',
  '申报的职业（工种）（二（六））': 'Occupations (trades) applied for (section 2(6))',
  '职业（工种）代码，如 4-04-05-01': 'Occupation (trade) code, e.g. 4-04-05-01',
  '属于技能类职业（工种）': 'Is a skilled occupation (trade)',
  '属于现行《国家职业资格目录》内的职业（工种）':
    'Is in the current national catalogue of occupational qualifications',
  有相应的国家职业技能标准: 'Has a national occupational skill standard',
  有经人力资源社会保障部备案公示的评价规范:
    'Has an evaluation specification filed and published by the ministry',
  '申报的职业（工种）': 'Occupations (trades) applied for',
  '法律形式：enterprise 企业 / school 院校 / public_training_base 公共实训基地 / research_institute 科研院所 / public_institution 其他事业单位 / government_body 政府及其所属部门 / social_group 社会团体 / private_non_enterprise 民办非企业单位':
    'Legal form: enterprise enterprise / school school / public_training_base public training base / research_institute research institute / public_institution other public institution / government_body government body or its agency / social_group social group / private_non_enterprise private non-enterprise unit',
  '社会团体是否已与政府部门脱钩（社会团体须填写）':
    'Whether the social group is decoupled from government departments (required for social groups)',
  申请机构及法定代表人在培训评价领域的违法违规及失信行为:
    'Violations and breaches of trust of the applicant and its legal representative in training and evaluation',
  记录日期: 'Date of the record',
  '撤销或信用修复日期（仍有效填 null 或不填）': 'Date revoked or credit restored (blank if still in force)',
  说明: 'Notes',
  'institution 申请机构 / legal_representative 法定代表人':
    'Who: institution the applicant / legal_representative the legal representative',
  '民政部门年审不合格（结论日期）':
    'Failed the civil affairs department’s annual inspection (date of the conclusion)',
  发生或作出结论的日期: 'Date it happened or the finding was made',
  列入民政部门非法社会组织名单的期间: 'Periods on the civil affairs list of illegal social organisations',
  列入日期: 'Date listed',
  '移出日期（仍在名单内填 null 或不填）': 'Date removed (blank if still listed)',
  列入市场监管部门企业经营异常目录的期间:
    'Periods on the market regulator’s list of enterprises with abnormal operations',
  机构在人才评价领域的不良记录: 'The institution’s adverse records in talent evaluation',
  '辖区行政区划代码（6 位）': 'Administrative division code of the jurisdiction (6 digits)',
  '本辖区该职业已备案（有效）的其他社会培训评价组织家数（不含本申报机构）':
    'Number of other social evaluation organisations filed (valid) for this occupation in the jurisdiction (the applicant not counted)',
  '监管部门记录的突破“原则上不超过3家”的例外决定（无则不填）':
    'Exception to “in principle no more than 3” recorded by the supervising authority (blank if none)',
  '例外理由（须书面记录）': 'Reason for the exception (must be recorded in writing)',
  作出例外决定的监管部门或负责人: 'Supervising authority or official who decided the exception',
  例外决定日期: 'Date of the exception decision',
  '已提交的材料：basic_info_form 基本情况表 / legal_person_certificate 法人登记证书复印件 / uscc 统一社会信用信息代码 / implementation_plan 实施方案及质量管控措施 / expert_skill_proof 专家技能水平证明 / expert_commitment 专家相关承诺书 / asset_proof 场地设施设备资产证明 / asset_commitment 资产相关承诺书 / credit_report 信用报告 / integrity_commitment 诚信承诺书':
    'Materials submitted: basic_info_form basic information form / legal_person_certificate copy of the legal person registration certificate / uscc unified social credit code / implementation_plan implementation plan and quality control measures / expert_skill_proof proof of the experts’ skill level / expert_commitment experts’ letter of commitment / asset_proof proof of sites, facilities and equipment / asset_commitment letter of commitment on assets / credit_report credit report / integrity_commitment integrity commitment',
  经查实申报材料存在不真实情形: 'The application materials are established to be untrue',
  '已告知并听取申报机构的陈述（陈述权、知情权）':
    'The applicant was told and heard (its rights to state its case and to know)',
  '违纪违规情形（条和项，如 6(1) 指第六条第（一）项）':
    'Violations (article and item, e.g. 6(1) for article 6 item (1))',
  '经提醒拒不改正（第五条第（一）至（三）项的要件）':
    'Refused to correct after a reminder (the element of article 5 items (1) to (3))',
  '情节（第七条）：minor 情节轻微 / serious 情节严重；不填 = 待认定':
    'Circumstances (article 7): minor minor / serious serious; blank = to be decided',
  '评价活动结束后发现并经确认（第八条）': 'Found and confirmed after the evaluation ended (article 8)',
  '已颁发证书（第八条）': 'Certificate already issued (article 8)',
  '工作人员类别：exam_admin 考务管理人员 / assessor 考评人员 / quality_supervisor 质量督导员':
    'Kind of staff: exam_admin exam administrator / assessor assessor / quality_supervisor quality supervisor',
  '违纪违规情形（条和项，如 9(3) 指第九条第（三）项；11 指第十一条）':
    'Violations (article and item, e.g. 9(3) for article 9 item (3); 11 for article 11)',
  '造成不良影响（第十一条的要件）（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Caused an adverse effect (the element of article 11) (true met / false not met / blank = to be decided by the supervising authority)',
  '违纪违规情形（条和项，如 13(3) 指第十三条第（三）项；15p1、15p2 指第十五条第一款、第二款）':
    'Violations (article and item, e.g. 13(3) for article 13 item (3); 15p1, 15p2 for article 15 paragraphs 1 and 2)',
  '情节：minor 情节轻微 / serious 情节严重（第十二条、第十三条第（一）项、第十四条第（二）（八）项）；不填 = 待认定':
    'Circumstances: minor minor / serious serious (articles 12, 13(1), 14(2) and 14(8)); blank = to be decided',
  '第十三条第（一）项：所涉第十二条情形的项号（1–4）':
    'Article 13(1): the item numbers (1–4) of the article 12 cases involved',
  '不开展评价活动（第十三条第（三）项、第十四条第（七）项）':
    'Carries out no evaluation (article 13 item (3), article 14 item (7))',
  '最近一次开展评价活动的日期（从未开展的，填备案日期）':
    'Date of the last evaluation held (the filing date if none was ever held)',
  '不开展评价活动有正当理由（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'There is a good reason for holding no evaluation (true met / false not met / blank = to be decided by the supervising authority)',
  '对违规问题的整改（第十三条第（五）项）': 'Correction of the violations (article 13 item (5))',
  整改期限: 'Deadline for the correction',
  '整改完成日期（未完成填 null）': 'Date the correction was completed (blank if not completed)',
  整改完成日期: 'Date the correction was completed',
  '此前受到的警告及其整改（第十四条第（六）项；无则不填）':
    'Earlier warning and its correction (article 14 item (6); blank if none)',
  此前警告的处理决定日期: 'Date of the decision giving the earlier warning',
  '该次整改完成日期（未完成填 null）': 'Date that correction was completed (blank if not completed)',
  该次整改完成日期: 'Date that correction was completed',
  '本次违纪违规行为发生日期（有此前警告时必填）':
    'Date of this violation (required where there was an earlier warning)',
  '经核实（第十三条第（七）项）或经核实确认（第十四条第（八）项）':
    'Verified (article 13 item (7)) or verified and confirmed (article 14 item (8))',
  '证书数据上传问题（第十五条第一款）':
    'Problems with the upload of certificate data (article 15 paragraph 1)',
  超出备案范围上传的证书数据条数: 'Number of certificate records uploaded outside the filed scope',
  上传有错误的证书数据条数: 'Number of certificate records uploaded with errors',
  '证书数据安全问题（第十五条第二款）':
    'Problems with the security of certificate data (article 15 paragraph 2)',
  '发生的行为：over_scope_read 超范围读取证书数据 / privacy_leak 泄露个人隐私 / paid_service 利用证书数据提供有偿服务 / other 其他同类行为':
    'What happened: over_scope_read read certificate data beyond its scope / privacy_leak disclosed personal data / paid_service used certificate data for paid services / other other acts of the same kind',
  '违反法律法规（须移交相关部门处理）（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Broke laws or regulations (to be referred to the competent departments) (true met / false not met / blank = to be decided by the supervising authority)',
  '证书数据上传问题（第十五条第一款；无则填 null）':
    'Problems with the upload of certificate data (article 15 paragraph 1; blank if none)',
  '证书数据安全问题（第十五条第二款；无则填 null）':
    'Problems with the security of certificate data (article 15 paragraph 2; blank if none)',
  '处理对象：candidate 参评人员 / staff 工作人员 / institution 评价机构':
    'Who is dealt with: candidate candidate / staff staff member / institution evaluation institution',
  '作出处理决定的单位：institution 评价机构 / authority 评价机构监管部门':
    'Who decides: institution the evaluation institution / authority the supervising authority',
  '评价活动结束后发现（第八条）': 'Found after the evaluation ended (article 8)',
  '签字确认的工作人员人数（参评人员，第十六条第一款）':
    'Number of staff who signed to confirm (candidates, article 16 paragraph 1)',
  '已报考场负责人确认（参评人员，第十六条第一款）':
    'Reported to and confirmed by the head of the exam site (candidates, article 16 paragraph 1)',
  '评价机构已同时向监管部门报备处理情况（工作人员，第十六条第二款）':
    'The institution reported how it dealt with it to the supervising authority at the same time (staff, article 16 paragraph 2)',
  '处理决定前的告知（第十七条第一款；未告知填 null）':
    'Notice before the decision (article 17 paragraph 1; blank if none was given)',
  告知送达日期: 'Date the notice was served',
  告知了拟作出的处理决定: 'The notice stated the decision intended',
  告知了相关事实: 'The notice stated the facts',
  告知了理由: 'The notice stated the reasons',
  告知了依据: 'The notice stated the legal basis',
  '处理决定的形式与送达（已作出决定时填写）': 'Form and service of the decision (once decided)',
  以书面形式作出: 'Made in writing',
  '已送达相关机构或人员，或已按有关规定公告':
    'Served on the institutions or persons concerned, or announced as the rules provide',
  '已由其他机关处理的情况（第十八条；无则不填）':
    'Dealt with by another authority (article 18; blank if not)',
  其他机关处理结论的日期: 'Date of the other authority’s conclusion',
  处理决定以该结论为依据: 'The decision rests on that conclusion',
  '原处理决定的作出单位：institution 评价机构 / authority 评价机构监管部门':
    'Who made the original decision: institution the evaluation institution / authority the supervising authority',
  '提出人：concerned 处理决定所涉的机构或个人 / other 其他机构或个人':
    'Raised by: concerned an institution or person the decision concerns / other another institution or person',
  '陈述和申辩提交的单位：institution 评价机构 / authority 评价机构监管部门':
    'Statement and defence submitted to: institution the evaluation institution / authority the supervising authority',
  '作出复核决定的单位（已复核时填写）': 'Who made the review decision (once reviewed)',
  该参评人员此前的处理决定: 'Earlier decisions on this candidate',
  '处理依据：6 第六条（当年不得参加）/ 7 第七条（2 年或 5 年）':
    'Ground: 6 article 6 (barred for the year) / 7 article 7 (2 or 5 years)',
  处理决定日期: 'Date of the decision',
  该考务管理人员此前依第九条受到的处理: 'Earlier decisions under article 9 on this exam administrator',
  依第九条取消参加评价工作资格的处理决定日期:
    'Date of the decision under article 9 withdrawing the right to take part in evaluation work',
  '批次的职业（工种）代码': 'Occupation (trade) code of the session',
  '职业技能等级：1 高级技师 … 5 初级工': 'Skill level: 1 senior technician … 5 elementary',
  批次开始日期: 'First day of the session',
  批次结束日期: 'Last day of the session',
  '机构（或开设批次的分支机构）当前状态：已登记、正常、暂停评价活动、已退出（含终止备案）':
    'Current status of the institution (or of the branch holding the session): registered, active, evaluation suspended, exited (including ended filing)',
  '未撤销的备案（遴选）授予本机构（或该分支机构）的范围':
    'Scope granted to the institution (or the branch) by filings (selections) not revoked',
  '备案（遴选）授予的一项职业（工种）× 等级及其有效期':
    'One occupation (trade) × level granted by a filing (selection), with its validity',
  有效期起: 'Valid from',
  '有效期止（长期有效填 null）': 'Valid until (blank if without end)',
  有效期止: 'Valid until',
  评价场地: 'Evaluation site',
  '场地是本机构（或该分支机构）登记的': 'The site is registered to the institution (or the branch)',
  '场地所在省份代码（2 位）': 'Province code of the site (2 digits)',
  '机构（或分支机构）备案地的省份代码（2 位；部级备案的总部机构填其所在地）':
    'Province code where the institution (or branch) is filed (2 digits; for a headquarters filed with the ministry, where it is located)',
  '具有独立法人资质的企业等主体（第二条）': 'An enterprise or other body with its own legal personality (§2)',
  在中国依法登记注册: 'Registered in China according to law',
  '具有一定规模和资金实力（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Has a certain size and financial strength (true met / false not met / blank = to be decided by the supervising authority)',
  近年连续具有工商税务年审记录的年数: 'Years in a row with business and tax annual inspection records',
  '违法、失信、重大经济纠纷、不良借贷等行为（第六条）':
    'Violations, breaches of trust, major economic disputes, bad loans and the like (article 6)',
  有违法行为: 'Has violated the law',
  有失信行为: 'Has breached trust',
  有重大经济纠纷: 'Has major economic disputes',
  有不良借贷: 'Has bad loans',
  '具有良好社会信用（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Has good social credit (true met / false not met / blank = to be decided by the supervising authority)',
  '坚持把社会效益放在首位，证书考核行为规范、定价合理，不以营利为目的（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Puts social benefit first; certificate assessment is orderly, reasonably priced and not for profit (true met / false not met / blank = to be decided by the supervising authority)',
  '申报的证书有相应的职业技能等级标准（第七条）':
    'The certificates applied for have skill-level standards (article 7)',
  有自主知识产权: 'Has intellectual property of its own',
  '内容和要求先进，体现新技术、新工艺、新规范，对接国际先进标准（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Advanced content and requirements; reflects new technologies, processes and norms and matches advanced international standards (true met / false not met / blank = to be decided by the supervising authority)',
  有对应的企业真实岗位或岗位群: 'Has matching real posts or groups of posts in enterprises',
  '龙头企业、优质企业认可，在招聘、员工绩效考评等工作中真实使用（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Recognised by leading and high-quality enterprises and really used in recruitment, staff appraisal and the like (true met / false not met / blank = to be decided by the supervising authority)',
  有行业企业权威专家推荐: 'Recommended by authoritative experts of the industry',
  '教材（含实训规范）、考核大纲、教学案例库、题库等资源丰富，内容先进、科学，时效性和可操作性强（第八条）（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Rich resources: textbooks (with practical training norms), assessment syllabi, teaching case libraries, question banks; advanced, sound, up to date and practical (§8) (true met / false not met / blank = to be decided by the supervising authority)',
  '最近出版的配套先进教材的出版日期（无则填 null）':
    'Publication date of its latest matching textbook (blank if none)',
  最近出版的配套先进教材的出版日期: 'Publication date of its latest matching textbook',
  '拥有行业企业管理人员、技术骨干、高技能人才等组成的专家、师资团队（第九条）（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Has an expert and teaching team of industry managers, lead technicians, highly skilled workers and the like (§9) (true met / false not met / blank = to be decided by the supervising authority)',
  '具有在全国范围内开展师资培训、支持院校开展证书培训、组织实施考核颁证的丰富经验和雄厚实力（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Has wide experience and strength nationwide in teacher training, supporting schools’ certificate training, and organising assessment and certification (true met / false not met / blank = to be decided by the supervising authority)',
  '具备凝聚有关行业、多家龙头企业和优质院校等开发证书及标准的能力（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Able to bring together the industries, leading enterprises and high-quality schools concerned to develop certificates and standards (true met / false not met / blank = to be decided by the supervising authority)',
  '在本行业（专业）领域具有较强的技术优势和影响力，业界和上下游企业认可度高、公信力强，并能提供证明（第十条）（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Has strong technical advantages and influence in its industry (field), is well recognised and trusted by the industry and by upstream and downstream enterprises, and can prove it (§10) (true met / false not met / blank = to be decided by the supervising authority)',
  '开始开展职业技能培训的日期（无培训经验填 null）':
    'Date it began skill training (blank if it has no training experience)',
  开始开展职业技能培训的日期: 'Date it began skill training',
  '培训和实施证书考核的规模（人次）': 'Volume of training and certificate assessment (person-times)',
  '申报证书属于新兴领域或紧缺领域（第十条：可适当放宽要求）':
    'The certificates are in an emerging field or one short of skills (§10: the requirements may be relaxed)',
  '信用平台核查：clear 无不良 / adverse 有不良信用记录 / not_done 尚未核查':
    'Check on the credit platform: clear no adverse record / adverse adverse credit record / not_done not checked yet',
  '重大税收违法失信核查：clear 无 / major_violation 存在 / not_done 尚未核查':
    'Check for major tax violations: clear none / major_violation present / not_done not checked yet',
  遴选结果公示: 'Public notice of the selection result',
  公示期已结束: 'The notice period has ended',
  公示期间收到的异议件数: 'Number of objections received during the notice',
  '异议经核实不成立（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'The objections were verified as unfounded (true met / false not met / blank = to be decided by the supervising authority)',
  部际联席会议会议或书面审议已通过:
    'Approved by the inter-ministerial joint meeting, in session or in writing',
  '案例库、习题库等线上配套资源广泛免费共享（第十九条）':
    'Online resources such as case and exercise banks are widely shared free of charge (article 19)',
  '有偿提供资源的情况（全部免费填 null）': 'Resources provided for a fee (blank if all free)',
  确需有偿提供: 'A fee is truly necessary',
  '遵循公益性原则严格控制成本，遵循公正、公平、公开、自愿原则，依法依规提供':
    'Costs strictly controlled on a public-interest basis; provided fairly, openly, voluntarily and lawfully',
  额外增加院校和学生负担: 'Puts an extra burden on schools and students',
  '直接或变相要求院校购置指定品牌的设备设施、信息平台、软件、资源（第二十二条）':
    'Requires schools, directly or in disguise, to buy equipment, platforms, software or resources of named brands (article 22)',
  '已制定并向社会公开有关实施细则和管理办法（第二十三条）':
    'Has drawn up and published its implementing rules and management measures (article 23)',
  '考核费用单独核算，以成本补偿为基础（第二十四条）':
    'Assessment fees accounted separately, on the basis of cost recovery (article 24)',
  '颁发的证书已及时录入职业技能等级证书信息管理服务平台（第二十四条）':
    'Certificates issued were promptly entered into the skill-level certificate information platform (article 24)',
  '《管理办法》第二十八条所列情形': 'Cases listed in article 28 of the Measures',
  '考核工作组织实施不力，在考核过程中存在严重违反考核纪律、弄虚作假（第（一）项）（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Assessment poorly organised, with serious breaches of exam discipline or fraud (item (1)) (true met / false not met / blank = to be decided by the supervising authority)',
  '违反有关规定进行高收费或另立名目乱收费（第（二）项）：none 无 / rectified 有但已按要求及时整改 / not_rectified 有且不按要求及时整改':
    'Excessive fees or fees under other names against the rules (item (2)): none none / rectified yes, but corrected promptly as required / not_rectified yes, and not corrected promptly as required',
  '借机谋取不正当利益，如向学校捆绑销售仪器设备、实训软件等（第（三）项）':
    'Seeks improper gains, e.g. bundling the sale of instruments or training software to schools (item (3))',
  '不按要求及时更新有关职业技能等级标准、教材、考核题库（第（四）项）':
    'Does not update the skill-level standards, textbooks and question banks as required (item (4))',
  '“双随机、一公开”检查、证书信息管理服务平台等渠道反映问题集中（第（五）项）：none 无 / rectified 有但已按要求及时整改 / not_rectified 有且不按要求及时整改':
    'Many problems reported through random inspections, the certificate information platform and other channels (item (5)): none none / rectified yes, but corrected promptly as required / not_rectified yes, and not corrected promptly as required',
  '等级评价不合格（第（五）项）': 'Failed the level evaluation (item (5))',
  '出现重大税收等违法失信情况（第（六）项）': 'Major tax violations or breaches of trust (item (6))',
  '存在其他违纪违规情况（第（七）项）': 'Other violations (item (7))',
  '退出情形：organisation 培训评价组织资质退出 / certificate 职业技能等级证书实施资格退出':
    'Kind of exit: organisation the training-evaluation organisation’s standing / certificate the right to run a skill-level certificate',
  '退出所涉的职业技能等级证书（组织资质退出的，列出全部证书）':
    'Skill-level certificates concerned by the exit (for the organisation’s exit, all of its certificates)',
  职业技能等级证书名称: 'Name of the skill-level certificate',
  批准实施该证书之日: 'Date the certificate was approved',
  '已完成相关工作内容（第四条）': 'Has completed the related work (article 4)',
  '善后工作（第九条）': 'Wrap-up (article 9)',
  '已收费但未实施考核、尚未处理（退费或安排考核）的人数':
    'Number of people who paid but were not assessed and not yet dealt with (refund or assessment arranged)',
  '已考核尚未发证、尚未处理的人数':
    'Number of people assessed but not yet given certificates and not yet dealt with',
  '其他相关事项已处理好（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Other related matters settled (true met / false not met / blank = to be decided by the supervising authority)',
  '已将相关纸质材料提交具体受托单位（第六条第（一）项）':
    'Paper materials handed to the delegated unit (article 6 item (1))',
  具体受托单位收到退出申请纸质材料的日期: 'Date the delegated unit received the paper application to exit',
  批准实施该职业技能等级证书之日: 'Date the skill-level certificate was approved',
  '启动开展相关工作的日期（未启动填 null）': 'Date the related work was started (blank if not started)',
  启动开展相关工作的日期: 'Date the related work was started',
  '最近一次更新证书标准、考核题库等的日期（批准后从未更新填 null）':
    'Date the certificate standards, question banks and the like were last updated (blank if never since approval)',
  '最近一次更新证书标准、考核题库等的日期':
    'Date the certificate standards, question banks and the like were last updated',
  '最近一次开展且有人报名参加的职业技能等级水平评价日期（批准后从未有过填 null）':
    'Date of the last skill-level evaluation held with candidates enrolled (blank if none since approval)',
  最近一次开展且有人报名参加的职业技能等级水平评价日期:
    'Date of the last skill-level evaluation held with candidates enrolled',
  '最近有院校选择实施该证书的日期（批准后从未有过填 null）':
    'Date a school last chose to run the certificate (blank if none since approval)',
  最近有院校选择实施该证书的日期: 'Date a school last chose to run the certificate',
  '“双随机、一公开”检查、证书信息管理服务平台、投诉举报等渠道反映问题较多（第（五）项）：none 无 / rectified 有但已按要求整改到位 / not_rectified 有且未按要求整改到位':
    'Many problems reported through random inspections, the certificate information platform, complaints and other channels (item (5)): none none / rectified yes, but corrected as required / not_rectified yes, and not corrected as required',
  '最近一次监测评价结果（尚无评价填 null）': 'Result of the last monitoring evaluation (blank if none yet)',
  监测评价档次: 'Grade of the monitoring evaluation',
  已按要求整改到位: 'Corrected as required',
  '出现重大违法失信行为（第（七）项）（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Major violations or breaches of trust (item (7)) (true met / false not met / blank = to be decided by the supervising authority)',
  '出现重大资产损失、企业破产等重大风险（第（八）项）（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Major risks such as heavy asset losses or bankruptcy (item (8)) (true met / false not met / blank = to be decided by the supervising authority)',
  '存在其他严重影响培训评价组织正常运转的情况（第（九）项）（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Other circumstances seriously affecting the organisation’s normal operation (item (9)) (true met / false not met / blank = to be decided by the supervising authority)',
  '经查实存在问题（不构成取消情形时适用第七条第（四）项）':
    'Problems found on investigation (article 7 item (4) where they are no ground for revocation)',
  收到评议意见书面通知的日期: 'Date the written notice of the review opinion was received',
  '提出申诉的日期（尚未提出填 null）': 'Date the appeal was lodged (blank if none yet)',
  提出申诉的日期: 'Date the appeal was lodged',
  '申诉提交单位：delegated_unit 具体受托单位 / other 其他单位（已提出申诉时填写）':
    'Appeal lodged with: delegated_unit the delegated unit / other another unit (once lodged)',
  该主体此前的退出记录: 'Earlier exits of this party',
  '退出方式：voluntary 依申请（自愿）退出 / revocation 取消资质或实施资格':
    'Way of exit: voluntary on its own application / revocation standing or right revoked',
  '退出决定日期（书面反馈或取消决定之日）':
    'Date of the exit decision (written answer or revocation decision)',
  '退出（取消资格）决定日期': 'Date of the exit (revocation) decision',
  证书发放日期: 'Date the certificate was issued',
  '证书系按规范程序发放（取消资格时，《管理办法》第二十八条第二款）（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'The certificate was issued by the proper procedure (on revocation, article 28 paragraph 2 of the Measures) (true met / false not met / blank = to be decided by the supervising authority)',
  '第八条“原则上继续有效”的例外：认定该证书不再有效的书面决定（无则不填）':
    'Exception to article 8’s “in principle remain valid”: the written decision that this certificate is no longer valid (blank if none)',
  退出前该培训评价组织开发和实施的职业技能等级证书数量:
    'Number of skill-level certificates the organisation developed and ran before its exit',
  拟作出的退出决定范围: 'Scope of the exit decision intended',
  拟取消培训评价组织资质: 'Revocation of the organisation’s standing intended',
  拟取消实施资格的证书数量: 'Number of certificates whose right is to be revoked',
  推荐部门及领域: 'Recommending department and field',
  '本部门退出职业资格目录的原有职业（工种）代码':
    'Codes of the department’s former occupations (trades) that left the catalogue of occupational qualifications',
  推荐的社会培训评价组织: 'Social evaluation organisations recommended',
  单位名称: 'Name of the organisation',
  '单位性质：enterprise 企业 / school 院校 / private_non_enterprise 民办非企业单位 / association 协会（社会团体）/ public_institution 政府部门所属事业单位 / government_body 政府部门':
    'Kind of organisation: enterprise enterprise / school school / private_non_enterprise private non-enterprise unit / association association (social group) / public_institution public institution of a government department / government_body government department',
  '协会是否已与主管部门脱钩（协会须填写）':
    'The association has been decoupled from its supervising department (associations must answer)',
  '属非专业行业协会（协会须填写）': 'Is not a specialised industry association (associations must answer)',
  '监管部门记录的突破“原则上不得”的例外决定（无则不填）':
    'Exception to “in principle not” recorded by the supervising authority (blank if none)',
  '参照中就培函〔2020〕16号申报条件的相关要求（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Meets the relevant application conditions of the centre’s letter No. 16 of 2020 (Zhongjiupeihan) (true met / false not met / blank = to be decided by the supervising authority)',
  '该组织承担认定的职业（工种）': 'Occupations (trades) the organisation evaluates',
  该组织的分支机构: 'Branches of the organisation',
  '审核阶段：submission 提交时（原则上不得纳入的情形交鉴定中心认定）/ decision 鉴定中心决定时（无记录的例外即不予纳入）；不填 = 一般核验':
    'Stage of the check: submission at submission (cases “in principle not” included go to the centre to decide) / decision at the centre’s decision (an exception not recorded means not included); blank = a general check',
  行业组织名称: 'Name of the industry organisation',
  '行业组织类型：comprehensive 综合类行业组织（协会）/ professional 专业性行业组织（协会）/ other 其他':
    'Kind of industry organisation: comprehensive comprehensive industry organisation (association) / professional specialised industry organisation (association) / other other',
  '综合类：其所属一类行业协会提供相应技术支持':
    'Comprehensive: the first-tier industry association it belongs to gives technical support',
  行业组织的分支机构: 'Branches of the industry organisation',
  '拟纳入试点的职业（工种）': 'Occupations (trades) proposed for the pilot',
  '属职业资格目录内的技能人员职业（工种）':
    'Is a skilled occupation (trade) in the catalogue of occupational qualifications',
  '职业资格类别：level_evaluation 水平评价类 / access 准入类':
    'Kind of qualification: level_evaluation level evaluation / access access (licensing)',
  拟转入准入类: 'To be moved to access (licensing)',
  '提交方：government_department 政府有关部门 / industry_org 行业组织':
    'Submitted by: government_department government department / industry_org industry organisation',
  '已提交的材料：pilot_work_plan 试点工作方案 / recommendation_letter 推荐社会培训评价组织的函（政府有关部门）/ branch_selection_and_list 分支机构遴选标准及名单（行业组织）/ implementation_plan 工作实施方案及质量管控措施':
    'Materials submitted: pilot_work_plan pilot work plan / recommendation_letter letter recommending social evaluation organisations (government departments) / branch_selection_and_list criteria for selecting branches and their list (industry organisations) / implementation_plan implementation plan and quality control measures',
  '实施方案所附规章制度：exam_affairs 考务管理办法 / assessors 考评人员管理办法 / pilot_and_evaluation 试点及评价管理办法 / violations 工作人员和考生违纪违规处理办法 / archives 档案管理办法 / certificates 证书管理办法 / supervision 监督制度 / risk_control 风险防控体系 / finance 财务制度 / publicity 公示制度 / accountability 社会问责制度 / information_disclosure 信息公开制度':
    'Rules attached to the implementation plan: exam_affairs exam administration / assessors assessors / pilot_and_evaluation pilot and evaluation management / violations violations of staff and candidates / archives archives / certificates certificates / supervision supervision / risk_control risk control / finance finance / publicity public notice / accountability social accountability / information_disclosure disclosure of information',
  '试点工作方案、遴选标准和首批名单提交日期（未提交填 null）':
    'Date the pilot work plan, selection criteria and first list were submitted (blank if not yet)',
  '指导分支机构开展属地备案的日期（未开展填 null）':
    'Date branches were guided to file locally (blank if not yet)',
  '工作实施方案提交并完成网上公示的日期（未完成填 null）':
    'Date the implementation plan was submitted and published online (blank if not yet)',
  '申报机构所在行政区划代码（6 位，GB/T 2260；贵州省为 52 开头）':
    'Administrative division code of the applicant (6 digits, GB/T 2260; Guizhou begins with 52)',
  '企业类别（可多选）：above_scale 规模以上企业 / chain_leader 产业链链主企业 / industry_leader 行业龙头企业 / specialised_innovative “专精特新”企业 / local_characteristic 地方特色企业；均不属于则留空':
    'Kind of enterprise (several allowed): above_scale enterprise above the designated size / chain_leader leader of an industrial chain / industry_leader leading enterprise of its industry / specialised_innovative specialised and innovative enterprise / local_characteristic enterprise of local character; blank if none',
  '以技能人员为主体（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Skilled workers make up most of its staff (true met / false not met / blank = to be decided by the supervising authority)',
  '有意愿、有条件开展技能等级认定（专精特新、地方特色企业）（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Willing and able to evaluate skill levels (specialised and innovative or local enterprises) (true met / false not met / blank = to be decided by the supervising authority)',
  '已建立培养与使用相结合、评价与激励相衔接的工作体系，落实薪酬激励，等级与待遇、晋升、培训直接挂钩（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Has a system linking training with use and evaluation with incentives, with pay incentives, and levels tied to pay, promotion and training (true met / false not met / blank = to be decided by the supervising authority)',
  '申请认定的职业（工种）': 'Occupations (trades) applied for',
  '与本单位主营业务直接相关（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Directly related to the applicant’s main business (true met / false not met / blank = to be decided by the supervising authority)',
  岗位设置中有明确对应的技能岗位: 'Has matching skilled posts among its posts',
  '已制定完善的技能人才队伍建设制度及职业技能等级认定实施方案（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Has complete rules on its skilled workforce and an implementation plan for skill-level evaluation (true met / false not met / blank = to be decided by the supervising authority)',
  '场地及设施设备符合国家职业标准要求（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Sites, facilities and equipment meet the national occupational standards (true met / false not met / blank = to be decided by the supervising authority)',
  '场地满足消防安全、环保、劳保等相关规定（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Sites meet the rules on fire safety, environmental protection and labour protection (true met / false not met / blank = to be decided by the supervising authority)',
  '拟开展认定的职业（工种）': 'Occupations (trades) to be evaluated',
  '拟认定等级（1–5 级）': 'Levels to be evaluated (levels 1–5)',
  '与本校开设专业相匹配（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Matches the programmes the school offers (true met / false not met / blank = to be decided by the supervising authority)',
  '职业（工种）等级与办学层次相一致（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Occupation levels consistent with the school’s level of education (true met / false not met / blank = to be decided by the supervising authority)',
  评价对象仅为本校全日制在校学生: 'Evaluates only its own full-time students',
  '评价时间：graduation_year 毕业年度 / after_all_courses 专业全课程结课后 / other 其他':
    'When students are evaluated: graduation_year in the year of graduation / after_all_courses after all courses of the programme / other other',
  已建立职业技能等级认定专职内设机构: 'Has an internal unit dedicated to skill-level evaluation',
  配备相应专职人员: 'Has the full-time staff needed',
  '有稳定经费保障（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Has steady funding (true met / false not met / blank = to be decided by the supervising authority)',
  '专职机构办公场地包含的功能区域：exam_affairs_room 考务室 / confidential_room 保密室 / archive_room 档案室':
    'Rooms in the dedicated unit’s offices: exam_affairs_room exam affairs room / confidential_room confidential room / archive_room archive room',
  '在拟开展认定的职业领域具有广泛影响力和良好声誉，熟悉行业发展趋势和技能人才需求（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Has wide influence and a good reputation in the occupational field to be evaluated, and knows the industry’s trends and its need for skilled workers (true met / false not met / blank = to be decided by the supervising authority)',
  '经认定为具有贵州地方性特色的企业（适用第（三）项但书；不填视为否）':
    'Recognised as an enterprise of Guizhou local character (the proviso of item (3); blank counts as no)',
  '申报单位的法律形式（第（三）项但书“贵州地方性特色的企业”仅适用于企业；不填 = 未知）':
    'Legal form of the applicant (the proviso of item (3), “enterprise of Guizhou local character”, applies to enterprises only; blank = unknown)',
  '连续开展相关职业培训或考核的起始日期（无此经历填 null）':
    'Date since which it has run training or assessment in these occupations without a break (blank if never)',
  '已制定的管理制度：exam_affairs 考务 / personnel 人员 / finance 财务 / archives 档案 / question_bank 题库 / certificates 证书 / violations 违规违纪':
    'Management rules in place: exam_affairs exam affairs / personnel staff / finance finance / archives archives / question_bank question bank / certificates certificates / violations violations and discipline',
  专职工作人员人数: 'Number of full-time staff',
  内部质量督导员人数: 'Number of internal quality supervisors',
  '拥有与拟认定职业（工种）、等级相匹配的专家团队':
    'Has a team of experts matching the occupations (trades) and levels',
  '与本单位主营业务、开设专业或登记/批准的培训评价业务范围密切相关（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Closely related to the applicant’s main business, the programmes it teaches or its registered or approved training and evaluation business (true met / false not met / blank = to be decided by the supervising authority)',
  '属于人力资源社会保障部公布的新职业（工种）（适用第（三）项但书；不填视为否）':
    'Is a new occupation (trade) published by the ministry (the proviso of item (3); blank counts as no)',
  '该职业（工种）培训规模（人次）': 'Training volume in this occupation (person-times)',
  '该职业（工种）考评人员人数': 'Number of assessors for this occupation (trade)',
  '场地及设施设备（第（七）项）': 'Sites, facilities and equipment (item (7))',
  '场地：owned 自有 / leased 租赁': 'Site: owned owned / leased leased',
  '租赁起始日（租赁时填写）': 'First day of the lease (when leased)',
  '租赁终止日（含当日，租赁时填写）': 'Last day of the lease (inclusive; when leased)',
  '办公场地面积（平方米）': 'Office floor area (square metres)',
  配备必要的办公设备和通信设备: 'Has the necessary office and communication equipment',
  '设有的功能区域：exam_affairs_room 考务室 / confidential_room 保密室 / archive_room 档案室 / waiting_room 候考室':
    'Rooms: exam_affairs_room exam affairs room / confidential_room confidential room / archive_room archive room / waiting_room waiting room',
  '标准化考场（多媒体教室）数量': 'Number of standard exam rooms (multimedia classrooms)',
  可同时机考的座位数: 'Seats for computer-based exams at one time',
  考场实行单人单桌: 'One candidate per desk in the exam rooms',
  '考场桌椅最小间距（厘米）': 'Smallest distance between desks in the exam rooms (centimetres)',
  考场配备视频监控设备: 'Exam rooms have video surveillance',
  '操作技能考核设备配置符合国家职业标准要求（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Equipment for practical skill assessment meets the national occupational standards (true met / false not met / blank = to be decided by the supervising authority)',
  视频监控实现全覆盖: 'Video surveillance covers everything',
  '满足消防安全、环保、劳保等相关规定（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Meets the rules on fire safety, environmental protection and labour protection (true met / false not met / blank = to be decided by the supervising authority)',
  '申报类型：employer 用人单位 / school 院校 / social_org 社会培训评价组织':
    'Kind of application: employer employer / school school / social_org social evaluation organisation',
  '社会团体是否已与政府部门脱钩（社会团体申请成为社会培训评价组织时须填写）':
    'Whether the social group is decoupled from government departments (required when a social group applies as a social evaluation organisation)',
  机构及法定代表人在培训评价领域的违法违规行为或失信记录:
    'Violations or untrustworthy conduct of the institution or its legal representative in training and evaluation',
  '记录涉及：institution 机构 / legal_representative 法定代表人':
    'Whose record: institution the institution / legal_representative its legal representative',
  '记录撤销或信用修复日期（仍有效填 null 或不填）':
    'Date the record was revoked or credit restored (blank if still in force)',
  违法违规行为或失信记录说明: 'Description of the violation or untrustworthy conduct',
  '民政部门年检不合格（结论日期）':
    'Failed annual inspections by the civil affairs department (date of the finding)',
  列入市场监管部门经营异常目录的期间:
    'Periods on the market regulator’s list of abnormal business operations',
  '培训评价业务被纳入巡视、巡察、审计等专项整治的情况':
    'Training and evaluation business brought under inspections, audits or other special rectification campaigns',
  '整治类别：inspection_tour 巡视、巡察 / audit 审计 / other 其他专项整治':
    'Kind of campaign: inspection_tour inspection tour / audit audit / other other special rectification campaign',
  纳入专项整治范围的日期: 'Date brought under the campaign',
  '整改完成日期（未完成填 null 或不填）': 'Date the rectification was completed (blank if not yet)',
  '机构类别：employer 用人单位 / school 院校 / social_org 社会培训评价组织':
    'Kind of institution: employer employer / school school / social_org social evaluation organisation',
  '总体信誉良好，处于正常开展认定工作（院校：正常办学）状态（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Good standing overall, evaluating normally (schools: teaching normally) (true met / false not met / blank = to be decided by the supervising authority)',
  有效期内组织认定并核发证书总人次: 'Total certificates issued through evaluations during the validity',
  '申请续期的职业（工种）及其核发证书人次（社会培训评价组织必填）':
    'Occupations (trades) to renew and the certificates issued in each (required of social evaluation organisations)',
  '该职业（工种）有效期内核发证书人次': 'Certificates issued in this occupation (trade) during the validity',
  '已按报备承诺实现证书与岗位使用相结合、与待遇相匹配的激励制度，并能提供佐证（用人单位）（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Has linked certificates with posts and pay as it undertook when filing, with evidence (employers) (true met / false not met / blank = to be decided by the supervising authority)',
  '场地、设备、人员等核心条件仍符合国家职业标准要求（社会培训评价组织）（true 符合 / false 不符合 / 不填 = 待监管部门认定）':
    'Sites, equipment, staff and other core conditions still meet the national occupational standards (social evaluation organisations) (true met / false not met / blank = to be decided by the supervising authority)',
  经查续期申请材料存在虚假申报情形: 'The renewal application was found to be false',
  通过贵州省技能人才评价管理服务平台在线提交:
    'Submitted online through the Guizhou skill evaluation platform',
  '已提交的材料：renewal_application_form 续期申请表 / work_report 工作开展情况报告 / core_conditions_evidence 核心条件佐证 / pay_linkage_evidence 证书与待遇挂钩佐证（用人单位）':
    'Materials submitted: renewal_application_form renewal application form / work_report report on the work done / core_conditions_evidence evidence of the core conditions / pay_linkage_evidence evidence linking certificates with pay (employers)',
  '监管部门要求补充提交的材料名称（无则为空数组）':
    'Materials the supervising authority asked to be added (empty if none)',
  已补充提交的材料名称: 'Materials added',
  书面退出申请提交日期: 'Date the written application to exit was submitted',
  拟终止评价活动日期: 'Date on which evaluation is to end',
  以书面形式提交退出申请: 'The application to exit was made in writing',
  向所属人力资源社会保障部门提交:
    'Submitted to the human resources and social security department it belongs to',
  '有效期截止日（含当日）': 'Last day of the validity (inclusive)',
  '续期申请提交日期（未提交填 null）': 'Date the renewal application was submitted (blank if not yet)',
  '续期评估结果：pending 评估中 / approved 通过 / refused 不通过（已提交续期申请时填写）':
    'Result of the renewal assessment: pending being assessed / approved approved / refused refused (once a renewal was applied for)',
  '续期评估结论日期（不通过时填写）': 'Date of the renewal assessment’s conclusion (when refused)',
  '证书数据上报完成日期（未完成填 null）':
    'Date the certificate data were reported in full (blank if not yet)',
  '资料整理归档完成日期（未完成填 null）': 'Date the records were sorted and archived (blank if not yet)',
  经认定存在违法违规行为: 'Found to have broken laws or rules',
  '情节认定：serious 严重 / not_serious 不属严重（不填 = 待监管部门认定）':
    'Seriousness: serious serious / not_serious not serious (blank = to be decided by the supervising authority)',
  '退出方式：voluntary 自愿终止（第十三条）/ lapse 自动终止（第十四条）/ ordered 责令终止（第十五条）':
    'Way of ending: voluntary voluntary (article 13) / lapse automatic (article 14) / ordered ordered (article 15)',
  '终止日：自愿终止为拟终止评价活动日；自动终止为资格终止日；责令终止为决定日':
    'End date: for a voluntary end, the day evaluation is to end; for an automatic end, the day the standing ends; for an ordered end, the day of the decision',
  '责令终止：监管部门规定的收尾完成时限':
    'Ordered end: the deadline the supervising authority set for the wrap-up',
  '证书数据（合规）上报完成日期（未完成填 null）':
    'Date the (compliant) certificate data were reported in full (blank if not yet)',
  '评价资料归档完成日期（未完成填 null）': 'Date the evaluation records were archived (blank if not yet)',
  // Evaluation sessions and candidates (issue 11).
  评价禁考名单中该证件号码的记录:
    'Records of this identity document number on the list of candidates barred from evaluation',
  '禁评依据：第六条或第七条（可写到项，如 7(4)）':
    'Ground of the ban: article 6 or article 7 (down to the item, e.g. 7(4))',
  禁评起始日: 'First day of the ban',
  '禁评截止日（含）': 'Last day of the ban (inclusive)',
  '该人员在本机构登记的类别（考评人员附职业及等级）':
    'Kinds of staff the person is registered as with the institution (assessors with occupation and level)',
  '考评资格的职业（工种）代码': 'Occupation (trade) code of the assessor qualification',
  工作人员处理登记中与该人员证件号码一致的记录:
    'Records in the register of decisions on staff with the same identity document number',
  'work_ban 取消参加评价工作资格（第九条）/ assessor_card_revoked 吊销考评人员证书（第十条）':
    'work_ban barred from evaluation work (article 9) / assessor_card_revoked assessor certificate revoked (article 10)',
  起始日期: 'First day',
  '截止日期（无期限填 null）': 'Last day (blank if without end)',
  截止日期: 'Last day',
  依据条款: 'Article relied on',
  该考生在本批次各科目的结果: 'The candidate’s results in each subject of the session',
  '评价科目：theory 理论知识考试 / skills 技能考核 / comprehensive_review 综合评审':
    'Subject: theory theory exam / skills practical skills assessment / comprehensive_review overall review',
  满分: 'Full marks',
  '合格分数线（取自职业技能标准）': 'Pass mark (from the occupational skill standard)',
  'scored 有成绩 / absent 缺考 / cancelled 取消成绩':
    'scored scored / absent absent / cancelled result cancelled',
  成绩: 'Score',
  '取消成绩的依据（条和项，如 5(1)、6(2)）':
    'Ground for cancelling the result (article and item, e.g. 5(1), 6(2))',
  批次已安排的工作人员人数: 'Staff assigned to the session',
  考务管理人员人数: 'Number of exam administrators',
  考评人员人数: 'Number of assessors',
  质量督导员人数: 'Number of quality supervisors',
  批次的评价科目: 'Subjects of the session',
  已录入合格分数线的科目: 'Subjects whose pass mark has been entered',
  '尚缺科目结果的在册考生（姓名及所缺科目）':
    'Registered candidates still missing a subject’s result (name and subjects missing)',
  在册考生人数: 'Number of registered candidates',
  '学籍名册中该证件号码的记录（不在本校名册的填 null）':
    'The record of this identity document number in the student register (blank if not on the school’s register)',
  全日制: 'Full-time',
  预计毕业年度: 'Expected year of graduation',
  专业全课程已结课: 'All courses of the programme completed',
};
