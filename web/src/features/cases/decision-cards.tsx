// The decisions of a case as both sides read them: the public notice (公示) with its period, how the
// period was computed, and each objection with its answer (the objector named only to the deciding
// authority); the findings the latest decision rests on, each with its article (审核意见及依据); and the
// reason an event recorded (a refusal's, a cancellation's …).
import { Alert, Card, Collapse, Descriptions, Empty, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { AnswerForm } from '../public-notices/answer-form';
import { FindingsList } from './findings-list';
import type { CaseDetail, CaseNotice, ReasonKind } from './types';
import { dateTime, useText } from './texts';

type Tx = (zh: string, en: string) => string;

export const REASON_LABEL: Record<ReasonKind, [string, string]> = {
  refusal: ['不予受理/不予备案理由', 'Reason for refusal'],
  cancellation: ['取消理由', 'Reason for cancellation'],
  withdrawal: ['撤回理由', 'Reason for withdrawal'],
  exception: ['例外理由', 'Reason for the exception'],
  correction: ['补正说明', 'Correction requested'],
  notice_basis: ['公示期依据', 'Basis of the notice period'],
  validity_basis: ['有效期依据', 'Basis of the validity'],
  other: ['理由', 'Reason'],
};

export function ReasonLine({ e }: { e: CaseDetail['events'][number] }) {
  const tx = useText();
  if (!e.reason) return null;
  const [zh, en] = REASON_LABEL[e.reasonKind ?? 'other'];
  return (
    <Typography.Paragraph style={{ margin: 0 }} data-testid="event-reason">
      <Typography.Text type="secondary">{tx(zh, en)}：</Typography.Text>
      {e.reason}
    </Typography.Paragraph>
  );
}

const STANDING: Record<string, [string, string, string]> = {
  open: ['公示中', 'Open', 'processing'],
  ended: ['公示期已满', 'Ended', 'warning'],
  closed: ['已办结', 'Closed', 'default'],
};

function unitText(tx: Tx, n: CaseNotice) {
  return n.periodUnit === 'working_days'
    ? tx(`${n.periodDays} 个工作日`, `${n.periodDays} working days`)
    : tx(`${n.periodDays} 日`, `${n.periodDays} calendar days`);
}

function ObjectionTag({ o }: { o: CaseNotice['objections'][number] }) {
  const tx = useText();
  if (o.state === 'open') return <Tag color="processing">{tx('待答复', 'Awaiting answer')}</Tag>;
  return o.finding === 'founded' ? (
    <Tag color="error">{tx('异议成立', 'Founded')}</Tag>
  ) : (
    <Tag color="success">{tx('异议不成立', 'Unfounded')}</Tag>
  );
}

export function NoticeCard({ notice: n, onAnswered }: { notice: CaseNotice; onAnswered?: () => void }) {
  const tx = useText();
  // The deciding authority answers an open objection here, as on the notice page (mayAnswer there):
  // an unanswered objection is what puts the case in its 待办 (mohrss-filing 二(十)4; 1x-selection §16).
  const mayAnswer = n.viewer === 'authority' && n.closedOn === null;
  const [zh, en, color] = STANDING[n.standing] ?? [n.standing, n.standing, 'default'];
  return (
    <Card
      title={tx('公示', 'Public notice')}
      data-testid="notice-card"
      extra={<Link to={`/public-notices/${n.id}`}>{tx('查看公示页面', 'Open the notice')}</Link>}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'p',
              label: tx('公示期', 'Period'),
              children: (
                <span data-testid="case-notice-period">
                  {n.startsOn} {tx('至', 'to')} {n.endsOn}（{unitText(tx, n)}）
                </span>
              ),
            },
            {
              key: 's',
              label: tx('状态', 'Standing'),
              children: (
                <Space>
                  <Tag color={color}>{tx(zh, en)}</Tag>
                  {n.closedOn && (
                    <span>
                      {n.closedOn} {n.outcome_en ? tx(n.outcome ?? '', n.outcome_en) : n.outcome}
                    </span>
                  )}
                </Space>
              ),
            },
            { key: 'd', label: tx('发布日期', 'Published'), children: n.publishedOn },
            {
              key: 'o',
              label: tx('异议', 'Objections'),
              children: tx(
                `收到 ${n.objectionCount} 件，已答复 ${n.answeredCount} 件，成立 ${n.foundedCount} 件`,
                `${n.objectionCount} received, ${n.answeredCount} answered, ${n.foundedCount} founded`,
              ),
            },
            {
              key: 'e',
              label: tx('计算说明', 'How computed'),
              span: 2,
              children: tx(
                n.explanation_zh,
                `${n.periodDays} ${n.periodUnit === 'working_days' ? 'working days' : 'days'}, from ${n.startsOn} to ${n.endsOn}.`,
              ),
            },
            ...(n.basis.reason
              ? [{ key: 'b', label: tx('公示期依据', 'Basis'), span: 2, children: n.basis.reason }]
              : []),
          ]}
        />
        {n.objections.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={tx('公示期间未收到异议', 'No objections received')}
          />
        ) : (
          <List
            size="small"
            bordered
            dataSource={n.objections}
            data-testid="case-objections"
            renderItem={(o) => (
              <List.Item style={{ display: 'block' }} data-testid={`case-objection-${o.seq}`}>
                <Space wrap>
                  <Typography.Text strong>{tx(`异议 ${o.seq}`, `Objection ${o.seq}`)}</Typography.Text>
                  <ObjectionTag o={o} />
                  <Typography.Text type="secondary">
                    {o.submitter}
                    {o.contact ? `（${o.contact}）` : ''} · {o.submittedOn}
                  </Typography.Text>
                </Space>
                <Typography.Paragraph style={{ margin: '4px 0' }}>{o.text}</Typography.Paragraph>
                {o.answer && (
                  <Typography.Paragraph style={{ margin: 0 }} type="secondary">
                    {tx('答复：', 'Answer: ')}
                    <Typography.Text>{o.answer}</Typography.Text>
                    {o.answeredAt ? `（${dateTime(o.answeredAt)}）` : ''}
                  </Typography.Paragraph>
                )}
                {o.state === 'open' && mayAnswer && onAnswered && (
                  <AnswerForm noticeId={n.id} objectionId={o.id} onAnswered={onAnswered} />
                )}
              </List.Item>
            )}
          />
        )}
      </Space>
    </Card>
  );
}

