// The evaluation-session pages' words, Chinese first with English beside them (the feature's own, so
// the shell's dictionary is not touched): statuses and subjects by name, never the identifier.
import type { SessionStatus, Subject } from './types';

export const STATUS_TEXT: Record<SessionStatus, [zh: string, en: string]> = {
  planned: ['已开设', 'Planned'],
  closed: ['已关闭', 'Closed'],
  cancelled: ['已取消', 'Cancelled'],
};
export const STATUS_COLOR: Record<SessionStatus, string> = {
  planned: 'processing',
  closed: 'success',
  cancelled: 'default',
};

export const SUBJECT_TEXT: Record<Subject, [zh: string, en: string]> = {
  theory: ['理论知识考试', 'Theory exam'],
  skills: ['技能考核', 'Skills assessment'],
  comprehensive_review: ['综合评审', 'Comprehensive review'],
};

export const REGISTRY_STATUS_TEXT: Record<string, [zh: string, en: string]> = {
  registered: ['已登记', 'Registered'],
  active: ['正常', 'Active'],
  suspended: ['暂停评价活动', 'Evaluation suspended'],
  exited: ['已退出', 'Exited'],
};

/** English title and detail of this feature's own problem codes (the server writes them in Chinese). */
export const PROBLEMS_EN: Record<string, { title: string; detail: string }> = {
  SESSION_REFUSED: {
    title: 'The session cannot be opened',
    detail: 'The conditions below are not met; each names its article.',
  },
  SUBJECTS_NOT_RECORDED: {
    title: 'Subjects not recorded in the occupation standard',
    detail:
      'The standard of this occupation does not record the subjects (theory exam, skills assessment, comprehensive review) for this level. The national or provincial human resources and social security department records them under occupation standards; then the session can be opened.',
  },
  SESSION_NOT_ENDED: {
    title: 'The session has not ended',
    detail: 'A session is closed once its last day has come; cancel it if it will not be held.',
  },
  SESSION_NOT_PLANNED: {
    title: 'The session has ended',
    detail: 'This session is already closed or cancelled.',
  },
};
