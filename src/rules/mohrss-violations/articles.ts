// mohrss-violations — 技能人才评价违纪违规行为处理工作指引（试行）(人社职司便函〔2021〕57号 附件2; 人力资源社会保障部
// 职业能力建设司、职业技能鉴定中心, 2021-12-23, 自印发之日起施行). Seed: shared/seeds/004_1c9641cd981748e8.txt,
// annex 2. Every article, paragraph and item, verbatim (page breaks and line wraps removed), with how
// SkillReg covers it.
import type { ArticleText, Coverage } from '../article.js';
import { s7Ban, s7BanInForce, s5, s6, s6BanInForce, s7, s8 } from './candidates.js';
import { s15DataRevocation, s15DataSecurity, s15Ladder } from './certificate-data.js';
import { sessionScope, sessionSite, sessionSuspended, sessionTerminated } from './evaluation-session.js';
import { s12, s12Invalidation, s13, s13Blacklist, s14 } from './institutions.js';
import {
  competence,
  noticeContents,
  noticeTiming,
  otherAuthority,
  reviewAddressee,
  reviewDecider,
  reviewStanding,
  signatures,
  siteHeadConfirmation,
  staffReport,
  writtenDecision,
} from './procedure.js';
import { mv } from './rule.js';
import { assessorQualified, revokedCardOnSession, staffDuty, workBanOnSession } from './session-staff.js';
import { allCancelledS6, allCancelledS7, subjectCancelled, subjectPassMark } from './session-results.js';
import {
  closingPassMarks,
  closingResultsComplete,
  closingStaffed,
  closingSupervisor,
} from './session-closing.js';
import { s10, s11, s9, s9BanInForce } from './staff.js';

const encoded = (...rules: { id: string }[]): Coverage => ({
  status: 'encoded',
  ruleIds: rules.map((r) => r.id),
});
const procedural = (workflow: string): Coverage => ({ status: 'procedural', workflow });
const notEncoded = (reason: string): Coverage => ({ status: 'not_encoded', reason });

const ITEM = ['', '（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）'];
const article = (n: number, label_zh: string, text_zh: string, coverage: Coverage): ArticleText => ({
  citation: mv(n),
  label_zh,
  text_zh,
  coverage,
});
const item = (n: number, i: number, text_zh: string, coverage: Coverage): ArticleText => ({
  citation: mv(n, i),
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
  citation: mv(n, undefined, p),
  label_zh,
  text_zh,
  coverage,
});

