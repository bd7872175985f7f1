// One notice (公示详情): what is proposed, the period and how it was computed (and on what basis — the
// text may set no length, then the authority's reason is shown), the objection form while the period
// runs; the objections and their answers for the applicant and the authorities, with the answer form
// for the deciding authority. The public sees how many objections were raised and answered.
import { Card, Descriptions, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import { useI18n } from '../../app/i18n';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { AnswerForm } from './answer-form';
import { ObjectionForm } from './objection-form';
import { StandingTag } from './standing-tag';
import { inLang, type NoticeDetail, type ObjectionItem } from './types';

export function PublicNoticeDetailPage() {
  const { id = '' } = useParams();
  const tx = useText();
  const { lang } = useI18n();
  const { data, error, reload } = useApi<NoticeDetail>(`/public-notices/${id}`);
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  // Keep the page (and the objection form's confirmation) while it reloads.
  if (!data) return <Spin />;
  const n = data;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="notice-detail">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {inLang(tx, n.title, n.title_en)}
        </Typography.Title>
        <Space>
          <StandingTag standing={n.standing} />
          <Typography.Text type="secondary">{n.authorityName}</Typography.Text>
          {n.caseId && <Link to={`/cases/${n.caseId}`}>{tx('查看案件', 'Open the case')}</Link>}
        </Space>
      </div>
      <Card size="small">
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={tx('公示对象', 'Subject')}>{n.subjectName}</Descriptions.Item>
          <Descriptions.Item label={tx('发布日期', 'Published')}>{n.publishedOn}</Descriptions.Item>
          <Descriptions.Item label={tx('公示期', 'Period')}>
            <span data-testid="notice-period">
              {n.startsOn} {tx('至', 'to')} {n.endsOn}（{n.periodDays}
              {n.periodUnit === 'working_days' ? tx(' 个工作日', ' working days') : tx(' 日', ' days')}）
            </span>
            <div>
              <Typography.Text type="secondary">
                {inLang(tx, n.explanation_zh, n.explanation_en)}
              </Typography.Text>
            </div>
          </Descriptions.Item>
          <Descriptions.Item label={tx('公示期依据', 'Basis of the period')}>
            {n.basis.kind === 'authority'
              ? tx(`受理部门确定：${n.basis.reason ?? ''}`, `Set by the authority: ${n.basis.reason ?? ''}`)
              : tx(
                  `规定的公示期：${n.basis.parameterName_zh ?? ''}`,
                  `Length set by the text: ${n.basis.parameterName_en ?? ''}`,
                )}
          </Descriptions.Item>
          <Descriptions.Item label={tx('异议', 'Objections')}>
            <span data-testid="objection-count">
              {tx(
                `收到 ${n.objectionCount} 件，已答复 ${n.answeredCount} 件`,
                `${n.objectionCount} received, ${n.answeredCount} answered`,
              )}
            </span>
          </Descriptions.Item>
          {n.outcome && (
            <Descriptions.Item label={tx('办理结果', 'Outcome')}>
              {inLang(tx, n.outcome, n.outcome_en)}
            </Descriptions.Item>
          )}
        </Descriptions>
        {/* The official text is published in Chinese; in English it is quoted as published, with what it
            says in English above it. */}
        {lang === 'en' && n.summary_en && (
          <>
            <Typography.Paragraph style={{ marginTop: 16 }} data-testid="notice-summary-en">
              {n.summary_en}
            </Typography.Paragraph>
            <Typography.Text type="secondary">Official text, as published in Chinese:</Typography.Text>
          </>
        )}
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 16 }} data-testid="notice-body">
          {n.body}
        </Typography.Paragraph>
      </Card>
      {n.acceptsObjections && <ObjectionForm noticeId={n.id} endsOn={n.endsOn} onFiled={reload} />}
      {n.objections && (
        <Card title={tx('异议及答复', 'Objections and answers')} size="small">
          {n.objections.length === 0 ? (
            <Empty description={tx('尚未收到异议', 'No objection so far')} />
          ) : (
            <List<ObjectionItem>
              dataSource={n.objections}
              data-testid="objection-list"
              renderItem={(o) => (
                <List.Item key={o.id} data-testid={`objection-${o.seq}`}>
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    <Space wrap>
                      <Typography.Text strong>{tx(`异议${o.seq}`, `Objection ${o.seq}`)}</Typography.Text>
                      {o.state === 'open' ? (
                        <Tag color="error">{tx('待答复', 'Awaiting answer')}</Tag>
                      ) : (
                        <Tag color={o.finding === 'founded' ? 'error' : 'success'}>
                          {o.finding === 'founded'
                            ? tx('异议成立', 'Founded')
                            : tx('异议不成立', 'Unfounded')}
                        </Tag>
                      )}
                      <Typography.Text type="secondary">
                        {o.submitter}
                        {o.contact ? ` · ${o.contact}` : ''} · {o.submittedOn}
                      </Typography.Text>
                    </Space>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                      {o.text}
                    </Typography.Paragraph>
                    {o.answer && (
                      <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                        {tx('答复：', 'Answer: ')}
                        {o.answer}
                      </Typography.Paragraph>
                    )}
                    {o.state === 'open' && n.mayAnswer && (
                      <AnswerForm noticeId={n.id} objectionId={o.id} onAnswered={reload} />
                    )}
                  </Space>
                </List.Item>
              )}
            />
          )}
        </Card>
      )}
    </Space>
  );
}
