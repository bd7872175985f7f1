// 工作人员 of an institution: full-time staff, assessors, quality supervisors and exam administrators,
// each role with its occupation and level where it has one. Document numbers are shown masked as the
// server sends them; the full number is never in the browser.
import { App, Button, Col, Form, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { EyeOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { compact, FormModal } from '../../app/form-modal';
import { useI18n } from '../../app/i18n';
import { STAFF_ROLES, label, options } from '../../app/labels';
import { useApi } from '../../app/use-api';
import { api, type Page } from '../../app/api';
import { useProblemToast } from '../../app/problems';
import { useLevelName, LevelSelect } from '../reference/level-select';
import { OccupationSelect } from '../reference/occupation-select';
import { SubList, useSubList } from './sub-list';
import type { Branch, Institution, Staff, StaffRoleAssignment } from './types';

/** Document kinds a staff member may be identified by. */
export const ID_DOC_TYPES = [
  'resident_id',
  'hk_macao_permit',
  'taiwan_permit',
  'passport',
  'foreign_permanent_residence',
  'hmt_residence_permit',
] as const;

interface StaffForm {
  name: string;
  idDocType: string;
  idNumber: string;
  phone?: string;
  branchId?: string;
  roles: StaffRoleAssignment[];
}

export function StaffTab({ institution }: { institution: Institution }) {
  const { t } = useI18n();
  const levelName = useLevelName();
  const list = useSubList<Staff>(`/institutions/${institution.id}/staff`);
  const branches = useApi<Page<Branch>>(`/institutions/${institution.id}/branches?pageSize=100`);
  const branchName = (id: string | null) => branches.data?.items.find((b) => b.id === id)?.name;
  const [adding, setAdding] = useState(false);
  const canAdd = institution.abilities.manageStaff;
  const { modal } = App.useApp();
  const toast = useProblemToast();

  // The full number is fetched only on request, never kept, and the server audits every such read.
  const reveal = async (s: Staff) => {
    try {
      const doc = await api.get<{ idDocType: string; idNumber: string }>(`/staff/${s.id}/document-number`);
      modal.info({
        title: `${s.name} · ${label(t, 'idDoc', doc.idDocType)}`,
        content: (
          <>
            <Typography.Paragraph copyable style={{ fontFamily: 'monospace', fontSize: 16 }}>
              {doc.idNumber}
            </Typography.Paragraph>
            <Typography.Text type="secondary">{t('staff.revealAudited')}</Typography.Text>
          </>
        ),
        okText: t('common.close'),
      });
    } catch (err) {
      toast(err);
    }
  };

  return (
    <>
      <SubList<Staff>
        list={list}
        addLabel={t('staff.add')}
        onAdd={canAdd ? () => setAdding(true) : undefined}
        scrollX={900}
        columns={[
          { title: t('field.personName'), dataIndex: 'name', width: 110 },
          {
            title: t('field.idNumber'),
            dataIndex: 'idNumberMasked',
            width: 220,
            render: (v: string, r) => (
              <>
                <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
                  {v}
                </Typography.Text>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {label(t, 'idDoc', r.idDocType)}
                  </Typography.Text>
                </div>
              </>
            ),
          },
          {
            title: t('field.staffRoles'),
            dataIndex: 'roles',
            render: (roles: StaffRoleAssignment[]) => (
              <Space size={[4, 4]} wrap>
                {roles.map((r, i) => (
                  <Tag
                    key={i}
                    color={
                      r.role === 'assessor' ? 'purple' : r.role === 'quality_supervisor' ? 'cyan' : 'blue'
                    }
                  >
                    {label(t, 'staffRole', r.role)}
                    {r.occupationCode ? ` · ${r.occupationCode}` : ''}
                    {r.level ? ` · ${levelName(r.level)}` : ''}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('field.branch'),
            dataIndex: 'branchId',
            width: 140,
            render: (id: string | null) => (id ? (branchName(id) ?? '…') : t('staff.headOffice')),
          },
          {
            title: t('field.active'),
            dataIndex: 'active',
            width: 80,
            render: (a: boolean) =>
              a ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 130,
            render: (_: unknown, r) =>
              r.abilities.revealPersonalData ? (
                <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => void reveal(r)}>
                  {t('staff.reveal')}
                </Button>
              ) : null,
          },
        ]}
      />
      {canAdd && (
        <FormModal<StaffForm, Staff>
          title={t('staff.add')}
          open={adding}
          width={760}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            list.reload();
          }}
          path={`/institutions/${institution.id}/staff`}
          initialValues={{ idDocType: 'resident_id', roles: [{ role: 'full_time_staff' }] }}
          toBody={(v) => ({
            ...compact({
              name: v.name,
              idDocType: v.idDocType,
              idNumber: v.idNumber,
              phone: v.phone,
              branchId: v.branchId,
            }),
            roles: v.roles.map((r) =>
              compact({ role: r.role, occupationCode: r.occupationCode, level: r.level }),
            ),
          })}
        >
          {() => (
            <>
              <Row gutter={16}>
                <Col span={12}>
                  <Form.Item
                    name="name"
                    label={t('field.personName')}
                    rules={[{ required: true, whitespace: true }]}
                  >
                    <Input maxLength={50} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="phone" label={t('field.phone')}>
                    <Input maxLength={30} />
                  </Form.Item>
                </Col>
              </Row>
              <Row gutter={16}>
                <Col span={10}>
                  <Form.Item name="idDocType" label={t('field.idDocType')} rules={[{ required: true }]}>
                    <Select options={options(t, 'idDoc', ID_DOC_TYPES)} />
                  </Form.Item>
                </Col>
                <Col span={14}>
                  <Form.Item
                    name="idNumber"
                    label={t('field.idNumber')}
                    rules={[{ required: true, whitespace: true }]}
                    extra={t('hint.idNumber')}
                  >
                    <Input maxLength={32} autoComplete="off" style={{ fontFamily: 'monospace' }} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="branchId" label={t('field.branch')}>
                <Select
                  allowClear
                  placeholder={t('staff.headOffice')}
                  options={(branches.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
                />
              </Form.Item>
              <Typography.Text strong>{t('field.staffRoles')}</Typography.Text>
              <Form.List name="roles">
                {(fields, { add, remove }, { errors }) => (
                  <div style={{ marginTop: 8 }}>
                    {fields.map((field) => (
                      <Row gutter={8} key={field.key} align="top">
                        <Col span={7}>
                          <Form.Item name={[field.name, 'role']} rules={[{ required: true }]}>
                            <Select options={options(t, 'staffRole', STAFF_ROLES)} />
                          </Form.Item>
                        </Col>
                        <Col span={9}>
                          <Form.Item name={[field.name, 'occupationCode']}>
                            <OccupationSelect allowClear />
                          </Form.Item>
                        </Col>
                        <Col span={6}>
                          <Form.Item name={[field.name, 'level']}>
                            <LevelSelect allowClear />
                          </Form.Item>
                        </Col>
                        <Col span={2} style={{ paddingTop: 6 }}>
                          {fields.length > 1 && (
                            <MinusCircleOutlined
                              aria-label={t('common.remove')}
                              onClick={() => remove(field.name)}
                            />
                          )}
                        </Col>
                      </Row>
                    ))}
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: 'assessor' })}>
                      {t('staff.addRole')}
                    </Button>
                    <Form.ErrorList errors={errors} />
                  </div>
                )}
              </Form.List>
            </>
          )}
        </FormModal>
      )}
    </>
  );
}
