// 「监测评价」 (issue 14 point 5; 1x-selection §27, 1x-exit §5(6)): the 1+X office's indicator set in dated
// versions (each with its reason: the texts give no indicator, weight or band), rating runs for a period
// with every input shown, confirmation — a D with the rectification deadline the office sets. The
// organisation sees its own confirmed ratings.
import {
  Button,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useAuth } from '../../app/auth';
import { FormModal } from '../../app/form-modal';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { pair, POSITIVE_SOURCES, RECTIFICATION_STATUS, SOURCES } from './texts';
import type { IndicatorSet, Rating, RatingRun } from './types';

const GRADE_COLOR: Record<string, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };

function RatingsTable({
  run,
  office,
  onChanged,
}: {
  run: RatingRun;
  office: boolean;
  onChanged: () => void;
}) {
  const tx = useText();
  const [confirming, setConfirming] = useState<Rating | null>(null);
  return (
    <>
      <Table<Rating>
        rowKey="id"
        size="small"
        scroll={{ x: true }}
        pagination={false}
        dataSource={run.ratings}
        data-testid="ratings-table"
        expandable={{
          expandedRowRender: (r) => (
            <Table
              rowKey="name"
              size="small"
              pagination={false}
              dataSource={r.inputs}
              columns={[
                { title: tx('指标', 'Indicator'), dataIndex: 'name' },
                { title: tx('数据来源', 'Source'), render: (_, i) => tx(...pair(SOURCES, i.source)) },
                { title: tx('权重', 'Weight'), dataIndex: 'weight' },
                { title: tx('数据', 'Value'), dataIndex: 'raw' },
                { title: tx('得分', 'Score'), dataIndex: 'score' },
                {
                  title: tx('依据的记录', 'Records counted'),
                  render: (_, i) =>
                    i.evidence.map((e) => `${e.on}${e.text ? ` ${e.text}` : ''}`).join('；') || '—',
                },
              ]}
            />
          ),
        }}
        columns={[
          { title: tx('培训评价组织', 'Organisation'), dataIndex: 'institutionName' },
          {
            title: tx('证书', 'Programme'),
            render: (_, r) => r.programmeName ?? tx('组织整体', 'Organisation as a whole'),
          },
          { title: tx('得分', 'Score'), dataIndex: 'score', width: 80 },
          {
            title: tx('档次', 'Grade'),
            render: (_, r) => (
              <Tag color={GRADE_COLOR[r.grade]}>{tx(`${r.grade} 档`, `Grade ${r.grade}`)}</Tag>
            ),
            width: 80,
          },
          {
            title: tx('确认与整改', 'Confirmation and rectification'),
            render: (_, r) =>
              r.confirmedOn ? (
                <Space orientation="vertical" size={0}>
                  <Typography.Text>{tx('已确认', 'Confirmed')} {r.confirmedOn}</Typography.Text>
                  {r.rectificationId && (
                    <Typography.Text data-testid="rating-rectification">
                      {tx(...pair(RECTIFICATION_STATUS, r.rectificationStatus))} · {tx('整改期限', 'Deadline')} {r.rectificationDeadline}
                    </Typography.Text>
                  )}
                </Space>
              ) : office ? (
                <Button size="small" type={r.grade === 'D' ? 'primary' : 'default'} onClick={() => setConfirming(r)} data-testid="confirm-rating">
                  {r.grade === 'D' ? tx('确认并责令整改', 'Confirm and order rectification') : tx('确认', 'Confirm')}
                </Button>
              ) : (
                tx('待确认', 'Awaiting confirmation')
              ), // prettier-ignore
          },
        ]}
      />
      {confirming && (
        <FormModal<{ deadline?: string; subject?: string }>
          title={tx(`确认 ${confirming.grade} 档`, `Confirm grade ${confirming.grade}`)}
          open
          onClose={() => setConfirming(null)}
          onDone={() => {
            setConfirming(null);
            onChanged();
          }}
          path={`/ratings/${confirming.id}/confirm`}
          toBody={(v) =>
            confirming.grade === 'D'
              ? { deadline: v.deadline, ...(v.subject ? { subject: v.subject } : {}) }
              : {}
          }
        >
          {() =>
            confirming.grade === 'D' ? (
              <>
                <Typography.Paragraph type="secondary">
                  {tx(
                    'D 档须责令限期整改；期限届满未整改到位的，构成退出细则第五条第（六）项的情形。',
                    'A D is ordered to be rectified; not rectified by the deadline, it is a ground under 1x-exit §5(6).',
                  )}
                </Typography.Paragraph>
                <Form.Item name="deadline" label={tx('整改期限', 'Deadline')} rules={[{ required: true }]}>
                  <Input type="date" data-testid="rating-deadline" />
                </Form.Item>
                <Form.Item name="subject" label={tx('整改事项（可选）', 'Matter to rectify (optional)')}>
                  <Input.TextArea rows={2} />
                </Form.Item>
              </>
            ) : (
              <Typography.Text>
                {tx(
                  '确认后该结果生效，培训评价组织可以查看。',
                  'Once confirmed the rating counts and the organisation sees it.',
                )}
              </Typography.Text>
            )
          }
        </FormModal>
      )}
    </>
  );
}

