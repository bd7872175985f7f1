// One case, for every party: where it is (Steps over the states it passed), whose move and by when with
// how the date was computed, the actions the caller may take (each a modal with its form), the history
// of events with their articles and the rules' findings, the deadlines, the materials checklist with
// uploads and versions, the decision documents (PDF), and the directory entry once published.
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Space,
  Spin,
  Steps,
  Table,
  Tabs,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { EventModal } from './event-modal';
import { DecisionFindingsCard, NoticeCard, REASON_LABEL, ReasonLine } from './decision-cards';
import { Citations, EventFindings, FindingsList } from './findings-list';
import { MaterialsPanel } from './materials-panel';
import type { CaseDetail } from './types';
import { dateTime, remainingText, useText } from './texts';

const STANDING_COLOR: Record<string, string> = {
  running: 'processing',
  due_today: 'warning',
  overdue: 'error',
  paused: 'default',
  met: 'success',
  met_late: 'warning',
  cancelled: 'default',
};

function AwaitingBanner({ d }: { d: CaseDetail }) {
  const tx = useText();
  if (d.case.final) {
    // The reason the closing decision recorded (不予备案、取消备案、撤回 …).
    const last = d.events.at(-1);
    const [zh, en] = REASON_LABEL[last?.reasonKind ?? 'other'];
    return (
      <Alert
        type={last?.reason ? 'warning' : 'success'}
        showIcon
        title={tx(`已办结：${d.case.stateLabel_zh}`, `Closed: ${d.case.stateLabel_zh}`)}
        description={
          last?.reason ? (
            <span data-testid="closing-reason">
              {tx(zh, en)}：{last.reason}
            </span>
          ) : undefined
        }
        data-testid="awaiting"
      />
    );
  }
  if (!d.awaiting) return null;
  const a = d.awaiting;
  const overdue = a.standing === 'overdue';
  return (
    <Alert
      type={overdue ? 'error' : a.dueDate ? 'info' : 'warning'}
      showIcon
      data-testid="awaiting"
      title={
        <Space wrap>
          <span>
            {tx('当前等待：', 'Awaiting: ')}
            <strong>{a.party_zh}</strong>
          </span>
          {a.dueDate && (
            <span>
              {tx('办理期限：', 'Due: ')}
              <strong>{a.dueDate}</strong>（{remainingText(tx, a.remaining, a.unit)}）
            </span>
          )}
          {a.standing === 'paused' && <Tag>{tx('期限暂停（补正中）', 'Clock paused')}</Tag>}
        </Space>
      }
      description={a.explanation_zh}
    />
  );
}

