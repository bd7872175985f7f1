// 续期人次 (/gz-renewal/cases/:id/counts), reached from the renewal case page: the certificates counted
// for gz-rules §8(2), §9(2), §10(2) per occupation — the period, which statuses count — each number
// opening the list of certificates behind it (page by page, masked as on the certificate pages), the
// result per occupation with the findings that decide it, and the decision once made.
import { Alert, Button, Card, Descriptions, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import { ProblemResult } from '../common/problem-result';
import { FindingsList } from '../cases/findings-list';
import { useText } from '../cases/texts';
import { KIND, LEVEL, OVERALL, OVERALL_TYPE, SOURCE } from './texts';
import type { CountedCertificate, RenewalCountsResponse } from './types';

function CountedCertificates({ caseId, code }: { caseId: string; code: string }) {
  const tx = useText();
  // The cursors of the pages seen so far: back is the one before, next the page's nextCursor.
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const { data, error, loading, reload } = useApi<{
    items: CountedCertificate[];
    nextCursor: string | null;
    periodFrom: string;
    periodTo: string;
  }>(
    `/gz-renewal/cases/${caseId}/certificates?occupationCode=${code}&limit=20${cursor ? `&cursor=${cursor}` : ''}`,
  );
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid={`counted-${code}`}>
      <Table<CountedCertificate>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: tx('证书编号', 'Number'), dataIndex: 'number' },
          { title: tx('发证日期', 'Issued on'), dataIndex: 'issuedOn' },
          { title: tx('姓名', 'Name'), dataIndex: 'holderName' },
          { title: tx('证件号码', 'Document'), dataIndex: 'holderDocMasked' },
          {
            title: tx('等级', 'Level'),
            dataIndex: 'level',
            render: (l: number) => tx(...(LEVEL[l] ?? ['', ''])),
          },
          {
            title: tx('来源', 'Source'),
            dataIndex: 'source',
            render: (s: string) => tx(...(SOURCE[s] ?? ['', ''])),
          },
        ]}
      />
      <Space>
        <Button
          size="small"
          disabled={cursors.length === 0}
          onClick={() => setCursors((c) => c.slice(0, -1))}
        >
          {tx('上一页', 'Previous')}
        </Button>
        <Button
          size="small"
          disabled={!data?.nextCursor}
          onClick={() => data?.nextCursor && setCursors((c) => [...c, data.nextCursor!])}
        >
          {tx('下一页', 'Next')}
        </Button>
      </Space>
    </Space>
  );
}

