// 登录: username and password. Wrong credentials say so without telling which was wrong (the server
// answers the same for both); a locked account shows the server's detail (until when). When a second
// factor is due, the same card asks for the code — or, for authority staff who must have one and have
// none yet, walks through setting up the authenticator app first.
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { LockOutlined, SafetyCertificateOutlined, UserOutlined, BookOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { toApiError, type Problem } from '../../app/api';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { LangSwitch } from '../../app/header-parts';
import type { LoginRedirectState } from '../../app/router';
import { SecondFactorStep } from '../accounts/second-factor-step';
import { TotpEnrolment } from '../accounts/totp-enrolment';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useI18n();
  const { user, logIn, signedIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const redirect = (location.state ?? {}) as LoginRedirectState;
  const [problem, setProblem] = useState<Problem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [step, setStep] = useState<'second_factor' | 'enrolment' | null>(null);

  if (user && !submitting) return <Navigate to={redirect.from ?? '/'} replace />;

  const proceed = () =>
    navigate(redirect.from && redirect.from !== '/login' ? redirect.from : '/', { replace: true });

  const submit = async (values: LoginForm) => {
    setSubmitting(true);
    setProblem(null);
    try {
      const outcome = await logIn(values.username.trim(), values.password);
      if ('pending' in outcome) {
        setStep(outcome.pending);
        return;
      }
      proceed();
    } catch (err) {
      setProblem(toApiError(err).problem);
    } finally {
      setSubmitting(false);
    }
  };

  const problemText = (p: Problem): { title: string; detail?: string } => {
    if (p.code === 'AUTH_INVALID') return { title: t('auth.invalid') };
    if (p.code === 'AUTH_LOCKED') return { title: t('auth.locked'), detail: p.detail };
    return { title: p.title, detail: p.detail };
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(160deg, #e6f0ff 0%, #f5f7fa 60%)',
        padding: 24,
      }}
    >
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LangSwitch />
      </div>
      <Space orientation="vertical" align="center" size={4} style={{ marginBottom: 24 }}>
        <SafetyCertificateOutlined style={{ fontSize: 44, color: '#1677ff' }} />
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('app.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
      </Space>
      <Card
        style={{ width: step === 'enrolment' ? 460 : 380, maxWidth: '100%' }}
        title={
          step === 'second_factor'
            ? t('account.secondFactor.title')
            : step === 'enrolment'
              ? t('account.totp.enrolTitle')
              : t('auth.login')
        }
      >
        {step === 'second_factor' && (
          <SecondFactorStep
            onDone={(answer) => {
              signedIn(answer);
              proceed();
            }}
          />
        )}
        {step === 'enrolment' && (
          <>
            <Alert
              type="info"
              showIcon
              title={t('account.totp.requiredNotice')}
              style={{ marginBottom: 12 }}
            />
            <TotpEnrolment
              quiet
              onDone={(done) => {
                if (done.user && done.csrfToken) signedIn({ user: done.user, csrfToken: done.csrfToken });
                proceed();
              }}
            />
          </>
        )}
        {step === null && redirect.expired && !problem && (
          <Alert type="warning" showIcon title={t('auth.expired')} style={{ marginBottom: 16 }} />
        )}
        {step === null && problem && (
          <Alert
            type="error"
            showIcon
            title={problemText(problem).title}
            description={problemText(problem).detail}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        )}
        {step === null && (
          <Form<LoginForm> layout="vertical" onFinish={submit} requiredMark={false} autoComplete="on">
            <Form.Item
              name="username"
              label={t('auth.username')}
              rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('auth.password')}
              rules={[{ required: true, message: t('auth.passwordRequired') }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={256} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={submitting}>
              {t('auth.submit')}
            </Button>
          </Form>
        )}
      </Card>
      <Link to="/rules" style={{ marginTop: 16 }}>
        <BookOutlined /> {t('auth.publicRules')}
      </Link>
    </div>
  );
}
