// 「待办/已办」: the deciding authority's queue — cases awaiting it, the earliest due first, overdue ones in
// red with the days they are late — and what it has handled; plus every case in its territory.
import { Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { query, type Page } from '../../app/api';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { CaseTable } from './case-table';
import type { CaseListItem } from './types';
import { useText } from './texts';

type View = 'todo' | 'done' | 'supervised';

export function QueuePage() {
  const tx = useText();
  const [params, setParams] = useSearchParams();
  const view = (['todo', 'done', 'supervised'] as const).find((v) => v === params.get('view')) ?? 'todo';
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useApi<Page<CaseListItem>>(`/cases${query({ view, page })}`);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {tx('待办 / 已办', 'Queue')}
      </Typography.Title>
      <Segmented<View>
        value={view}
        onChange={(v) => {
          setPage(1);
          setParams({ view: v });
        }}
        options={[
          { value: 'todo', label: tx('待办', 'To do') },
          { value: 'done', label: tx('已办', 'Done') },
          { value: 'supervised', label: tx('辖区案件', 'In my territory') },
        ]}
      />
      {error ? (
        <ProblemResult error={error} onRetry={reload} />
      ) : (
        <CaseTable data={data} loading={loading} page={page} onPage={setPage} />
      )}
    </Space>
  );
}