export const articles: ArticleText[] = [
  article(
    1,
    '第一条',
    '为规范技能人才评价违纪违规行为的认定与处理，维护技能人才评价的公平、公正，保障参评人员、工作人员及评价机构的合法权益，根据《中华人民共和国劳动法》和《劳动保障监察条例》（国务院令第 423 号）等有关法律法规，结合工作实际，制定本指引。',
    notEncoded('制定目的与依据条款，不含条件'),
  ),
  article(
    2,
    '第二条',
    '技能人才评价违纪违规行为（以下简称违纪违规行为）的认定与处理适用本指引。法律、行政法规和部门规章另有规定的，从其规定。\n本指引所称技能人才评价包括技能人员职业资格评价、职业技能等级认定、专项职业能力考核等。',
    notEncoded(
      '适用范围与法律优先：本规则集只就本指引作出判断；法律、行政法规和部门规章另有规定的，由监管部门依该规定处理并在决定中引用',
    ),
  ),
  paragraph(
    2,
    1,
    '第二条第一款',
    '技能人才评价违纪违规行为（以下简称违纪违规行为）的认定与处理适用本指引。法律、行政法规和部门规章另有规定的，从其规定。',
    notEncoded(
      '适用范围与法律优先：本规则集只就本指引作出判断；法律、行政法规和部门规章另有规定的，由监管部门依该规定处理并在决定中引用',
    ),
  ),
  paragraph(
    2,
    2,
    '第二条第二款',
    '本指引所称技能人才评价包括技能人员职业资格评价、职业技能等级认定、专项职业能力考核等。',
    notEncoded(
      '定义条款：技能人才评价包括职业资格评价、职业技能等级认定、专项职业能力考核等，决定本规则集的适用对象',
    ),
  ),
  article(
    3,
    '第三条',
    '坚持合法依规、客观公正、科学规范、惩教结合的原则对违纪违规行为进行认定与处理。',
    notEncoded(
      '处理原则（合法依规、客观公正、科学规范、惩教结合），不是可判定的条件；具体处理由第五条至第十九条的规则体现',
    ),
  ),
  article(
    4,
    '第四条',
    '人力资源社会保障部职业能力建设司负责全国技能人才评价工作的统筹规划、综合管理和监督检查；中国就业培训技术指导中心（人力资源社会保障部职业技能鉴定中心）负责全国技能人才评价质量监管的组织实施和技术支持服务。\n各省级人力资源社会保障部门负责属地技能人才评价工作的监督检查与处理。\n行业部门人事劳动保障工作机构负责本行业领域技能人才评价工作的监督检查与处理。\n评价机构依据本指引对参评人员、工作人员在评价过程中的违纪违规行为进行认定与处理。',
    encoded(competence),
  ),
  paragraph(
    4,
    1,
    '第四条第一款',
    '人力资源社会保障部职业能力建设司负责全国技能人才评价工作的统筹规划、综合管理和监督检查；中国就业培训技术指导中心（人力资源社会保障部职业技能鉴定中心）负责全国技能人才评价质量监管的组织实施和技术支持服务。',
    notEncoded('职责分工：人社部职业能力建设司和鉴定中心的全国职责，体现在监管部门类别及其权限中'),
  ),
  paragraph(
    4,
    2,
    '第四条第二款',
    '各省级人力资源社会保障部门负责属地技能人才评价工作的监督检查与处理。',
    procedural('violations/case-procedure'),
  ),
  paragraph(
    4,
    3,
    '第四条第三款',
    '行业部门人事劳动保障工作机构负责本行业领域技能人才评价工作的监督检查与处理。',
    procedural('violations/case-procedure'),
  ),
  paragraph(
    4,
    4,
    '第四条第四款',
    '评价机构依据本指引对参评人员、工作人员在评价过程中的违纪违规行为进行认定与处理。',
    encoded(competence),
  ),
  article(
    5,
    '第五条',
    '参评人员有下列行为之一的，取消其当次该科目的评价成绩。',
    encoded(...s5, subjectCancelled),
  ),
  item(
    5,
    1,
    '携带禁携物品（包括与评价内容相关的书籍、资料、电子产品、通讯设备以及规定以外的工具等）进入座位（或考位）或未将禁携物品放在指定位置，经提醒拒不改正的；',
    encoded(s5[0]!),
  ),
  item(
    5,
    2,
    '未在规定的座位（或考位）参加评价，或未经工作人员允许擅自离开座位（或考位），经提醒拒不改正的；',
    encoded(s5[1]!),
  ),
  item(
    5,
    3,
    '在考场（或考区）禁止的范围内，喧哗、吸烟或实施其他影响考场秩序的行为，经提醒拒不改正的;',
    encoded(s5[2]!),
  ),
  item(5, 4, '其他违反考场规则但尚未构成作弊的行为。', encoded(s5[3]!)),
  article(
    6,
    '第六条',
    '参评人员有下列行为之一的，取消其当次全部科目评价成绩，且当年不得参加评价。',
    encoded(...s6, s6BanInForce, allCancelledS6),
  ),
  item(
    6,
    1,
    '在评价过程中使用规定以外的带拍照、存储、传输或通讯功能的电子设备（如相机、手机、耳机、U 盘、手提电脑、智能手表、智能手环等）或其他电子用品的；',
    encoded(s6[0]!),
  ),
  item(6, 2, '抄袭或协助他人抄袭试题答案或与评价内容相关资料等的；', encoded(s6[1]!)),
  item(6, 3, '故意损毁试卷、工件或考试材料的；', encoded(s6[2]!)),
  item(6, 4, '擅自将试题、答卷或者有关内容带出考场的；', encoded(s6[3]!)),
  item(6, 5, '存在其他作弊但对其他应试人员未造成严重干扰的行为。', encoded(s6[4]!)),
  article(
    7,
    '第七条',
    '参评人员有下列行为之一的，取消其当次全部科目评价成绩。情节轻微的，2 年内不得参加评价；情节严重的，5 年内不得参加评价，并依据有关法律法规移送有关部门。',
    encoded(s7Ban, s7BanInForce, ...s7, allCancelledS7),
  ),
  item(7, 1, '通过虚假承诺、提供虚假材料以及其他非正当手段取得参加评价资格的；', encoded(s7[0]!)),
  item(7, 2, '评价前以非正当手段获得试题或答案或进行传播的；', encoded(s7[1]!)),
  item(7, 3, '抢夺、窃取他人试卷或胁迫他人配合作弊、偷换工量器具或工件等的；', encoded(s7[2]!)),
  item(7, 4, '由他人冒名顶替参加评价或替他人参加评价的；', encoded(s7[3]!)),
  item(7, 5, '串通作弊或参与有组织作弊的；', encoded(s7[4]!)),
  item(
    7,
    6,
    '故意损毁评价设备（含视频监控系统）、材料，造成设备事故、人身伤害或设备主要零部件损坏的；',
    encoded(s7[5]!),
  ),
  item(7, 7, '其他影响恶劣或严重扰乱评价管理秩序的行为。', encoded(s7[6]!)),
  article(
    8,
    '第八条',
    '评价活动结束后，发现参评人员违纪违规行为并经确认的，依照本指引第五、六、七条的规定处理，对其中已颁发证书的，由评价机构或评价机构监管部门宣布评价成绩无效，并对已发放证书、已上网证书数据及时作出相应处理。',
    encoded(s8),
  ),
  article(
    9,
    '第九条',
    '考务管理人员有下列行为之一的，取消其当年参加评价工作的资格，由评价机构按有关规定作出相应处理。',
    encoded(...s9, s9BanInForce, workBanOnSession),
  ),
  item(9, 1, '对参评人员资格审查不严的；', encoded(s9[0]!)),
  item(9, 2, '不按规定按时领取、分发和收回试卷或相关材料的；', encoded(s9[1]!)),
  item(
    9,
    3,
    '未认真履行职责，造成所负责考场出现秩序混乱，或对考场内作弊现象等违纪违规行为不及时制止或上报，或参与违规组织考试的；',
    encoded(s9[2]!),
  ),
  item(9, 4, '在证书管理工作中存在弄虚作假、徇私舞弊等的；', encoded(s9[3]!)),
  item(9, 5, '其他违反考务管理、证书管理、工作人员有关规定的行为。', encoded(s9[4]!)),
  article(
    10,
    '第十条',
    '考评人员有下列行为之一的，由考评人员证书颁发部门吊销其考评人员证书，由评价机构按有关规定作出相应处理。',
    encoded(...s10, revokedCardOnSession),
  ),
  item(
    10,
    1,
    '在阅卷评分、评审或面试过程中，未按照参考答案或评分标准进行阅卷评分、评审，或因失职造成阅评结果出现重大错误的；',
    encoded(s10[0]!),
  ),
  item(
    10,
    2,
    '盗窃、损毁、偷换、违规涂改参评人员答卷（或工件）、评价成绩、参评人员信息材料、考场原始记录及其他有关材料，或在上述材料中弄虚作假的；',
    encoded(s10[1]!),
  ),
  item(10, 3, '非法出售、提供试题、答案的行为。', encoded(s10[2]!)),
  article(
    11,
    '第十一条',
    '质量督导员违反考务管理、督导工作管理等有关规定，造成不良影响的，由评价机构或评价机构监管部门按有关规定作出相应处理。',
    encoded(s11),
  ),
  article(
    12,
    '第十二条',
    '评价机构有下列行为之一的，由评价机构监管部门对其主要负责人进行约谈，听取其陈述事实或承诺，提醒其规范操作，视情况宣布当次评价颁发证书或评价成绩部分或全部无效。',
    encoded(s12Invalidation, ...s12),
  ),
  item(
    12,
    1,
    '对参评人员的参评资格审核不严，未执行职业技能标准或评价规范及有关制度规定，情节轻微的；',
    encoded(s12[0]!, subjectPassMark, closingPassMarks),
  ),
  item(
    12,
    2,
    '评价组织管理松懈，或未严格按规定提供考场和配备工作人员确保对同批次考生采用相同考核评价方式并使其处于同等考核评价环境进行考核评价，或阅卷管理不规范、评分标准不统一，或其他违反考务管理、证书管理等有关规定，情节轻微的；',
    encoded(s12[1]!, staffDuty, assessorQualified, closingStaffed),
  ),
  item(12, 3, '技能人才评价档案材料保存不完整、管理不规范的；', encoded(s12[2]!, closingResultsComplete)),
  item(
    12,
    4,
    '对评价活动未安排质量督导或不符合质量督导工作规程相关规定，情节轻微的行为。',
    encoded(s12[3]!, closingSupervisor),
  ),
  article(
    13,
    '第十三条',
    '评价机构有下列行为之一的，由评价机构监管部门予以警告，限期整改，并在限期整改期间暂停其评价活动，视情况将其列入诚信不良档案，并向社会公布。',
    encoded(s13Blacklist, ...s13, sessionSuspended),
  ),
  item(13, 1, '第十二条所列情况，情节严重的；', encoded(s13[0]!)),
  item(13, 2, '未严格按照规定区域和地点组织开展评价的；', encoded(s13[1]!, sessionSite)),
  item(13, 3, '一年内无正当理由不开展评价活动的；', encoded(s13[2]!)),
  item(13, 4, '评价机构利用广告或其他方法，进行评价“包过”“保过”等虚假宣传的；', encoded(s13[3]!)),
  item(13, 5, '对监督检查中发现或其他渠道反映的违规问题未按期完成整改的；', encoded(s13[4]!)),
  item(13, 6, '评价机构因涉嫌违纪违规问题正在调查核实的；', encoded(s13[5]!)),
  item(13, 7, '被投诉举报并经核实的行为。', encoded(s13[6]!)),
  article(
    14,
    '第十四条',
    '评价机构有下列行为之一的，评价机构监管部门予以终止备案。对涉及的相关证书及数据等及时作出相应处理。',
    encoded(...s14, sessionTerminated),
  ),
  item(14, 1, '备案申请中故意提供虚假承诺、虚假资料的；', encoded(s14[0]!)),
  item(14, 2, '严重超出备案范围开展评价工作的；', encoded(s14[1]!, sessionScope)),
  item(14, 3, '为参评人员或协助参评人员伪造申报资料或证件，或纵容参评人员违规报名的；', encoded(s14[2]!)),
  item(14, 4, '考场秩序混乱，有组织舞弊的；', encoded(s14[3]!)),
  item(14, 5, '证书数据造假的；', encoded(s14[4]!)),
  item(14, 6, '已被警告，整改后再次违反本指引第十三条规定的；', encoded(s14[5]!)),
  item(14, 7, '一年（含）以上不开展评价工作的；', encoded(s14[6]!)),
  item(14, 8, '其他不履行工作承诺，造成严重不良社会影响并经核实确认的行为。', encoded(s14[7]!)),
  article(
    15,
    '第十五条',
    '评价机构超范围上传证书数据、上传证书数据有错误的，撤销其上传的违规证书数据，并视情节给予警告、暂停评价活动、直至终止备案的处理。\n评价机构、评价机构监管部门均应建立数据安全、准确、完整保障机制，发生超范围读取证书数据、泄露个人隐私、利用证书数据等提供有偿服务等行为的，评价机构、评价机构监管部门应立即查清情况，对造成上述问题的相关机构、人员，立即取消其证书数据读取权限，并责令其删除已读取的证书数据，并依据相关规定进行处罚，对违反法律法规的，移交相关部门处理。',
    encoded(s15DataRevocation, s15Ladder, s15DataSecurity),
  ),
  paragraph(
    15,
    1,
    '第十五条第一款',
    '评价机构超范围上传证书数据、上传证书数据有错误的，撤销其上传的违规证书数据，并视情节给予警告、暂停评价活动、直至终止备案的处理。',
    encoded(s15DataRevocation, s15Ladder),
  ),
  paragraph(
    15,
    2,
    '第十五条第二款',
    '评价机构、评价机构监管部门均应建立数据安全、准确、完整保障机制，发生超范围读取证书数据、泄露个人隐私、利用证书数据等提供有偿服务等行为的，评价机构、评价机构监管部门应立即查清情况，对造成上述问题的相关机构、人员，立即取消其证书数据读取权限，并责令其删除已读取的证书数据，并依据相关规定进行处罚，对违反法律法规的，移交相关部门处理。',
    encoded(s15DataSecurity),
  ),
  article(
    16,
    '第十六条',
    '参评人员涉及本指引所列违纪违规行为的，经 2名（含）以上工作人员签字报考场负责人确认，评价机构按程序认定后，依据本指引有关条款进行处理。\n相关工作人员涉及本指引所列违纪违规行为的，评价机构、评价机构监管部门依据本指引有关条款进行处理，评价机构应同时向评价机构监管部门报备处理情况。\n评价机构涉及本指引所列违纪违规行为的，评价机构监管部门经认定后，依据本指引有关条款进行处理。',
    encoded(competence, signatures, siteHeadConfirmation, staffReport),
  ),
  paragraph(
    16,
    1,
    '第十六条第一款',
    '参评人员涉及本指引所列违纪违规行为的，经 2名（含）以上工作人员签字报考场负责人确认，评价机构按程序认定后，依据本指引有关条款进行处理。',
    encoded(signatures, siteHeadConfirmation, competence),
  ),
  paragraph(
    16,
    2,
    '第十六条第二款',
    '相关工作人员涉及本指引所列违纪违规行为的，评价机构、评价机构监管部门依据本指引有关条款进行处理，评价机构应同时向评价机构监管部门报备处理情况。',
    encoded(staffReport, competence),
  ),
  paragraph(
    16,
    3,
    '第十六条第三款',
    '评价机构涉及本指引所列违纪违规行为的，评价机构监管部门经认定后，依据本指引有关条款进行处理。',
    encoded(competence),
  ),
  article(
    17,
    '第十七条',
    '对评价机构和参评人员、相关工作人员违纪违规行为作出处理决定前，应当告知评价机构和相关人员拟作出的处理决定及相关事实、理由和依据。\n对评价机构和参评人员、工作人员违纪违规行为作出处理决定的，分别由评价机构或评价机构监管部门作出违纪违规行为处理决定，并以书面形式送达相关机构或人员，或按有关规定进行公告。',
    encoded(noticeTiming, noticeContents, writtenDecision, competence),
  ),
  paragraph(
    17,
    1,
    '第十七条第一款',
    '对评价机构和参评人员、相关工作人员违纪违规行为作出处理决定前，应当告知评价机构和相关人员拟作出的处理决定及相关事实、理由和依据。',
    encoded(noticeTiming, noticeContents),
  ),
  paragraph(
    17,
    2,
    '第十七条第二款',
    '对评价机构和参评人员、工作人员违纪违规行为作出处理决定的，分别由评价机构或评价机构监管部门作出违纪违规行为处理决定，并以书面形式送达相关机构或人员，或按有关规定进行公告。',
    encoded(writtenDecision, competence),
  ),
  article(
    18,
    '第十八条',
    '对已由其他机关处理的评价机构和相关个人，评价机构监管部门以相关处理结论为依据，作出相应处理。',
    encoded(otherAuthority),
  ),
  article(
    19,
    '第十九条',
    '对处理决定存在异议的机构或个人，可以向作出处理决定的评价机构或评价机构监管部门进行陈述和申辩。经复核后，评价机构或评价机构监管部门作出复核决定。',
    encoded(reviewStanding, reviewAddressee, reviewDecider),
  ),
  article(
    20,
    '第二十条',
    '评价机构和评价机构监管部门应当建立违纪违规行为处理档案，记录、保存违纪违规行为的处理决定等。',
    procedural('violations/case-procedure'),
  ),
  article(
    21,
    '第二十一条',
    '本指引所称评价机构监管部门是指各级人力资源社会保障部门、有关行业部门人事劳动保障工作机构。\n本指引所称评价机构是指经人力资源社会保障部门备案的组织实施技能人员职业资格评价、职业技能等级认定、专项职业能力考核等的机构。\n本指引所称工作人员是指参与技能人才评价工作的考务管理人员、考评人员、质量督导人员等。\n本指引所称参评人员是指依据相关规定报名参加技能人员职业资格评价、职业技能等级认定、专项职业能力考核等评价的人员。',
    notEncoded(
      '定义条款：评价机构监管部门、评价机构、工作人员（考务管理人员、考评人员、质量督导人员）、参评人员；体现为处理对象和工作人员类别的取值，不是条件',
    ),
  ),
  paragraph(
    21,
    1,
    '第二十一条第一款',
    '本指引所称评价机构监管部门是指各级人力资源社会保障部门、有关行业部门人事劳动保障工作机构。',
    notEncoded(
      '定义条款：评价机构监管部门、评价机构、工作人员（考务管理人员、考评人员、质量督导人员）、参评人员；体现为处理对象和工作人员类别的取值，不是条件',
    ),
  ),
  paragraph(
    21,
    2,
    '第二十一条第二款',
    '本指引所称评价机构是指经人力资源社会保障部门备案的组织实施技能人员职业资格评价、职业技能等级认定、专项职业能力考核等的机构。',
    notEncoded(
      '定义条款：评价机构监管部门、评价机构、工作人员（考务管理人员、考评人员、质量督导人员）、参评人员；体现为处理对象和工作人员类别的取值，不是条件',
    ),
  ),
  paragraph(
    21,
    3,
    '第二十一条第三款',
    '本指引所称工作人员是指参与技能人才评价工作的考务管理人员、考评人员、质量督导人员等。',
    notEncoded(
      '定义条款：评价机构监管部门、评价机构、工作人员（考务管理人员、考评人员、质量督导人员）、参评人员；体现为处理对象和工作人员类别的取值，不是条件',
    ),
  ),
  paragraph(
    21,
    4,
    '第二十一条第四款',
    '本指引所称参评人员是指依据相关规定报名参加技能人员职业资格评价、职业技能等级认定、专项职业能力考核等评价的人员。',
    notEncoded(
      '定义条款：评价机构监管部门、评价机构、工作人员（考务管理人员、考评人员、质量督导人员）、参评人员；体现为处理对象和工作人员类别的取值，不是条件',
    ),
  ),
  article(
    22,
    '第二十二条',
    '各省级人力资源社会保障部门、各行业部门可根据本地区、本行业部门实际情况制定实施细则。',
    notEncoded(
      '授权省级人社部门和行业部门制定实施细则：各地细则如被采用，将作为新的规则集或带日期的参数版本加入',
    ),
  ),
  article(
    23,
    '第二十三条',
    '本指引由人力资源社会保障部职业能力建设司、中国就业培训技术指导中心（人力资源社会保障部职业技能鉴定中心）负责解释。',
    notEncoded('解释权条款'),
  ),
  article(
    24,
    '第二十四条',
    '本指引自印发之日起施行。',
    notEncoded('施行日期：自印发之日（2021-12-23）起施行，体现为本规则集的 inForceFrom 和各参数的生效日期'),
  ),
];
