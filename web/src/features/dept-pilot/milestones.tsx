// 时间节点: the dated milestones the notice sets (dept-pilot 五: 9月底、10月上旬、11月中旬, 2020) for one
// pilot, each with its due date, how the date was read, when the step was done and how it stands —
// and the local filings of the pilot's branches (三（四）) that follow it.
import { Card, Space, Spin, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import type { BranchFiling, Milestone, MilestoneStanding, PilotMilestones } from './types';

const COLOR: Record<MilestoneStanding, string> = {
  met: 'success',
  met_late: 'warning',
  pending: 'processing',
  overdue: 'error',
};

export function DeptPilotMilestonesPanel({ caseId }: { caseId: string }) {
  const tx = useText();
  const { data, error, loading, reload } = useApi<PilotMilestones>(`/dept-pilot/cases/${caseId}/milestones`);
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  if (!data) return <Spin spinning={loading} />;
  const standing: Record<MilestoneStanding, string> = {
    met: tx('按期完成', 'Met'),
    met_late: tx('逾期完成', 'Met late'),
    pending: tx('未到期', 'Pending'),
    overdue: tx('已逾期未完成', 'Overdue'),
  };
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="dept-pilot-milestones">
      <Card
        size="small"
        title={tx(
          '通知规定的时间节点（五、时间安排）',
          'Milestones set by the notice (section 5, timetable)',
        )}
      >
        <Table<Milestone>
          rowKey="ruleId"
          size="small"
          pagination={false}
          dataSource={data.milestones}
          columns={[
            {
              title: tx('节点', 'Milestone'),
              key: 'c',
              render: (_: unknown, m) => (
                <Space orientation="vertical" size={0}>
                  <Typography.Text>{tx(m.message_zh, m.message_en)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {tx(`${m.citation.citationText}（${m.citation.citationZh}）`, m.citation.citationText)}
                  </Typography.Text>
                </Space>
              ),
            },
            { title: tx('到期日', 'Due'), dataIndex: 'due' },
            { title: tx('完成日', 'Done'), dataIndex: 'doneOn', render: (d: string | null) => d ?? '—' },
            {
              title: tx('状态', 'Standing'),
              dataIndex: 'standing',
              render: (s: MilestoneStanding) => <Tag color={COLOR[s]}>{standing[s]}</Tag>,
            },
            {
              title: tx('到期日说明', 'How the date was read'),
              key: 'explanation',
              render: (_: unknown, m) => tx(m.explanation_zh, m.explanation_en),
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {tx(
            `截至 ${data.asOf}。时间节点为通知的工作安排，逾期不影响纳入试点的审核，但在此如实显示。`,
            `As of ${data.asOf}. The milestones schedule the work; a late step does not bar admission but is shown as it is.`,
          )}
        </Typography.Paragraph>
      </Card>
      <Card
        size="small"
        title={tx('分支机构属地备案（三（四））', 'Local filings of the branches (section 3(4))')}
      >
        <Table<BranchFiling>
          rowKey="caseId"
          size="small"
          pagination={false}
          dataSource={data.branchFilings}
          locale={{ emptyText: tx('尚无分支机构提出属地备案', 'No branch filing yet') }}
          columns={[
            {
              title: tx('申请编号', 'Reference'),
              dataIndex: 'referenceNo',
              render: (v: string, b) => <Link to={`/cases/${b.caseId}`}>{v}</Link>,
            },
            { title: tx('分支机构', 'Branch'), dataIndex: 'branchName' },
            { title: tx('属地部门', 'Local authority'), dataIndex: 'authorityName' },
            {
              title: tx('提交日', 'Submitted'),
              dataIndex: 'submittedOn',
              render: (d: string | null) => d ?? '—',
            },
            {
              title: tx('状态', 'State'),
              key: 'state',
              render: (_: unknown, b) => tx(b.stateLabel_zh, b.stateLabel_en),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
