// A case's technical review panel, for each party: the authority draws it (pool, who is left out and why,
// size), then follows it — the recorded seed and whether it re-runs to the same panel, every pool member's
// standing, the opinions and how the round stands (who is still to write, the counts, the majority); it
// records the panel's decision on the case page. An expert sees the panel and writes their opinion; the
// applicant sees that a panel sits.
import { Alert, Card, Descriptions, Empty, Space, Spin, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { dateTime, useText } from '../cases/texts';
import type { CaseDetail } from '../cases/types';
import { DrawCard } from './draw-card';
import { PublicDrawNote } from './commitment-step';
import { OpinionForm } from './opinion-form';
import { MEMBER_STATUS, REASON, RECOMMENDATION } from './texts';
import type { Opinion, PanelMember, PanelView } from './types';

function Members({ members, showKeys }: { members: PanelMember[]; showKeys: boolean }) {
  const tx = useText();
  return (
    <Table<PanelMember>
      rowKey="expertId"
      size="small"
      pagination={false}
      dataSource={members}
      data-testid="panel-members"
      columns={[
        {
          title: tx('状态', 'Standing'),
          dataIndex: 'status',
          render: (v: string) => (
            <Tag color={MEMBER_STATUS[v]?.color}>{tx(MEMBER_STATUS[v]!.zh, MEMBER_STATUS[v]!.en)}</Tag>
          ),
        },
        { title: tx('顺位', 'Rank'), dataIndex: 'drawRank', render: (v: number | null) => v ?? '—' },
        { title: tx('专家', 'Expert'), dataIndex: 'name' },
        { title: tx('工作单位', 'Employer'), dataIndex: 'employerName' },
        ...(showKeys
          ? [
              {
                title: tx('回避理由 / 抽取键', 'Why excluded / draw key'),
                key: 'k',
                render: (_: unknown, r: PanelMember) =>
                  r.status === 'excluded' ? (
                    <Space orientation="vertical" size={0}>
                      {r.excludedReasons.map((x) => (
                        <span key={x.code}>
                          <Tag color="red">
                            {tx(REASON[x.code]?.zh ?? x.code, REASON[x.code]?.en ?? x.code)}
                          </Tag>
                          {x.detail_zh}
                        </span>
                      ))}
                    </Space>
                  ) : (
                    <Typography.Text code style={{ fontSize: 11 }}>
                      {r.drawKey?.slice(0, 16)}…
                    </Typography.Text>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}

function Opinions({ opinions }: { opinions: Opinion[] }) {
  const tx = useText();
  if (opinions.length === 0) return <Empty description={tx('尚无评审意见', 'No opinions yet')} />;
  return (
    <Table<Opinion>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={opinions}
      data-testid="panel-opinions"
      columns={[
        { title: tx('轮次', 'Round'), dataIndex: 'round' },
        { title: tx('专家', 'Expert'), dataIndex: 'expertName' },
        {
          title: tx('建议', 'Recommendation'),
          dataIndex: 'recommendation',
          render: (v: Opinion['recommendation']) => (
            <Tag color={RECOMMENDATION[v].color}>{tx(RECOMMENDATION[v].zh, RECOMMENDATION[v].en)}</Tag>
          ),
        },
        { title: tx('意见', 'Opinion'), dataIndex: 'opinion' },
        { title: tx('提交时间', 'Submitted'), dataIndex: 'submittedAt', render: (v: string) => dateTime(v) },
      ]}
    />
  );
}

function Standing({ v }: { v: PanelView }) {
  const tx = useText();
  const s = v.standing;
  if (!s || !v.awaitingExperts) return null;
  const counts = `${tx('通过', 'approve')} ${s.counts.approve} · ${tx('不通过', 'reject')} ${s.counts.reject} · ${tx('修改后再审', 'revise')} ${s.counts.revise}`;
  return (
    <Alert
      type={s.complete ? 'success' : 'info'}
      showIcon
      data-testid="panel-standing"
      title={
        s.complete
          ? s.majority
            ? tx(
                `第 ${v.round} 轮意见已齐：多数意见为“${RECOMMENDATION[s.majority].zh}”（${counts}）`,
                `Round ${v.round} complete: the majority recommends ${s.majority} (${counts})`,
              )
            : tx(
                `第 ${v.round} 轮意见已齐，未形成多数意见（${counts}），须由本部门说明理由作出认定`,
                `Round ${v.round} complete without a majority (${counts}): the authority decides with reasons`,
              )
          : tx(
              `第 ${v.round} 轮：尚待 ${s.missingNames.join('、')} 提交意见（${counts}）`,
              `Round ${v.round}: awaiting ${s.missingNames.join(', ')} (${counts})`,
            )
      }
      description={
        s.complete ? (
          <Link to={`/cases/${v.caseId}`}>
            {tx('前往案件页记录评审组结论', 'Record the panel’s decision on the case page')}
          </Link>
        ) : undefined
      }
    />
  );
}

export function PanelPage() {
  const tx = useText();
  const { caseId } = useParams<{ caseId: string }>();
  const panel = useApi<PanelView>(`/cases/${caseId}/panel`);
  const detail = useApi<CaseDetail>(`/cases/${caseId}`);
  const reload = () => {
    panel.reload();
    detail.reload();
  };
  if (panel.error) return <ProblemResult error={panel.error} onRetry={reload} />;
  const v = panel.data;
  const d = detail.data;
  if (!v || !d) return <Spin spinning />;
  const canDraw = d.available.some((a) => a.event === 'draw_panel');

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Space wrap align="baseline">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {tx('技术评审', 'Technical review')}
          </Typography.Title>
          <Link to={`/cases/${d.case.id}`} data-testid="panel-case-link">
            {d.case.referenceNo}
          </Link>
          <Typography.Text>{d.case.institutionName}</Typography.Text>
          <Tag color="processing">{tx(d.case.stateLabel_zh, d.case.stateLabel_en)}</Tag>
        </Space>
      </Card>
      {!v.panel && canDraw && <DrawCard caseId={d.case.id} version={d.case.version} onDrawn={reload} />}
      {!v.panel && !canDraw && <Empty description={tx('尚未抽取评审专家', 'No panel drawn yet')} />}
      {v.panel && (
        <Card title={tx('评审组', 'Panel')} data-testid="panel-card">
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              items={[
                { key: 'p', label: tx('专家库', 'Pool'), children: v.panel.poolName },
                {
                  key: 's',
                  label: tx('人数', 'Size'),
                  children: tx(
                    `${v.panel.size} 人（可抽取 ${v.panel.eligibleCount} 人）`,
                    `${v.panel.size} of ${v.panel.eligibleCount}`,
                  ),
                },
                { key: 'd', label: tx('抽取日期', 'Drawn on'), children: v.panel.drawnOn },
                {
                  key: 'r',
                  label: tx('评审轮次', 'Round'),
                  children: tx(`第 ${v.round} 轮`, `Round ${v.round}`),
                },
                ...(v.panel.seed
                  ? [
                      {
                        key: 'seed',
                        label: tx('随机种子', 'Seed'),
                        children: (
                          <Space>
                            <Typography.Text code copyable data-testid="panel-seed">
                              {v.panel.seed}
                            </Typography.Text>
                            {v.panel.reproducible ? (
                              <Tag color="success" data-testid="panel-reproducible">
                                {tx('复核一致', 'Re-runs to this panel')}
                              </Tag>
                            ) : (
                              <Tag color="error">{tx('复核不一致', 'Does not re-run')}</Tag>
                            )}
                          </Space>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            <PublicDrawNote caseId={v.caseId} />
            {v.view === 'applicant' ? (
              <Alert
                type="info"
                showIcon
                title={tx(
                  '评审组已组成，正在进行技术评审。评审意见将随评审结论告知。',
                  'A panel is reviewing the application.',
                )}
              />
            ) : (
              <Members members={v.members} showKeys={v.view === 'authority'} />
            )}
            <Standing v={v} />
          </Space>
        </Card>
      )}
      {v.view === 'expert' && v.mine?.member && v.awaitingExperts && !v.mine.opinionGiven && (
        <OpinionForm caseId={v.caseId} round={v.round} procedure={d.case.procedure} onSubmitted={reload} />
      )}
      {v.view === 'expert' && v.mine?.opinionGiven && v.awaitingExperts && (
        <Alert
          type="success"
          showIcon
          title={tx('本轮意见已提交', 'Your opinion for this round is in')}
          data-testid="opinion-given"
        />
      )}
      {v.panel && v.view !== 'applicant' && (
        <Card title={v.view === 'expert' ? tx('我的评审意见', 'My opinions') : tx('评审意见', 'Opinions')}>
          <Opinions opinions={v.opinions} />
        </Card>
      )}
    </Space>
  );
}
