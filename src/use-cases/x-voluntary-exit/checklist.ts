// The materials of a 1+X exit application: the paper materials of §6(1) (scanned), and the account of the
// work completed and the wrap-up (§4, §9). The wrap-up itself is computed from the system's data.
import type { Checklist } from '../../materials/checklist.js';

export const X_EXIT_CHECKLIST: Checklist = {
  procedure: '1x-voluntary-exit',
  items: [
    {
      id: 'exit_application',
      title_zh: '退出申请书（提交具体受托单位的纸质材料扫描件）',
      title_en: 'Application to exit (scan of the paper materials handed to the delegated unit)',
      required: true,
      accepts: ['pdf', 'image'],
      citation: { source: '1x-exit', article: 6, item: 1 },
    },
    {
      id: 'wrap_up_statement',
      title_zh: '相关工作完成及善后处理情况说明（已收费未考核、已考核未发证等事项）',
      title_en:
        'Statement of the work completed and the wrap-up (fees without exams, exams without certificates)',
      required: true,
      accepts: ['pdf', 'image', 'word'],
      citation: { source: '1x-exit', article: 9 },
    },
  ],
};
