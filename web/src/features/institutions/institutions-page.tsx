// 机构管理: the institutions in the caller's scope, searchable and filterable. Filters and paging live in
// the URL, so a filtered list can be linked (the home page's chart does) and survives a reload.
import { Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { query, type Page } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { INSTITUTION_KINDS, REGISTRY_STATUSES, STATUS_COLORS, label, options } from '../../app/labels';
import { ProblemAlert } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { JurisdictionSelect } from '../reference/jurisdiction-select';
import type { Institution } from './types';

/** The list answer may say whether the caller may register institutions at all. */
type InstitutionPage = Page<Institution> & { abilities?: { create?: boolean } };

const FILTERS = ['q', 'kind', 'jurisdictionCode', 'status'] as const;

export function InstitutionsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? undefined]));
  const path = `/institutions${query({ ...filters, page, pageSize })}`;
  const { data, error, loading } = useApi<InstitutionPage>(path);

  const setFilter = (
    name: (typeof FILTERS)[number] | 'page' | 'pageSize',
    value: string | number | undefined,
  ) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(name);
    else next.set(name, String(value));
    if (name !== 'page') next.delete('page');
    setParams(next);
  };

  return (
    <Card
      title={t('institutions.title')}
      extra={
        data?.abilities?.create ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/institutions/new')}>
            {t('institutions.create')}
          </Button>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          defaultValue={filters.q}
          placeholder={t('institutions.searchPlaceholder')}
          onSearch={(v) => setFilter('q', v.trim())}
          style={{ width: 280 }}
          aria-label={t('common.search')}
        />
        <Select
          allowClear
          value={filters.kind}
          placeholder={t('field.kind')}
          options={options(t, 'kind', INSTITUTION_KINDS)}
          onChange={(v?: string) => setFilter('kind', v)}
          style={{ width: 220 }}
        />
        <JurisdictionSelect
          allowClear
          value={filters.jurisdictionCode}
          onChange={(v) => setFilter('jurisdictionCode', v)}
          style={{ width: 200 }}
        />
        <Select
          allowClear
          value={filters.status}
          placeholder={t('field.status')}
          options={options(t, 'status', REGISTRY_STATUSES)}
          onChange={(v?: string) => setFilter('status', v)}
          style={{ width: 140 }}
        />
      </Space>
      {error && <ProblemAlert problem={error.problem} />}
      <Table<Institution>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 1000 }}
        pagination={{
          current: data?.page ?? page,
          pageSize: data?.pageSize ?? pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (p, ps) => {
            const next = new URLSearchParams(params);
            next.set('page', String(p));
            next.set('pageSize', String(ps));
            setParams(next);
          },
        }}
        columns={[
          {
            title: t('field.name'),
            dataIndex: 'name',
            render: (name: string, r) => <Link to={`/institutions/${r.id}`}>{name}</Link>,
          },
          {
            title: t('field.kind'),
            dataIndex: 'kind',
            width: 200,
            render: (k: string) => label(t, 'kind', k),
          },
          {
            title: t('field.uscc'),
            dataIndex: 'uscc',
            width: 200,
            render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
          },
          { title: t('field.jurisdiction'), dataIndex: 'jurisdictionName', width: 140 },
          {
            title: t('field.authority'),
            dataIndex: 'authorityName',
            width: 180,
            render: (v?: string) => v ?? '—',
          },
          {
            title: t('field.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: string) => <Tag color={STATUS_COLORS[s]}>{label(t, 'status', s)}</Tag>,
          },
        ]}
      />
    </Card>
  );
}
