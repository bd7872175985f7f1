// Home of an expert: their own record (GET /experts is scoped to themselves) and their assignments.
// Review and inspection assignments come with the workflows; until an expert has one, the page says so.
import { Card, Descriptions, Empty, Skeleton, Space, Tag, Typography } from 'antd';
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

export function ExpertHome({ user }: { user: User }) {
  const { t } = useI18n();
  const experts = useApi<Page<Expert>>('/experts');
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
      <Card title={t('home.assignments')}>
        <Empty description={t('home.noAssignments')} />
      </Card>
    </Space>
  );
}
