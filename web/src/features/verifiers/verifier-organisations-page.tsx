// 「证书数据读取单位」 (issue 12 point 2; mohrss-violations §15 ¶2), for authority staff and the system
// administrator: the organisations that read certificate data through keys, their state and usage
// (requests and certificates per day and key, last 30 days); create one and set its daily quota; and
// the authority's two acts — 取消读取权限 (reason required; every key fails on its next request) and
// 责令删除已读取数据 (the order as written) — both audited and shown to the organisation in red. For
// authority staff, 数据读取监测 below: the §15 ¶2 threshold and the leads raised against it.
import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useAuth } from '../../app/auth';
import { useApi } from '../../app/use-api';
import { FormModal } from '../../app/form-modal';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { UsageTable } from './usage-table';
import { DataAccessSection } from './data-access-section';
import {
  VERIFIER_KIND,
  when,
  type VerifierKind,
  type VerifierOrganisation,
  type VerifierOrganisationDetail,
} from './types';

type Acting = { kind: 'quota' | 'revoke' | 'order'; org: VerifierOrganisation } | null;

function Usage({ id }: { id: string }) {
  const detail = useApi<VerifierOrganisationDetail>(`/verifier-organisations/${id}`);
  if (detail.error) return <ProblemResult error={detail.error} onRetry={detail.reload} />;
  return <UsageTable usage={detail.data?.usage ?? []} />;
}

