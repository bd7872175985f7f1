// Setting up the authenticator app: a QR code of the otpauth URI (and the key to type when scanning is
// not possible), the first code to confirm, then the 10 recovery codes, shown this once only.
import { Alert, Button, Form, Input, QRCode, Space, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, toApiError, type Problem } from '../../app/api';
import { useI18n } from '../../app/i18n';
import type { EnrolmentDone, EnrolmentStart } from './types';

export function TotpEnrolment({ onDone, quiet }: { onDone: (done: EnrolmentDone) => void; quiet?: boolean }) {
  const { t } = useI18n();
  const [start, setStart] = useState<EnrolmentStart | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<EnrolmentDone | null>(null);
  const [busy, setBusy] = useState(false);
  const opts = quiet ? { quietUnauthorized: true } : undefined;

  useEffect(() => {
    let active = true;
    api.post<EnrolmentStart>('/auth/totp/enrolment', {}, opts).then(
      (s) => active && setStart(s),
      (err: unknown) => active && setProblem(toApiError(err).problem),
    );
    return () => {
      active = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one enrolment per mount
  }, []);

  const confirm = async ({ code }: { code: string }) => {
    setBusy(true);
    setProblem(null);
    try {
      setDone(await api.post<EnrolmentDone>('/auth/totp/enrolment/confirm', { code: code.trim() }, opts));
    } catch (err) {
      setProblem(toApiError(err).problem);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <div data-testid="recovery-codes">
        <Alert type="success" showIcon title={t('account.totp.enabled')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph strong>{t('account.totp.recoveryTitle')}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('account.totp.recoveryExplain')}</Typography.Paragraph>
        <pre
          style={{
            fontFamily: 'monospace',
            fontSize: 15,
            columns: 2,
            background: '#f5f5f5',
            padding: 12,
            borderRadius: 6,
          }}
        >
          {done.recoveryCodes.join('\n')}
        </pre>
        <Space wrap>
          <Typography.Text copyable={{ text: done.recoveryCodes.join('\n') }}>
            {t('account.totp.copyCodes')}
          </Typography.Text>
          <Button type="primary" onClick={() => onDone(done)} data-testid="recovery-codes-saved">
            {t('account.totp.saved')}
          </Button>
        </Space>
      </div>
    );
  }

  return (
    <div data-testid="totp-enrolment">
      <Steps
        size="small"
        direction="vertical"
        items={[
          { title: t('account.totp.step1'), status: 'process' },
          { title: t('account.totp.step2'), status: 'process' },
        ]}
        style={{ marginBottom: 12 }}
      />
      {problem && (
        <Alert
          type="error"
          showIcon
          title={problem.title}
          description={problem.detail}
          style={{ marginBottom: 12 }}
        />
      )}
      {start && (
        <Space orientation="vertical" align="center" style={{ width: '100%', marginBottom: 12 }}>
          <QRCode value={start.otpauthUri} size={184} bordered data-testid="totp-qr" />
          <Typography.Text type="secondary">{t('account.totp.manualKey')}</Typography.Text>
          <Typography.Text code copyable data-testid="totp-secret" style={{ wordBreak: 'break-all' }}>
            {start.secret}
          </Typography.Text>
        </Space>
      )}
      <Form<{ code: string }> layout="vertical" onFinish={confirm} requiredMark={false}>
        <Form.Item
          name="code"
          label={t('account.totp.firstCode')}
          rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('account.totp.codeFormat') }]}
        >
          <Input
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={8}
            disabled={!start}
            data-testid="totp-code"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} disabled={!start}>
          {t('account.totp.confirm')}
        </Button>
      </Form>
    </div>
  );
}
