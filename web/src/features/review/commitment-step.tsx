// 公布抽取承诺 (decision 0038; 1x-selection §15, mohrss-filing 一(十)3): before the panel is drawn the
// authority publishes the SHA-256 of the seed; the draw then uses that seed and reveals it, so the public
// page /draws/:id shows the commitment came first and anyone can re-run the draw.
import { Alert, Button, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, toApiError, type ApiError } from '../../app/api';
import { ProblemAlert } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { useText } from '../cases/texts';

export interface PanelCommitment {
  drawId: string;
  commitment: string;
  committedAt: string;
  committedBeforeDraw: boolean;
  revealed: boolean;
}

export function CommitmentStep({
  caseId,
  commitment,
  onCommitted,
}: {
  caseId: string;
  commitment: PanelCommitment | null;
  onCommitted: () => void;
}) {
  const tx = useText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const publish = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/cases/${caseId}/panel-draw/commitment`, {});
      onCommitted();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  if (!commitment)
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="commitment-step"
        title={tx('第一步：公布抽取承诺', 'Step 1: publish the draw commitment')}
        description={
          <>
            <Typography.Paragraph>
              {tx(
                '抽取前先公开随机种子的 SHA-256 承诺，抽取时再公开种子，任何人可核对种子与承诺一致、抽取结果可复现。公布承诺后才能抽取。',
                'Before the draw the SHA-256 of the seed is published; the seed is revealed at the draw, so anyone can check it matches and re-run the draw. The draw is possible once the commitment is published.',
              )}
            </Typography.Paragraph>
            {error && <ProblemAlert problem={error.problem} />}
            <Button type="primary" loading={busy} onClick={publish} data-testid="commitment-publish">
              {tx('公布抽取承诺', 'Publish the commitment')}
            </Button>
          </>
        }
      />
    );
  return (
    <Alert
      type="success"
      showIcon
      data-testid="commitment-published"
      title={tx('抽取承诺已公布', 'Commitment published')}
      description={
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'h',
              label: tx('承诺（种子的 SHA-256）', 'Commitment (SHA-256 of the seed)'),
              children: (
                <Typography.Text
                  code
                  copyable
                  style={{ wordBreak: 'break-all' }}
                  data-testid="commitment-hash"
                >
                  {commitment.commitment}
                </Typography.Text>
              ),
            },
            {
              key: 't',
              label: tx('公布时间', 'Published at'),
              children: new Date(commitment.committedAt).toLocaleString('zh-CN', {
                timeZone: 'Asia/Shanghai',
              }),
            },
            {
              key: 'l',
              label: tx('公开核验页', 'Public check page'),
              children: (
                <Link to={`/draws/${commitment.drawId}`} data-testid="commitment-link">
                  {tx('查看公开抽取记录', 'Open the public draw record')}
                </Link>
              ),
            },
          ]}
        />
      }
    />
  );
}

/** After the draw: where the public checks it, and whether the commitment came first. */
export function PublicDrawNote({ caseId }: { caseId: string }) {
  const tx = useText();
  const { data } = useApi<{ draw: PanelCommitment | null }>(`/cases/${caseId}/panel-draw`);
  const d = data?.draw;
  if (!d) return null;
  return (
    <Space wrap data-testid="panel-public-draw">
      <Tag color={d.committedBeforeDraw ? 'success' : 'warning'}>
        {d.committedBeforeDraw
          ? tx('抽取前已公布承诺', 'Commitment published before the draw')
          : tx('抽取时才记录承诺', 'Commitment recorded only at the draw')}
      </Tag>
      <Link to={`/draws/${d.drawId}`}>
        {tx('公开抽取记录（任何人可复核）', 'Public draw record (anyone can re-run it)')}
      </Link>
    </Space>
  );
}
