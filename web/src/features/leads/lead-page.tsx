// One lead of the ledger (工作台账, 1x-selection §26, 1x-exit §7(1)): what it says, whom it is about, the
// complainant's contact (the handling authority only), the answer, the history with the authority that
// took each step, its duplicates, the institution's responses, and the case or rectification it led
// to — with the steps its state allows. A superior department reads it without acting.
import { Alert, App, Button, Card, Descriptions, Empty, Space, Table, Tag, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { RECT_STATUS } from '../rectifications/texts';
import { ACTION_LABEL, actionsFor, LeadActionModal, type LeadAction } from './lead-actions';
import {
  CASE_STATE,
  LEAD_ACTION,
  LEAD_OUTCOME,
  LEAD_SOURCE,
  LEAD_STATUS,
  LEAD_STATUS_COLOR,
  word,
} from './texts';
import type { LeadDetail, ResponseRequestView } from './types';

export function LeadPage() {
  const tx = useText();
  const { id } = useParams<{ id: string }>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { data: l, error, reload } = useApi<LeadDetail>(`/leads/${id}`);
  const [acting, setActing] = useState<LeadAction | null>(null);
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  if (!l) return <Card loading />;
  const actions = actionsFor(l);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="lead-page">
      <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} type="link" style={{ padding: 0 }}>
        {tx('返回', 'Back')}
      </Button>
      <Space wrap align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {word(LEAD_SOURCE, l.source, tx)} · {l.institutionName ?? l.subjectText ?? tx('线索', 'Lead')}
        </Typography.Title>
        <Tag color={LEAD_STATUS_COLOR[l.status]} data-testid="lead-status-tag">
          {word(LEAD_STATUS, l.status, tx)}
        </Tag>
        {l.outcome && <Tag>{word(LEAD_OUTCOME, l.outcome, tx)}</Tag>}
      </Space>
      {!l.handles && (
        <Alert
          type="info"
          showIcon
          title={tx(`该线索由「${l.authorityName}」办理，本部门可以查看，不能办理，也看不到投诉人联系方式。`, `${l.authorityName} handles this lead: you may read it, not act on it, and the complainant’s contact is not shown.`)}
        />
      )}
      {actions.length > 0 && (
        <Space wrap data-testid="lead-actions">
          {actions.map((a, i) => (
            <Button key={a} type={i === 0 ? 'primary' : 'default'} onClick={() => setActing(a)} data-testid={`lead-act-${a}`}>
              {tx(...ACTION_LABEL[a])}
            </Button>
          ))}
        </Space>
      )}
      <Card size="small" title={tx('线索', 'The lead')}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={tx('来源', 'Source')}>{word(LEAD_SOURCE, l.source, tx)}</Descriptions.Item>
          <Descriptions.Item label={tx('来源编号', 'Source reference')}>{l.sourceRef ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={tx('收到日期', 'Received')}>{l.receivedOn}</Descriptions.Item>
          <Descriptions.Item label={tx('受理时长', 'Age')}>{tx(`${l.ageDays} 日`, `${l.ageDays} days`)}</Descriptions.Item>
          <Descriptions.Item label={tx('所涉机构', 'Institution concerned')}>{l.institutionName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={tx('投诉所称对象', 'Named by the complainant')}>{l.subjectText ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={tx('办理部门', 'Handled by')}>{l.authorityName}</Descriptions.Item>
          <Descriptions.Item label={tx('分办日期', 'Triaged')}>{l.triagedOn ?? '—'}</Descriptions.Item>
          {l.tracked && (
            <Descriptions.Item label={tx('投诉人联系方式', 'Complainant’s contact')} span={2}>
              {l.contact ? (
                <span data-testid="lead-contact">{[l.contact.name, l.contact.phone, l.contact.email].filter(Boolean).join(' · ') || '—'}</span>
              ) : l.hasContact ? (
                <Typography.Text type="secondary">{tx('仅办理部门可见', 'Only the handling authority sees it')}</Typography.Text>
              ) : (
                <Typography.Text type="secondary">{tx('未留联系方式（凭查询码查看答复）', 'None left (follows by tracking code)')}</Typography.Text>
              )}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={tx('内容', 'What it says')} span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{l.summary}</Typography.Paragraph>
          </Descriptions.Item>
          {l.answer && (
            <Descriptions.Item label={tx(`答复（${l.answeredOn ?? ''}）`, `Answer (${l.answeredOn ?? ''})`)} span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="lead-answer">{l.answer}</Typography.Paragraph>
            </Descriptions.Item>
          )}
          {l.closedOn && <Descriptions.Item label={tx('办结日期', 'Closed')}>{l.closedOn}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Links l={l} />
      <ResponseRequests items={l.responseRequests} />
      <Card size="small" title={tx('办理记录', 'History')}>
        <Timeline
          data-testid="lead-history"
          items={l.history.map((e) => ({
            children: (
              <div>
                <Typography.Text strong>{word(LEAD_ACTION, e.action, tx)}</Typography.Text>{' '}
                <Typography.Text type="secondary">
                  {e.on} · {e.authorityName ?? tx('评价机构', 'Institution')}
                  {e.actorName ? ` · ${e.actorName}` : ''}
                </Typography.Text>
                {e.action === 'route' && typeof e.details.toAuthorityName === 'string' && (
                  <div>{tx('转至：', 'To: ')}{e.details.toAuthorityName}</div>
                )}
                {e.action === 'close' && typeof e.details.outcome === 'string' && (
                  <div>{tx('结论：', 'Outcome: ')}{word(LEAD_OUTCOME, e.details.outcome, tx)}</div>
                )}
                {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
              </div>
            ),
          }))}
        />
      </Card>
      <LeadActionModal
        lead={l}
        action={acting}
        onClose={() => setActing(null)}
        onDone={(r) => {
          setActing(null);
          void message.success(tx('已办理', 'Done'));
          if (typeof r.caseId === 'string') navigate(`/cases/${r.caseId}`);
          else if (typeof r.rectificationId === 'string') navigate(`/rectifications/${r.rectificationId}`);
          else if (acting === 'route') navigate('/leads');
          else reload();
        }}
      />
    </Space>
  );
} // prettier-ignore

/** Duplicates, the original, the violation case and the rectification order it led to. */
function Links({ l }: { l: LeadDetail }) {
  const tx = useText();
  if (!l.duplicateOf && l.duplicates.length === 0 && !l.violationCase && !l.rectification) return null;
  return (
    <Card size="small" title={tx('关联', 'Linked')} data-testid="lead-links">
      <Space orientation="vertical" size={4}>
        {l.duplicateOf && (
          <span>
            {tx('本线索与原线索重复：', 'A duplicate of: ')}
            <Link to={`/leads/${l.duplicateOf.id}`}>{tx(`${l.duplicateOf.receivedOn} 收到的线索`, `the lead received ${l.duplicateOf.receivedOn}`)}</Link>{' '}
            <Tag>{word(LEAD_STATUS, l.duplicateOf.status, tx)}</Tag>
          </span>
        )}
        {l.duplicates.map((d) => (
          <span key={d.id}>
            {tx('重复线索：', 'Duplicate: ')}
            <Link to={`/leads/${d.id}`}>{tx(`${d.receivedOn} 收到的${word(LEAD_SOURCE, d.source, tx)}`, `${word(LEAD_SOURCE, d.source, tx)} received ${d.receivedOn}`)}</Link>
          </span>
        ))}
        {l.violationCase && (
          <span>
            {tx('违纪违规案件：', 'Violation case: ')}
            <Link to={`/cases/${l.violationCase.id}`}>{l.violationCase.referenceNo}</Link> <Tag>{word(CASE_STATE, l.violationCase.state, tx)}</Tag>
          </span>
        )}
        {l.rectification && (
          <span>
            {tx('责令限期整改：', 'Rectification order: ')}
            <Link to={`/rectifications/${l.rectification.id}`}>{tx(`期限 ${l.rectification.deadline}`, `deadline ${l.rectification.deadline}`)}</Link>{' '}
            <Tag>{word(RECT_STATUS, l.rectification.status, tx)}</Tag>
          </span>
        )}
      </Space>
    </Card>
  );
} // prettier-ignore

function ResponseRequests({ items }: { items: ResponseRequestView[] }) {
  const tx = useText();
  if (items.length === 0) return null;
  return (
    <Card size="small" title={tx('要求机构回应', 'Institution asked to respond')}>
      {items.length === 0 ? (
        <Empty />
      ) : (
        <Table<ResponseRequestView>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={items}
          scroll={{ x: 800 }}
          data-testid="lead-response-requests"
          columns={[
            { title: tx('提出日期', 'Asked on'), dataIndex: 'requestedOn', width: 110 },
            { title: tx('事项', 'Question'), dataIndex: 'question' },
            { title: tx('回应期限', 'Due'), dataIndex: 'dueOn', width: 200, render: (d: string, r) => <>{d}{r.dueReason ? <div><Typography.Text type="secondary">{r.dueReason}</Typography.Text></div> : null}</> },
            {
              title: tx('机构回应', 'Response'),
              dataIndex: 'response',
              render: (v: string | null, r) =>
                v ? <>{v}<div><Typography.Text type="secondary">{r.respondedOn}</Typography.Text></div></> :
                r.overdue ? <Tag color="red">{tx('逾期未回应', 'Overdue')}</Tag> : <Tag>{tx('待回应', 'Awaited')}</Tag>,
            },
          ]} // prettier-ignore
        />
      )}
    </Card>
  );
}
