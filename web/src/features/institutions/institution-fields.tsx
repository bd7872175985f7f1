// The registry record's fields, shared by the create and edit pages.
import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useI18n } from '../../app/i18n';
import { INSTITUTION_KINDS, REGISTRY_STATUSES, options } from '../../app/labels';
import { JurisdictionSelect } from '../reference/jurisdiction-select';
import { useAuthorities } from '../reference/use-reference';
import type { Institution } from './types';
import { usccRules } from './uscc-hint';

export interface InstitutionFormValues {
  name: string;
  kind: string;
  uscc: string;
  legalRepresentative: string;
  address: string;
  jurisdictionCode: string;
  authorityId?: string | null;
  contactPhone?: string | null;
  establishedOn?: Dayjs | null;
  /** Edit page only: a status change, with the reason recorded in the status history. */
  status?: string;
  statusReason?: string;
}

export function formValues(i: Institution): InstitutionFormValues {
  return {
    name: i.name,
    kind: i.kind,
    uscc: i.uscc,
    legalRepresentative: i.legalRepresentative,
    address: i.address,
    jurisdictionCode: i.jurisdictionCode,
    authorityId: i.authorityId,
    contactPhone: i.contactPhone,
    establishedOn: i.establishedOn ? dayjs(i.establishedOn) : null,
    status: i.status,
  };
}

/** Form values → the API's field values (dates as 'YYYY-MM-DD', blanks as null, USCC upper-cased). */
export function apiValues(v: InstitutionFormValues): Record<string, string | null> {
  const text = (s?: string | null) => (s && s.trim() ? s.trim() : null);
  return {
    name: v.name.trim(),
    kind: v.kind,
    uscc: v.uscc.trim().toUpperCase(),
    legalRepresentative: v.legalRepresentative.trim(),
    address: v.address.trim(),
    jurisdictionCode: v.jurisdictionCode,
    authorityId: v.authorityId ?? null,
    contactPhone: text(v.contactPhone),
    establishedOn: v.establishedOn ? v.establishedOn.format('YYYY-MM-DD') : null,
    ...(v.status ? { status: v.status } : {}),
  };
}

export function InstitutionFields({ statusFrom }: { statusFrom?: string }) {
  const { t } = useI18n();
  const authorities = useAuthorities();
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item name="name" label={t('field.name')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="kind" label={t('field.kind')} rules={[{ required: true }]}>
            <Select options={options(t, 'kind', INSTITUTION_KINDS)} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item name="uscc" label={t('field.uscc')} rules={usccRules(t, true)} extra={t('hint.uscc')}>
            <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item
            name="legalRepresentative"
            label={t('field.legalRepresentative')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input maxLength={50} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="address" label={t('field.address')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="jurisdictionCode" label={t('field.jurisdiction')} rules={[{ required: true }]}>
            <JurisdictionSelect />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="authorityId" label={t('field.authority')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={!authorities.data && !authorities.error}
              options={(authorities.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="contactPhone" label={t('field.contactPhone')}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="establishedOn" label={t('field.establishedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      {statusFrom && (
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="status" label={t('field.status')}>
              <Select options={options(t, 'status', REGISTRY_STATUSES)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              noStyle
              shouldUpdate={(a: InstitutionFormValues, b: InstitutionFormValues) => a.status !== b.status}
            >
              {({ getFieldValue }) =>
                getFieldValue('status') !== statusFrom ? (
                  <Form.Item
                    name="statusReason"
                    label={t('institutions.statusReason')}
                    rules={[{ required: true, whitespace: true }]}
                  >
                    <Input maxLength={500} />
                  </Form.Item>
                ) : null
              }
            </Form.Item>
          </Col>
        </Row>
      )}
    </>
  );
}
