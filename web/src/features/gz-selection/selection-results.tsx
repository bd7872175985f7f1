// 逐项核验结果: a Guizhou selection's results per occupation (gz-rules §4–7), for the applicant and the
// provincial department alike — the numbers read from the registry (full-time staff, quality
// supervisors, assessors per occupation, the site), each occupation's outcome with the findings that
// decide it, and the conditions of the institution as a whole. "As the registry is now" beside "as
// recorded at the last step", so a change in the registry shows before anyone acts on it.
import { Alert, Card, Descriptions, Radio, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { FindingsList } from '../cases/findings-list';
import { useText } from '../cases/texts';
import type { OccupationResult, Outcome, SelectionResults, SelectionResultsResponse } from './types';

const OUTCOME_COLOR: Record<Outcome, string> = { pass: 'success', fail: 'error', needs_judgement: 'warning' };
const LEVEL_ZH = ['', '一级', '二级', '三级', '四级', '五级'];
const KIND_ZH = {
  employer: '用人单位（第四条）',
  school: '院校（第五条）',
  social_org: '社会培训评价组织（第六条）',
};

function OutcomeTag({ outcome }: { outcome: Outcome }) {
  const tx = useText();
  const text = {
    pass: tx('符合', 'Met'),
    fail: tx('不符合', 'Not met'),
    needs_judgement: tx('待认定', 'Needs judgement'),
  }[outcome];
  return <Tag color={OUTCOME_COLOR[outcome]}>{text}</Tag>;
}

function OverallAlert({ r }: { r: SelectionResults }) {
  const tx = useText();
  const n = r.occupations.filter((o) => o.selectable).length;
  // "Selectable" means nothing fails; what still awaits the department's judgement is said plainly,
  // so that no one reads the banner as a decision already made.
  const pending =
    r.institution.outcome === 'needs_judgement' ||
    r.occupations.some((o) => o.selectable && o.outcome === 'needs_judgement');
  if (r.overall !== 'not_selectable' && pending)
    return (
      <Alert
        type="info"
        showIcon
        title={tx(
          `${r.occupations.length} 个申请职业（工种）中 ${n} 个没有不符合的条件；尚有待认定事项，由监管部门审核认定后确定`,
          `${n} of ${r.occupations.length} occupations have no condition unmet; some points await the department's judgement`,
        )}
      />
    );
  if (r.overall === 'selectable')
    return (
      <Alert
        type="success"
        showIcon
        title={tx('全部申请职业（工种）符合遴选条件', 'Every occupation meets the conditions')}
      />
    );
  if (r.overall === 'partially_selectable')
    return (
      <Alert
        type="warning"
        showIcon
        title={tx(
          `${r.occupations.length} 个申请职业（工种）中 ${n} 个符合条件；不符合的不纳入认定范围`,
          `${n} of ${r.occupations.length} occupations meet the conditions; the others are left out`,
        )}
      />
    );
  return (
    <Alert
      type="error"
      showIcon
      title={
        r.institution.outcome === 'fail'
          ? tx('机构整体条件不符合，不能遴选', 'The institution-wide conditions are not met')
          : tx('没有符合条件的申请职业（工种）', 'No occupation meets the conditions')
      }
    />
  );
}

/**
 * What decided one occupation, with the article of each: what is not met (or awaits the department's
 * judgement) line by line, else the articles it was checked against.
 */
function OccupationFindings({ o }: { o: OccupationResult }) {
  const tx = useText();
  const open = o.findings.filter((f) => f.passed !== true);
  if (open.length === 0)
    return (
      <Typography.Text type="secondary">
        {tx('符合，依据：', 'Met under ')}
        {[...new Set(o.findings.map((f) => f.citationText))].join('、') || '—'}
      </Typography.Text>
    );
  return (
    <Space orientation="vertical" size={2}>
      {open.map((f) => (
        <span key={f.ruleId + f.message_zh} data-testid="occupation-finding">
          <OutcomeTag outcome={f.passed === false ? 'fail' : 'needs_judgement'} />
          {tx(f.message_zh, f.message_en)}{' '}
          <Typography.Text type="secondary">{f.citationText}</Typography.Text>
        </span>
      ))}
    </Space>
  );
}

export function GzSelectionResultsPanel({ caseId }: { caseId: string }) {
  const tx = useText();
  const { data, error, loading, reload } = useApi<SelectionResultsResponse>(
    `/gz-selection/cases/${caseId}/results`,
  );
  const [which, setWhich] = useState<'current' | 'recorded'>('current');
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  if (!data) return <Spin spinning={loading} />;
  const r = which === 'recorded' && data.recorded ? data.recorded : data.current;
  const name = (code: string) => data.occupationNames[code] ?? '';

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="gz-selection-results">
      <Space wrap>
        <Radio.Group
          value={which}
          onChange={(e) => setWhich(e.target.value as 'current' | 'recorded')}
          optionType="button"
          options={[
            {
              value: 'current',
              label: tx(`按当前登记信息（${data.current.asOf}）`, `Registry now (${data.current.asOf})`),
            },
            {
              value: 'recorded',
              label: data.recorded
                ? tx(`最近一次办理时记录（${data.recorded.asOf}）`, `As recorded (${data.recorded.asOf})`)
                : tx('尚无记录', 'Not recorded yet'),
              disabled: !data.recorded,
            },
          ]}
        />
        <Typography.Text type="secondary">
          {tx('核验规则：', 'Checks: ')}
          {r.checks.join('、')}
        </Typography.Text>
      </Space>
      <OverallAlert r={r} />
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 4 }}
        items={[
          { key: 'k', label: tx('申报类型', 'Applying as'), children: KIND_ZH[r.applyingAs] },
          {
            key: 'f',
            label: tx('专职工作人员（登记）', 'Full-time staff'),
            children: r.registry.fullTimeStaff,
          },
          {
            key: 'q',
            label: tx('内部质量督导员（登记）', 'Quality supervisors'),
            children: r.registry.qualitySupervisors,
          },
          {
            key: 's',
            label: tx('认定场地', 'Site'),
            children: r.registry.site?.name ?? tx('未指定', 'none'),
          },
        ]}
      />
      <Card size="small" title={tx('逐个职业（工种）核验结果', 'Results per occupation')}>
        <Table<OccupationResult>
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={r.occupations}
          data-testid="occupation-results"
          expandable={{
            expandedRowRender: (o) => <FindingsList findings={o.findings} />,
            rowExpandable: (o) => o.findings.length > 0,
          }}
          columns={[
            {
              title: tx('职业（工种）', 'Occupation'),
              dataIndex: 'code',
              render: (c: string) => `${name(c)}（${c}）`,
            },
            {
              title: tx('等级', 'Levels'),
              dataIndex: 'levels',
              render: (ls: number[]) => ls.map((l) => LEVEL_ZH[l]).join('、'),
            },
            ...(r.applyingAs === 'social_org'
              ? [
                  {
                    title: tx('考评人员（登记，须≥4）', 'Assessors (≥ 4)'),
                    dataIndex: 'assessors',
                    render: (n: number) => (
                      <Typography.Text type={n < 4 ? 'danger' : undefined}>{n}</Typography.Text>
                    ),
                  },
                  {
                    title: tx('培训规模（人次）', 'Training volume'),
                    dataIndex: 'trainingVolume',
                    render: (n: number | null) => n ?? '—',
                  },
                ]
              : []),
            {
              title: tx('本职业条件', 'Own conditions'),
              dataIndex: 'outcome',
              render: (o: Outcome) => <OutcomeTag outcome={o} />,
            },
            {
              title: tx('可否纳入范围', 'Grantable'),
              dataIndex: 'selectable',
              render: (s: boolean) =>
                s ? (
                  <Tag color="success">{tx('可纳入', 'Yes')}</Tag>
                ) : (
                  <Tag color="error">{tx('不纳入', 'No')}</Tag>
                ),
            },
            {
              title: tx('核验结果及依据条款', 'Findings and articles'),
              key: 'fail',
              render: (_: unknown, o) => <OccupationFindings o={o} />,
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={
          <Space>
            {tx('机构整体条件（决定所有职业）', 'Institution-wide conditions (decide every occupation)')}
            <OutcomeTag outcome={r.institution.outcome} />
          </Space>
        }
      >
        <FindingsList findings={r.institution.findings} />
      </Card>
      {data.decision && (
        <Card size="small" title={tx('遴选决定', 'Decision')}>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'o',
                label: tx('结果', 'Outcome'),
                children:
                  data.decision.outcome === 'selected'
                    ? tx('遴选通过', 'Selected')
                    : tx('未入选', 'Not selected'),
              },
              ...(data.decision.code
                ? [{ key: 'c', label: tx('遴选结果编号', 'Code'), children: data.decision.code }]
                : []),
              ...(data.decision.validFrom
                ? [
                    {
                      key: 'v',
                      label: tx('有效期', 'Validity'),
                      children: `${data.decision.validFrom} 至 ${data.decision.validTo ?? '—'}`,
                    },
                  ]
                : []),
              {
                key: 's',
                label: tx('认定范围', 'Scope'),
                children:
                  data.decision.selectedOccupations
                    .map((o) => `${name(o.code)}（${o.code}）${o.levels.map((l) => LEVEL_ZH[l]).join('、')}`)
                    .join('；') || '—',
              },
              ...(data.decision.excludedOccupations.length > 0
                ? [
                    {
                      key: 'x',
                      label: tx('未纳入', 'Left out'),
                      children: data.decision.excludedOccupations
                        .map((o) => `${o.code}：${o.reasons_zh.join('；')}`)
                        .join('\n'),
                    },
                  ]
                : []),
              ...(data.decision.reason_zh
                ? [{ key: 'r', label: tx('理由', 'Reason'), children: data.decision.reason_zh }]
                : []),
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
