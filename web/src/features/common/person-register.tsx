// What the authorities' registers of persons share (评价禁考名单 /evaluation-bans, 工作人员处理登记
// /staff-sanctions): a paged list read from the API, the person's columns (name, document type and the
// masked number — the full number never comes back), the decision's columns (reason, 文号, who recorded
// it and when) and the same fields in the form that records an entry. Each page adds its own kind,
// article and period.
import { Form, Input, Select } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TablePaginationConfig } from 'antd';
import { useState } from 'react';
import { query, type Problem } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { useApi } from '../../app/use-api';
import { DOC_TYPES } from '../candidates/texts';
import { dateTime, useText } from '../cases/texts';

type Tx = (zh: string, en: string) => string;

export interface PersonRow {
  name: string;
  docType: string;
  docMasked: string;
  reason: string;
  decisionRef: string | null;
}

/** A paged GET list; a change of the filters goes back to the first page. */
export function usePagedList<L extends { items: unknown[]; total: number }>(
  path: string,
  filters: Record<string, string | undefined> = {},
) {
  const { t } = useI18n();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [shown, setShown] = useState(filters);
  const key = JSON.stringify(filters);
  if (key !== JSON.stringify(shown)) {
    setShown(filters);
    setPage((p) => ({ ...p, page: 1 }));
  }
  const state = useApi<L>(`${path}${query({ ...filters, ...page })}`);
  const pagination: TablePaginationConfig = {
    current: page.page,
    pageSize: page.pageSize,
    total: state.data?.total ?? 0,
    showTotal: (total) => t('common.total', { total }),
    onChange: (p, ps) => setPage({ page: p, pageSize: ps }),
  };
  return { ...state, problem: state.error?.problem as Problem | undefined, pagination };
}

export const docTypeText = (tx: Tx, docType: string): string =>
  tx(...(DOC_TYPES[docType] ?? [docType, docType]));

/** 姓名, 证件 (type and masked number). */
export function personColumns<T extends PersonRow>(tx: Tx): ColumnsType<T> {
  return [
    { title: tx('姓名', 'Name'), dataIndex: 'name', width: 100 },
    {
      title: tx('证件', 'Document'),
      dataIndex: 'docMasked',
      width: 230,
      render: (m: string, r) => `${docTypeText(tx, r.docType)} ${m}`,
    },
  ];
}

/** 事由, 决定文号, 记录部门, 记录时间: `recorded` names the fields the register keeps them in. */
export function decisionColumns<T extends PersonRow>(
  tx: Tx,
  recorded: (r: T) => { by: string; at: string },
): ColumnsType<T> {
  return [
    { title: tx('事由', 'Reason'), dataIndex: 'reason', width: 300 },
    {
      title: tx('决定文号', 'Decision'),
      dataIndex: 'decisionRef',
      width: 170,
      render: (d: string | null) => d ?? '—',
    },
    {
      title: tx('记录部门', 'Recorded by'),
      key: 'by',
      width: 200,
      render: (_: unknown, r) => recorded(r).by,
    },
    {
      title: tx('记录时间', 'Recorded at'),
      key: 'at',
      width: 160,
      render: (_: unknown, r) => dateTime(recorded(r).at),
    },
  ];
}

/** 姓名, 证件类型, 证件号码 in a form that records an entry (or registers a candidate). */
export function PersonFields({ docNumberExtra }: { docNumberExtra?: string }) {
  const tx = useText();
  return (
    <>
      <Form.Item name="name" label={tx('姓名', 'Name')} rules={[{ required: true, max: 50 }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="docType" label={tx('证件类型', 'Document type')} rules={[{ required: true }]}>
        <Select options={Object.entries(DOC_TYPES).map(([value, l]) => ({ value, label: tx(...l) }))} />
      </Form.Item>
      <Form.Item
        name="docNumber"
        label={tx('证件号码', 'Document number')}
        rules={[{ required: true, max: 40 }]}
        extra={docNumberExtra}
      >
        <Input maxLength={40} autoComplete="off" />
      </Form.Item>
    </>
  );
}

/** 事由 and 处理决定文号 in a form that records an entry. */
export function DecisionFields() {
  const tx = useText();
  return (
    <>
      <Form.Item name="reason" label={tx('事由', 'Reason')} rules={[{ required: true, max: 500 }]}>
        <Input.TextArea maxLength={500} />
      </Form.Item>
      <Form.Item name="decisionRef" label={tx('处理决定文号', 'Decision reference')}>
        <Input maxLength={100} />
      </Form.Item>
    </>
  );
}
