// The menu entries of issue 12 point 2: a verifier's API 密钥 and 批量核验; the authorities' and the
// administrator's 证书数据读取单位.
import { ApiOutlined, AuditOutlined, FileSearchOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { User } from '../../app/auth';
import type { Translate } from '../../app/i18n';

export function verifierNavItems(
  user: User,
  t: Translate,
): { key: string; icon: ReactNode; label: ReactNode }[] {
  if (user.role === 'verifier')
    return [
      { key: '/verifier/keys', icon: <ApiOutlined />, label: t('nav.verifierKeys') },
      { key: '/verifier/batch', icon: <FileSearchOutlined />, label: t('nav.verifierBatch') },
    ];
  if (user.role === 'authority_staff' || user.role === 'sysadmin')
    return [
      { key: '/verifier-organisations', icon: <AuditOutlined />, label: t('nav.verifierOrganisations') },
    ];
  return [];
}
