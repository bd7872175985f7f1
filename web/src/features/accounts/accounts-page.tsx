// 账号管理 (system administrator): every account with its role, binding and state; create one (a
// temporary password is shown once to hand over), disable or enable it, reset its password or its
// second factor, change name, role and binding. The server decides what each row allows (abilities).
import {
  Alert,
  App,
  Button,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { api, query, type Page } from '../../app/api';
import type { Role } from '../../app/auth';
import { FormModal } from '../../app/form-modal';
import { useI18n } from '../../app/i18n';
import { label } from '../../app/labels';
import { useProblemToast } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { BindingSelect, type BindingKind } from './binding-select';
import type { Account, WithTemporaryPassword } from './types';

const ROLES: Role[] = ['authority_staff', 'institution_staff', 'expert', 'sysadmin', 'verifier'];
const BINDING: Record<
  Role,
  { field: 'authorityId' | 'institutionId' | 'expertId' | 'verifierId'; kind: BindingKind } | null
> = {
  authority_staff: { field: 'authorityId', kind: 'authorities' },
  institution_staff: { field: 'institutionId', kind: 'institutions' },
  expert: { field: 'expertId', kind: 'experts' },
  sysadmin: null,
  verifier: { field: 'verifierId', kind: 'verifier-organisations' },
};

interface AccountForm {
  username: string;
  displayName: string;
  role: Role;
  authorityId?: string;
  institutionId?: string;
  expertId?: string;
  verifierId?: string;
}

function bindingBody(v: AccountForm) {
  const b = BINDING[v.role];
  return b ? { [b.field]: v[b.field] } : {};
}

function AccountFields({ initial }: { initial?: Account }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name="displayName"
        label={t('accounts.displayName')}
        rules={[{ required: true, whitespace: true, message: t('accounts.displayNameRequired') }]}
      >
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item
        name="role"
        label={t('accounts.role')}
        rules={[{ required: true, message: t('accounts.roleRequired') }]}
      >
        <Select options={ROLES.map((r) => ({ value: r, label: label(t, 'role', r) }))} />
      </Form.Item>
      <Form.Item noStyle dependencies={['role']}>
        {({ getFieldValue }) => {
          const b = BINDING[getFieldValue('role') as Role];
          if (!b) return null;
          const current =
            initial?.authority ?? initial?.institution ?? initial?.expert ?? initial?.verifier ?? null;
          return (
            <Form.Item
              name={b.field}
              label={t(`accounts.binding.${b.kind}`)}
              rules={[{ required: true, message: t('accounts.bindingRequired') }]}
            >
              <BindingSelect kind={b.kind} initial={current} />
            </Form.Item>
          );
        }}
      </Form.Item>
    </>
  );
}

function TemporaryPassword({
  result,
  onClose,
}: {
  result: WithTemporaryPassword | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      open={result !== null}
      title={t('accounts.tempPassword.title')}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('accounts.tempPassword.done')}
        </Button>
      }
    >
      {result && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert type="warning" showIcon title={t('accounts.tempPassword.once')} />
          <Typography.Text>
            {t('accounts.username')}: <Typography.Text code>{result.account.username}</Typography.Text>
          </Typography.Text>
          <Typography.Text copyable={{ text: result.temporaryPassword }}>
            {t('accounts.tempPassword.label')}:{' '}
            <Typography.Text code strong data-testid="temporary-password">
              {result.temporaryPassword}
            </Typography.Text>
          </Typography.Text>
        </Space>
      )}
    </Modal>
  );
}

