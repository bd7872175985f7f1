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
  Popconfirm,
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
import { CorrectionCard, CorrectionPoints } from './correction-card';
import { StandingTag } from '../public-notices/standing-tag';
import type { NoticeStanding } from '../public-notices/types';
import type { CaseDetail } from './types';
import { STANDING_TEXT, dateTime, deadlineExplanation, remainingText, useText } from './texts';
import { actionStyle, stepsOf } from './case-steps';
import { CaseEffectsCard } from '../violations/case-effects-card';

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
        title={tx(`已办结：${d.case.stateLabel_zh}`, `Closed: ${d.case.stateLabel_en}`)}
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
  const running = d.deadlines
    .filter((x) => x.status === 'running')
    .sort((x, y) => (x.dueDate < y.dueDate ? -1 : 1))[0];
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
            <strong>{tx(a.party_zh, a.party_en)}</strong>
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
      description={running ? tx(running.explanation_zh, deadlineExplanation(running)) : null}
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

  const steps = stepsOf(d.states);
  const related = RELATED_PAGES[d.case.procedure] ?? [];
  const words = HEADER_WORDS[d.case.procedure] ?? HEADER_WORDS.default!;
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
              {tx(d.case.title_zh, d.case.title_en)}
            </Typography.Title>
            <Typography.Text copyable data-testid="reference-no">
              {d.case.referenceNo}
            </Typography.Text>
            <Tag color={d.case.final ? 'default' : 'processing'} data-testid="case-state">
              {tx(d.case.stateLabel_zh, d.case.stateLabel_en)}
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
                label: tx(...words.institution),
                children: d.case.institutionName + (d.case.branchName ? `（${d.case.branchName}）` : ''),
              },
              { key: 'a', label: tx(...words.authority), children: d.case.authorityName },
              {
                key: 's',
                label: tx(...words.submitted),
                children: dateTime(words.opened ? d.case.createdAt : d.case.submittedAt),
              },
              ...(d.case.summary
                ? [
                    {
                      key: 'm',
                      label: tx(...words.summary),
                      children: tx(d.case.summary, d.case.summary_en ?? d.case.summary),
                    },
                  ]
                : []),
              ...(d.case.validFrom
                ? [
                    {
                      key: 'v',
                      label: tx('有效期', 'Validity'),
                      children: `${d.case.validFrom} ${tx('至', 'to')} ${d.case.validTo ?? tx('长期', 'open-ended')}`,
                    },
                  ]
                : []),
            ]}
          />
          <Steps
            size="small"
            // Eight or more steps leave a title beside its icon too little room: English words broke letter
            // by letter. Under the icon a title has the step's whole width.
            titlePlacement={steps.length > 6 ? 'vertical' : 'horizontal'}
            data-testid="case-steps"
            current={steps.findIndex((s) => s.current)}
            items={steps.map((s) => ({ title: tx(s.label_zh, s.label_en) }))}
          />
          <AwaitingBanner d={d} />
          <CorrectionCard d={d} />
          {d.available.length > 0 && (
            <Space wrap data-testid="actions">
              {d.available.map((a) => (
                <Tooltip
                  key={a.event}
                  title={
                    a.enabled === false
                      ? a.findings
                          .filter((f) => f.passed === false)
                          .map((f) => tx(f.message_zh, f.message_en))
                          .join('；')
                      : undefined
                  }
                >
                  {(() => {
                    const style = actionStyle(a, d.available, d.case.state);
                    const button = (
                      <Button
                        type={style === 'primary' ? 'primary' : 'default'}
                        danger={style === 'danger'}
                        // Not while the page reloads after an action: the form must carry the new version.
                        disabled={loading}
                        onClick={style === 'danger' ? undefined : () => setAction(a)}
                        data-testid={`action-${a.event}`}
                        data-style={style}
                      >
                        {tx(a.description_zh, a.description_en)}
                      </Button>
                    );
                    // Refusal, cancellation, withdrawal: asked once more before the form opens.
                    return style === 'danger' ? (
                      <Popconfirm
                        title={tx('确认要办理此事项吗？', 'Do you really want to do this?')}
                        description={tx(a.description_zh, a.description_en)}
                        okText={tx('确认', 'Confirm')}
                        cancelText={tx('取消', 'Cancel')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => setAction(a)}
                      >
                        {button}
                      </Popconfirm>
                    ) : (
                      button
                    );
                  })()}
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
      {/* A violation case: what its decision did, and the §20 archive (issue 13). */}
      {d.case.procedure === 'violation-case' && (
        <CaseEffectsCard
          key={d.case.version}
          caseId={d.case.id}
          referenceNo={d.case.referenceNo}
          institutionId={d.case.institutionId}
          data={d.case.data}
        />
      )}
      {d.notice && <NoticeCard notice={d.notice} onAnswered={reload} />}

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
                          <Typography.Text strong>{tx(e.description_zh, e.description_en)}</Typography.Text>
                          <Typography.Text type="secondary">
                            {e.fromLabel_zh
                              ? `${tx(e.fromLabel_zh, e.fromLabel_en ?? e.fromLabel_zh)} → `
                              : ''}
                            {tx(e.toLabel_zh, e.toLabel_en)}
                          </Typography.Text>
                          <Tag>{tx(e.actorRole_zh, e.actorRole_en)}</Tag>
                          <Typography.Text type="secondary">{dateTime(e.occurredAt)}</Typography.Text>
                        </Space>
                        <Citations citations={e.citations} />
                        <ReasonLine e={e} />
                        <CorrectionPoints
                          points={e.correctionPoints ?? []}
                          testId="event-correction-points"
                        />
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
                      {
                        title: tx('文书', 'Document'),
                        key: 'kind',
                        render: (_: unknown, r) => tx(r.kind_zh, r.kind_en),
                      },
                      { title: tx('文号', 'Number'), dataIndex: 'number' },
                      // The title is the Chinese document's own; English mode names the document by its kind.
                      {
                        title: tx('标题', 'Title'),
                        key: 'title',
                        render: (_: unknown, r) => tx(r.title, `${r.kind_en} — ${d.case.institutionName}`),
                      },
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
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Table
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={d.deadlines}
                    data-testid="deadlines"
                    locale={{ emptyText: tx('本案没有计时的办理期限', 'No clock has run on this case') }}
                    columns={[
                      {
                        title: tx('期限', 'Deadline'),
                        key: 'label',
                        render: (_: unknown, r) => tx(r.label_zh, r.label_en),
                      },
                      { title: tx('起算日', 'Start'), dataIndex: 'startDate' },
                      { title: tx('到期日', 'Due'), dataIndex: 'dueDate' },
                      {
                        title: tx('状态', 'Standing'),
                        dataIndex: 'standing',
                        render: (v: string, r) => (
                          <Space>
                            <Tag color={STANDING_COLOR[v]}>{tx(...(STANDING_TEXT[v] ?? [v, v]))}</Tag>
                            {remainingText(tx, r.remaining, r.unit)}
                          </Space>
                        ),
                      },
                      {
                        title: tx('计算说明', 'How computed'),
                        key: 'how',
                        render: (_: unknown, r) => tx(r.explanation_zh, deadlineExplanation(r)),
                      },
                    ]}
                  />
                  {d.notice && (
                    // The 公示 period is a period too: shown here beside the clocks, running or ended.
                    <Descriptions
                      size="small"
                      bordered
                      column={{ xs: 1, md: 4 }}
                      data-testid="deadline-notice"
                      items={[
                        {
                          key: 'l',
                          label: tx('公示期', 'Notice period'),
                          children: `${d.notice.startsOn} ${tx('至', 'to')} ${d.notice.endsOn}`,
                        },
                        {
                          key: 'n',
                          label: tx('期间', 'Length'),
                          children: tx(
                            `${d.notice.periodDays} ${d.notice.periodUnit === 'working_days' ? '个工作日' : '日'}`,
                            `${d.notice.periodDays} ${d.notice.periodUnit === 'working_days' ? 'working days' : 'days'}`,
                          ),
                        },
                        {
                          key: 's',
                          label: tx('状态', 'Standing'),
                          children: <StandingTag standing={d.notice.standing as NoticeStanding} />,
                        },
                        { key: 'c', label: tx('结束', 'Closed'), children: d.notice.closedOn ?? '—' },
                      ]}
                    />
                  )}
                </Space>
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
                            children: `${d.directoryEntry.validFrom} ${tx('至', 'to')} ${d.directoryEntry.validTo ?? '—'}`,
                          },
                          {
                            key: 's',
                            label: tx('认定范围', 'Scope'),
                            children: d.directoryEntry.scopes
                              .map((s) =>
                                tx(
                                  `${s.occupationName}（${s.occupationCode}）${s.level}级`,
                                  `${s.occupationName} (${s.occupationCode}) level ${s.level}`,
                                ),
                              )
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

type Pair = [zh: string, en: string];

/**
 * The words of the case header: an application's by default; a case the deciding body opens itself
 * (a violation case, mohrss-violations §16) names the institution concerned, the supervising
 * authority, the day it was opened and the case.
 */
const HEADER_WORDS: Record<
  string,
  { institution: Pair; authority: Pair; submitted: Pair; summary: Pair; opened?: boolean }
> = {
  default: {
    institution: ['申请单位', 'Applicant'],
    authority: ['受理部门', 'Authority'],
    submitted: ['提交时间', 'Submitted'],
    summary: ['申请内容', 'Applied for'],
  },
  'violation-case': {
    institution: ['评价机构', 'Institution'],
    authority: ['监管部门', 'Supervising authority'],
    submitted: ['立案时间', 'Opened'],
    summary: ['案件', 'Case'],
    opened: true,
  },
};

/** Pages of a procedure that the generic case page links to (panel, per-occupation results, milestones). */
const RELATED_PAGES: Record<string, { zh: string; en: string; path: (caseId: string) => string }[]> = {
  'mohrss-employer-filing': [{ zh: '技术评审专家组', en: 'Review panel', path: (id) => `/reviews/${id}` }],
  '1x-selection': [{ zh: '遴选专家组', en: 'Selection panel', path: (id) => `/reviews/${id}` }],
  'gz-selection': [
    { zh: '分职业遴选结果', en: 'Results per occupation', path: (id) => `/gz-selection/cases/${id}/results` },
  ],
  'gz-renewal': [
    {
      zh: '续期人次及逐个职业结果',
      en: 'Counts and results per occupation',
      path: (id) => `/gz-renewal/cases/${id}/counts`,
    },
  ],
  'dept-pilot': [
    { zh: '试点工作时间节点', en: 'Pilot milestones', path: (id) => `/dept-pilot/cases/${id}/milestones` },
  ],
};
