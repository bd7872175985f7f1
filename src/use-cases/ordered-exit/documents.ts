// The texts of an ordered exit's documents: the expert opinion served on the organisation with the
// 15-working-day appeal it opens (1x-exit §7(3)), the appeal review decision, the notice that ends the
// evaluation activities or the qualification (gz-rules §16 终止评价活动通知书; for 1+X the revocation published
// under §7(6)), and the report to the ministry (gz-rules §16 报人力资源社会保障部备案).
import { formatCitationZh, type Citation } from '../../domain/citation.js';
import { dateZh, SOURCE_TITLES_ZH, type DocumentKind } from '../../documents/decision-document.js';
import type { DraftInput } from '../workflow/apply-transition.js';
import type { DocumentDraft } from '../workflow/issue-document.js';
import type { ExitScopeChoice, OrderedExitData } from '../../workflows/ordered-exit/data.js';
import { CITE } from '../../workflows/ordered-exit/machine.js';

type Input = DraftInput<OrderedExitData>;

const cite = (c: Citation) => `${SOURCE_TITLES_ZH[c.source]}${formatCitationZh(c)}`;
const is1x = (d: Input) => d.data.regime === '1x-exit';
/** A sentence as typed, closed with 。 when the author left it open. */
const closed = (t: string) => (/[。！？.]$/.test(t) ? t : `${t}。`);
const prefix = (d: Input, what: string) => (is1x(d) ? `教职联办退${what}` : `黔人社终${what}`);

const GROUND_ZH: Record<string, string> = {
  '5(1)': '《管理办法》第二十八条列出的情形',
  '5(2)': '自批准后一年内未启动开展相关工作',
  '5(3)': '两年内未开展更新职业技能等级证书标准、考核题库等相关工作',
  '5(4)': '连续两年内未开展或无人报名参加评价，或连续两年内无院校选择实施',
  '5(5)': '反映问题较多、未按要求整改到位',
  '5(6)': '监测评价结果为 D 档且未按要求整改到位',
  '5(7)': '出现重大违法失信行为',
  '5(8)': '出现重大资产损失、企业破产等重大风险',
  '5(9)': '存在其他严重影响培训评价组织正常运转的情况',
};
const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const MEANS_ZH: Record<string, string> = { in_person: '直接送达', post: '邮寄送达', electronic: '电子送达' };

export function scopeZh(data: OrderedExitData, scope: ExitScopeChoice): string {
  if (scope.kind === 'programmes') {
    const names = scope.seqs.map((s) => data.programmes.find((p) => p.seq === s)?.name ?? `证书 ${s}`);
    const all = scope.seqs.length === data.programmes.length;
    return `职业技能等级证书实施资格：${names.map((n) => `“${n}”`).join('、')}${all ? '（为该组织全部证书，培训评价组织资质同时取消，第二条第二款）' : '（其他证书实施资格不受影响，组织资质保留，第二条第二款）'}`;
  }
  if (scope.kind === 'occupations')
    return `备案职业（工种）：${scope.occupations.map((o) => `${o.occupationCode}（${o.level} 级）`).join('、')}`;
  return data.regime === '1x-exit'
    ? '培训评价组织资质（其职业技能等级证书实施资格相应取消，第二条第三款）'
    : '全部评价活动';
} // prettier-ignore

const originZh = (d: Input) =>
  d.data.violationCaseReference
    ? `根据违纪违规行为处理决定（${d.data.violationCaseReference}）`
    : d.data.origin === 'ground'
      ? '根据监督管理中发现的问题线索'
      : '根据问题线索';

