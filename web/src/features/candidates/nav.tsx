// Menu entries of the candidate wing: the evaluation-ban register for authority staff (mohrss-violations
// §6–7), the student register for schools (gz-rules §5(1)).
import { StopOutlined, TeamOutlined } from '@ant-design/icons';
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
