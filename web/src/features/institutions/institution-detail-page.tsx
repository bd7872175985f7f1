// One institution: its registry record, then its branches, staff, sites and occupational scope in tabs.
// A record outside the caller's scope answers 404 and is shown as 未找到 — the page never guesses why.
import { Button, Card, Descriptions, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n';
import { STAFF_ROLES, STATUS_COLORS, label } from '../../app/labels';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { BranchesTab } from './branches-tab';
import { ScopesTab } from './scopes-tab';
import { SitesTab } from './sites-tab';
import { StaffTab } from './staff-tab';
import type { Institution } from './types';
import { IssuerCodesCard, IssuerCodesLabel } from '../certificates/issuer-codes-card';

const TABS = ['branches', 'staff', 'sites', 'scopes', 'issuer-codes'] as const;

export function InstitutionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { data, error, loading, reload } = useApi<Institution>(`/institutions/${encodeURIComponent(id)}`);

  if (error) return <ProblemResult error={error} onRetry={reload} />;
  if (!data || data.id !== id)
    return (
      <Card loading={loading}>
        <Skeleton active />
      </Card>
    );

  const inst = data;
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? params.get('tab')! : 'branches';
  const counts = inst.counts;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {inst.name}
            </Typography.Title>
            <Tag color={STATUS_COLORS[inst.status]}>{label(t, 'status', inst.status)}</Tag>
          </Space>
        }
        extra={
          <Space>
            <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.reload')} />
            {inst.abilities.update && (
              <Button
                type="primary"
                icon={<EditOutlined />}
                onClick={() => navigate(`/institutions/${inst.id}/edit`)}
              >
                {t('common.edit')}
              </Button>
            )}
          </Space>
        }
      >
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'name', label: t('field.name'), children: inst.name },
            { key: 'kind', label: t('field.kind'), children: label(t, 'kind', inst.kind) },
            {
              key: 'uscc',
              label: t('field.uscc'),
              children: <Typography.Text copyable>{inst.uscc}</Typography.Text>,
            },
            { key: 'lr', label: t('field.legalRepresentative'), children: inst.legalRepresentative },
            { key: 'jur', label: t('field.jurisdiction'), children: inst.jurisdictionName },
            { key: 'auth', label: t('field.authority'), children: inst.authorityName ?? '—' },
            { key: 'phone', label: t('field.contactPhone'), children: inst.contactPhone ?? '—' },
            { key: 'est', label: t('field.establishedOn'), children: inst.establishedOn ?? '—' },
            { key: 'addr', label: t('field.address'), children: inst.address, span: 'filled' },
            ...(counts
              ? [
                  {
                    key: 'holdings',
                    label: t('institutions.holdings'),
                    span: 'filled' as const,
                    children: (
                      <Space wrap size={[16, 4]}>
                        <span>{t('institutions.countBranches', { n: counts.branches })}</span>
                        <span>
                          {t('institutions.countStaff', {
                            n: counts.staff,
                            roles: STAFF_ROLES.map(
                              (r) => `${label(t, 'staffRole', r)} ${counts.staffByRole[r]}`,
                            ).join(' / '),
                          })}
                        </span>
                        <span>{t('institutions.countSites', { n: counts.sites })}</span>
                        <span>{t('institutions.countScopes', { n: counts.scopes })}</span>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => {
            const next = new URLSearchParams(params);
            next.set('tab', k);
            setParams(next, { replace: true });
          }}
          destroyOnHidden
          items={[
            { key: 'branches', label: t('tabs.branches'), children: <BranchesTab institution={inst} /> },
            { key: 'staff', label: t('tabs.staff'), children: <StaffTab institution={inst} /> },
            { key: 'sites', label: t('tabs.sites'), children: <SitesTab institution={inst} /> },
            { key: 'scopes', label: t('tabs.scopes'), children: <ScopesTab institution={inst} /> },
            {
              key: 'issuer-codes',
              label: <IssuerCodesLabel />,
              children: <IssuerCodesCard institutionId={inst.id} />,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
