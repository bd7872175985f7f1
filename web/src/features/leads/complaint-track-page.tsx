// 「投诉查询」 (public, phone first): the complainant types the tracking code and reads the state, the dates,
// the answer once given, where it was sent on to, and for a duplicate the original's answer — never the
// contact details, the authority's notes or history (decision 0039 point 4). Rate-limited by the server.
import { Alert, Button, Card, Descriptions, Form, Input, Space, Steps, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { api, ApiError, toApiError } from '../../app/api';
import { ProblemAlert } from '../../app/problems';
import { useText } from '../cases/texts';
import { LEAD_OUTCOME, LEAD_STATUS, LEAD_STATUS_COLOR, word } from './texts';
import type { Tracked } from './types';

/** The steps the complainant sees (routed sits between received and triaged). */
const STEPS = ['received', 'triaged', 'investigating', 'answered', 'closed'];

export function ComplaintTrackPage() {
  const tx = useText();
  const location = useLocation();
  const [form] = Form.useForm<{ code: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [found, setFound] = useState<Tracked | null>(null);

  const look = async (code: string) => {
    setBusy(true);
    setError(null);
    try {
      setFound(await api.post<Tracked>('/public/complaints/track', { code: code.trim() }));
    } catch (err) {
      setFound(null);
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  // Coming from the filing page: the code it just showed (passed in the page's state, never in the address).
  const given = (location.state as { code?: string } | null)?.code;
  useEffect(() => {
    if (!given) return;
    form.setFieldsValue({ code: given });
    api.post<Tracked>('/public/complaints/track', { code: given }).then(setFound, (err: unknown) => setError(toApiError(err)));
  }, [given, form]);

  const current = found ? Math.max(0, STEPS.indexOf(found.status === 'routed' ? 'received' : found.status)) : 0;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 720 }} data-testid="complaint-track-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('投诉查询', 'Track a complaint')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx('输入提交投诉举报时得到的查询码，查看办理状态和答复。', 'Enter the tracking code you got when you filed, to see the state and the answer.')}
        </Typography.Text>
      </div>
      <Card size="small">
        <Form form={form} layout="vertical" onFinish={(v) => void look(v.code)} data-testid="track-form">
          <Form.Item name="code" label={tx('查询码', 'Tracking code')} rules={[{ required: true, whitespace: true, min: 12, message: tx('请输入 16 位查询码', 'Enter the 16-character code') }]}>
            <Input maxLength={30} autoComplete="off" autoCapitalize="characters" placeholder="XXXX-XXXX-XXXX-XXXX" style={{ fontFamily: 'monospace' }} data-testid="track-code" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block data-testid="track-submit">
            {tx('查询', 'Look up')}
          </Button>
        </Form>
      </Card>
      {error &&
        (error.status === 404 ? (
          <Alert type="warning" showIcon data-testid="track-not-found" title={tx('没有找到', 'Not found')} description={tx('请核对查询码（不区分大小写，短横线可省略）。', 'Check the code (case and dashes do not matter).')} />
        ) : (
          <ProblemAlert problem={error.problem} />
        ))}
      {found && (
        <Card size="small" data-testid="track-result" title={<Space wrap><span>{tx('办理情况', 'Progress')}</span><Tag color={LEAD_STATUS_COLOR[found.status]} data-testid="track-status">{word(LEAD_STATUS, found.status, tx)}</Tag></Space>}>
          <Steps
            size="small"
            direction="vertical"
            current={current}
            items={STEPS.map((s) => ({ title: word(LEAD_STATUS, s, tx) }))}
            style={{ marginBottom: 16 }}
          />
          <Descriptions column={1} size="small">
            <Descriptions.Item label={tx('收到日期', 'Received')}>{found.receivedOn}</Descriptions.Item>
            {found.routedTo && <Descriptions.Item label={tx('已转交', 'Sent on to')}>{found.routedTo}</Descriptions.Item>}
            {found.answeredOn && <Descriptions.Item label={tx('答复日期', 'Answered')}>{found.answeredOn}</Descriptions.Item>}
            {found.closedOn && <Descriptions.Item label={tx('办结日期', 'Closed')}>{found.closedOn}</Descriptions.Item>}
            {found.outcome && <Descriptions.Item label={tx('办理结果', 'Outcome')}>{word(LEAD_OUTCOME, found.outcome, tx)}</Descriptions.Item>}
          </Descriptions>
          {found.answer && (
            <Card size="small" type="inner" title={tx('答复', 'Answer')} style={{ marginTop: 8 }}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="track-answer">{found.answer}</Typography.Paragraph>
            </Card>
          )}
          {found.originalAnswer && (
            <Card size="small" type="inner" title={tx('同一事项的答复（您的投诉与另一件重复，已合并办理）', 'The answer to the same matter (yours was merged with another complaint)')} style={{ marginTop: 8 }}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{found.originalAnswer}</Typography.Paragraph>
            </Card>
          )}
          {!found.answer && !found.originalAnswer && (
            <Typography.Text type="secondary">{tx('尚未答复，请过几天再来查看。', 'Not answered yet: look again in a few days.')}</Typography.Text>
          )}
        </Card>
      )}
      <Link to="/complaint">{tx('投诉举报', 'File a complaint')}</Link>
    </Space>
  );
} // prettier-ignore
