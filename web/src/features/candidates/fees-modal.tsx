// 考生费用: the ledger of fees collected and refunded for one candidate (1x-selection §24 考核费用单独核算;
// 1x-exit §9 已收费但未实施考核 at exit), and a form to add a row. Amounts are entered in yuan and sent in fen.
import { DatePicker, Descriptions, Form, Input, InputNumber, Modal, Select, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, toApiError, type Problem } from '../../app/api';
import { useApi } from '../../app/use-api';
import { useText } from '../cases/texts';
import { CandidateProblem } from './candidate-problem';
import { FEE_KIND, yuan } from './texts';
import type { Candidate, FeeLedger } from './types';

interface Values {
  kind: 'collected' | 'refunded';
  amount: number;
  onDate: Dayjs;
  note?: string;
}

export function FeesModal({
  sessionId,
  candidate,
  onClose,
  onChanged,
}: {
  sessionId: string;
  candidate: Candidate;
  onClose: () => void;
  onChanged: () => void;
}) {
  const tx = useText();
  const path = `/evaluation-sessions/${sessionId}/candidates/${candidate.id}/fees`;
  const ledger = useApi<FeeLedger>(path);
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setProblem(null);
    try {
      await api.post(path, {
        kind: v.kind,
        amountFen: Math.round(v.amount * 100),
        onDate: v.onDate.format('YYYY-MM-DD'),
        note: v.note?.trim() || null,
      });
      form.resetFields();
      ledger.reload();
      onChanged();
    } catch (err) {
      setProblem(toApiError(err).problem);
    }
  };
  const d = ledger.data;
  return (
    <Modal
      open
      title={tx(`${candidate.name} · 费用`, `${candidate.name} · fees`)}
      onCancel={onClose}
      onOk={candidate.abilities.fees ? () => void submit() : onClose}
      okText={candidate.abilities.fees ? tx('记录', 'Record') : tx('关闭', 'Close')}
      cancelText={tx('关闭', 'Close')}
      width={640}
      destroyOnHidden
    >
      {d && (
        <Descriptions
          size="small"
          column={2}
          items={[
            { key: 'c', label: tx('已收（元）', 'Collected (yuan)'), children: yuan(d.collectedFen) },
            { key: 'r', label: tx('已退（元）', 'Refunded (yuan)'), children: yuan(d.refundedFen) },
          ]}
        />
      )}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={d?.items ?? []}
        loading={ledger.loading}
        style={{ margin: '12px 0' }}
        columns={[
          { title: tx('日期', 'Date'), dataIndex: 'onDate', width: 110 },
          {
            title: tx('类别', 'Kind'),
            dataIndex: 'kind',
            width: 80,
            render: (k: string) => tx(...(FEE_KIND[k] ?? [k, k])),
          },
          { title: tx('金额（元）', 'Amount (yuan)'), dataIndex: 'amountFen', width: 110, render: yuan },
          { title: tx('备注', 'Note'), dataIndex: 'note' },
        ]}
      />
      {problem && <CandidateProblem problem={problem} />}
      {candidate.abilities.fees && (
        <Form form={form} layout="inline" initialValues={{ kind: 'collected', onDate: dayjs() }}>
          <Form.Item name="kind" rules={[{ required: true }]}>
            <Select
              style={{ width: 100 }}
              aria-label={tx('类别', 'Kind')}
              options={Object.entries(FEE_KIND).map(([value, l]) => ({ value, label: tx(...l) }))}
            />
          </Form.Item>
          <Form.Item name="amount" rules={[{ required: true }]}>
            <InputNumber
              min={0}
              precision={2}
              placeholder={tx('金额（元）', 'Amount (yuan)')}
              style={{ width: 130 }}
            />
          </Form.Item>
          <Form.Item name="onDate" rules={[{ required: true }]}>
            <DatePicker aria-label={tx('日期', 'Date')} />
          </Form.Item>
          <Form.Item name="note">
            <Input placeholder={tx('备注', 'Note')} maxLength={200} style={{ width: 160 }} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
