// 场地 of an institution: owned or leased (with the lease end a regulator checks against the
// selection thresholds), floor area, rooms, computer seats, desk spacing and video surveillance.
import {
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Tag,
  Tooltip,
} from 'antd';
import { useState } from 'react';
import type { Dayjs } from 'dayjs';
import { compact, FormModal } from '../../app/form-modal';
import { useI18n } from '../../app/i18n';
import { TENURES, label, options } from '../../app/labels';
import { useApi } from '../../app/use-api';
import type { Page } from '../../app/api';
import { SubList, useSubList } from './sub-list';
import { numberRule } from '../common/number-rules';
import { useText } from '../cases/texts';
import type { Branch, Institution, Site } from './types';

interface SiteForm {
  name: string;
  address: string;
  branchId?: string;
  tenure: 'owned' | 'leased';
  leaseStart?: Dayjs;
  leaseEnd?: Dayjs;
  floorAreaM2: number;
  functionalRooms: string[];
  examRooms: number;
  computerSeats: number;
  deskSpacingCm?: number;
  cctv: ('cctvExamRooms' | 'cctvFullCoverage')[];
}

const day = (d?: Dayjs) => (d ? d.format('YYYY-MM-DD') : undefined);

export function SitesTab({ institution }: { institution: Institution }) {
  const { t } = useI18n();
  const tx = useText();
  const list = useSubList<Site>(`/institutions/${institution.id}/sites`);
  const branches = useApi<Page<Branch>>(`/institutions/${institution.id}/branches?pageSize=100`);
  const [adding, setAdding] = useState(false);
  const canAdd = institution.abilities.manageSites;

  return (
    <>
      <SubList<Site>
        list={list}
        addLabel={t('sites.add')}
        onAdd={canAdd ? () => setAdding(true) : undefined}
        scrollX={1040}
        expandable={{
          expandedRowRender: (s) => (
            <Descriptions size="small" column={3}>
              <Descriptions.Item label={t('field.functionalRooms')} span={3}>
                <Space size={[4, 4]} wrap>
                  {s.functionalRooms.map((r) => (
                    <Tag key={r}>{r}</Tag>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('field.address')}>{s.address}</Descriptions.Item>
              <Descriptions.Item label={t('field.leaseStart')}>{s.leaseStart ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('field.branch')}>
                {s.branchId
                  ? (branches.data?.items.find((b) => b.id === s.branchId)?.name ?? '…')
                  : t('staff.headOffice')}
              </Descriptions.Item>
            </Descriptions>
          ),
        }}
        columns={[
          { title: t('field.siteName'), dataIndex: 'name', width: 200 },
          {
            title: t('field.tenure'),
            dataIndex: 'tenure',
            width: 70,
            render: (v: string) => label(t, 'tenure', v),
          },
          { title: t('field.leaseEnd'), dataIndex: 'leaseEnd', width: 110, render: (v?: string) => v ?? '—' },
          { title: t('field.floorArea'), dataIndex: 'floorAreaM2', width: 100, align: 'right' },
          { title: t('field.examRooms'), dataIndex: 'examRooms', width: 80, align: 'right' },
          { title: t('field.computerSeats'), dataIndex: 'computerSeats', width: 80, align: 'right' },
          {
            title: t('field.deskSpacing'),
            dataIndex: 'deskSpacingCm',
            width: 100,
            align: 'right',
            render: (v: number | null) => v ?? '—',
          },
          {
            title: t('field.cctv'),
            key: 'cctv',
            width: 170,
            render: (_: unknown, s) => (
              <Space size={[4, 4]} wrap>
                <Tag color={s.cctvExamRooms ? 'green' : 'default'}>
                  {t('field.cctvExamRooms')} {s.cctvExamRooms ? '✓' : '✗'}
                </Tag>
                <Tag color={s.cctvFullCoverage ? 'green' : 'default'}>
                  {t('field.cctvFullCoverage')} {s.cctvFullCoverage ? '✓' : '✗'}
                </Tag>
              </Space>
            ),
          },
          {
            title: t('field.functionalRooms'),
            dataIndex: 'functionalRooms',
            width: 110,
            render: (rooms: string[]) => (
              <Tooltip title={rooms.join('、')}>{t('sites.roomCount', { n: rooms.length })}</Tooltip>
            ),
          },
        ]}
      />
      {canAdd && (
        <FormModal<SiteForm, Site>
          title={t('sites.add')}
          open={adding}
          width={760}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            list.reload();
          }}
          path={`/institutions/${institution.id}/sites`}
          initialValues={{ tenure: 'owned', functionalRooms: [], examRooms: 0, computerSeats: 0, cctv: [] }}
          toBody={(v) => ({
            ...compact({
              name: v.name,
              address: v.address,
              branchId: v.branchId,
              tenure: v.tenure,
              leaseStart: v.tenure === 'leased' ? day(v.leaseStart) : undefined,
              leaseEnd: v.tenure === 'leased' ? day(v.leaseEnd) : undefined,
              deskSpacingCm: v.deskSpacingCm,
            }),
            floorAreaM2: v.floorAreaM2,
            functionalRooms: v.functionalRooms,
            examRooms: v.examRooms,
            computerSeats: v.computerSeats,
            cctvExamRooms: v.cctv.includes('cctvExamRooms'),
            cctvFullCoverage: v.cctv.includes('cctvFullCoverage'),
          })}
        >
          {(form) => (
            <>
              <Row gutter={16}>
                <Col span={12}>
                  <Form.Item
                    name="name"
                    label={t('field.siteName')}
                    rules={[{ required: true, whitespace: true }]}
                  >
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="branchId" label={t('field.branch')}>
                    <Select
                      allowClear
                      placeholder={t('staff.headOffice')}
                      options={(branches.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
                    />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                name="address"
                label={t('field.address')}
                rules={[{ required: true, whitespace: true }]}
              >
                <Input maxLength={300} />
              </Form.Item>
              <Row gutter={16}>
                <Col span={8}>
                  <Form.Item name="tenure" label={t('field.tenure')} rules={[{ required: true }]}>
                    <Radio.Group options={options(t, 'tenure', TENURES)} optionType="button" />
                  </Form.Item>
                </Col>
                <Form.Item noStyle shouldUpdate={(a: SiteForm, b: SiteForm) => a.tenure !== b.tenure}>
                  {() =>
                    form.getFieldValue('tenure') === 'leased' ? (
                      <>
                        <Col span={8}>
                          <Form.Item name="leaseStart" label={t('field.leaseStart')}>
                            <DatePicker style={{ width: '100%' }} />
                          </Form.Item>
                        </Col>
                        <Col span={8}>
                          <Form.Item name="leaseEnd" label={t('field.leaseEnd')} rules={[{ required: true }]}>
                            <DatePicker style={{ width: '100%' }} />
                          </Form.Item>
                        </Col>
                      </>
                    ) : null
                  }
                </Form.Item>
              </Row>
              <Row gutter={16}>
                <Col span={6}>
                  <Form.Item
                    name="floorAreaM2"
                    label={t('field.floorArea')}
                    rules={[{ required: true }, numberRule(tx, { min: 0, max: 10_000_000 })]}
                  >
                    <InputNumber style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item
                    name="examRooms"
                    label={t('field.examRooms')}
                    rules={[{ required: true }, numberRule(tx, { min: 0, max: 10_000, integer: true })]}
                  >
                    <InputNumber style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item
                    name="computerSeats"
                    label={t('field.computerSeats')}
                    rules={[{ required: true }, numberRule(tx, { min: 0, max: 100_000, integer: true })]}
                  >
                    <InputNumber style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item
                    name="deskSpacingCm"
                    label={t('field.deskSpacing')}
                    rules={[numberRule(tx, { min: 0, max: 10_000, integer: true })]}
                  >
                    <InputNumber style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                name="functionalRooms"
                label={t('field.functionalRooms')}
                extra={t('hint.functionalRooms')}
              >
                <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} />
              </Form.Item>
              <Form.Item name="cctv" label={t('field.cctv')}>
                <Checkbox.Group
                  options={[
                    { value: 'cctvExamRooms', label: t('field.cctvExamRooms') },
                    { value: 'cctvFullCoverage', label: t('field.cctvFullCoverage') },
                  ]}
                />
              </Form.Item>
            </>
          )}
        </FormModal>
      )}
    </>
  );
}