export function AccountsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const toast = useProblemToast();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [page, setPage] = useState(1);
  const list = useApi<Page<Account>>(`/accounts${query({ q: q || undefined, role, page, pageSize: 20 })}`);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Account | null>(null);
  const [shown, setShown] = useState<WithTemporaryPassword | null>(null);

  const act = async (a: Account, path: string, done: string) => {
    try {
      const result = await api.post<Account | WithTemporaryPassword>(`/accounts/${a.id}/${path}`, {});
      if ('temporaryPassword' in result) setShown(result);
      else message.success(done);
      list.reload();
    } catch (err) {
      toast(err);
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('accounts.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="account-create"
        >
          {t('accounts.create')}
        </Button>
      </Space>
      <Space wrap>
        <Input.Search
          allowClear
          placeholder={t('accounts.search')}
          onSearch={(v) => {
            setQ(v.trim());
            setPage(1);
          }}
          style={{ width: 240, maxWidth: '100%' }}
        />
        <Select
          allowClear
          placeholder={t('accounts.role')}
          value={role}
          onChange={(v: Role | undefined) => {
            setRole(v);
            setPage(1);
          }}
          options={ROLES.map((r) => ({ value: r, label: label(t, 'role', r) }))}
          style={{ width: 160 }}
        />
      </Space>
      {list.error && (
        <Alert
          type="error"
          showIcon
          title={list.error.problem.title}
          description={list.error.problem.detail}
        />
      )}
      <Table<Account>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 900 }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          {
            title: t('accounts.username'),
            dataIndex: 'username',
            render: (_, a) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>{a.username}</Typography.Text>
                <Typography.Text type="secondary">{a.displayName}</Typography.Text>
              </Space>
            ),
          },
          { title: t('accounts.role'), dataIndex: 'role', render: (r: Role) => label(t, 'role', r) },
          {
            title: t('accounts.bindingColumn'),
            render: (_, a) =>
              a.authority?.name ?? a.institution?.name ?? a.expert?.name ?? a.verifier?.name ?? '—',
          },
          {
            title: t('accounts.state'),
            render: (_, a) => (
              <Space wrap size={4}>
                {a.disabled ? (
                  <Tag color="red">{t('accounts.disabled')}</Tag>
                ) : (
                  <Tag color="green">{t('accounts.active')}</Tag>
                )}
                {a.locked && <Tag color="orange">{t('accounts.locked')}</Tag>}
                {a.mustChangePassword && <Tag color="gold">{t('accounts.mustChange')}</Tag>}
                {a.secondFactor && <Tag color="blue">{t('accounts.secondFactor')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('accounts.lastLogin'),
            dataIndex: 'lastLoginAt',
            render: (v: string | null) => (v ? new Date(v).toLocaleString() : '—'),
          },
          {
            title: t('common.actions'),
            render: (_, a) => (
              <Space wrap size={4}>
                {a.abilities.update && (
                  <Button size="small" onClick={() => setEditing(a)}>
                    {t('common.edit')}
                  </Button>
                )}
                {a.abilities.disable && (
                  <Popconfirm
                    title={t('accounts.disableConfirm')}
                    onConfirm={() => act(a, 'disable', t('accounts.disabledDone'))}
                  >
                    <Button size="small" danger>
                      {t('accounts.disable')}
                    </Button>
                  </Popconfirm>
                )}
                {a.abilities.enable && (
                  <Button size="small" onClick={() => act(a, 'enable', t('accounts.enabledDone'))}>
                    {t('accounts.enable')}
                  </Button>
                )}
                {a.abilities.resetPassword && (
                  <Popconfirm
                    title={t('accounts.resetConfirm')}
                    onConfirm={() => act(a, 'password-reset', '')}
                  >
                    <Button size="small">{t('accounts.resetPassword')}</Button>
                  </Popconfirm>
                )}
                {a.abilities.resetSecondFactor && (
                  <Popconfirm
                    title={t('accounts.resetTotpConfirm')}
                    onConfirm={() => act(a, 'second-factor-reset', t('accounts.resetTotpDone'))}
                  >
                    <Button size="small">{t('accounts.resetTotp')}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<AccountForm, WithTemporaryPassword>
        title={t('accounts.create')}
        open={creating}
        onClose={() => setCreating(false)}
        path="/accounts"
        initialValues={{ role: 'authority_staff' }}
        toBody={(v) => ({
          username: v.username.trim(),
          displayName: v.displayName.trim(),
          role: v.role,
          ...bindingBody(v),
        })}
        onDone={(r) => {
          setCreating(false);
          setShown(r);
          list.reload();
        }}
      >
        {() => (
          <>
            <Form.Item
              name="username"
              label={t('accounts.username')}
              extra={t('accounts.usernameRule')}
              rules={[
                { required: true, pattern: /^[a-z][a-z0-9_.-]{2,31}$/, message: t('accounts.usernameRule') },
              ]}
            >
              <Input maxLength={32} autoComplete="off" />
            </Form.Item>
            <AccountFields />
          </>
        )}
      </FormModal>
      {editing && (
        <FormModal<AccountForm, Account>
          title={`${t('common.edit')} · ${editing.username}`}
          open
          method="PATCH"
          path={`/accounts/${editing.id}`}
          onClose={() => setEditing(null)}
          initialValues={{
            displayName: editing.displayName,
            role: editing.role,
            ...(editing.authority ? { authorityId: editing.authority.id } : {}),
            ...(editing.institution ? { institutionId: editing.institution.id } : {}),
            ...(editing.expert ? { expertId: editing.expert.id } : {}),
            ...(editing.verifier ? { verifierId: editing.verifier.id } : {}),
          }}
          toBody={(v) => ({
            version: editing.version,
            displayName: v.displayName.trim(),
            role: v.role,
            ...bindingBody(v),
          })}
          onDone={() => {
            setEditing(null);
            message.success(t('accounts.saved'));
            list.reload();
          }}
        >
          {() => <AccountFields initial={editing} />}
        </FormModal>
      )}
      <TemporaryPassword result={shown} onClose={() => setShown(null)} />
    </Space>
  );
}