export const orderedExitDocuments: Partial<Record<DocumentKind, (d: Input) => DocumentDraft>> = {
  exit_opinion: (d) => {
    const o = d.data.opinion!;
    return {
      numberPrefix: prefix(d, '评'),
      title: '取消资格评议意见告知书',
      paragraphs: [
        `${originZh(d)}，部际联席会议办公室统筹指导对你单位的问题线索进行了调查核实，并组织专家（${o.experts}）进行了评议（${cite(CITE.investigation)}）。`,
        closed(`经查：${o.facts}`),
        o.grounds.length > 0
          ? `查实的情形：${o.grounds.map((g) => `第五条第（${CN[Number(g.slice(2, -1))]}）项 ${GROUND_ZH[g] ?? ''}`).join('；')}。`
          : '',
        o.proposal === 'revoke'
          ? `专家评议意见：拟取消${scopeZh(d.data, o.proposedScope)}。`
          : `专家评议意见：经查实存在问题但尚不构成取消情形，拟视情节给予处理（${cite(CITE.measures)}）。`,
        d.data.service
          ? `本通知于${dateZh(d.data.service.servedOn)}以${MEANS_ZH[d.data.service.means] ?? ''}方式送达。`
          : '',
        `你单位若有异议，可在收到本通知后十五个工作日内（收到之日不计入，遇法定节假日顺延）向具体受托单位提出申诉，由具体受托单位按程序组织复核（${cite(CITE.appeal)}）。逾期未提出申诉的，视为无异议。`,
      ].filter((p) => p !== ''),
    };
  },
  public_notice: (d) => ({
    numberPrefix: prefix(d, '示'),
    title: '拟撤销的培训评价组织及职业技能等级证书名单公示',
    addressee: null,
    paragraphs: [
      `根据${cite(CITE.notice)}，经调查核实、专家评议、征求有关部门意见并向部际联席会议报告，现将拟撤销名单予以公示：`,
      `培训评价组织：${d.institutionName}；拟取消：${scopeZh(d.data, d.data.opinion!.proposedScope)}。`,
      d.data.notice
        ? `公示期：${dateZh(d.data.notice.publishedOn)}至${dateZh(d.data.notice.endsOn)}。${d.data.notice.explanation_zh}`
        : '',
      '公示期间，任何单位和个人对公示内容有异议的，可通过本平台的公示页面实名提出，并提供必要的证明材料。公示无异议的，由有关单位向社会发布。',
    ].filter((p) => p !== ''),
  }),
  appeal_review_decision: (d) => {
    const r = d.data.appealReview!;
    return {
      numberPrefix: prefix(d, '复'),
      title: '申诉复核决定书',
      adverse: r.outcome === 'upheld',
      paragraphs: [
        `你单位于${dateZh(d.data.appeal!.lodgedOn)}对取消资格评议意见提出申诉（收到书面通知日期：${dateZh(d.data.receipt!.receivedOn)}，${cite(CITE.appeal)}）。`,
        closed(`申诉理由：${d.data.appeal!.grounds}`),
        r.outcome === 'upheld'
          ? closed(`经复核，维持评议意见。理由：${r.reason}`)
          : closed(`经复核，撤销评议意见，不予取消。理由：${r.reason}`),
      ],
    };
  },
  termination_notice: (d) => {
    const x = d.data.decision!;
    const wrap = x.wrapUpDue
      ? `你单位应于${dateZh(x.wrapUpDue)}前完成收尾工作（已收费但未实施考核、已考核尚未发证等事项的处理，证书数据合规上报，评价资料归档），并对退出前已实施的行为负责（时限由本部门规定，理由：${x.wrapUpReason}）。`
      : `你单位应完成收尾工作，并对退出前已实施的行为负责（${x.wrapUpReason}）。`;
    if (is1x(d))
      return {
        numberPrefix: prefix(d, '决'),
        title:
          x.scope.kind === 'programmes' && x.scope.seqs.length < d.data.programmes.length
            ? '取消职业技能等级证书实施资格通知书'
            : '取消培训评价组织资质通知书',
        adverse: true,
        paragraphs: [
          `${originZh(d)}，经调查核实、专家评议、征求有关部门意见并向部际联席会议报告，拟撤销名单已在一定范围内公示${d.data.notice ? `（${dateZh(d.data.notice.publishedOn)}至${dateZh(d.data.notice.endsOn)}）` : ''}，公示无异议（${cite(CITE.notice)}）。`,
          `现决定取消你单位${scopeZh(d.data, x.scope)}，自${dateZh(x.decidedOn)}起生效，并向社会发布（${cite(CITE.revocation)}、${cite(CITE.section28)}）。`,
          closed(`决定理由：${x.reason}`),
          wrap,
          '退出前已发放的职业技能等级证书原则上继续有效（1x-exit 第八条）；退出后不得参与并扰乱职业技能等级证书的相关活动（第十一条）。',
          x.scope.kind === 'institution' ||
          (x.scope.kind === 'programmes' && x.scope.seqs.length === d.data.programmes.length)
            ? '被取消资格的，其主体 5 年内不得参与培训评价组织招募遴选（1x-exit 第十条）。'
            : '',
        ].filter((p) => p !== ''),
      };
    return {
      numberPrefix: prefix(d, '通'),
      title: '终止评价活动通知书',
      adverse: true,
      paragraphs: [
        `${originZh(d)}，经查，你单位存在严重违法违规行为：${d.data.established?.facts ?? ''}（认定情节严重的理由：${d.data.established?.seriousnessReason ?? ''}）。`,
        `根据${cite(CITE.ordered)}，责令你单位自${dateZh(x.decidedOn)}起终止${scopeZh(d.data, x.scope)}，移出职业技能评价机构目录，并向社会公告。`,
        closed(`决定理由：${x.reason}`),
        wrap,
        `相关情况报人力资源社会保障部备案（${cite(CITE.report)}）。此前已颁发的职业技能等级证书继续有效。`,
      ],
    };
  },
  ministry_report: (d) => {
    const x = d.data.decision!;
    return {
      numberPrefix: prefix(d, '备'),
      title: '评价机构退出情况备案报告',
      addressee: '人力资源社会保障部',
      paragraphs: [
        `根据${cite(CITE.report)}，现将我省评价机构退出情况报备如下：`,
        `机构：${d.institutionName}；退出方式：责令终止（${cite(CITE.ordered)}）；终止日期：${dateZh(x.decidedOn)}；范围：${scopeZh(d.data, x.scope)}。`,
        closed(`事实与理由：${d.data.established?.facts ?? x.reason}`),
        `收尾时限：${x.wrapUpDue ? dateZh(x.wrapUpDue) : '未规定'}。已出具终止评价活动通知书，并在本平台向社会公告。`,
        `报送文号：${d.data.ministryReport?.reference ?? ''}。`,
      ],
    };
  },
};
