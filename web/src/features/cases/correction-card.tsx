// What the authority asked to correct (issue 10 point 4): at the top of the case page while the case
// waits on the applicant's correction — at acceptance or returned during the review — and under each
// event of the history that listed points. The titles of checklist items are the UI's (both languages);
// the authority's words are data, shown as entered.
import { Alert, List, Space, Typography } from 'antd';
import { Citations } from './findings-list';
import type { CaseDetail, CorrectionPoint } from './types';
import { dateTime, useText } from './texts';

export function CorrectionPoints({
  points,
  testId,
}: {
  points: readonly CorrectionPoint[];
  testId?: string;
}) {
  const tx = useText();
  if (points.length === 0) return null;
  return (
    <List
      size="small"
      data-testid={testId ?? 'correction-points'}
      dataSource={[...points]}
      renderItem={(p, i) => (
        <List.Item style={{ padding: '2px 0' }} data-testid="correction-point">
          <Typography.Text>
            {i + 1}.{' '}
            {p.title_zh && (
              <Typography.Text strong>{tx(p.title_zh, p.title_en ?? p.title_zh)}</Typography.Text>
            )}
            {p.title_zh && p.text ? '：' : ''}
            {p.text}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}

export function CorrectionCard({ d }: { d: CaseDetail }) {
  const tx = useText();
  const c = d.correction;
  if (!c) return null;
  const applicant = d.roles.includes('applicant');
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="correction-request"
      title={tx(
        `需补正的事项（${c.points.length} 项，${dateTime(c.requestedAt)} 告知）`,
        `Points to correct (${c.points.length}, requested ${dateTime(c.requestedAt)})`,
      )}
      description={
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          <CorrectionPoints points={c.points} />
          {c.reason && (
            <Typography.Paragraph style={{ margin: 0 }}>
              <Typography.Text type="secondary">{tx('补正说明：', 'Note: ')}</Typography.Text>
              {c.reason}
            </Typography.Paragraph>
          )}
          <Citations citations={c.citations} />
          {applicant && (
            <Typography.Text type="secondary">
              {tx(
                '请按上述事项补正申请材料或申请信息后提交补正。',
                'Correct the materials or the application as listed, then submit the correction.',
              )}
            </Typography.Text>
          )}
        </Space>
      }
    />
  );
}
