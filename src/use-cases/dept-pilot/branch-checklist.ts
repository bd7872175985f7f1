// The materials of a pilot branch's local filing (dept-pilot 三（四）: 拟备案的分支机构要符合注册地人社部门
// 对备案主体资质要求). The notice leaves the requirements to the local department; these are the items
// SkillReg asks for by default.
import type { Checklist } from '../../materials/checklist.js';
import { LOCAL_FILING } from '../../workflows/dept-pilot/citations.js';

const DOCS = ['pdf', 'image', 'word'] as const;

export const BRANCH_FILING_CHECKLIST: Checklist = {
  procedure: 'dept-pilot-branch',
  items: [
    {
      id: 'filing_form',
      title_zh: '分支机构属地备案申请表',
      title_en: 'Branch filing form',
      required: true,
      accepts: DOCS,
      citation: LOCAL_FILING,
    },
    {
      id: 'branch_registration',
      title_zh: '分支机构营业执照或登记证书',
      title_en: 'Registration of the branch',
      required: true,
      accepts: DOCS,
      citation: LOCAL_FILING,
    },
    {
      id: 'staff_and_sites',
      title_zh: '分支机构人员、场地设施设备情况',
      title_en: 'Staff, sites and equipment of the branch',
      required: true,
      accepts: [...DOCS, 'excel'],
      citation: LOCAL_FILING,
    },
    {
      id: 'local_requirements',
      title_zh: '符合注册地备案主体资质要求的其他材料',
      title_en: 'Other materials the local department requires',
      required: false,
      accepts: DOCS,
      citation: LOCAL_FILING,
      maxFiles: 5,
    },
  ],
};
