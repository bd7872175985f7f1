// The page of a pilot's milestones (/dept-pilot/cases/:id/milestones), reached from the case page.
import { Card, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useText } from '../cases/texts';
import { DeptPilotMilestonesPanel } from './milestones';

export function DeptPilotMilestonesPage() {
  const tx = useText();
  const { id } = useParams<{ id: string }>();
  if (!id) return null;
  return (
    <Card>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap align="baseline">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {tx('试点时间节点', 'Pilot milestones')}
          </Typography.Title>
          <Link to={`/cases/${id}`}>{tx('返回案件', 'Back to the case')}</Link>
        </Space>
        <DeptPilotMilestonesPanel caseId={id} />
      </Space>
    </Card>
  );
}
