// 终止评价活动通知书 of a voluntary exit (gz-rules §13, §16): what ends, from when, that certificates issued
// before stay valid, and the report to the ministry and the update of the national listing that follow.
import { dateZh } from '../../documents/decision-document.js';
import type { DraftInput } from '../workflow/apply-transition.js';
import type { DocumentDraft } from '../workflow/issue-document.js';
import type { GzExitData } from '../../workflows/gz-voluntary-exit/machine.js';

function terminationNotice(i: DraftInput<GzExitData>): DocumentDraft {
  const d = i.data;
  const scope =
    d.scope === 'institution'
      ? '全部职业技能等级认定评价活动'
      : `下列职业（工种）的职业技能等级认定评价活动：${d.occupations.map((o) => `${o.occupationCode}（${o.level} 级）`).join('、')}`;
  return {
    numberPrefix: '黔人社评终',
    title: '终止评价活动通知书',
    paragraphs: [
      `你单位（备案编号 ${d.filingCode}）于${dateZh(d.applicationSubmittedOn)}提交书面退出申请（${i.before.referenceNo}），拟于${dateZh(d.intendedTerminationOn)}终止评价活动。`,
      `经核，你单位已提前30日提交书面申请，证书数据上报、评价资料归档等收尾工作已完成${d.waivers.length > 0 ? `（其中${d.waivers.length}项经我厅说明理由豁免）` : ''}。依据《贵州省职业技能等级认定机构遴选及退出实施细则》第十三条、第十六条，自${dateZh(d.terminatedOn ?? i.today)}起终止你单位${scope}。`,
      '终止后不得再以评价机构名义开展相关评价活动、上传证书数据；此前依规颁发的职业技能等级证书继续有效。',
      '相关情况报人力资源社会保障部备案，并更新全国技能人才评价工作网机构公示信息（第十六条）。',
    ],
  };
}

export const gzExitDocuments = { termination_notice: terminationNotice };
