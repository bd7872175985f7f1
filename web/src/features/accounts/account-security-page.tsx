// 账号安全: change one's own password (required first after a new account or a reset) and set up the
// second factor (TOTP with an authenticator app; required for authority staff where configured).
import { Alert, App, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../app/api';
import { useAuth, type SessionAnswer } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { useApi } from '../../app/use-api';
import { ChangePasswordForm } from './change-password-form';
import { TotpEnrolment } from './totp-enrolment';
import type { TotpStatus } from './types';

export function AccountSecurityPage() {
  const { t } = useI18n();
  const { user, signedIn } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const totp = useApi<TotpStatus>(user?.mustChangePassword ? null : '/auth/totp');
  const [enrolling, setEnrolling] = useState(false);
  if (!user) return null;

  const refreshUser = async () => signedIn(await api.get<SessionAnswer>('/auth/me'));

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('account.title')}
      </Typography.Title>
      {user.mustChangePassword && (
        <Alert type="warning" showIcon title={t('account.mustChange')} data-testid="must-change-password" />
      )}
      <Card title={t('account.password.title')}>
        <ChangePasswordForm
          onDone={async () => {
            const wasForced = user.mustChangePassword;
            message.success(t('account.password.changed'));
            await refreshUser();
            if (wasForced) navigate('/', { replace: true });
          }}
        />
      </Card>
      {!user.mustChangePassword && (
        <Card title={t('account.totp.title')}>
          {totp.data && !enrolling && (
            <Space orientation="vertical">
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('account.totp.status')}>
                  {totp.data.enabled ? (
                    <Tag color="green">{t('account.totp.on')}</Tag>
                  ) : (
                    <Tag>{t('account.totp.off')}</Tag>
                  )}
                  {totp.data.required && <Tag color="orange">{t('account.totp.requiredTag')}</Tag>}
                </Descriptions.Item>
                {totp.data.enabled && (
                  <Descriptions.Item label={t('account.totp.codesLeft')}>
                    {totp.data.recoveryCodesLeft}
                  </Descriptions.Item>
                )}
              </Descriptions>
              {totp.data.enabled ? (
                <Typography.Text type="secondary">{t('account.totp.resetByAdmin')}</Typography.Text>
              ) : (
                <Button type="primary" onClick={() => setEnrolling(true)} data-testid="totp-start">
                  {t('account.totp.start')}
                </Button>
              )}
            </Space>
          )}
          {enrolling && (
            <div style={{ maxWidth: 420 }}>
              <TotpEnrolment
                onDone={() => {
                  setEnrolling(false);
                  totp.reload();
                  void refreshUser();
                }}
              />
            </div>
          )}
        </Card>
      )}
    </Space>
  );
}
