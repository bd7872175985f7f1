// 「API 密钥」 of a verifier organisation (issue 12 point 2; decision 0035): the organisation's quota and
// today's use, any notice of the authority (§15 ¶2), its keys — create, rotate (the old key works a day
// longer), revoke (at once) — with the full key shown once with a copy button, and the usage per day
// and key over the last 30 days.
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined, ReloadOutlined, StopOutlined } from '@ant-design/icons';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import { FormModal } from '../../app/form-modal';
import { useProblemToast } from '../../app/problems';
import { ProblemResult } from '../common/problem-result';
import { useText } from '../cases/texts';
import { ReadRightsNotice } from './read-rights-notice';
import { UsageTable } from './usage-table';
import { KEY_STATE, when, type ApiKey, type NewKey, type VerifierOrganisationDetail } from './types';

function SecretModal({ secret, onClose }: { secret: NewKey | null; onClose: () => void }) {
  const tx = useText();
  return (
    <Modal
      open={secret !== null}
      title={tx('新的 API 密钥', 'New API key')}
      onCancel={onClose}
      onOk={onClose}
      okText={tx('我已妥善保存', 'I have stored it')}
      cancelButtonProps={{ style: { display: 'none' } }}
      maskClosable={false}
      // The key leaves the page with the dialog: nothing keeps it in the document after it is closed.
      destroyOnHidden
    >
      {secret && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert
            type="warning"
            showIcon
            title={tx(
              '完整密钥只显示这一次：系统只保存它的摘要，关闭后无法再查看。请复制并保存到调用系统的配置中。',
              'The full key is shown this once: only its hash is kept. Copy it into the calling system now.',
            )}
          />
          <Typography.Paragraph
            copyable={{ text: secret.secret }}
            data-testid="api-key-secret"
            style={{ fontFamily: 'monospace', fontSize: 14, wordBreak: 'break-all', marginBottom: 0 }}
          >
            {secret.secret}
          </Typography.Paragraph>
          <Typography.Text type="secondary">
            {tx('调用方式：', 'Use it as: ')}
            <code>Authorization: Bearer {secret.key.prefix}…</code>
          </Typography.Text>
        </Space>
      )}
    </Modal>
  );
}

