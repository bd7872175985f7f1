// Menu entries of the candidate wing: the evaluation-ban register (mohrss-violations §6–7) and the
// staff-sanction register (§9–10) for authority staff, the student register for schools (gz-rules §5(1)).
import { StopOutlined, TeamOutlined, UserDeleteOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { User } from '../../app/auth';
import type { Lang } from '../../app/i18n';

export function candidateNavItems(
  user: User,
  lang: Lang,
): { key: string; icon: ReactNode; label: ReactNode }[] {
  if (user.role === 'authority_staff')
    return [
      {
        key: '/evaluation-bans',
        icon: <StopOutlined />,
        label: lang === 'en' ? 'Evaluation bans' : '评价禁考名单',
      },
      {
        key: '/staff-sanctions',
        icon: <UserDeleteOutlined />,
        label: lang === 'en' ? 'Staff sanctions' : '工作人员处理登记',
      },
    ];
  if (user.role === 'institution_staff' && user.institution?.kind === 'school')
    return [
      {
        key: '/school-students',
        icon: <TeamOutlined />,
        label: lang === 'en' ? 'Student register' : '学籍名册',
      },
    ];
  return [];
}
