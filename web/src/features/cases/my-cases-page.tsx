// 「我的申请」 (applicant: where each application stands, whose move, by when) and, for an expert,
// the reviews assigned to them — the online answer to "call to ask about progress".
import { Space, Typography } from 'antd';
import { useState } from 'react';
import type { Page } from '../../app/api';
import { query } from '../../app/api';
import { useApi } from '../../app/use-api';
import { useAuth } from '../../app/auth';
import { ProblemResult } from '../common/problem-result';
import { CaseTable } from './case-table';
import type { CaseListItem } from './types';
import { useText } from './texts';

export function MyCasesPage() {
  const tx = useText();
  const { user } = useAuth();
  const [page, setPage] = useState(1);
  const view = user?.role === 'expert' ? 'assigned' : 'mine';
  const { data, error, loading, reload } = useApi<Page<CaseListItem>>(`/cases${query({ view, page })}`);
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {view === 'assigned' ? tx('评审任务', 'My reviews') : tx('我的申请', 'My applications')}
      </Typography.Title>
      <CaseTable data={data} loading={loading} page={page} onPage={setPage} />
    </Space>
  );
}
