// 「1+X 招募公告」 — public: the calls taking applications now and all published ones (1x-selection §12
// 分领域分批次招募, §14 发布招募公告). The joint-conference office (or its delegated unit) also sees its
// drafts here and drafts new calls; an institution's staff go from a call to its application form.
import { Button, Space, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { query, type Page } from '../../app/api';
import { useApi } from '../../app/use-api';
import { useAuth } from '../../app/auth';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { CallFormModal } from './call-form-modal';
import { WindowTag } from './window-tag';
import type { RecruitmentCall } from './types';

type Tab = 'open' | 'all';

/** §4 the office, §14 有关机构: the authorities that issue calls. */
export const ISSUER_KINDS = ['joint_conference_office', 'delegated_unit'];

export function RecruitmentCallsPage() {
  const tx = useText();
  const navigate = useNavigate();
  const { user } = useAuth();
  const issuer = user?.role === 'authority_staff' && ISSUER_KINDS.includes(user.authority?.kind ?? '');
  const [tab, setTab] = useState<Tab>('open');
  const [page, setPage] = useState(1);
  const [drafting, setDrafting] = useState(false);
  const { data, error, loading, reload } = useApi<Page<RecruitmentCall>>(
    `/recruitment-calls${query({ open: tab === 'open' ? true : undefined, page })}`,
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {tx('1+X 培训评价组织招募公告', '1+X recruitment calls')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {tx(
              '分领域分批次公开招募职业教育培训评价组织和职业技能等级证书；符合条件的单位在申报时间内自愿申报（第十二条、第十四条）。',
              'Calls for training-evaluation organisations and their certificates, by field and batch; eligible bodies apply within the window (§12, §14).',
            )}
          </Typography.Text>
        </div>
        {issuer && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDrafting(true)}
            data-testid="call-new"
          >
            {tx('起草招募公告', 'Draft a call')}
          </Button>
        )}
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(k) => {
          setTab(k as Tab);
          setPage(1);
        }}
        items={[
          { key: 'open', label: tx('正在受理', 'Open now') },
          {
            key: 'all',
            label: issuer ? tx('全部（含本机构草稿）', 'All (with our drafts)') : tx('全部', 'All'),
          },
        ]}
      />
      {error ? (
        <ProblemResult error={error} onRetry={reload} />
      ) : (
        <Table<RecruitmentCall>
          rowKey="id"
          loading={loading}
          dataSource={data?.items ?? []}
          data-testid="calls-table"
          pagination={{
            current: page,
            pageSize: data?.pageSize ?? 20,
            total: data?.total ?? 0,
            onChange: setPage,
          }}
          columns={[
            {
              title: tx('公告', 'Call'),
              key: 'title',
              render: (_, c) => (
                <Space orientation="vertical" size={0}>
                  <Link to={`/recruitment-calls/${c.id}`}>{c.title}</Link>
                  <Typography.Text type="secondary">
                    {c.batch} · {c.authorityName}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: tx('招募领域', 'Fields'),
              key: 'fields',
              render: (_, c) => (
                <Space wrap size={4}>
                  {c.fields.map((f) => (
                    <Tag key={f.name}>{f.name}</Tag>
                  ))}
                </Space>
              ),
            },
            {
              title: tx('申报时间', 'Window'),
              key: 'window',
              render: (_, c) => (
                <Space orientation="vertical" size={0}>
                  <span>
                    {c.openOn} {tx('至', 'to')} {c.closeOn}
                  </span>
                  <WindowTag window={c.window} />
                </Space>
              ),
            },
            {
              title: '',
              key: 'actions',
              render: (_, c) =>
                c.abilities.apply ? (
                  <Button
                    type="primary"
                    size="small"
                    onClick={() => navigate(`/recruitment-calls/${c.id}/apply`)}
                  >
                    {tx('申报', 'Apply')}
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
      <CallFormModal
        open={drafting}
        onClose={() => setDrafting(false)}
        onDone={(c) => {
          setDrafting(false);
          navigate(`/recruitment-calls/${c.id}`);
        }}
      />
    </Space>
  );
}
