// The English of the API's request descriptions (issue 10 point 3): every field of a request body and
// every query and path parameter of /api/v1 has a Chinese description (zod `.describe()` in
// src/http/schemas/*.ts and the routes' inline schemas); a refused request names the field by it and by
// its English twin here (src/http/problem.ts), spread into FORM_DESCRIPTIONS_EN. Keyed by the Chinese
// description. An enumeration names every value by its code in both languages ("code 名称 / code name").
// tests/http/request-descriptions.test.ts fails on a request field without a description and on a
// description without its twin.
import {
  DOCUMENT_TYPE_DESCRIPTION,
  INSTITUTION_KIND_DESCRIPTION,
  REGISTRY_STATUS_DESCRIPTION,
} from './common.schema.js';
import { SUPERVISION_DESCRIPTIONS_EN } from './supervision-descriptions-en.js';
import { LEADS_DESCRIPTIONS_EN } from './leads-descriptions-en.js';
import { INSPECTIONS_DESCRIPTIONS_EN } from './inspections-descriptions-en.js';
import { GZ_RENEWAL_DESCRIPTIONS_EN } from './gz-renewal-descriptions-en.js';
import { EXITS_DESCRIPTIONS_EN } from './exits-descriptions-en.js';
import { EXIT_WRAP_UP_DESCRIPTIONS_EN } from './exit-wrap-up-descriptions-en.js';

