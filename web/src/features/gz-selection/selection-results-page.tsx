// The page of a Guizhou selection's results per occupation (/gz-selection/cases/:id/results), reached
// from the case page.
import { Card, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useText } from '../cases/texts';
import { GzSelectionResultsPanel } from './selection-results';

export function GzSelectionResultsPage() {
  const tx = useText();
  const { id } = useParams<{ id: string }>();
  if (!id) return null;
  return (
    <Card>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap align="baseline">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {tx('遴选条件逐项核验结果', 'Selection conditions, per occupation')}
          </Typography.Title>
          <Link to={`/cases/${id}`}>{tx('返回案件', 'Back to the case')}</Link>
        </Space>
        <GzSelectionResultsPanel caseId={id} />
      </Space>
    </Card>
  );
}
