// Home of the system administrator: is the system healthy, how much does the registry hold, which
// years does the working-day calendar know, and where the API is documented.
import { Alert, Card, Col, Row, Space, Statistic, Table, Typography } from 'antd';
import { ApiOutlined, CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { User } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { ProblemAlert } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { WorkingDaysCard } from '../calendar/working-days-card';
import { useTotals } from './use-totals';

interface Health {
  status: string;
  database: string;
  time: string;
}

/** GET /calendar/years: the years whose holidays and swapped working days the server knows. */
export interface CalendarYear {
  year: number;
  source: string;
  /** 0 for the built-in data; 1, 2 … for each administrator's replacement. */
  version: number;
  replaced: boolean;
  updatedAt: string | null;
  holidayCount: number;
  workdayCount: number;
}

type CountKey = 'institutions' | 'authorities' | 'experts' | 'occupations';
const COUNTS: Record<CountKey, { path: string }> = {
  institutions: { path: '/institutions' },
  authorities: { path: '/authorities' },
  experts: { path: '/experts' },
  occupations: { path: '/occupations' },
};

export function SysadminHome({ user }: { user: User }) {
  const { t } = useI18n();
  const health = useApi<Health>('/api/health');
  const years = useApi<{ items: CalendarYear[] }>('/calendar/years');
  const counts = useTotals<CountKey>(COUNTS);
  const yearItems = years.data?.items ?? [];
  const healthy = health.data?.status === 'ok' && health.data.database === 'ok';

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('home.welcome', { name: user.displayName })}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card title={t('home.systemHealth')} style={{ height: '100%' }}>
            {health.error ? (
              <Alert
                type="error"
                showIcon
                icon={<CloseCircleOutlined />}
                title={health.error.problem.title}
                description={health.error.problem.detail}
              />
            ) : (
              <Space orientation="vertical">
                <Space>
                  {healthy ? <CheckCircleOutlined style={{ color: '#52c41a' }} /> : null}
                  <Typography.Text strong>
                    {health.loading ? t('common.loading') : healthy ? t('home.healthy') : t('home.unhealthy')}
                  </Typography.Text>
                </Space>
                {health.data && (
                  <Typography.Text type="secondary">
                    {t('home.checkedAt', { time: dayjs(health.data.time).format('YYYY-MM-DD HH:mm:ss') })}
                  </Typography.Text>
                )}
                <a href="/api/docs" target="_blank" rel="noreferrer">
                  <ApiOutlined /> {t('nav.apiDocs')}
                </a>
              </Space>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card title={t('home.registryCounts')} style={{ height: '100%' }}>
            {Object.values(counts.errors)[0] && (
              <ProblemAlert problem={Object.values(counts.errors)[0]!.problem} />
            )}
            <Row gutter={16}>
              {(Object.keys(COUNTS) as CountKey[]).map((k) => (
                <Col xs={12} md={6} key={k}>
                  <Statistic
                    title={t(`home.count.${k}`)}
                    value={counts.totals[k] ?? '—'}
                    loading={counts.loading}
                  />
                </Col>
              ))}
            </Row>
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('home.calendarYears')}>
            {years.error && <ProblemAlert problem={years.error.problem} />}
            <Table<CalendarYear>
              rowKey="year"
              size="small"
              loading={years.loading}
              dataSource={yearItems}
              pagination={false}
              columns={[
                { title: t('field.year'), dataIndex: 'year', width: 70 },
                { title: t('calendar.holidayCount'), dataIndex: 'holidayCount', width: 90, align: 'right' },
                { title: t('calendar.workdayCount'), dataIndex: 'workdayCount', width: 90, align: 'right' },
                {
                  title: t('field.source'),
                  dataIndex: 'source',
                  ellipsis: { showTitle: true },
                  render: (s: string, r) =>
                    r.replaced ? `${t('calendar.replaced', { version: r.version })} · ${s}` : s,
                },
                {
                  title: t('field.updatedAt'),
                  dataIndex: 'updatedAt',
                  width: 140,
                  render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—'),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <WorkingDaysCard />
        </Col>
      </Row>
    </Space>
  );
}
