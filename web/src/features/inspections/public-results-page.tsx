// 「抽查结果公开」— public, no login, phone-ready (一公开, 1x-selection §25 检查结果及时…公布): every drawn round
// with its targets, each published inspection's outcome and items, and the link that re-runs the draw.
import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { METHOD, OUTCOME, RESULT, label } from './texts';
import type { InspectionView, RoundView } from './types';

export function PublicInspectionsPage() {
  const tx = useText();
  const { data, error, loading, reload } = useApi<{ items: (RoundView & { inspections: InspectionView[] })[] }>('/public/inspection-rounds');
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="public-inspections-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>{tx('抽查结果公开', 'Inspection results')}</Typography.Title>
        <Typography.Text type="secondary">{tx('“双随机、一公开”抽查：随机抽取的检查对象、检查结果，以及每次抽取的公开验证。', 'Double-random inspections: the targets drawn at random, the results, and a public check of each draw.')}</Typography.Text>
      </div>
      <List loading={loading} dataSource={data?.items ?? []} locale={{ emptyText: <Empty description={tx('暂无公开的抽查', 'No inspection published yet')} /> }}
        renderItem={(r) => (
          <Card size="small" key={r.id} style={{ marginBottom: 12 }} title={`${r.referenceNo} ${r.title}`} extra={<Link to={`/draws/${r.drawId}`} data-testid="public-round-draw">{tx('抽取验证', 'Check the draw')}</Link>}>
            <Typography.Paragraph type="secondary">{r.authorityName}；{tx('抽取日期', 'Drawn on')} {r.drawnOn}；{r.methods.map((m) => label(METHOD, m, tx)).join('、')}</Typography.Paragraph>
            {r.inspections.map((i) => (
              <div key={i.id} style={{ marginBottom: 8 }}>
                <Space wrap size={4}>
                  <Typography.Text strong>{i.institutionName}</Typography.Text>
                  <Tag color={i.outcome === 'no_problems' ? 'green' : i.outcome ? 'red' : 'default'}>{i.outcome ? label(OUTCOME, i.outcome, tx) : tx('检查中', 'Under way')}</Tag>
                </Space>
                {i.findings.map((f) => (
                  <div key={f.seq} style={{ fontSize: 13 }}>· {f.item}：{label(RESULT, f.result, tx)}{f.note ? `（${f.note}）` : ''}</div>
                ))}
              </div>
            ))}
          </Card>
        )}
      />
    </Space>
  );
} // prettier-ignore