export function DecisionFindingsCard({ d }: { d: CaseDetail }) {
  const tx = useText();
  if (d.decisionFindings.length === 0) return null;
  const from = d.decisionFindingsEvent;
  const event = from ? d.events.find((e) => e.seq === from.seq) : undefined;
  const open = d.decisionFindings.filter((f) => f.passed !== true);
  const met = d.decisionFindings.filter((f) => f.passed === true);
  const opinion = (d.case.data as { assessment?: { opinion?: unknown } }).assessment?.opinion;
  return (
    <Card
      title={tx('审核意见及依据', 'Findings and their articles')}
      data-testid="decision-findings"
      extra={
        from && (
          <Typography.Text type="secondary">{tx(from.description_zh, from.description_en)}</Typography.Text>
        )
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {typeof opinion === 'string' && opinion && (
          <Typography.Paragraph style={{ margin: 0 }}>
            <Typography.Text type="secondary">{tx('评估意见：', 'Assessment: ')}</Typography.Text>
            {opinion}
          </Typography.Paragraph>
        )}
        {event && <ReasonLine e={event} />}
        {event?.comment && (
          <Typography.Paragraph style={{ margin: 0 }}>
            <Typography.Text type="secondary">{tx('意见：', 'Comment: ')}</Typography.Text>
            {event.comment}
          </Typography.Paragraph>
        )}
        {open.length > 0 ? (
          <FindingsList findings={open} />
        ) : (
          <Alert type="success" showIcon title={tx('各项条件均符合', 'Every condition is met')} />
        )}
        {met.length > 0 && (
          // The conditions met, one line each, folded: the ones that decide the case come first.
          <Collapse
            size="small"
            data-testid="met-findings"
            items={[
              {
                key: 'met',
                label: tx(`符合的条件（${met.length} 项）`, `Conditions met (${met.length})`),
                children: <FindingsList compact findings={met} />,
              },
            ]}
          />
        )}
      </Space>
    </Card>
  );
}
