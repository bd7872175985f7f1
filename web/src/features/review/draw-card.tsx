// The panel draw screen (一(十)3 技术评审): the authority picks a pool the case may draw on, sees who in it
// may review the applicant and who is left out and why (the applicant's employees, declared conflicts),
// chooses the size and draws. The commitment to the seed is published first (CommitmentStep, decision
// 0038); the draw uses that seed, orders by SHA-256(seed ":" id) and reveals it on /draws/:id.
import { Alert, Button, Card, Empty, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Page } from '../../app/api';
import { useApi } from '../../app/use-api';
import { ProblemAlert } from '../../app/problems';
import { toApiError, type ApiError } from '../../app/api';
import { CaseActionError, sendCaseEvent } from '../cases/case-api';
import { FindingsList } from '../cases/findings-list';
import type { FindingView } from '../cases/types';
import { useText } from '../cases/texts';
import { REASON } from './texts';
import { numberProblem } from '../common/number-rules';
import { CommitmentStep, type PanelCommitment } from './commitment-step';

/** Panel size as the procedures allow it (1x-selection 3–15, employer filing 1–15: the server checks its own). */
const SIZE_BOUNDS = { min: 1, max: 15, integer: true };
import type { Candidates } from './types';

export function DrawCard({
  caseId,
  version,
  onDrawn,
}: {
  caseId: string;
  version: number;
  onDrawn: () => void;
}) {
  const tx = useText();
  const pools = useApi<Page<{ id: string; name: string; memberCount?: number }>>(
    '/expert-pools?pageSize=100',
  );
  const [poolId, setPoolId] = useState<string | undefined>();
  const [size, setSize] = useState<number | null>(3);
  const sizeProblem =
    size === null ? tx('请填写评审组人数', 'Enter the panel size') : numberProblem(tx, size, SIZE_BOUNDS);
  const candidates = useApi<Candidates>(poolId ? `/cases/${caseId}/panel/candidates?poolId=${poolId}` : null);
  const [failure, setFailure] = useState<{ error: ApiError; findings: FindingView[] } | null>(null);
  const [drawing, setDrawing] = useState(false);
  const c = candidates.data;
  const announced = useApi<{ draw: PanelCommitment | null }>(`/cases/${caseId}/panel-draw`);
  const commitment = announced.data?.draw ?? null;

  const draw = async () => {
    if (!poolId || size === null) return;
    setDrawing(true);
    setFailure(null);
    try {
      await sendCaseEvent(caseId, 'draw_panel', { version, payload: { poolId, size } });
      onDrawn();
    } catch (err) {
      setFailure({ error: toApiError(err), findings: err instanceof CaseActionError ? err.findings : [] });
    } finally {
      setDrawing(false);
    }
  };

  return (
    <Card title={tx('抽取评审专家', 'Draw the review panel')} data-testid="draw-card">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {announced.error && <ProblemAlert problem={announced.error.problem} />}
        {announced.data && (
          <CommitmentStep caseId={caseId} commitment={commitment} onCommitted={announced.reload} />
        )}
        <Space wrap>
          <span>{tx('专家库', 'Pool')}</span>
          <Select
            style={{ minWidth: 320 }}
            loading={pools.loading}
            value={poolId}
            onChange={setPoolId}
            placeholder={tx('选择专家库', 'Choose a pool')}
            data-testid="draw-pool"
            options={(pools.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
          <span>{tx('评审组人数', 'Panel size')}</span>
          {/* No min/max on the input: out of range is said, not clamped (issue 10 point 4). */}
          <InputNumber
            value={size}
            onChange={(v) => setSize(v)}
            status={sizeProblem ? 'error' : undefined}
            data-testid="draw-size"
          />
          {sizeProblem && <Typography.Text type="danger">{sizeProblem}</Typography.Text>}
          <Button
            type="primary"
            disabled={!c || sizeProblem !== null || !commitment}
            loading={drawing}
            onClick={draw}
            data-testid="draw-submit"
          >
            {tx('随机抽取', 'Draw')}
          </Button>
        </Space>
        {failure && <ProblemAlert problem={failure.error.problem} />}
        {failure && failure.findings.length > 0 && <FindingsList findings={failure.findings} />}
        {candidates.error && <ProblemAlert problem={candidates.error.problem} />}
        {!poolId && (
          <Empty description={tx('选择专家库后显示可抽取与回避的专家', 'Choose a pool to see who may sit')} />
        )}
        {c && (
          <>
            <Alert
              type="info"
              showIcon
              title={tx(
                `“${c.pool.name}”共 ${c.pool.size} 人：可抽取 ${c.eligible.length} 人，回避 ${c.excluded.length} 人`,
                `${c.pool.name}: ${c.eligible.length} eligible, ${c.excluded.length} excluded`,
              )}
              description={tx(
                '抽取使用已公布承诺的随机种子，按 SHA-256（种子:专家编号）排序取前若干名；抽取后公开种子，任何人可复核。',
                'The draw uses the committed seed; experts are ordered by SHA-256(seed:id) and the first ones drawn; the seed is then published for anyone to re-run.',
              )}
            />
            <Typography.Title level={5}>{tx('回避的专家', 'Excluded experts')}</Typography.Title>
            <Table
              rowKey="expertId"
              size="small"
              pagination={false}
              dataSource={c.excluded}
              data-testid="draw-excluded"
              columns={[
                { title: tx('专家', 'Expert'), dataIndex: 'name' },
                { title: tx('工作单位', 'Employer'), dataIndex: 'employerName' },
                {
                  title: tx('回避理由', 'Why'),
                  key: 'r',
                  render: (_: unknown, r) => (
                    <Space orientation="vertical" size={0}>
                      {r.reasons.map((x) => (
                        <span key={x.code}>
                          <Tag color="red">
                            {tx(REASON[x.code]?.zh ?? x.code, REASON[x.code]?.en ?? x.code)}
                          </Tag>
                          {x.detail_zh}
                        </span>
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
            <Typography.Title level={5}>{tx('可抽取的专家', 'Eligible experts')}</Typography.Title>
            <Table
              rowKey="expertId"
              size="small"
              pagination={false}
              dataSource={c.eligible}
              data-testid="draw-eligible"
              columns={[
                { title: tx('专家', 'Expert'), dataIndex: 'name' },
                { title: tx('工作单位', 'Employer'), dataIndex: 'employerName' },
              ]}
            />
          </>
        )}
      </Space>
    </Card>
  );
}
