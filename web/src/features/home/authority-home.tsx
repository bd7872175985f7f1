// Home of a supervising authority's staff: who they act for, what they supervise (institutions in
// scope by kind and status, straight from the list API), and the tools they use every day.
import { Card, Col, Descriptions, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import { BankOutlined, BookOutlined, CalendarOutlined } from '@ant-design/icons';
import { lazy, Suspense } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { User } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { INSTITUTION_KINDS, label } from '../../app/labels';
import { ProblemAlert } from '../../app/problems';
import { WorkingDaysCard } from '../calendar/working-days-card';
import { useJurisdictions } from '../reference/use-reference';
import { useTotals } from './use-totals';
import { AttentionCard } from './attention-card';

const BarChart = lazy(() => import('./bar-chart'));

type CountKey = 'all' | 'active' | 'suspended' | (typeof INSTITUTION_KINDS)[number];

type CountRequest = { path: string; params?: Record<string, string> };
const COUNT_REQUESTS: Record<string, CountRequest> = {
  all: { path: '/institutions' },
  active: { path: '/institutions', params: { status: 'active' } },
  suspended: { path: '/institutions', params: { status: 'suspended' } },
};
for (const kind of INSTITUTION_KINDS) COUNT_REQUESTS[kind] = { path: '/institutions', params: { kind } };

export function AuthorityHome({ user }: { user: User }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const jurisdictions = useJurisdictions();
  const { totals, errors, loading } = useTotals<CountKey>(COUNT_REQUESTS as Record<CountKey, CountRequest>);
  const authority = user.authority;
  const jurisdictionName = authority
    ? (jurisdictions.data?.find((j) => j.code === authority.jurisdictionCode)?.name ??
      authority.jurisdictionCode)
    : '—';
  const firstError = Object.values(errors)[0];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('home.welcome', { name: user.displayName })}
        </Typography.Title>
        <Descriptions
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'a', label: t('field.authority'), children: authority?.name ?? '—' },
            {
              key: 'k',
              label: t('field.authorityKind'),
              children: label(t, 'authorityKind', authority?.kind),
            },
            { key: 'j', label: t('field.jurisdiction'), children: jurisdictionName },
          ]}
        />
      </Card>
      {firstError && <ProblemAlert problem={firstError.problem} />}
      <AttentionCard />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card title={t('home.institutionsInScope')} style={{ height: '100%' }}>
            {loading ? (
              <Skeleton active paragraph={{ rows: 3 }} />
            ) : (
              <Row gutter={16}>
                <Col span={8}>
                  <Statistic title={t('home.total')} value={totals.all ?? '—'} />
                </Col>
                <Col span={8}>
                  <Statistic title={label(t, 'status', 'active')} value={totals.active ?? '—'} />
                </Col>
                <Col span={8}>
                  <Statistic title={label(t, 'status', 'suspended')} value={totals.suspended ?? '—'} />
                </Col>
              </Row>
            )}
            <Space orientation="vertical" style={{ marginTop: 24 }}>
              <Link to="/institutions">
                <BankOutlined /> {t('home.openInstitutions')}
              </Link>
              <Link to="/rules">
                <BookOutlined /> {t('nav.rules')}
              </Link>
              <Link to="/working-days">
                <CalendarOutlined /> {t('nav.workingDays')}
              </Link>
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card
            title={t('home.byKind')}
            extra={<Typography.Text type="secondary">{t('home.clickBar')}</Typography.Text>}
          >
            {loading ? (
              <Skeleton active />
            ) : (
              <Suspense fallback={<Skeleton active />}>
                <BarChart
                  bars={INSTITUTION_KINDS.map((k) => ({
                    key: k,
                    label: label(t, 'kind', k),
                    value: totals[k] ?? 0,
                  }))}
                  onSelect={(kind) => navigate(`/institutions?kind=${kind}`)}
                />
              </Suspense>
            )}
          </Card>
        </Col>
      </Row>
      <WorkingDaysCard />
    </Space>
  );
}