export function VerifierKeysPage() {
  const tx = useText();
  const toast = useProblemToast();
  const { message } = App.useApp();
  const org = useApi<VerifierOrganisationDetail>('/verifier/organisation');
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<NewKey | null>(null);

  if (org.error) return <ProblemResult error={org.error} onRetry={org.reload} />;
  const o = org.data;
  const live = !!o && !o.readRights.revoked;

  const rotate = async (k: ApiKey) => {
    try {
      setSecret(await api.post<NewKey>(`/verifier/api-keys/${k.id}/rotate`));
      org.reload();
    } catch (err) {
      toast(err);
    }
  };
  const revoke = async (k: ApiKey) => {
    try {
      await api.post(`/verifier/api-keys/${k.id}/revoke`);
      message.success(tx('密钥已吊销', 'Key revoked'));
      org.reload();
    } catch (err) {
      toast(err);
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {tx('API 密钥', 'API keys')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {tx(
            '本单位的系统用 API 密钥批量核验证书（POST /api/v1/verifier/certificates/verify，每次最多 1,000 张），只得到“有效 / 无效 / 未查到”。密钥是证书数据读取权限：请只用于核验，不要留存持证人信息。',
            'Your systems verify certificates in batches with an API key (POST /api/v1/verifier/certificates/verify, up to 1,000 a request) and learn only valid / invalid / not found. A key is a right to read certificate data: use it to verify only.',
          )}
        </Typography.Text>
      </div>
      {o && <ReadRightsNotice org={o} />}
      <Card size="small" loading={!o}>
        {o && (
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={tx('单位', 'Organisation')}>{o.name}</Descriptions.Item>
            <Descriptions.Item label={tx('每日额度', 'Daily quota')}>
              {tx(`${o.dailyQuota.toLocaleString()} 张证书`, `${o.dailyQuota.toLocaleString()} certificates`)}
            </Descriptions.Item>
            <Descriptions.Item label={tx('今日已用', 'Used today')}>
              <span data-testid="used-today">{o.usedToday.toLocaleString()}</span>
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      <Card
        size="small"
        title={tx('密钥', 'Keys')}
        extra={
          live && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="new-key"
            >
              {tx('新建密钥', 'New key')}
            </Button>
          )
        }
      >
        <Table<ApiKey>
          rowKey="id"
          size="small"
          loading={org.loading}
          dataSource={o?.apiKeys ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: true }}
          locale={{ emptyText: tx('还没有密钥', 'No keys yet') }}
          columns={[
            {
              title: tx('名称', 'Name'),
              dataIndex: 'name',
              render: (n: string) => <span style={{ whiteSpace: 'nowrap' }}>{n}</span>,
            },
            {
              title: tx('密钥', 'Key'),
              dataIndex: 'prefix',
              render: (p: string) => (
                <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
                  {p}…
                </Typography.Text>
              ),
            },
            {
              title: tx('状态', 'State'),
              render: (_, k) => (
                <Space orientation="vertical" size={0}>
                  {!live && (k.state === 'active' || k.state === 'expiring') ? (
                    <Tag color="red">{tx('已停止（读取权限已取消）', 'Stopped (read rights revoked)')}</Tag>
                  ) : (
                    <Tag color={KEY_STATE[k.state].color}>
                      {tx(KEY_STATE[k.state].zh, KEY_STATE[k.state].en)}
                    </Tag>
                  )}
                  {k.state === 'expiring' && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {tx('失效于', 'Stops at')} {when(k.expiresAt)}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            { title: tx('创建时间', 'Created'), dataIndex: 'createdAt', render: when },
            { title: tx('最近使用', 'Last used'), dataIndex: 'lastUsedAt', render: when },
            {
              title: tx('操作', 'Actions'),
              render: (_, k) =>
                k.state === 'active' || k.state === 'expiring' ? (
                  <Space wrap size={4}>
                    {k.state === 'active' && live && (
                      <Popconfirm
                        title={tx(
                          '轮换后旧密钥再可用 24 小时，之后失效。继续？',
                          'The old key works 24 more hours. Go on?',
                        )}
                        onConfirm={() => rotate(k)}
                      >
                        <Button size="small" icon={<ReloadOutlined />}>
                          {tx('轮换', 'Rotate')}
                        </Button>
                      </Popconfirm>
                    )}
                    <Popconfirm
                      title={tx('吊销后该密钥立即停止工作。继续？', 'The key stops at once. Go on?')}
                      onConfirm={() => revoke(k)}
                    >
                      <Button size="small" danger icon={<StopOutlined />}>
                        {tx('吊销', 'Revoke')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ) : null,
            },
          ]}
        />
      </Card>
      <Card size="small" title={tx('近 30 天用量', 'Usage, last 30 days')}>
        <UsageTable usage={o?.usage ?? []} />
      </Card>
      <FormModal<{ name: string }, NewKey>
        title={tx('新建 API 密钥', 'New API key')}
        open={creating}
        path="/verifier/api-keys"
        onClose={() => setCreating(false)}
        toBody={(v) => ({ name: v.name.trim() })}
        onDone={(r) => {
          setCreating(false);
          setSecret(r);
          org.reload();
        }}
      >
        {() => (
          <Form.Item
            name="name"
            label={tx('用途', 'Used for')}
            rules={[{ required: true, whitespace: true, message: tx('请填写用途', 'Say what it is for') }]}
          >
            <Input maxLength={60} placeholder={tx('如：招聘系统', 'e.g. recruitment system')} />
          </Form.Item>
        )}
      </FormModal>
      <SecretModal secret={secret} onClose={() => setSecret(null)} />
    </Space>
  );
}