export function RenewalCountsPage() {
  const tx = useText();
  const { id } = useParams<{ id: string }>();
  const { data, error, loading, reload } = useApi<RenewalCountsResponse>(
    id ? `/gz-renewal/cases/${id}/counts` : null,
  );
  const [open, setOpen] = useState<string | null>(null);
  if (!id) return null;
  if (error) return <ProblemResult error={error} onRetry={reload} />;
  if (loading && !data) return <Spin />;
  if (!data) return null;
  const r = data.current;
  const name = (code: string) => data.occupationNames[code] ?? '';
  const applied = new Set(r.occupations.map((o) => o.code));
  const d = data.decision;
  return (
    <Card>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Space wrap align="baseline">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {tx('续期人次及逐个职业结果', 'Renewal counts and the result per occupation')}
          </Typography.Title>
          <Link to={`/cases/${id}`}>{tx('返回案件', 'Back to the case')}</Link>
        </Space>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'ref', label: tx('案件编号', 'Case'), children: data.referenceNo },
            { key: 'kind', label: tx('机构类别', 'Kind'), children: tx(...(KIND[r.kind] ?? ['', ''])) },
            { key: 'entry', label: tx('续期的目录条目', 'Entry renewed'), children: data.entry.filingCode },
            {
              key: 'validity',
              label: tx('原有效期', 'Validity'),
              children: `${data.entry.validFrom} — ${data.entry.validTo}`,
            },
            {
              key: 'period',
              label: tx('统计区间', 'Period counted'),
              children: `${r.counts.periodFrom} — ${r.counts.periodTo}`,
            },
            {
              key: 'total',
              label: tx('有效期内核发证书总人次', 'Certificates in the validity'),
              children: <strong data-testid="renewal-total">{r.counts.total}</strong>,
            },
          ]}
        />
        <Alert
          type="info"
          showIcon
          title={tx(
            '人次按证书登记自动统计：本机构（含分支机构）核发、发证日期在有效期内（含首尾两日）、状态为有效的证书；已宣布无效或已撤销的证书不计入。有效期尚未届满的，统计到今天。',
            'Counted from the certificate register: certificates this institution (and its branches) issued within the validity (both ends included) that are valid; invalidated and withdrawn ones do not count. While the validity runs, counted up to today.',
          )}
        />
        <Alert type={OVERALL_TYPE[r.overall]} showIcon title={tx(...(OVERALL[r.overall] ?? ['', '']))} />
        <Table
          rowKey="code"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={r.counts.occupations}
          expandable={{
            expandedRowKeys: open ? [open] : [],
            onExpand: (expanded, row) => setOpen(expanded ? row.code : null),
            expandedRowRender: (row) => <CountedCertificates caseId={id} code={row.code} />,
          }}
          columns={[
            {
              title: tx('职业（工种）', 'Occupation'),
              dataIndex: 'code',
              render: (c: string) => `${c} ${name(c)}`,
            },
            {
              title: tx('核发人次', 'Certificates'),
              dataIndex: 'certificates',
              align: 'right',
              render: (n: number, row) => (
                <Button type="link" size="small" onClick={() => setOpen(open === row.code ? null : row.code)}>
                  {n}
                </Button>
              ),
            },
            {
              title: tx('结果', 'Result'),
              key: 'result',
              render: (_: unknown, row) => {
                const o = r.occupations.find((x) => x.code === row.code);
                if (!applied.has(row.code)) return <Tag>{tx('未申请续期', 'Not applied for')}</Tag>;
                // Decided: the decision says (an occupation meeting the counts may have been withheld).
                if (d?.notRenewed.some((x) => x.code === row.code))
                  return <Tag color="error">{tx('不予续期', 'Not renewed')}</Tag>;
                return o?.renewable ? (
                  <Tag color="success">{tx('符合续期条件', 'Qualifies')}</Tag>
                ) : (
                  <Tag color="error">{tx('不符合续期条件', 'Does not qualify')}</Tag>
                );
              },
            },
            {
              title: tx('依据', 'Findings'),
              key: 'findings',
              render: (_: unknown, row) => (
                <FindingsList
                  compact
                  findings={r.occupations.find((x) => x.code === row.code)?.findings ?? []}
                />
              ),
            },
          ]}
        />
        <Card size="small" title={tx('机构整体条件', 'Conditions of the institution')}>
          <FindingsList findings={r.institution} />
        </Card>
        {d && (
          <Card size="small" title={tx('续期决定', 'Decision')} data-testid="renewal-decision">
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'outcome',
                  label: tx('结果', 'Outcome'),
                  children:
                    d.outcome === 'renewed' ? (
                      <Tag color="success">{tx('准予续期', 'Renewed')}</Tag>
                    ) : (
                      <Tag color="error">{tx('续期未通过', 'Refused')}</Tag>
                    ),
                },
                { key: 'on', label: tx('决定日期', 'Decided on'), children: d.decidedOn },
                ...(d.outcome === 'renewed'
                  ? [
                      {
                        key: 'validity',
                        label: tx('新有效期', 'New validity'),
                        children: `${d.validFrom} — ${d.validTo}`,
                      },
                      {
                        key: 'reason',
                        label: tx('有效期确定理由', 'Reason for the validity'),
                        children: d.validityReason,
                      },
                      {
                        key: 'renewed',
                        label: tx('续期的职业（工种）', 'Renewed'),
                        children: d.renewed.map((o) => `${o.code} ${name(o.code)}`).join('；'),
                      },
                    ]
                  : []),
                {
                  key: 'lost',
                  label: tx('不予续期的职业（工种）', 'Not renewed'),
                  children: d.notRenewed.length
                    ? d.notRenewed.map((o) => `${o.code} ${name(o.code)}`).join('；')
                    : tx('无', 'None'),
                },
              ]}
            />
          </Card>
        )}
      </Space>
    </Card>
  );
}
