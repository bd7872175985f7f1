// One tab of an institution's detail page: a server-paged table of its branches, staff, sites or
// scopes, with an "add" button when the institution's abilities allow it.
import { Button, Space, Table, type TableColumnsType, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState, type ReactNode } from 'react';
import { query, type Page } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { ProblemAlert } from '../../app/problems';
import { useApi, type ApiState } from '../../app/use-api';

export function useSubList<T>(
  path: string,
  pageSize = 20,
): ApiState<Page<T>> & {
  page: number;
  setPage: (p: number) => void;
} {
  const [page, setPage] = useState(1);
  const state = useApi<Page<T>>(`${path}${query({ page, pageSize })}`);
  return { ...state, page, setPage };
}

interface Props<T> {
  list: ReturnType<typeof useSubList<T>>;
  columns: TableColumnsType<T>;
  addLabel?: string;
  onAdd?: () => void;
  toolbar?: ReactNode;
  expandable?: TableProps<T>['expandable'];
  scrollX?: number;
}

export function SubList<T extends { id: string }>({
  list,
  columns,
  addLabel,
  onAdd,
  toolbar,
  expandable,
  scrollX,
}: Props<T>) {
  const { t } = useI18n();
  return (
    <>
      {(onAdd || toolbar) && (
        <Space style={{ marginBottom: 12 }}>
          {onAdd && (
            <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
              {addLabel}
            </Button>
          )}
          {toolbar}
        </Space>
      )}
      {list.error && <ProblemAlert problem={list.error.problem} />}
      <Table<T>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        columns={columns}
        expandable={expandable}
        scroll={scrollX ? { x: scrollX } : undefined}
        pagination={{
          current: list.page,
          pageSize: list.data?.pageSize ?? 20,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: list.setPage,
        }}
      />
    </>
  );
}
