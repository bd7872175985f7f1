// 「机构目录」 — public, no login: the filed and selected evaluation institutions as published, searchable
// by name or filing code, occupation, level, jurisdiction and kind. Each row shows the filing code,
// validity, scope (occupation × level), the 1+X certificate programmes with their levels (初级、中级、
// 高级) and the deciding authority; an imported existing filing is marked 存量导入. The institution's
// name opens the entry's own page (/directory/:id).
import { Card, Form, Input, List, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { query, type Page } from '../../app/api';
import { useApi } from '../../app/use-api';
import { useI18n } from '../../app/i18n';
import { useNarrow } from '../../app/use-narrow';
import { INSTITUTION_KINDS, label } from '../../app/labels';
import { OccupationSelect } from '../reference/occupation-select';
import { LevelSelect } from '../reference/level-select';
import { JurisdictionSelect } from '../reference/jurisdiction-select';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { certificateLevel, EndedTag, EndingTag, ImportedTag } from './entry-parts';
import type { ListedEntry as DirectoryEntry } from './types';

interface Filters {
  q?: string;
  occupationCode?: string;
  level?: number;
  jurisdictionCode?: string;
  kind?: string;
  status?: 'in_force' | 'lapsed' | 'all' | 'exited';
}

const STATUS_OPTIONS: { value: NonNullable<Filters['status']>; zh: string; en: string }[] = [
  { value: 'in_force', zh: '有效期内', en: 'In force' },
  { value: 'lapsed', zh: '已过有效期', en: 'Lapsed' },
  { value: 'all', zh: '全部', en: 'All' },
  // Issue 15 point 7: the entries an exit withdrew, with how and when.
  { value: 'exited', zh: '已退出', en: 'Exited' },
];

/** Filters a link may bring (the supervisor's home: filings expiring within 90 days, its own decisions). */
interface LinkFilters {
  validUntil?: string;
  authorityId?: string;
}

function fromLink(params: URLSearchParams): { form: Filters; link: LinkFilters } {
  const get = (k: string) => params.get(k) || undefined;
  const level = Number(get('level'));
  const form: Filters = {
    ...(get('q') && { q: get('q') }),
    ...(get('occupationCode') && { occupationCode: get('occupationCode') }),
    ...(level >= 1 && level <= 5 && { level }),
    ...(get('jurisdictionCode') && { jurisdictionCode: get('jurisdictionCode') }),
    ...(get('kind') && { kind: get('kind') }),
    ...(['in_force', 'lapsed', 'all', 'exited'].includes(get('status') ?? '') && {
      status: get('status') as Filters['status'],
    }),
  };
  const link: LinkFilters = {
    ...(get('validUntil') && { validUntil: get('validUntil') }),
    ...(get('authorityId') && { authorityId: get('authorityId') }),
  };
  return { form, link };
}

export function DirectoryPage() {
  const tx = useText();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const initial = fromLink(params);
  const [filters, setFilters] = useState<Filters>(initial.form);
  const link = initial.link;
  const dropLinkFilters = () => {
    const next = new URLSearchParams(params);
    next.delete('validUntil');
    next.delete('authorityId');
    setParams(next, { replace: true });
  };
  const [page, setPage] = useState(1);
  const narrow = useNarrow();
  const { data, error, loading, reload } = useApi<Page<DirectoryEntry>>(
    `/directory${query({ ...filters, ...link, page })}`,
  );
  // On a phone the filters stack at full width and each entry is a card (a 7-column table does not fit).
  const w = (px: number) => (narrow ? '100%' : px);
  const pagination = {
    current: page,
    pageSize: data?.pageSize ?? 20,
    total: data?.total ?? 0,
    onChange: setPage,
    size: narrow ? ('small' as const) : undefined,
  };
  const validity = (r: DirectoryEntry) => (
    <>
      {r.validFrom} {tx('至', 'to')} {r.validTo ?? tx('长期', 'open-ended')}
      {r.suspension && (
        <div>
          <Tag color="orange" data-testid="entry-suspended">
            {tx('暂停评价活动', 'Evaluations suspended')}
            {r.suspension.dueOn
              ? tx(`（整改期限至 ${r.suspension.dueOn}）`, ` (rectification due ${r.suspension.dueOn})`)
              : ''}
          </Tag>
        </div>
      )}
      {r.ending ? (
        <div>
          <EndingTag tx={tx} ending={r.ending} />
        </div>
      ) : (
        !r.current && (
          <div>
            <Tag color="default">{tx('不在有效期内', 'not in force')}</Tag>
          </div>
        )
      )}
    </>
  );
  const scopes = (r: DirectoryEntry) => (
    <Space orientation="vertical" size={0}>
      {r.scopes.map((s) => (
        <span key={`${s.occupationCode}-${s.level}`}>
          {s.occupationName}（{s.occupationCode}）· {s.level}
          {tx('级', '')}
          {s.endedOn && <EndedTag tx={tx} on={s.endedOn} />}
        </span>
      ))}
    </Space>
  );
  const programmes = (r: DirectoryEntry) => (
    <Space orientation="vertical" size={2} data-testid="directory-programmes">
      {r.programmes.map((p) => (
        <span key={p.name}>
          {p.name}
          {p.code ? `（${p.code}）` : ''}{' '}
          {p.levels.map((l) => (
            <Tag key={l} color="blue" data-testid="programme-level">
              {certificateLevel(tx, l)}
            </Tag>
          ))}
          {p.withdrawnOn && <EndedTag tx={tx} on={p.withdrawnOn} programme />}
        </span>
      ))}
    </Space>
  );
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('评价机构目录', 'Directory of evaluation institutions')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx('经备案或遴选并向社会公布的技能人才评价机构', 'Filed or selected institutions, as published')}
        </Typography.Text>
        <div data-testid="open-data-links" style={{ marginTop: 4 }}>
          <Typography.Text type="secondary">
            {tx('开放数据（今日 0 时全量快照）：', 'Open data (today’s snapshot at 00:00): ')}
          </Typography.Text>
          <a href="/api/v1/public/open-data/directory.csv" download>
            CSV
          </a>
          {' · '}
          <a href="/api/v1/public/open-data/directory.json" download>
            JSON
          </a>
          {' · '}
          <a href="/api/v1/public/open-data/directory/checksums" target="_blank" rel="noreferrer">
            {tx('校验值', 'Checksums')}
          </a>
          {' · '}
          <a href="/api/docs#/开放数据" target="_blank" rel="noreferrer">
            {tx('增量变更接口', 'Change feed API')}
          </a>
        </div>
      </div>
      <Card size="small">
        {link.validUntil && (
          <Tag closable color="orange" onClose={dropLinkFilters} data-testid="directory-valid-until">
            {tx(
              `今日有效、有效期在 ${link.validUntil} 前截止${link.authorityId ? '（本部门决定的）' : ''}`,
              `In force today, ending by ${link.validUntil}${link.authorityId ? ' (decided by your department)' : ''}`,
            )}
          </Tag>
        )}
        <Form<Filters>
          layout={narrow ? 'vertical' : 'inline'}
          initialValues={initial.form}
          onValuesChange={(_c, all) => {
            setPage(1);
            setFilters(
              Object.fromEntries(
                Object.entries(all).filter(([, v]) => v !== undefined && v !== ''),
              ) as Filters,
            );
          }}
        >
          <Form.Item name="q" label={tx('名称/编码/职业', 'Name / code / occupation')}>
            <Input.Search allowClear style={{ width: w(220) }} data-testid="directory-search" />
          </Form.Item>
          <Form.Item name="occupationCode" label={tx('职业（工种）', 'Occupation')}>
            <OccupationSelect allowClear style={{ width: w(260) }} />
          </Form.Item>
          <Form.Item name="level" label={tx('等级', 'Level')}>
            <LevelSelect allowClear style={{ width: w(180) }} />
          </Form.Item>
          <Form.Item name="jurisdictionCode" label={tx('地区', 'Area')}>
            <JurisdictionSelect allowClear style={{ width: w(200) }} />
          </Form.Item>
          <Form.Item name="kind" label={tx('机构类别', 'Kind')}>
            <Select
              allowClear
              style={{ width: w(200) }}
              options={INSTITUTION_KINDS.map((k) => ({ value: k, label: label(t, 'kind', k) }))}
            />
          </Form.Item>
          <Form.Item name="status" label={tx('有效期', 'Validity')}>
            <Select
              allowClear
              placeholder={tx('有效期内', 'In force')}
              style={{ width: w(140) }}
              options={STATUS_OPTIONS.map((o) => ({ value: o.value, label: tx(o.zh, o.en) }))}
              data-testid="directory-status"
            />
          </Form.Item>
        </Form>
      </Card>
      {error ? (
        <ProblemResult error={error} onRetry={reload} />
      ) : narrow ? (
        <List<DirectoryEntry>
          loading={loading}
          dataSource={data?.items ?? []}
          data-testid="directory-cards"
          pagination={pagination}
          renderItem={(r) => (
            <Card size="small" style={{ marginBottom: 12 }} key={r.id}>
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <Link to={`/directory/${r.id}`} data-testid="directory-entry-link">
                  <strong>{r.institutionName}</strong>
                  {r.branchName && <div>{r.branchName}</div>}
                </Link>
                <div>
                  <Tag>{label(t, 'kind', r.institutionKind)}</Tag>
                  {r.imported && <ImportedTag tx={tx} source={r.imported} />}
                  <Typography.Text type="secondary">{r.jurisdictionName}</Typography.Text>
                </div>
                <div>
                  {tx('备案编码：', 'Filing code: ')}
                  <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
                    {r.filingCode}
                  </Typography.Text>
                </div>
                <div>
                  {tx('有效期：', 'Validity: ')}
                  {validity(r)}
                </div>
                {r.scopes.length > 0 && (
                  <div>
                    <Typography.Text type="secondary" style={{ display: 'block' }}>
                      {tx('认定范围', 'Scope')}
                    </Typography.Text>
                    {scopes(r)}
                  </div>
                )}
                {r.programmes.length > 0 && (
                  <div>
                    <Typography.Text type="secondary" style={{ display: 'block' }}>
                      {tx('职业技能等级证书', 'Certificates')}
                    </Typography.Text>
                    {programmes(r)}
                  </div>
                )}
                <Typography.Text type="secondary">
                  {r.authority.name} · {tx('公布于', 'published')} {r.publishedOn}
                </Typography.Text>
              </Space>
            </Card>
          )}
        />
      ) : (
        <Table<DirectoryEntry>
          rowKey="id"
          loading={loading}
          dataSource={data?.items ?? []}
          data-testid="directory-table"
          scroll={{ x: 'max-content' }}
          pagination={pagination}
          columns={[
            {
              title: tx('机构名称', 'Institution'),
              dataIndex: 'institutionName',
              render: (v: string, r) => (
                <>
                  <Link to={`/directory/${r.id}`} data-testid="directory-entry-link">
                    <strong>{v}</strong>
                    {r.branchName && <div>{r.branchName}</div>}
                  </Link>
                  <div>
                    <Tag>{label(t, 'kind', r.institutionKind)}</Tag>
                    {r.imported && <ImportedTag tx={tx} source={r.imported} />}
                    <Typography.Text type="secondary">{r.jurisdictionName}</Typography.Text>
                  </div>
                </>
              ),
            },
            { title: tx('备案编码', 'Filing code'), dataIndex: 'filingCode' },
            {
              title: tx('有效期', 'Validity'),
              key: 'validity',
              render: (_: unknown, r) => validity(r),
            },
            {
              title: tx('认定范围（职业 × 等级）', 'Scope'),
              key: 'scopes',
              render: (_: unknown, r) => scopes(r),
            },
            {
              // 1+X (1x-selection §16): each certificate with the levels the organisation runs.
              title: tx('职业技能等级证书（等级）', 'Certificates (levels)'),
              key: 'programmes',
              render: (_: unknown, r) => programmes(r),
            },
            {
              title: tx('备案/遴选部门', 'Authority'),
              key: 'authority',
              render: (_: unknown, r) => r.authority.name,
            },
            { title: tx('公布日期', 'Published'), dataIndex: 'publishedOn' },
          ]}
        />
      )}
    </Space>
  );
}
