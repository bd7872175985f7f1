// 「机构退出公告」 — public, no login, made for a phone (issue 15 points 7 and 8): every exit that took effect,
// newest first — the institution, how (自动终止 / 自愿退出 / 责令终止 / 取消资格), what it ended (the institution,
// some certificate programmes, some occupations: 1x-exit §2), the day, the deciding authority and its stated
// reason, the directory entries it touched, and the documents the texts make public (终止评价活动通知书,
// gz-rules §15–16; the written answer to a 1+X exit application, 1x-exit §6(5)).
import { FilePdfOutlined } from '@ant-design/icons';
import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { query, type Page } from '../../app/api';
import { useApi } from '../../app/use-api';
import { useLevelName } from '../reference/level-select';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { exitKindText } from '../directory/entry-parts';
import type { ExitNotice } from './types';

export function ExitNoticesPage() {
  const tx = useText();
  const levelName = useLevelName();
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useApi<Page<ExitNotice>>(`/exit-notices${query({ page })}`);

  const scope = (x: ExitNotice) => {
    if (x.scope === 'programmes')
      return x.institutionExited
        ? tx(
            `证书退出：${x.programmes.map((p) => p.name).join('、')}（最后的证书，组织资质随之退出）`,
            `Certificates: ${x.programmes.map((p) => p.name).join(', ')} (the last ones: the organisation's qualification ends with them)`,
          )
        : tx(
            `证书退出：${x.programmes.map((p) => p.name).join('、')}（其他证书不受影响）`,
            `Certificates: ${x.programmes.map((p) => p.name).join(', ')} (the others stay)`,
          );
    if (x.scope === 'occupations') {
      const list = x.occupations.map((o) => `${o.occupationName} ${levelName(o.level)}`);
      return x.institutionExited
        ? tx(
            `职业（工种）：${list.join('、')}（最后的职业，备案随之终止）`,
            `Occupations: ${list.join(', ')} (the last ones: the filing ends)`,
          )
        : tx(`职业（工种）：${list.join('、')}`, `Occupations: ${list.join(', ')}`);
    }
    return tx('机构整体退出', 'The whole institution');
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="exit-notices-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('机构退出公告', 'Institution exits')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx(
            '评价机构和培训评价组织的退出：自动终止、自愿退出、责令终止、取消资格，最新的在前（《贵州省职业技能等级认定机构遴选及退出实施细则》第十三条至第十六条；《职业教育培训评价组织及职业技能等级证书退出目录实施细则》）。退出前已发放的证书继续有效，可在“证书查询”中核验。',
            'Exits of evaluation institutions and 1+X organisations — lapsed, voluntary, ordered to terminate, revoked — newest first (gz-rules §13–16; 1x-exit). Certificates issued before an exit stay valid and can be checked under “Verify a certificate”.',
          )}
        </Typography.Text>
      </div>
      {error ? (
        <ProblemResult error={error} onRetry={reload} />
      ) : (
        <List<ExitNotice>
          loading={loading}
          dataSource={data?.items ?? []}
          data-testid="exit-notices"
          locale={{ emptyText: <Empty description={tx('暂无退出公告', 'No exit has been published yet')} /> }}
          pagination={
            data && data.total > data.pageSize
              ? {
                  current: page,
                  pageSize: data.pageSize,
                  total: data.total,
                  onChange: setPage,
                  size: 'small',
                }
              : false
          }
          renderItem={(x) => (
            <Card size="small" key={x.id} style={{ marginBottom: 12 }} data-testid="exit-notice">
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <Typography.Text strong style={{ wordBreak: 'break-word' }}>
                  {x.institutionName}
                  {x.branchName ? ` · ${x.branchName}` : ''}
                </Typography.Text>
                <Space size={[4, 4]} wrap>
                  <Tag
                    color={x.kind === 'revocation' || x.kind === 'ordered_termination' ? 'red' : 'orange'}
                    data-testid="exit-kind"
                  >
                    {exitKindText(tx, x.kind)}
                  </Tag>
                  <Tag data-testid="exit-date">
                    {x.effective
                      ? tx(`${x.terminatedOn} 起`, `from ${x.terminatedOn}`)
                      : tx(`将于 ${x.terminatedOn} 起`, `takes effect ${x.terminatedOn}`)}
                  </Tag>
                </Space>
                <div data-testid="exit-scope">{scope(x)}</div>
                <Typography.Text type="secondary">
                  {tx('决定部门：', 'Decided by: ')}
                  {x.authority.name}
                </Typography.Text>
                <div style={{ wordBreak: 'break-word' }}>
                  {tx('事由：', 'Reason: ')}
                  {x.reason}
                </div>
                {x.entries.length > 0 && (
                  <div>
                    {tx('目录条目：', 'Directory entries: ')}
                    {x.entries.map((e, i) => (
                      <span key={e.id}>
                        {i > 0 ? '、' : ''}
                        <Link
                          to={`/directory/${e.id}`}
                          data-testid="exit-entry-link"
                          style={{ wordBreak: 'break-all' }}
                        >
                          {e.filingCode}
                        </Link>
                      </span>
                    ))}
                  </div>
                )}
                {x.documents.map((d) => (
                  <a
                    key={d.id}
                    href={`/api/v1/exit-notices/${x.id}/documents/${d.id}/file`}
                    data-testid="exit-document"
                    style={{ wordBreak: 'break-word' }}
                  >
                    <FilePdfOutlined /> {tx(d.kind_zh, d.kind_en)} · {d.number}（{d.issuedOn}）
                  </a>
                ))}
              </Space>
            </Card>
          )}
        />
      )}
    </Space>
  );
}