export const REQUEST_DESCRIPTIONS_EN: Readonly<Record<string, string>> = {
  // Shared (common.schema.ts).
  页码: 'Page',
  每页条数: 'Rows per page',
  '版本号（乐观锁）': 'Version (optimistic lock)',
  [REGISTRY_STATUS_DESCRIPTION]:
    'Status: registered registered / active active / suspended suspended / exited exited',
  [INSTITUTION_KIND_DESCRIPTION]:
    'Kind: employer employer / school school / social_org social evaluation organisation / industry_org industry association / training_org 1+X training-evaluation organisation',
  [DOCUMENT_TYPE_DESCRIPTION]:
    'Document type: resident_id resident identity card / hk_macao_permit mainland travel permit for Hong Kong and Macao residents / taiwan_permit mainland travel permit for Taiwan residents / passport passport / foreign_permanent_residence foreigner’s permanent residence ID card / hmt_residence_permit residence permit for Hong Kong, Macao and Taiwan residents',

  // Path parameters: the record the `id` identifies (idParamsOf).
  '评价机构 ID': 'Evaluation institution ID',
  '分支机构 ID': 'Branch ID',
  '工作人员 ID': 'Staff member ID',
  '场地 ID': 'Site ID',
  '职业范围 ID': 'Scope ID',
  '职业标准 ID': 'Occupation standard ID',
  '监管部门 ID': 'Supervising authority ID',
  '专家 ID': 'Expert ID',
  '专家库 ID': 'Expert pool ID',
  '案件 ID': 'Case ID',
  '目录条目 ID': 'Directory entry ID',
  '招募公告 ID': 'Recruitment call ID',
  '评价批次 ID': 'Evaluation session ID',
  '证书 ID': 'Certificate ID',
  '证书数据上报 ID': 'Certificate upload ID',
  '工作人员处理记录 ID': 'Staff sanction record ID',
  'API 密钥 ID': 'API key ID',
  '核验单位 ID': 'Verifier organisation ID',
  '账号 ID': 'Account ID',

  // The registry (registry.schema.ts): institutions, branches, staff, sites, scopes.
  机构名称或统一社会信用代码: 'Institution name or unified social credit code',
  '所属辖区（6 位行政区划代码）': 'Jurisdiction (6-digit administrative division code)',
  机构名称: 'Institution name',
  统一社会信用代码: 'Unified social credit code',
  法定代表人: 'Legal representative',
  地址: 'Address',
  '监管部门（不填为当前账号所属的监管部门）':
    'Supervising authority (left blank: the authority of the signed-in account)',
  监管部门: 'Supervising authority',
  状态变更原因: 'Reason for the change of status',
  联系电话: 'Contact phone',
  成立日期: 'Established on',
  分支机构名称: 'Branch name',
  '角色：full_time_staff 专职工作人员 / assessor 考评人员 / quality_supervisor 质量督导员 / exam_admin 考务管理人员':
    'Role: full_time_staff full-time staff / assessor assessor / quality_supervisor quality supervisor / exam_admin exam administrator',
  '职业（工种）代码（考评人员须填写）': 'Occupation (trade) code (required for an assessor)',
  姓名: 'Name',
  在职: 'Active',
  所属分支机构: 'Branch',
  '所属分支机构（不填为机构本部）': 'Branch (left blank: the head office)',
  证件号码: 'Document number',
  电话: 'Phone',
  人员角色: 'Roles',
  '产权：owned 自有 / leased 租赁': 'Tenure: owned owned / leased leased',
  场地名称或地址: 'Site name or address',
  租期起始: 'Lease starts',
  '租期截止（租赁的场地填写）': 'Lease ends (for a leased site)',
  '面积（平方米）': 'Area (square metres)',
  '功能室（如理论考场、实操考场、候考室、监控室）':
    'Functional rooms (e.g. theory exam room, practical exam room, waiting room, monitoring room)',
  考场数: 'Exam rooms',
  机位数: 'Computer seats',
  '桌距（厘米）': 'Desk spacing (centimetres)',
  考场监控: 'CCTV in exam rooms',
  全覆盖监控: 'Full CCTV coverage',
  场地名称: 'Site name',
  '状态：pending 待生效 / active 有效 / suspended 暂停 / ended 已终止':
    'Status: pending pending / active active / suspended suspended / ended ended',
  '有效期至（不填为长期）': 'Valid to (left blank: open-ended)',

  // Reference data (reference.schema.ts): jurisdictions, occupations, standards, authorities.
  '级别：national 全国 / province 省级 / prefecture 地市级 / county 县级':
    'Level: national national / province provincial / prefecture prefectural / county county',
  '上级行政区划代码（6 位）': 'Parent administrative division code (6 digits)',
  职业代码或名称: 'Occupation code or name',
  '大类代码（1–8）': 'Major group code (1–8)',
  '中类代码，如 4-04': 'Middle group code, e.g. 4-04',
  已登记职业标准: 'Has a recorded occupation standard',
  '类别：national_standard 国家职业技能标准 / evaluation_norm 评价规范':
    'Kind: national_standard national skill standard / evaluation_norm evaluation norm',
  职业名称或标准名称: 'Occupation or standard title',
  标准名称: 'Title',
  文号: 'Reference number',
  颁布日期: 'Issued on',
  '各等级的评价科目（按国家职业技能标准登记；未登记的等级不填）':
    'Subjects per level (as the national skill standard prescribes; a level not recorded is left out)',
  '一级（高级技师）的评价科目：theory 理论知识考试、skills 技能考核、comprehensive_review 综合评审':
    'Subjects of level 1 (senior technician): theory theory exam, skills skills assessment, comprehensive_review comprehensive review',
  '二级（技师）的评价科目：theory 理论知识考试、skills 技能考核、comprehensive_review 综合评审':
    'Subjects of level 2 (technician): theory theory exam, skills skills assessment, comprehensive_review comprehensive review',
  '三级（高级工）的评价科目：theory 理论知识考试、skills 技能考核、comprehensive_review 综合评审':
    'Subjects of level 3 (advanced): theory theory exam, skills skills assessment, comprehensive_review comprehensive review',
  '四级（中级工）的评价科目：theory 理论知识考试、skills 技能考核、comprehensive_review 综合评审':
    'Subjects of level 4 (intermediate): theory theory exam, skills skills assessment, comprehensive_review comprehensive review',
  '五级（初级工）的评价科目：theory 理论知识考试、skills 技能考核、comprehensive_review 综合评审':
    'Subjects of level 5 (elementary): theory theory exam, skills skills assessment, comprehensive_review comprehensive review',
  部门名称: 'Authority name',
  '部门类型：national_centre 国家指导中心 / mohrss 人力资源社会保障部 / provincial_hrss 省级人社部门 / prefectural_hrss 市级人社部门 / industry_department 行业主管部门 / joint_conference_office 部际联席会议办公室 / delegated_unit 具体受托单位':
    'Authority kind: national_centre national guidance centre / mohrss Ministry of Human Resources and Social Security / provincial_hrss provincial HR department / prefectural_hrss prefectural HR department / industry_department industry department / joint_conference_office joint-conference office / delegated_unit delegated unit',

  // Experts and expert pools (experts.schema.ts).
  姓名或工作单位: 'Name or employer',
  '专业领域（职业（工种）代码）': 'Specialties (occupation (trade) codes)',
  工作单位统一社会信用代码: 'Unified social credit code of the employer',
  所属专家库: 'Expert pool',
  '有效（未停用）': 'Active (not disabled)',
  工作单位: 'Employer',
  职称: 'Professional title',
  须回避的机构的统一社会信用代码: 'Unified social credit code of the institution to stay away from',
  须回避的机构名称: 'Name of the institution to stay away from',
  '利害关系：former_employment 曾在该单位任职 / part_time 在该单位兼职 / relative 近亲属在该单位任职 / financial 与该单位有经济利益关系 / training 为该单位提供培训 / other 其他利益关系':
    'Relation: former_employment formerly employed there / part_time works there part-time / relative a close relative works there / financial a financial interest in it / training trains for it / other another interest',
  专家库名称: 'Pool name',
  所属监管部门: 'Supervising authority',
  '所属监管部门（不填为当前账号所属的监管部门）':
    'Supervising authority (left blank: the authority of the signed-in account)',
  专家库说明: 'Pool description',
  专家: 'Expert',

  // Sign-in and accounts (auth.routes.ts, accounts.schema.ts).
  用户名: 'Username',
  密码: 'Password',
  当前密码: 'Current password',
  '新密码：至少 8 位，包含大写字母、小写字母、数字、特殊字符中的至少三类；不能是常见密码，不能包含用户名':
    'New password: at least 8 characters from at least three of upper-case letters, lower-case letters, digits and special characters; not a common password, not containing the username',
  '验证器应用显示的 6 位动态验证码，或一个恢复码（如 ABCDE-FGHJK）':
    'The 6-digit code the authenticator app shows, or a recovery code (e.g. ABCDE-FGHJK)',
  '用户名：3–32 位小写字母、数字、下划线、点或连字符，以字母开头':
    'Username: 3–32 lower-case letters, digits, underscores, dots or hyphens, starting with a letter',
  '角色：authority_staff 监管部门 / institution_staff 评价机构 / expert 专家 / sysadmin 系统管理员 / verifier 核验单位':
    'Role: authority_staff authority / institution_staff institution / expert expert / sysadmin administrator / verifier verifier organisation',
  '所属主管部门（监管部门账号）': 'Authority (for an authority account)',
  '所属评价机构（评价机构账号）': 'Evaluation institution (for an institution account)',
  '对应专家（专家账号）': 'Expert (for an expert account)',
  '所属核验单位（核验单位账号）': 'Verifier organisation (for a verifier account)',
  用户名或姓名: 'Username or name',

  // The working-day calendar (calendar.routes.ts).
  年度: 'Year',
  '日期（YYYY-MM-DD）': 'Date (YYYY-MM-DD)',
  '节日名称（如“春节”）': 'Name of the holiday (e.g. Spring Festival)',
  '起算日（当日不计入）': 'Start date (not counted)',
  工作日数: 'Working days',
  自然日数: 'Calendar days',
  '末日为休息日时顺延至下一个工作日（默认顺延）':
    'When the last day is a day off, move it to the next working day (the default)',
  日期: 'Date',
  '数据来源（如国务院办公厅通知的文号）':
    'Source (e.g. the reference number of the State Council General Office’s notice)',
  放假日期: 'Holidays',
  调休上班日期: 'Swapped working days',

  // The rule catalogue's trial (rules.routes.ts).
  '检查名称，如 gz-rules.selection.social_org': 'Check, e.g. gz-rules.selection.social_org',
  '法律上相关的日期（决定日、提交日等），YYYY-MM-DD':
    'The legally relevant date (of the decision, of the application …), YYYY-MM-DD',
  '事实数据（按该检查的 factsSchema）': 'Facts (as the check’s factsSchema describes them)',

  // Cases (cases.schema.ts).
  '列表：todo 待办 / done 已办 / mine 我的申请 / assigned 评审任务 / supervised 辖区案件':
    'List: todo to do / done done / mine my applications / assigned my reviews / supervised in my territory',
  '办理事项（程序标识，如 social-org-filing）': 'Procedure (its identifier, e.g. social-org-filing)',
  申请编号或申请单位名称的一部分: 'Part of the reference number or of the applicant’s name',
  状态: 'Status',
  申请单位: 'Applicant',
  只看已超过办理期限的: 'Only those past their deadline',
  '排序：due 期限最早在前，-due 期限最晚在前，recent 最近更新在前（待办默认按期限）':
    'Order: due earliest deadline first, -due latest deadline first, recent most recently updated first (the to-do list is ordered by deadline by default)',
  '申请事项（程序编号）': 'Procedure applied for (its identifier)',
  '申请表（按该事项的表单结构填写）': 'Application form (as the procedure’s form schema describes it)',
  '办理操作（事件标识，如 accept）': 'Action (its event identifier, e.g. accept)',
  '案件版本号（乐观锁）': 'Case version (optimistic lock)',
  该事项的表单内容: 'The action’s form',
  意见或说明: 'Opinion or note',
  '申请材料 ID': 'Application material ID',
  '文书 ID': 'Document ID',

  // The public directory (directory.routes.ts).
  '机构名称、备案编码、统一社会信用代码或职业名称':
    'Institution name, filing code, unified social credit code or occupation name',
  '有效期状态：in_force 有效期内或尚未开始（默认）、lapsed 已过有效期、all 全部、exited 已退出（自动终止、自愿退出、责令终止、取消资格）':
    'Validity: in_force in force or not yet begun (the default), lapsed lapsed, all all, exited exited (lapsed by itself, voluntary exit, ordered to terminate, revoked)',
  '技能等级（1 为最高，5 为最低）': 'Skill level (1 the highest, 5 the lowest)',
  '行政区划代码（含下级）': 'Administrative division code (with the divisions under it)',
  机构类别: 'Kind of institution',
  '备案/遴选事项': 'Filing or selection procedure',
  包括已过有效期的: 'Include lapsed entries',
  '只列今日有效、且有效期在此日或之前截止的（即将到期，需办理延续）':
    'Only entries in force today whose validity ends on or before this date (ending soon, to be renewed)',
  '作出备案/遴选决定的部门': 'Authority that decided the filing or selection',

  // 1+X recruitment calls (recruitment-calls.routes.ts).
  '公告状态：draft 草稿（未发布） / published 已发布 / closed 已截止招募':
    'Status of the call: draft draft (not published) / published published / closed closed',
  'true：只列出今天正在受理申报的公告': 'true: only the calls taking applications today',
  公告标题: 'Title of the call',
  '批次，如“2026年第一批”': 'Batch, e.g. “2026, first batch”',
  '公告正文（申报要求、联系方式）': 'Text of the call (requirements, contacts)',
  申报开始日: 'Applications open on',
  '申报截止日（含当日）': 'Applications close on (inclusive)',
  招募的职业技能领域: 'Skill fields recruited for',
  职业技能领域: 'Skill field',
  领域说明: 'About the field',

  // Public notices and objections (public-notices.routes.ts).
  '公示 ID': 'Public notice ID',
  '异议 ID': 'Objection ID',
  'current 公示中 / past 已结束 / all 全部': 'current open / past ended / all all',
  '办理事项（程序标识）': 'Procedure (its identifier)',
  '异议人姓名（公开显示时隐去名字）': 'Name of the objector (the given name is hidden when shown publicly)',
  '联系电话或电子邮箱（仅受理部门可见，用于答复）':
    'Phone or e-mail (seen only by the authority applied to, for its answer)',
  '异议内容及事实依据（10–2000 字）': 'The objection and the facts it rests on (10–2000 characters)',
  '人机验证：ALTCHA 工作量证明的解（先取 GET /api/v1/public/challenge 并求解）':
    'Human check: the solution of the ALTCHA proof of work (fetch GET /api/v1/public/challenge and solve it first)',
  '答复意见（核查情况及结论）': 'Answer (what was checked and the conclusion)',
  '核查结论：founded 异议成立 / unfounded 异议不成立':
    'Finding: founded the objection is founded / unfounded the objection is unfounded',

  // Technical review (review.schema.ts).
  '评审建议：approve 通过 / reject 不通过 / revise 修改后再审':
    'Recommendation: approve approve / reject reject / revise revise and review again',
  评审意见: 'Review opinion',

  // Evaluation sessions (evaluation-sessions.schema.ts).
  'planned 计划中（已开设）、closed 已关闭、cancelled 已取消':
    'planned planned (opened), closed closed, cancelled cancelled',
  评价机构: 'Evaluation institution',
  开设的分支机构: 'Branch that opened the session',
  结束日期不早于此日: 'Ends on or after this date',
  开始日期不晚于此日: 'Starts on or before this date',
  由分支机构以其备案开设时填写: 'Filled in when a branch opens the session under its own filing',
  '评价场地（本机构或该分支机构登记的场地）': 'Site (registered to the institution or to that branch)',
  '职业（工种）代码（备案范围内）': 'Occupation (trade) code (within the filed scope)',
  评价开始日期: 'First day of the evaluation',
  评价结束日期: 'Last day of the evaluation',
  取消理由: 'Reason for cancelling',

  // Candidates, fees, bans and results (candidates.schema.ts, results.schema.ts).
  '考生 ID': 'Candidate ID',
  证件类型: 'Document type',
  '证件号码（校验后加密保存，只返回脱敏号码）':
    'Document number (checked, stored encrypted; only the masked number is returned)',
  'collected 收费、refunded 退费': 'collected fee collected, refunded fee refunded',
  '金额（分，整数）': 'Amount (fen, a whole number)',
  '收（退）费日期': 'Date collected (refunded)',
  '禁评依据：《技能人才评价违纪违规行为处理工作指引》第六条或第七条，如 6、7(4)':
    'Ground of the ban: article 6 or 7 of the Guidelines on Handling Violations in Skill Evaluation, e.g. 6, 7(4)',
  '禁评截止日（含当日）': 'Ban ends on (inclusive)',
  事由: 'Grounds',
  处理决定文号: 'Reference number of the decision',
  各科合格分数线: 'Pass marks per subject',
  各科成绩: 'Results per subject',

  // Staff on a session and the staff-sanction register (session-staff.schema.ts).
  '人员（本机构的工作人员）': 'Person (a staff member of the institution)',
  '批次工作人员安排 ID': 'Assignment ID',
  '批次职责：exam_admin 考务管理人员 / assessor 考评人员 / quality_supervisor 质量督导员':
    'Duty: exam_admin exam administrator / assessor assessor / quality_supervisor quality supervisor',
  '按证件号码查找（以密钥散列比对）': 'Find by document number (compared by its keyed hash)',
  '截止日期（吊销证书等无期限的不填）': 'Last day (blank for one without end, such as a revoked certificate)',
  '依据条款，如 第九条第（三）项': 'Article relied on, e.g. article 9 item (3)',

  // Certificates (certificates.schema.ts).
  '分支机构（机构本部为 null）': 'Branch (null for the head office)',
  '第 2–5 位：人力资源社会保障部备案的为 0001–9999，省级备案的为 0000（可不填）':
    'Positions 2–5: 0001–9999 for a filing with the ministry, 0000 for a provincial filing (may be left out)',
  '第 8–13 位：省级人力资源社会保障部门赋予': 'Positions 8–13: assigned by the provincial HR department',
  评价批次: 'Evaluation session',
  '监管部门须指定评价机构；机构只看本机构的':
    'An authority must name the evaluation institution; an institution sees only its own',
  发证年份: 'Year of issue',
  'valid 有效、invalidated 已宣布无效、withdrawn 已撤销':
    'valid valid, invalidated declared invalid, withdrawn withdrawn',
  '上一页返回的 nextCursor（按年份、编号翻页，不计总数）':
    'The nextCursor of the previous page (pages by year and number, without a total)',
  '法规（如 mohrss-violations）': 'Regulation (e.g. mohrss-violations)',
  '条款（如 第五条）': 'Article (numbered as the regulation numbers it, e.g. article 5 written in Chinese)',
  '证书编号（可含全角字符、小写字母和空格）':
    'Certificate number (full-width characters, lower-case letters and spaces allowed)',
  '姓名（与证件号码一起查询）': 'Name (searched together with the document number)',
  '证件类型（不填为 resident_id 居民身份证）':
    'Document type (left blank: resident_id, the resident identity card)',
  '证件号码（与姓名一起查询）': 'Document number (searched together with the name)',
  'invalidated 宣布无效、withdrawn 撤销': 'invalidated declare invalid, withdrawn withdraw',
  理由: 'Reason',
  生效日期: 'Effective on',
  '依据条款，如 {regime: "mohrss-violations", article: "第五条"}':
    'Articles relied on, each a regulation and an article, e.g. mohrss-violations and article 5 (written in Chinese)',
  作出处理决定的案件: 'Case that made the decision',
  处理决定书: 'Decision document',
  '导出内容：list 证书列表 / counts 证书数量 / delays 发证时效':
    'Export: list certificates / counts counts / delays time to verifiable',

  // Verifier organisations and their batch API (verifiers.routes.ts).
  '待核验的证书（每条按证书编号，或按持证人姓名和证件号码）':
    'Certificates to check (each by its number, or by the holder’s name and document number)',
  '证书编号（22 位）': 'Certificate number (22 characters)',
  持证人姓名: 'Name of the holder',
  '证件类型，默认 resident_id 居民身份证': 'Document type, resident_id (resident identity card) by default',
  '职业（工种）代码，如 4-10-01-05；不填为全部': 'Occupation (trade) code, e.g. 4-10-01-05; blank for all',
  '发证日期起（含）': 'Issued from (inclusive)',
  '发证日期止（含）': 'Issued until (inclusive)',
  每页份数: 'Credentials per page',
  '用途，如“招聘系统”': 'What the key is for, e.g. “recruitment system”',
  '模板格式：xlsx Excel 表格 / csv CSV 文本': 'Template format: xlsx Excel workbook / csv CSV text',
  '按名称筛选（账号管理中选择所属核验单位）':
    'Filter by name (choosing the verifier organisation of an account)',
  最多列出的条数: 'Most rows listed',
  '统一社会信用代码（可不填）': 'Unified social credit code (optional)',
  '用人单位 / 补贴经办机构 / 学分银行 / 其他': 'Employer / subsidy office / credit bank / other',
  联系人与电话: 'Contact person and phone',
  '每日额度（证书张数）': 'Daily quota (certificates)',
  责令内容: 'What is ordered',
  '上一页返回的 nextCursor': 'The nextCursor of the previous page',

  // Public certificate verification (verification.schema.ts).
  '持证人姓名（与证件号码一起查询；核验二维码时可选，用于比对姓名）':
    'Name of the holder (searched together with the document number; optional with a QR code, to compare the name)',
  '电子证书二维码中的签名数据（SR1.…）': 'The signed data of the e-certificate’s QR code (SR1.…)',
  '证书编号的前 15 位': 'The first 15 characters of the certificate number',
  'pdf 电子证书（PDF）、credential 可验证凭证（JSON）':
    'pdf e-certificate (PDF), credential verifiable credential (JSON)',

  // The demo clock, open data, guides, templates.
  '前移天数（自然日）': 'Days forward (calendar days)',
  '从该时刻（ISO 8601）之后的变更开始；通常为所持快照的 asOf':
    'Changes after this moment (ISO 8601); usually the asOf of the snapshot held',
  '事项标识，如 social-org-filing': 'Procedure identifier, e.g. social-org-filing',
  模板格式: 'Template format',

  // Described in src/http/routes/violations.routes.ts (its own descriptions; their English here, so that
  // a refusal of those routes names its field in English too).
  '列表：deciding 本单位处理的 / concerning 涉及本机构的 / supervised 辖区内的':
    'List: deciding decided by us / concerning concerning our institution / supervised in our territory',
  '案件编号、机构或当事人': 'Case number, institution or party',
  案件: 'Case',
  '案件编号（见告知书或处理决定书）': 'Case number (on the notice or on the decision)',
  '陈述和申辩（或申请复核的理由）': 'Statement and defence (or the grounds of the request for review)',
  只看诚信不良档案: 'Only the bad-credit register',
  名称或文号: 'Name or reference number',
  每个核验单位每日读取证书的条数上限: 'Most certificates one verifier organisation may read a day',
  确定该阈值的理由: 'Reason for this threshold',
  只看未处理的: 'Only those not yet handled',
  '处理结果：revoked 已取消读取权限并责令删除 / case_opened 已立案 / no_breach 经查无违规':
    'Outcome: revoked read rights withdrawn and deletion ordered / case_opened case opened / no_breach no breach found',
  '线索 ID': 'Lead ID',
  处理说明: 'Note on the handling',
  // src/http/routes/supervision.routes.ts (issue 14 points 3–5).
  ...SUPERVISION_DESCRIPTIONS_EN,
  // src/http/routes/leads.routes.ts, rectifications.routes.ts (issue 14 points 2 and 6).
  ...LEADS_DESCRIPTIONS_EN,
  ...INSPECTIONS_DESCRIPTIONS_EN,
  // src/http/routes/gz-renewal.routes.ts (issue 15 point 1).
  ...GZ_RENEWAL_DESCRIPTIONS_EN,
  // src/http/routes/exits.routes.ts (issue 15 points 7 and 8).
  ...EXITS_DESCRIPTIONS_EN,
  // src/http/routes/exit-wrap-up.routes.ts (issue 15 point 6).
  ...EXIT_WRAP_UP_DESCRIPTIONS_EN,
};
