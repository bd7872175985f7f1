// The signed-in menu's entries of the wrap-up (issue 15 point 6): 退出与收尾 for an institution's staff,
// 机构退出 for an authority's staff.
import { ContainerOutlined, LogoutOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { User } from '../../app/auth';
import type { Translate } from '../../app/i18n';

type Item = { key: string; icon: ReactNode; label: ReactNode };

export function wrapUpNavItems(user: User, t: Translate): Item[] {
  if (user.role === 'institution_staff' && user.institution)
    return [{ key: '/wrap-up', icon: <ContainerOutlined />, label: t('wrapUp.nav.institution') }];
  if (user.role === 'authority_staff')
    return [{ key: '/institution-exits', icon: <LogoutOutlined />, label: t('wrapUp.nav.authority') }];
  return [];
}
