// 「回应要求」 for institution staff (1x-selection §26 督促培训评价组织及时回应和整改): what a supervising
// authority asked the institution to answer, by the date it set — the authority's words only, never the
// complaint or who made it — and the institution's answer, recorded on the authority's lead.
import { App, Button, Card, Empty, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, toApiError, type Problem } from '../../app/api';
import { ProblemAlert } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import type { ResponseRequestView } from './types';

export function ResponseRequestsPage() {
  const tx = useText();
  const { data, error, loading, reload } = useApi<{ items: ResponseRequestView[] }>('/response-requests');
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 900 }} data-testid="response-requests-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('回应要求', 'Response requests')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx(
            '监管部门在办理投诉举报和问题线索时要求本机构回应的事项（1+X 遴选办法第二十六条：督促及时回应和整改）。请在期限内回应；回应记入监管部门的工作台账。',
            'What a supervising authority asked us to answer while handling a complaint or lead (1x-selection §26). Answer by the date given; the answer is recorded in the authority’s ledger.',
          )}
        </Typography.Text>
      </div>
      {loading && !data ? (
        <Card loading />
      ) : (data?.items.length ?? 0) === 0 ? (
        <Empty description={tx('没有要求回应的事项', 'Nothing to answer')} />
      ) : (
        <List
          dataSource={data?.items ?? []}
          data-testid="response-request-list"
          renderItem={(r) => <RequestCard key={r.id} r={r} onDone={reload} />}
        />
      )}
    </Space>
  );
} // prettier-ignore

function RequestCard({ r, onDone }: { r: ResponseRequestView; onDone: () => void }) {
  const tx = useText();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const answer = async (v: { response: string }) => {
    setBusy(true);
    setProblem(null);
    try {
      await api.post(`/response-requests/${r.id}/respond`, { response: v.response.trim() });
      void message.success(tx('已回应', 'Answered'));
      onDone();
    } catch (err) {
      setProblem(toApiError(err).problem);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="response-request"
      title={
        <Space wrap size={4}>
          <span>{r.authorityName}</span>
          <Typography.Text type="secondary">{tx(`${r.requestedOn} 提出`, `asked ${r.requestedOn}`)}</Typography.Text>
        </Space>
      }
      extra={
        r.respondedOn ? <Tag color="green">{tx('已回应', 'Answered')}</Tag> :
        r.overdue ? <Tag color="red">{tx(`已过期限 ${r.dueOn}`, `Past ${r.dueOn}`)}</Tag> : <Tag color="blue">{tx(`请于 ${r.dueOn} 前回应`, `Answer by ${r.dueOn}`)}</Tag>
      }
    >
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.question}</Typography.Paragraph>
      {r.response ? (
        <Card size="small" type="inner" title={tx(`本机构的回应（${r.respondedOn ?? ''}）`, `Our answer (${r.respondedOn ?? ''})`)}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{r.response}</Typography.Paragraph>
        </Card>
      ) : (
        <Form layout="vertical" onFinish={(v: { response: string }) => void answer(v)}>
          {problem && <ProblemAlert problem={problem} />}
          <Form.Item name="response" label={tx('回应内容', 'Our answer')} rules={[{ required: true, whitespace: true, min: 2, message: tx('请填写回应内容', 'Enter the answer') }]}>
            <Input.TextArea rows={4} maxLength={5000} showCount data-testid="response-text" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="response-submit">
            {tx('提交回应', 'Send answer')}
          </Button>
        </Form>
      )}
    </Card>
  );
} // prettier-ignore
