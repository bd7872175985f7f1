// 分支机构 of an institution, and the form to add one.
import { Form, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { compact, FormModal } from '../../app/form-modal';
import { useI18n } from '../../app/i18n';
import { STATUS_COLORS, label } from '../../app/labels';
import { JurisdictionSelect } from '../reference/jurisdiction-select';
import { SubList, useSubList } from './sub-list';
import type { Branch, Institution } from './types';
import { usccRules } from './uscc-hint';

interface BranchForm {
  name: string;
  uscc?: string;
  address: string;
  jurisdictionCode: string;
}

export function BranchesTab({ institution }: { institution: Institution }) {
  const { t } = useI18n();
  const list = useSubList<Branch>(`/institutions/${institution.id}/branches`);
  const [adding, setAdding] = useState(false);
  const canAdd = institution.abilities.manageBranches;

  return (
    <>
      <SubList<Branch>
        list={list}
        addLabel={t('branches.add')}
        onAdd={canAdd ? () => setAdding(true) : undefined}
        columns={[
          { title: t('field.name'), dataIndex: 'name' },
          {
            title: t('field.uscc'),
            dataIndex: 'uscc',
            width: 200,
            render: (v?: string) => (v ? <Typography.Text code>{v}</Typography.Text> : '—'),
          },
          { title: t('field.address'), dataIndex: 'address' },
          {
            title: t('field.jurisdiction'),
            dataIndex: 'jurisdictionName',
            width: 140,
            render: (v: string | undefined, r) => v ?? r.jurisdictionCode,
          },
          {
            title: t('field.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: string) => <Tag color={STATUS_COLORS[s]}>{label(t, 'status', s)}</Tag>,
          },
        ]}
      />
      {canAdd && (
        <FormModal<BranchForm, Branch>
          title={t('branches.add')}
          open={adding}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            list.reload();
          }}
          path={`/institutions/${institution.id}/branches`}
          initialValues={{ jurisdictionCode: institution.jurisdictionCode }}
          toBody={(v) => compact({ ...v, uscc: v.uscc?.toUpperCase() })}
        >
          {() => (
            <>
              <Form.Item
                name="name"
                label={t('field.branchName')}
                rules={[{ required: true, whitespace: true }]}
              >
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item
                name="uscc"
                label={t('field.uscc')}
                rules={usccRules(t, false)}
                extra={t('hint.uscc')}
              >
                <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
              </Form.Item>
              <Form.Item
                name="address"
                label={t('field.address')}
                rules={[{ required: true, whitespace: true }]}
              >
                <Input maxLength={300} />
              </Form.Item>
              <Form.Item name="jurisdictionCode" label={t('field.jurisdiction')} rules={[{ required: true }]}>
                <JurisdictionSelect />
              </Form.Item>
            </>
          )}
        </FormModal>
      )}
    </>
  );
}