function IndicatorSets({ sets, onChanged }: { sets: IndicatorSet[]; onChanged: () => void }) {
  const tx = useText();
  const [adding, setAdding] = useState(false);
  const latest = sets[0];
  type V = {
    effectiveFrom: string;
    reason: string;
    A: number;
    B: number;
    C: number;
    indicators: { name: string; source: string; weight: number; value: number }[];
  };
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
        {tx('制定新版本', 'New version')}
      </Button>
      {sets.length === 0 && (
        <Typography.Text type="secondary">
          {tx(
            '尚未制定指标体系：条文未规定指标和分数线，由本部门制定并说明理由。',
            'No indicator set yet: the texts give none; the office sets it with its reason.',
          )}
        </Typography.Text>
      )}
      {sets.map((s) => (
        <Descriptions
          key={s.id}
          bordered
          size="small"
          column={1}
          title={tx(
            `第 ${s.version} 版（${s.effectiveFrom} 起施行）`,
            `Version ${s.version} (from ${s.effectiveFrom})`,
          )}
        >
          <Descriptions.Item label={tx('指标', 'Indicators')}>
            {s.indicators.map((i) => (
              <div key={i.name}>
                {i.name} · {tx(...pair(SOURCES, i.source))} · {tx('权重', 'weight')} {i.weight} ·{' '}
                {i.target !== null
                  ? tx(`${i.target} 为满分`, `full score at ${i.target}`)
                  : tx(`每项扣 ${i.penalty} 分`, `${i.penalty} points off each`)}
              </div>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={tx('档次分数线', 'Grade bands')}>
            {tx(
              `A ≥ ${s.bands.A}，B ≥ ${s.bands.B}，C ≥ ${s.bands.C}，低于 ${s.bands.C} 为 D`,
              `A ≥ ${s.bands.A}, B ≥ ${s.bands.B}, C ≥ ${s.bands.C}, below ${s.bands.C} D`,
            )}
          </Descriptions.Item>
          <Descriptions.Item label={tx('理由', 'Reason')}>{s.reason}</Descriptions.Item>
        </Descriptions>
      ))}
      <FormModal<V>
        title={tx('制定指标体系新版本', 'New version of the indicator set')}
        open={adding}
        width={760}
        onClose={() => setAdding(false)}
        onDone={() => {
          setAdding(false);
          onChanged();
        }}
        path="/rating-indicator-sets"
        initialValues={{
          A: latest?.bands.A, B: latest?.bands.B, C: latest?.bands.C,
          indicators: (latest?.indicators ?? [{ name: '考核人数', source: 'candidates', weight: 50, target: 500, penalty: null }]).map((i) => ({ name: i.name, source: i.source, weight: i.weight, value: i.target ?? i.penalty ?? 1 })),
        }} // prettier-ignore
        toBody={(v) => ({
          effectiveFrom: v.effectiveFrom,
          reason: v.reason,
          bands: { A: v.A, B: v.B, C: v.C },
          indicators: v.indicators.map((i) => ({ name: i.name, source: i.source, weight: i.weight, target: POSITIVE_SOURCES.has(i.source) ? i.value : null, penalty: POSITIVE_SOURCES.has(i.source) ? null : i.value })),
        })} // prettier-ignore
      >
        {() => (
          <>
            <Form.Item
              name="effectiveFrom"
              label={tx('施行日期', 'Effective from')}
              rules={[{ required: true }]}
            >
              <Input type="date" />
            </Form.Item>
            <Form.List name="indicators">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Space key={f.key} wrap align="baseline">
                      <Form.Item name={[f.name, 'name']} rules={[{ required: true }]}>
                        <Input placeholder={tx('指标名称', 'Name')} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'source']} rules={[{ required: true }]}>
                        <Select
                          style={{ width: 200 }}
                          options={Object.entries(SOURCES).map(([k, p]) => ({ value: k, label: tx(...p) }))}
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'weight']} rules={[{ required: true }]}>
                        <InputNumber min={1} max={100} placeholder={tx('权重', 'Weight')} />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, 'value']}
                        rules={[{ required: true }]}
                        tooltip={tx(
                          '数量类：满分值；问题类：每项扣分',
                          'Counts: value for full score; problems: points off each',
                        )}
                      >
                        <InputNumber min={1} placeholder={tx('满分值或每项扣分', 'Target or penalty')} />
                      </Form.Item>
                      <Button type="link" onClick={() => remove(f.name)}>
                        {tx('删除', 'Remove')}
                      </Button>
                    </Space>
                  ))}
                  <Button onClick={() => add({ weight: 10, value: 1 })}>
                    {tx('添加指标', 'Add indicator')}
                  </Button>
                </>
              )}
            </Form.List>
            <Space wrap style={{ marginTop: 12 }}>
              <Form.Item name="A" label={tx('A 档最低分', 'Lowest A')} rules={[{ required: true }]}>
                <InputNumber min={0} max={100} />
              </Form.Item>
              <Form.Item name="B" label={tx('B 档最低分', 'Lowest B')} rules={[{ required: true }]}>
                <InputNumber min={0} max={100} />
              </Form.Item>
              <Form.Item name="C" label={tx('C 档最低分', 'Lowest C')} rules={[{ required: true }]}>
                <InputNumber min={0} max={100} />
              </Form.Item>
            </Space>
            <Form.Item name="reason" label={tx('制定理由', 'Reason')} rules={[{ required: true, min: 2 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </Space>
  );
}

export function RatingsPage() {
  const tx = useText();
  const { user } = useAuth();
  const office = user?.role === 'authority_staff';
  const ratings = useApi<{ runs: RatingRun[] }>('/ratings');
  const sets = useApi<{ items: IndicatorSet[] }>(office ? '/rating-indicator-sets' : null);
  const [running, setRunning] = useState(false);
  if (ratings.error) return <ProblemResult error={ratings.error} onRetry={ratings.reload} />;
  const runs = ratings.data?.runs ?? [];
  const results = (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {office && (
        <Button type="primary" onClick={() => setRunning(true)} data-testid="run-rating">
          {tx('开展一期监测评价', 'Run a rating')}
        </Button>
      )}
      {runs.length === 0 && (
        <Typography.Text type="secondary">{tx('暂无监测评价结果', 'No ratings yet')}</Typography.Text>
      )}
      {runs.map((run) => (
        <div key={run.id}>
          <Typography.Title level={5}>
            {tx(
              `评价期间 ${run.periodFrom} 至 ${run.periodTo}（指标体系第 ${run.indicatorSetVersion} 版）`,
              `Period ${run.periodFrom} to ${run.periodTo} (indicator set version ${run.indicatorSetVersion})`,
            )}
          </Typography.Title>
          <RatingsTable run={run} office={office} onChanged={ratings.reload} />
        </div>
      ))}
      <FormModal<{ periodFrom: string; periodTo: string }>
        title={tx('开展一期监测评价', 'Run a rating')}
        open={running}
        onClose={() => setRunning(false)}
        onDone={() => {
          setRunning(false);
          ratings.reload();
        }}
        path="/rating-runs"
        toBody={(v) => v}
      >
        {() => (
          <>
            <Form.Item
              name="periodFrom"
              label={tx('评价期间开始日', 'Period from')}
              rules={[{ required: true }]}
            >
              <Input type="date" data-testid="period-from" />
            </Form.Item>
            <Form.Item name="periodTo" label={tx('评价期间结束日', 'Period to')} rules={[{ required: true }]}>
              <Input type="date" data-testid="period-to" />
            </Form.Item>
          </>
        )}
      </FormModal>
    </Space>
  );
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="ratings-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('监测评价', 'Monitoring ratings')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx(
            '遴选部门按指标体系对培训评价组织及其证书开展监测评价（《管理办法》第二十七条），结果分 A、B、C、D 四档；D 档且未按要求整改到位的，可取消资质（退出细则第五条第（六）项）。',
            'The office rates the organisations and their certificate programmes against its indicator set (1x-selection §27), A to D; a D not rectified as required is a ground for revocation (1x-exit §5(6)).',
          )}
        </Typography.Text>
      </div>
      {office ? (
        <Tabs
          items={[
            { key: 'results', label: tx('评价结果', 'Results'), children: results },
            {
              key: 'indicators',
              label: tx('指标体系', 'Indicator set'),
              children: <IndicatorSets sets={sets.data?.items ?? []} onChanged={sets.reload} />,
            },
          ]}
        />
      ) : (
        results
      )}
    </Space>
  );
}