export function CaseDetailPage() {
  const tx = useText();
  const { id } = useParams<{ id: string }>();
  const { data: d, error, loading, reload } = useApi<CaseDetail>(`/cases/${id}`);
  const [action, setAction] = useState<CaseDetail['available'][number] | null>(null);

  if (error) return <ProblemResult error={error} onRetry={reload} />;
  if (!d) return <Spin spinning={loading} />;

  const visited = d.states.filter((s) => s.visited || s.current);
  const related = RELATED_PAGES[d.case.procedure] ?? [];
  return (
    <Space
      orientation="vertical"
      size={16}
      style={{ width: '100%' }}
      data-testid="case-page"
      data-version={d.case.version}
      data-loading={loading ? 'true' : 'false'}
    >
      <Card>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap align="baseline">
            <Typography.Title level={3} style={{ margin: 0 }}>
              {d.case.title_zh}
            </Typography.Title>
            <Typography.Text copyable data-testid="reference-no">
              {d.case.referenceNo}
            </Typography.Text>
            <Tag color={d.case.final ? 'default' : 'processing'} data-testid="case-state">
              {d.case.stateLabel_zh}
            </Tag>
            {related.map((r) => (
              <Link key={r.zh} to={r.path(d.case.id)} data-testid="related-page">
                {tx(r.zh, r.en)}
              </Link>
            ))}
          </Space>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              {
                key: 'i',
                label: tx('申请单位', 'Applicant'),
                children: d.case.institutionName + (d.case.branchName ? `（${d.case.branchName}）` : ''),
              },
              { key: 'a', label: tx('受理部门', 'Authority'), children: d.case.authorityName },
              { key: 's', label: tx('提交时间', 'Submitted'), children: dateTime(d.case.submittedAt) },
              ...(d.case.summary
                ? [{ key: 'm', label: tx('申请内容', 'Applied for'), children: d.case.summary }]
                : []),
              ...(d.case.validFrom
                ? [
                    {
                      key: 'v',
                      label: tx('有效期', 'Validity'),
                      children: `${d.case.validFrom} 至 ${d.case.validTo ?? tx('长期', 'open-ended')}`,
                    },
                  ]
                : []),
            ]}
          />
          <Steps
            size="small"
            current={visited.findIndex((s) => s.current)}
            items={visited.map((s) => ({ title: s.label_zh }))}
          />
          <AwaitingBanner d={d} />
          {d.available.length > 0 && (
            <Space wrap data-testid="actions">
              {d.available.map((a) => (
                <Tooltip
                  key={a.event}
                  title={
                    a.enabled === false
                      ? a.findings
                          .filter((f) => f.passed === false)
                          .map((f) => f.message_zh)
                          .join('；')
                      : undefined
                  }
                >
                  <Button
                    type={a.enabled === false ? 'default' : 'primary'}
                    danger={a.enabled === false}
                    // Not while the page reloads after an action: the form must carry the new version.
                    disabled={loading}
                    onClick={() => setAction(a)}
                    data-testid={`action-${a.event}`}
                  >
                    {a.description_zh}
                  </Button>
                </Tooltip>
              ))}
            </Space>
          )}
          {d.available.some((a) => a.enabled === false) && (
            <FindingsList
              compact
              findings={d.available.flatMap((a) =>
                // What stops the action, and what the authority will have to judge (待认定) once it is taken.
                a.enabled === false ? a.findings.filter((f) => f.passed !== true) : [],
              )}
            />
          )}
        </Space>
      </Card>

      <DecisionFindingsCard d={d} />
      {d.notice && <NoticeCard notice={d.notice} />}

      <Card>
        <Tabs
          items={[
            {
              key: 'history',
              label: tx('办理记录', 'History'),
              children: (
                <Timeline
                  data-testid="timeline"
                  items={[...d.events].reverse().map((e) => ({
                    key: e.seq,
                    content: (
                      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                        <Space wrap>
                          <Typography.Text strong>{e.description_zh}</Typography.Text>
                          <Typography.Text type="secondary">
                            {e.fromLabel_zh ? `${e.fromLabel_zh} → ` : ''}
                            {e.toLabel_zh}
                          </Typography.Text>
                          <Tag>{e.actorRole_zh}</Tag>
                          <Typography.Text type="secondary">{dateTime(e.occurredAt)}</Typography.Text>
                        </Space>
                        <Citations citations={e.citations} />
                        <ReasonLine e={e} />
                        {e.comment && (
                          <Typography.Paragraph style={{ margin: 0 }}>“{e.comment}”</Typography.Paragraph>
                        )}
                        <EventFindings findings={e.findings} />
                      </Space>
                    ),
                  }))}
                />
              ),
            },
            {
              key: 'materials',
              label: tx(
                `申请材料（${d.materials.provided}/${d.materials.required}）`,
                `Materials (${d.materials.provided}/${d.materials.required})`,
              ),
              children: <MaterialsPanel detail={d} onChanged={reload} />,
            },
            {
              key: 'documents',
              label: tx(`文书（${d.documents.length}）`, `Documents (${d.documents.length})`),
              children:
                d.documents.length === 0 ? (
                  <Empty description={tx('尚未出具文书', 'No documents yet')} />
                ) : (
                  <Table
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={d.documents}
                    data-testid="documents"
                    columns={[
                      { title: tx('文书', 'Document'), dataIndex: 'kind_zh' },
                      { title: tx('文号', 'Number'), dataIndex: 'number' },
                      { title: tx('标题', 'Title'), dataIndex: 'title' },
                      { title: tx('日期', 'Date'), dataIndex: 'issuedOn' },
                      {
                        title: '',
                        key: 'dl',
                        render: (_: unknown, r) => (
                          <a
                            href={`/api/v1/cases/${d.case.id}/documents/${r.id}/file`}
                            data-testid="document-download"
                          >
                            <DownloadOutlined /> PDF
                          </a>
                        ),
                      },
                    ]}
                  />
                ),
            },
            {
              key: 'deadlines',
              label: tx('办理期限', 'Deadlines'),
              children: (
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={d.deadlines}
                  columns={[
                    { title: tx('期限', 'Deadline'), dataIndex: 'label_zh' },
                    { title: tx('起算日', 'Start'), dataIndex: 'startDate' },
                    { title: tx('到期日', 'Due'), dataIndex: 'dueDate' },
                    {
                      title: tx('状态', 'Standing'),
                      dataIndex: 'standing',
                      render: (v: string, r) => (
                        <Space>
                          <Tag color={STANDING_COLOR[v]}>{v}</Tag>
                          {remainingText(tx, r.remaining, r.unit)}
                        </Space>
                      ),
                    },
                    { title: tx('计算说明', 'How computed'), dataIndex: 'explanation_zh' },
                  ]}
                />
              ),
            },
            ...(d.directoryEntry
              ? [
                  {
                    key: 'directory',
                    label: tx('公布信息', 'Publication'),
                    children: (
                      <Descriptions
                        size="small"
                        column={1}
                        items={[
                          {
                            key: 'c',
                            label: tx('备案编码', 'Filing code'),
                            children: d.directoryEntry.filingCode,
                          },
                          {
                            key: 'v',
                            label: tx('有效期', 'Validity'),
                            children: `${d.directoryEntry.validFrom} 至 ${d.directoryEntry.validTo ?? '—'}`,
                          },
                          {
                            key: 's',
                            label: tx('认定范围', 'Scope'),
                            children: d.directoryEntry.scopes
                              .map((s) => `${s.occupationName}（${s.occupationCode}）${s.level}级`)
                              .join('；'),
                          },
                          {
                            key: 'p',
                            label: tx('公布日期', 'Published'),
                            children: d.directoryEntry.publishedOn,
                          },
                        ]}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <EventModal
        key={action ? `${action.event}:${d.case.version}` : 'closed'}
        caseId={d.case.id}
        version={d.case.version}
        action={action}
        onClose={() => setAction(null)}
        onDone={() => {
          setAction(null);
          reload();
        }}
      />
    </Space>
  );
}

/** Pages of a procedure that the generic case page links to (panel, per-occupation results, milestones). */
const RELATED_PAGES: Record<string, { zh: string; en: string; path: (caseId: string) => string }[]> = {
  'mohrss-employer-filing': [{ zh: '技术评审专家组', en: 'Review panel', path: (id) => `/reviews/${id}` }],
  '1x-selection': [{ zh: '遴选专家组', en: 'Selection panel', path: (id) => `/reviews/${id}` }],
  'gz-selection': [
    { zh: '分职业遴选结果', en: 'Results per occupation', path: (id) => `/gz-selection/cases/${id}/results` },
  ],
  'dept-pilot': [
    { zh: '试点工作时间节点', en: 'Pilot milestones', path: (id) => `/dept-pilot/cases/${id}/milestones` },
  ],
};
