// Home of an institution's staff: their institution at a glance — status, scope of occupations and
// levels, staff by role, sites — and the way into the full record.
import {
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import type { Page } from '../../app/api';
import type { User } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { STAFF_ROLES, STATUS_COLORS, label } from '../../app/labels';
import { ProblemAlert } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import type { Institution, Scope, Site } from '../institutions/types';
import { useLevelName } from '../reference/level-select';
import { RenewalDueCard } from '../gz-renewal/renewal-due-card';

export function InstitutionHome({ user }: { user: User }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const levelName = useLevelName();
  const id = user.institution?.id;
  const inst = useApi<Institution>(id ? `/institutions/${id}` : null);
  const scopes = useApi<Page<Scope>>(id ? `/institutions/${id}/scopes?pageSize=100` : null);
  const sites = useApi<Page<Site>>(id ? `/institutions/${id}/sites?pageSize=100` : null);

  if (!id) return <Empty description={t('home.noInstitution')} />;
  if (inst.error) return <ProblemResult error={inst.error} onRetry={inst.reload} />;
  const i = inst.data;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <RenewalDueCard />
      <Card
        title={
          <Space>
            {i?.name ?? user.institution?.name}
            {i && <Tag color={STATUS_COLORS[i.status]}>{label(t, 'status', i.status)}</Tag>}
          </Space>
        }
        extra={
          <Button type="link" onClick={() => navigate(`/institutions/${id}`)}>
            {t('home.openOwnInstitution')} <RightOutlined />
          </Button>
        }
      >
        {!i ? (
          <Skeleton active />
        ) : (
          <Descriptions
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'kind', label: t('field.kind'), children: label(t, 'kind', i.kind) },
              { key: 'uscc', label: t('field.uscc'), children: i.uscc },
              { key: 'jur', label: t('field.jurisdiction'), children: i.jurisdictionName },
              { key: 'auth', label: t('field.authority'), children: i.authorityName ?? '—' },
              { key: 'lr', label: t('field.legalRepresentative'), children: i.legalRepresentative },
              { key: 'addr', label: t('field.address'), children: i.address },
            ]}
          />
        )}
      </Card>
      <Card title={t('home.staffByRole')}>
        <Row gutter={16}>
          <Col xs={12} md={4}>
            <Statistic title={t('home.activeStaff')} value={i?.counts?.staff ?? '—'} loading={!i} />
          </Col>
          {STAFF_ROLES.map((r) => (
            <Col xs={12} md={5} key={r}>
              <Statistic
                title={label(t, 'staffRole', r)}
                value={i?.counts?.staffByRole[r] ?? '—'}
                loading={!i}
              />
            </Col>
          ))}
        </Row>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('tabs.scopes')}>
            {scopes.error && <ProblemAlert problem={scopes.error.problem} />}
            <Table<Scope>
              rowKey="id"
              size="small"
              loading={scopes.loading}
              dataSource={scopes.data?.items ?? []}
              pagination={false}
              locale={{ emptyText: t('home.noScopes') }}
              columns={[
                {
                  title: t('field.occupation'),
                  dataIndex: 'occupationCode',
                  render: (c: string, r) => `${c} ${r.occupationName}`,
                },
                { title: t('field.level'), dataIndex: 'level', render: (l: number) => levelName(l) },
                { title: t('field.validTo'), dataIndex: 'validTo', render: (v?: string) => v ?? '—' },
                {
                  title: t('field.status'),
                  dataIndex: 'status',
                  render: (s: string) => <Tag color={STATUS_COLORS[s]}>{label(t, 'scopeStatus', s)}</Tag>,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('tabs.sites')}>
            {sites.error && <ProblemAlert problem={sites.error.problem} />}
            <Table<Site>
              rowKey="id"
              size="small"
              loading={sites.loading}
              dataSource={sites.data?.items ?? []}
              pagination={false}
              locale={{ emptyText: t('home.noSites') }}
              columns={[
                { title: t('field.siteName'), dataIndex: 'name' },
                {
                  title: t('field.tenure'),
                  dataIndex: 'tenure',
                  render: (v: string) => label(t, 'tenure', v),
                },
                { title: t('field.floorArea'), dataIndex: 'floorAreaM2', align: 'right' },
                { title: t('field.examRooms'), dataIndex: 'examRooms', align: 'right' },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('home.sitesHint')}
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
