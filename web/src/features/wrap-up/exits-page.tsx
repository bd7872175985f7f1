// 「机构退出」 for an authority (issue 15 point 6): the exits in its jurisdiction or that it decided — route,
// scope, termination, wrap-up due and status (收尾中 / 收尾逾期 / 收尾已完成), filtered open / completed.
import { Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { query } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { ExitTable } from './exit-parts';
import type { ExitList } from './types';

export function InstitutionExitsPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState<'open' | 'completed' | 'all'>('open');
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useApi<ExitList>(`/exits${query({ status, page })}`);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="institution-exits-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('wrapUp.authority.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('wrapUp.authority.intro')}</Typography.Text>
      </div>
      <Space wrap>
        <Segmented
          value={status}
          onChange={(v) => {
            setStatus(v as typeof status);
            setPage(1);
          }}
          options={[
            { value: 'open', label: t('wrapUp.filter.open') },
            { value: 'completed', label: t('wrapUp.filter.completed') },
            { value: 'all', label: t('wrapUp.filter.all') },
          ]}
          data-testid="exits-filter"
        />
        {data && <Typography.Text type="secondary">{t('wrapUp.asOf', { day: data.asOf })}</Typography.Text>}
      </Space>
      {error ? (
        <ProblemResult error={error} onRetry={reload} />
      ) : (
        <ExitTable
          exits={data?.items ?? []}
          loading={loading}
          showInstitution
          linkTo={(e) => `/institution-exits/${e.id}`}
          pagination={{
            current: page,
            pageSize: data?.pageSize ?? 20,
            total: data?.total ?? 0,
            onChange: setPage,
          }}
        />
      )}
    </Space>
  );
}