export function VerifierOrganisationsPage() {
  const tx = useText();
  const { message } = App.useApp();
  const { user } = useAuth();
  const list = useApi<{ items: VerifierOrganisation[] }>('/verifier-organisations');
  const [creating, setCreating] = useState(false);
  const [acting, setActing] = useState<Acting>(null);
  const done = (text: string) => {
    setActing(null);
    message.success(text);
    list.reload();
  };
  if (list.error) return <ProblemResult error={list.error} onRetry={list.reload} />;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('证书数据读取单位', 'Certificate-data readers')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx(
            '以 API 密钥批量核验证书的用人单位、补贴经办机构等。发现违规读取的，人力资源社会保障部门可立即取消其证书数据读取权限，并责令其删除已读取的证书数据（《技能人才评价违纪违规行为处理工作指引（试行）》第十五条第二款）。',
            'Employers, subsidy offices and others that verify certificates in batches with API keys. On misuse, the authority revokes their certificate-data read rights at once and orders them to delete what they read (mohrss-violations §15 ¶2).',
          )}
        </Typography.Text>
      </div>
      <Card
        size="small"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {tx('新建核验单位', 'New organisation')}
          </Button>
        }
        title={tx('单位', 'Organisations')}
      >
        <Table<VerifierOrganisation>
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          data-testid="verifier-organisations"
          expandable={{ expandedRowRender: (o) => <Usage id={o.id} /> }}
          columns={[
            {
              title: tx('单位', 'Organisation'),
              render: (_, o) => (
                <Space orientation="vertical" size={0}>
                  <Typography.Text strong>{o.name}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {tx(VERIFIER_KIND[o.kind].zh, VERIFIER_KIND[o.kind].en)}
                    {o.uscc ? ` · ${o.uscc}` : ''}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: tx('状态', 'State'),
              render: (_, o) =>
                o.readRights.revoked ? (
                  <Space orientation="vertical" size={0}>
                    <Tag color="red">{tx('已取消读取权限', 'Read rights revoked')}</Tag>
                    {o.deletionOrder && <Tag color="volcano">{tx('已责令删除', 'Deletion ordered')}</Tag>}
                  </Space>
                ) : (
                  <Tag color="green">{tx('可读取', 'May read')}</Tag>
                ),
            },
            { title: tx('有效密钥', 'Working keys'), render: (_, o) => `${o.keys.active} / ${o.keys.total}` },
            {
              title: tx('今日 / 每日额度', 'Today / quota'),
              render: (_, o) => `${o.usedToday.toLocaleString()} / ${o.dailyQuota.toLocaleString()}`,
            },
            {
              title: tx('近 30 天请求 / 证书', '30 days: requests / certificates'),
              render: (_, o) =>
                `${o.last30Days.requests.toLocaleString()} / ${o.last30Days.certificates.toLocaleString()}`,
            },
            {
              title: tx('取消 / 责令', 'Revoked / ordered'),
              render: (_, o) =>
                o.readRights.revoked ? (
                  <Typography.Text style={{ fontSize: 12 }}>
                    {when(o.readRights.revokedAt)}：{o.readRights.reason}
                    {o.deletionOrder && (
                      <>
                        <br />
                        {when(o.deletionOrder.orderedAt)}：{o.deletionOrder.text}
                      </>
                    )}
                  </Typography.Text>
                ) : (
                  '—'
                ),
            },
            {
              title: tx('操作', 'Actions'),
              render: (_, o) => (
                <Space wrap size={4}>
                  {o.abilities.update && (
                    <Button size="small" onClick={() => setActing({ kind: 'quota', org: o })}>
                      {tx('额度', 'Quota')}
                    </Button>
                  )}
                  {o.abilities.revokeReadRights && (
                    <Button size="small" danger onClick={() => setActing({ kind: 'revoke', org: o })}>
                      {tx('取消读取权限', 'Revoke read rights')}
                    </Button>
                  )}
                  {o.abilities.orderDeletion && (
                    <Button size="small" danger onClick={() => setActing({ kind: 'order', org: o })}>
                      {tx('责令删除已读取数据', 'Order deletion')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
        {user?.role === 'sysadmin' && (
          <Typography.Text type="secondary">
            {tx(
              '取消读取权限与责令删除由主管部门工作人员作出；核验单位的账号在“账号管理”中新建（角色“核验单位”）。',
              'Revocation and deletion orders are made by authority staff; verifier accounts are created under Accounts (role “Verifier organisation”).',
            )}
          </Typography.Text>
        )}
      </Card>
      {user?.role === 'authority_staff' && <DataAccessSection onChanged={list.reload} />}
      <FormModal<
        { name: string; uscc?: string; kind: VerifierKind; contact: string; dailyQuota?: number },
        VerifierOrganisationDetail
      >
        title={tx('新建核验单位', 'New verifier organisation')}
        open={creating}
        path="/verifier-organisations"
        initialValues={{ kind: 'employer', dailyQuota: 10000 }}
        onClose={() => setCreating(false)}
        toBody={(v) => ({
          name: v.name.trim(),
          kind: v.kind,
          contact: v.contact.trim(),
          ...(v.uscc?.trim() ? { uscc: v.uscc.trim() } : {}),
          ...(v.dailyQuota ? { dailyQuota: v.dailyQuota } : {}),
        })}
        onDone={() => {
          setCreating(false);
          message.success(tx('已新建', 'Created'));
          list.reload();
        }}
      >
        {() => (
          <>
            <Form.Item
              name="name"
              label={tx('单位名称', 'Name')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="uscc" label={tx('统一社会信用代码（可不填）', 'USCC (optional)')}>
              <Input maxLength={18} />
            </Form.Item>
            <Form.Item name="kind" label={tx('类别', 'Kind')} rules={[{ required: true }]}>
              <Select
                options={(Object.keys(VERIFIER_KIND) as VerifierKind[]).map((k) => ({
                  value: k,
                  label: tx(VERIFIER_KIND[k].zh, VERIFIER_KIND[k].en),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="contact"
              label={tx('联系人与电话', 'Contact')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="dailyQuota" label={tx('每日额度（证书张数）', 'Daily quota (certificates)')}>
              <InputNumber min={1} max={1_000_000} style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
      </FormModal>
      {acting?.kind === 'quota' && (
        <FormModal<{ dailyQuota: number }, VerifierOrganisationDetail>
          title={`${tx('每日额度', 'Daily quota')} · ${acting.org.name}`}
          open
          method="PATCH"
          path={`/verifier-organisations/${acting.org.id}`}
          initialValues={{ dailyQuota: acting.org.dailyQuota }}
          onClose={() => setActing(null)}
          toBody={(v) => ({ version: acting.org.version, dailyQuota: v.dailyQuota })}
          onDone={() => done(tx('已保存', 'Saved'))}
        >
          {() => (
            <Form.Item
              name="dailyQuota"
              label={tx('每日额度（证书张数）', 'Daily quota (certificates)')}
              rules={[{ required: true }]}
            >
              <InputNumber min={1} max={1_000_000} style={{ width: '100%' }} />
            </Form.Item>
          )}
        </FormModal>
      )}
      {acting?.kind === 'revoke' && (
        <FormModal<{ reason: string }, VerifierOrganisationDetail>
          title={`${tx('取消证书数据读取权限', 'Revoke certificate-data read rights')} · ${acting.org.name}`}
          open
          path={`/verifier-organisations/${acting.org.id}/revoke-read-rights`}
          onClose={() => setActing(null)}
          toBody={(v) => ({ version: acting.org.version, reason: v.reason.trim() })}
          onDone={() => done(tx('已取消读取权限，立即生效', 'Read rights revoked, effective now'))}
        >
          {() => (
            <>
              <Typography.Paragraph type="secondary">
                {tx(
                  '依据第十五条第二款立即生效：该单位的全部密钥在下一次请求即被拒绝，网页批量核验也停止。',
                  'Under §15 ¶2, effective at once: every key of the organisation is refused on its next request.',
                )}
              </Typography.Paragraph>
              <Form.Item
                name="reason"
                label={tx('理由', 'Reason')}
                rules={[{ required: true, whitespace: true }]}
              >
                <Input.TextArea rows={3} maxLength={500} />
              </Form.Item>
            </>
          )}
        </FormModal>
      )}
      {acting?.kind === 'order' && (
        <FormModal<{ order: string }, VerifierOrganisationDetail>
          title={`${tx('责令删除已读取的证书数据', 'Order deletion of the data read')} · ${acting.org.name}`}
          open
          path={`/verifier-organisations/${acting.org.id}/deletion-order`}
          onClose={() => setActing(null)}
          toBody={(v) => ({ version: acting.org.version, order: v.order.trim() })}
          onDone={() => done(tx('已记录责令', 'Order recorded'))}
        >
          {() => (
            <Form.Item
              name="order"
              label={tx('责令内容', 'The order')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input.TextArea rows={4} maxLength={2000} />
            </Form.Item>
          )}
        </FormModal>
      )}
    </Space>
  );
}
