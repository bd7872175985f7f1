// 监管看板 (issue 14 point 8): an authority's figures for its jurisdiction — or, for an industry
// department, the institutions assigned to it — on a tile map of the provinces and one chart per
// widget; a click on a tile, a bar or a month opens the list behind it; the whole board exports to
// Excel. Charts stack on a phone. ECharts is loaded lazily with the charts (charts.tsx).
import { Alert, Button, Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { lazy, Suspense } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { ProblemAlert } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { useText } from '../cases/texts';
import type { Dashboard } from './types';

const WidgetChart = lazy(() => import('./charts').then((m) => ({ default: m.WidgetChart })));
const ProvinceMap = lazy(() => import('./charts').then((m) => ({ default: m.ProvinceMap })));

export function DashboardPage() {
  const tx = useText();
  const { lang } = useI18n();
  const { user } = useAuth();
  const navigate = useNavigate();
  const { data, error, loading } = useApi<Dashboard>('/dashboard');
  const l: 'zh' | 'en' = lang === 'en' ? 'en' : 'zh';
  const pick = (zh: string | null, en: string | null) => (l === 'en' ? en : zh);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="dashboard-page">
      <Space wrap align="start" style={{ justifyContent: 'space-between', width: '100%' }}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {tx('监管看板', 'Supervision dashboard')}
          </Typography.Title>
          {data && (
            <Typography.Text type="secondary">
              {user?.authority?.name} · {pick(data.scope.label_zh, data.scope.label_en)} ·{' '}
              {tx('统计日期', 'As of')} {data.asOf}
            </Typography.Text>
          )}
        </div>
        <Button icon={<DownloadOutlined />} href="/api/v1/dashboard/export.xlsx" data-testid="dashboard-export">
          {tx('导出 Excel', 'Export to Excel')}
        </Button>
      </Space>
      {error && <ProblemAlert problem={error.problem} />}
      {loading && !data && <Skeleton active paragraph={{ rows: 8 }} />}
      {data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Card
              title={tx('评价机构分布（按省份）', 'Institutions by province')}
              extra={<Typography.Text type="secondary">{tx('点击省份查看机构列表', 'Click a province for its list')}</Typography.Text>}
              data-testid="dashboard-map"
            >
              <Suspense fallback={<Skeleton active />}>
                <ProvinceMap
                  tiles={data.provinces}
                  lang={l}
                  texts={{
                    outside: tx('不在本部门监管范围内', 'Outside our supervision'),
                    total: tx('机构数', 'institutions:'),
                    institutions: tx('家', ''),
                  }}
                  onSelect={(t) => navigate(t.link)}
                />
              </Suspense>
            </Card>
          </Col>
          {data.widgets.map((w) => (
            <Col xs={24} xl={w.id === 'institutions-by-kind' ? 10 : 12} key={w.id}>
              <Card
                title={pick(w.title_zh, w.title_en)}
                extra={<Link to={w.link}>{tx('查看列表', 'Open the list')}</Link>}
                data-testid={`dashboard-widget-${w.id}`}
                style={{ height: '100%' }}
              >
                <Suspense fallback={<Skeleton active />}>
                  <WidgetChart widget={w} lang={l} onSelect={(b) => navigate(b.link)} />
                </Suspense>
                {pick(w.note_zh, w.note_en) && (
                  <Alert type="info" showIcon style={{ marginTop: 8 }} title={pick(w.note_zh, w.note_en)} />
                )}
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </Space>
  ); // prettier-ignore
}
