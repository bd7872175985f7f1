// 职业范围: the occupations × levels an institution may evaluate, each with its validity period.
// Granted by the supervising authority (filing decisions), so the button follows `manageScopes`.
import { Col, DatePicker, Form, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Dayjs } from 'dayjs';
import { compact, FormModal } from '../../app/form-modal';
import { useI18n } from '../../app/i18n';
import { STATUS_COLORS, label } from '../../app/labels';
import { LevelSelect, useLevelName } from '../reference/level-select';
import { OccupationSelect } from '../reference/occupation-select';
import { SubList, useSubList } from './sub-list';
import type { Institution, Scope } from './types';

interface ScopeForm {
  occupationCode: string;
  level: number;
  validFrom?: Dayjs;
  validTo?: Dayjs;
}

export function ScopesTab({ institution }: { institution: Institution }) {
  const { t } = useI18n();
  const levelName = useLevelName();
  const list = useSubList<Scope>(`/institutions/${institution.id}/scopes`);
  const [adding, setAdding] = useState(false);
  const canAdd = institution.abilities.manageScopes;

  return (
    <>
      <SubList<Scope>
        list={list}
        addLabel={t('scopes.add')}
        onAdd={canAdd ? () => setAdding(true) : undefined}
        columns={[
          {
            title: t('field.occupation'),
            dataIndex: 'occupationCode',
            render: (code: string, r) => (
              <>
                <Typography.Text code>{code}</Typography.Text> {r.occupationName}
              </>
            ),
          },
          { title: t('field.level'), dataIndex: 'level', width: 160, render: (l: number) => levelName(l) },
          {
            title: t('field.validity'),
            key: 'validity',
            width: 240,
            render: (_: unknown, r) => `${r.validFrom ?? '—'} ~ ${r.validTo ?? t('scopes.openEnded')}`,
          },
          {
            title: t('field.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: string) => <Tag color={STATUS_COLORS[s]}>{label(t, 'scopeStatus', s)}</Tag>,
          },
        ]}
      />
      {canAdd && (
        <FormModal<ScopeForm, Scope>
          title={t('scopes.add')}
          open={adding}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            list.reload();
          }}
          path={`/institutions/${institution.id}/scopes`}
          toBody={(v) =>
            compact({
              occupationCode: v.occupationCode,
              level: v.level,
              validFrom: v.validFrom?.format('YYYY-MM-DD'),
              validTo: v.validTo?.format('YYYY-MM-DD'),
            })
          }
        >
          {() => (
            <>
              <Form.Item name="occupationCode" label={t('field.occupation')} rules={[{ required: true }]}>
                <OccupationSelect />
              </Form.Item>
              <Form.Item name="level" label={t('field.level')} rules={[{ required: true }]}>
                <LevelSelect />
              </Form.Item>
              <Row gutter={16}>
                <Col span={12}>
                  <Form.Item name="validFrom" label={t('field.validFrom')}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="validTo" label={t('field.validTo')}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
            </>
          )}
        </FormModal>
      )}
    </>
  );
}
