// 「抽取公开」/draws/:id — public, no login, made for a phone (decision 0038): the commitment published before
// the draw, the seed revealed at it, the algorithm, the ordered candidate lists with the exclusions'
// reasons, and the result — re-run here in the browser (Web Crypto SHA-256), which says 一致 or 不一致.
// Experts appear by their code (id) only; institutions by name.
import { Alert, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { checkInBrowser, type BrowserCheck, type DrawInputs, type DrawResult } from './redraw';
import { ALGORITHM, EXCLUSION, label } from './texts';

interface PublicDraw {
  id: string;
  purpose: 'inspection_round' | 'review_panel';
  algorithm: string;
  commitment: string;
  committedAt: string;
  committedBeforeDraw: boolean;
  revealedAt: string | null;
  drawnOn: string | null;
  seed: string | null;
  inputs: DrawInputs | null;
  result: DrawResult | null;
  subject:
    | { kind: 'inspection_round'; referenceNo: string; title: string }
    | { kind: 'review_panel'; caseReferenceNo: string }
    | null;
  targetNames: Record<string, string>;
}

const mono = {
  fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
  wordBreak: 'break-all' as const,
  fontSize: 12,
};
const time = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

export function DrawPage() {
  const tx = useText();
  const { id = '' } = useParams();
  const { data, error, reload } = useApi<PublicDraw>(`/public/draws/${encodeURIComponent(id)}`);
  // The check belongs to the data it was computed from: a reload shows 正在本机重新计算 until it is redone.
  const [checked, setChecked] = useState<{ of: PublicDraw; check: BrowserCheck } | null>(null);
  useEffect(() => {
    if (data?.seed && data.inputs && data.result)
      void checkInBrowser({ commitment: data.commitment, seed: data.seed, inputs: data.inputs, result: data.result }).then((check) => setChecked({ of: data, check }));
  }, [data]); // prettier-ignore
  const check = checked && checked.of === data ? checked.check : null;
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  if (!data) return null;
  const name = (tid: string) => data.targetNames[tid] ?? tid;
  const ok = check && check.commitmentMatches && check.inputsCanonical && check.resultMatches;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="public-draw-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>{tx('随机抽取公开验证', 'Public check of a random draw')}</Typography.Title>
        <Typography.Text type="secondary">
          {data.subject?.kind === 'inspection_round'
            ? tx(`“双随机、一公开”抽查 ${data.subject.referenceNo}：${data.subject.title}`, `Double-random inspection ${data.subject.referenceNo}: ${data.subject.title}`)
            : data.subject?.kind === 'review_panel'
              ? tx(`评审专家抽取（案件 ${data.subject.caseReferenceNo}）`, `Review panel draw (case ${data.subject.caseReferenceNo})`)
              : ''}
        </Typography.Text>
      </div>
      {!data.seed ? (
        <Alert type="info" showIcon data-testid="draw-not-revealed" title={tx('尚未抽取：已公布抽取承诺，随机种子将在抽取时公开', 'Not drawn yet: the commitment is published; the seed is revealed at the draw')} />
      ) : check === null ? (
        <Alert type="info" showIcon title={tx('正在本机重新计算…', 'Re-running on this device…')} />
      ) : (
        <Alert
          type={ok ? 'success' : 'error'}
          showIcon
          data-testid="draw-verdict"
          data-match={ok ? 'true' : 'false'}
          title={ok ? tx('一致：在本机按公开的种子和输入重新抽取，结果与公布结果一致', 'Match: re-run on this device from the published seed and inputs, the result is the published one') : tx('不一致：重新抽取的结果与公布结果不同', 'Mismatch: the re-run differs from the published result')}
          description={
            <Space wrap size={4}>
              <Tag color={check.commitmentMatches ? 'green' : 'red'}>{tx('种子与承诺相符', 'Seed matches the commitment')}{check.commitmentMatches ? ' ✓' : ' ✗'}</Tag>
              <Tag color={check.inputsCanonical ? 'green' : 'red'}>{tx('候选名单按编号排序', 'Lists in canonical order')}{check.inputsCanonical ? ' ✓' : ' ✗'}</Tag>
              <Tag color={check.resultMatches ? 'green' : 'red'}>{tx('结果一致', 'Same result')}{check.resultMatches ? ' ✓' : ' ✗'}</Tag>
            </Space>
          }
        />
      )}
      <Card size="small" title={tx('抽取记录', 'Record')}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={tx('抽取承诺（种子的 SHA-256）', 'Commitment (SHA-256 of the seed)')}><span style={mono} data-testid="draw-commitment">{data.commitment}</span></Descriptions.Item>
          <Descriptions.Item label={tx('承诺公布时间', 'Commitment published')}>
            {time(data.committedAt)}
            {!data.committedBeforeDraw && <Tag color="orange" style={{ marginLeft: 8 }}>{tx('抽取时一并公布（未提前公布）', 'Published with the draw, not before')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={tx('随机种子', 'Seed')}><span style={mono} data-testid="draw-seed">{data.seed ?? tx('抽取时公开', 'Revealed at the draw')}</span></Descriptions.Item>
          {data.revealedAt && <Descriptions.Item label={tx('抽取时间', 'Drawn')}>{time(data.revealedAt)}</Descriptions.Item>}
          <Descriptions.Item label={tx('抽取算法', 'Algorithm')}>{label(ALGORITHM, data.algorithm, tx)}</Descriptions.Item>
        </Descriptions>
      </Card>
      {data.inputs && data.result && (
        <>
          {data.inputs.targets && (
            <Card size="small" title={tx(`检查对象：从 ${data.inputs.targets.candidates.length} 家中抽取 ${data.result.targets.length} 家`, `Targets: ${data.result.targets.length} drawn of ${data.inputs.targets.candidates.length}`)}>
              <List size="small" dataSource={data.inputs.targets.candidates} data-testid="draw-target-candidates"
                renderItem={(tid) => (
                  <List.Item>
                    <Space wrap size={4}>
                      {data.result!.targets.includes(tid) && <Tag color="blue">{tx('抽中', 'Drawn')}</Tag>}
                      <span>{name(tid)}</span>
                      <span style={{ ...mono, color: '#888' }}>{tid}</span>
                    </Space>
                  </List.Item>
                )}
              />
            </Card>
          )}
          {(data.inputs.experts?.groups ?? []).map((g) => {
            const drawn = data.result!.experts.find((e) => e.targetId === g.targetId)?.expertIds ?? [];
            return (
              <Card size="small" key={g.targetId} title={tx(`专家（${name(g.targetId)}）：从 ${g.candidates.length} 人中抽取 ${drawn.length} 人`, `Experts (${name(g.targetId)}): ${drawn.length} drawn of ${g.candidates.length}`)}>
                <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                  {tx('专家以编号公开，不公开姓名。', 'Experts are published by code, not by name.')}
                </Typography.Paragraph>
                <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                  {g.candidates.map((eid) => (
                    <div key={eid} style={mono}>{drawn.includes(eid) && <Tag color="blue">{tx('抽中', 'Drawn')}</Tag>}{eid}</div>
                  ))}
                  {g.excluded.map((x) => (
                    <div key={x.id} style={mono}>
                      <Tag>{tx('回避', 'Excluded')}</Tag>
                      {x.id}{' '}
                      <Typography.Text type="secondary">{x.reasons.map((r) => label(EXCLUSION, r, tx)).join('、')}</Typography.Text>
                    </div>
                  ))}
                </Space>
              </Card>
            );
          })}
          <Typography.Text type="secondary">
            {tx('也可在任意电脑上运行：npm run cli -- redraw ', 'Or run anywhere: npm run cli -- redraw ')}
            <span style={mono}>{data.id} --from {window.location.origin}</span>
          </Typography.Text>
        </>
      )}
    </Space>
  );
} // prettier-ignore
