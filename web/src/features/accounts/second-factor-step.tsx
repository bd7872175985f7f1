// The login's second step: the 6-digit code of the authenticator app, or one of the recovery codes.
import { Alert, Button, Form, Input, Typography } from 'antd';
import { SafetyOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { api, toApiError, type Problem } from '../../app/api';
import type { SessionAnswer } from '../../app/auth';
import { useI18n } from '../../app/i18n';

export function SecondFactorStep({ onDone }: { onDone: (answer: SessionAnswer) => void }) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async ({ code }: { code: string }) => {
    setBusy(true);
    setProblem(null);
    try {
      onDone(
        await api.post<SessionAnswer>(
          '/auth/second-factor',
          { code: code.trim() },
          { quietUnauthorized: true },
        ),
      );
    } catch (err) {
      setProblem(toApiError(err).problem);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="second-factor-step">
      <Typography.Paragraph>{t('account.secondFactor.prompt')}</Typography.Paragraph>
      {problem && (
        <Alert
          type="error"
          showIcon
          title={
            problem.code === 'AUTH_SECOND_FACTOR_INVALID' ? t('account.secondFactor.invalid') : problem.title
          }
          description={problem.detail}
          style={{ marginBottom: 16 }}
          data-testid="login-error"
        />
      )}
      <Form<{ code: string }> layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="code"
          label={t('account.secondFactor.code')}
          extra={t('account.secondFactor.recoveryHint')}
          rules={[{ required: true, whitespace: true, message: t('account.secondFactor.codeRequired') }]}
        >
          <Input
            prefix={<SafetyOutlined />}
            autoComplete="one-time-code"
            inputMode="text"
            autoFocus
            maxLength={32}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('account.secondFactor.verify')}
        </Button>
      </Form>
    </div>
  );
}
