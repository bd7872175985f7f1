// Home of an expert: their own record (GET /experts is scoped to themselves) and the reviews assigned
// to them (GET /cases?view=assigned); with none, the page says so.
import { Button, Card, Descriptions, Empty, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import type { Page } from '../../app/api';
import type { User } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { ProblemAlert } from '../../app/problems';
import { useApi } from '../../app/use-api';

interface Expert {
  id: string;
  name: string;
  employerName: string;
  title: string | null;
  specialties: string[];
  phone: string | null;
  idNumberMasked: string | null;
  active: boolean;
}

/** The fields of an assigned case this page shows. */
interface AssignedCase {
  id: string;
  referenceNo: string;
  procedure_zh: string;
  procedure_en: string;
  institutionName: string;
  stateLabel_zh: string;
  stateLabel_en: string;
}

export function ExpertHome({ user }: { user: User }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const experts = useApi<Page<Expert>>('/experts');
  const assigned = useApi<Page<AssignedCase>>('/cases?view=assigned&pageSize=5');
  const me = experts.data?.items.find((e) => e.id === user.expertId) ?? experts.data?.items[0];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={t('home.expertProfile')}>
        {experts.error && <ProblemAlert problem={experts.error.problem} />}
        {experts.loading ? (
          <Skeleton active />
        ) : me ? (
          <Descriptions
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'n', label: t('field.personName'), children: me.name },
              { key: 'e', label: t('field.employer'), children: me.employerName },
              { key: 't', label: t('field.professionalTitle'), children: me.title ?? '—' },
              { key: 'p', label: t('field.phone'), children: me.phone ?? '—' },
              {
                key: 'id',
                label: t('field.idNumber'),
                children: me.idNumberMasked ? (
                  <Typography.Text code>{me.idNumberMasked}</Typography.Text>
                ) : (
                  '—'
                ),
              },
              {
                key: 'a',
                label: t('field.active'),
                children: me.active ? (
                  <Tag color="green">{t('common.yes')}</Tag>
                ) : (
                  <Tag>{t('common.no')}</Tag>
                ),
              },
              {
                key: 's',
                label: t('field.specialties'),
                span: 'filled',
                children: me.specialties.length ? me.specialties.map((s) => <Tag key={s}>{s}</Tag>) : '—',
              },
            ]}
          />
        ) : (
          !experts.error && <Empty description={t('home.noExpertRecord')} />
        )}
      </Card>
      <Card
        title={t('home.assignments')}
        extra={
          assigned.data && assigned.data.total > 0 ? (
            <Button type="link" onClick={() => navigate('/cases')}>
              {t('home.allAssignments', { total: assigned.data.total })} <RightOutlined />
            </Button>
          ) : null
        }
      >
        {assigned.error && <ProblemAlert problem={assigned.error.problem} />}
        {assigned.loading ? (
          <Skeleton active />
        ) : assigned.data && assigned.data.items.length > 0 ? (
          <Table<AssignedCase>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={assigned.data.items}
            columns={[
              {
                title: t('home.caseNo'),
                dataIndex: 'referenceNo',
                render: (v: string, r) => <Link to={`/cases/${r.id}`}>{v}</Link>,
              },
              {
                title: t('home.procedure'),
                key: 'procedure',
                render: (_: unknown, r) => (lang === 'en' ? r.procedure_en : r.procedure_zh),
              },
              { title: t('field.name'), dataIndex: 'institutionName' },
              {
                title: t('field.status'),
                key: 'state',
                render: (_: unknown, r) => (lang === 'en' ? r.stateLabel_en : r.stateLabel_zh),
              },
            ]}
          />
        ) : (
          !assigned.error && <Empty description={t('home.noAssignments')} />
        )}
      </Card>
    </Space>
  );
}
