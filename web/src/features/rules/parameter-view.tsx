// A parameter's dated values (OpenFisca style): from which date which value applies, set by which
// article. A leading null means "not in force before the text applied"; a later null is a repeal.
import { Space, Tag, Typography } from 'antd';
import { useI18n, type Translate } from '../../app/i18n';
import { label } from '../../app/labels';
import type { Parameter } from './types';
import { ValueText } from './values-view';

export const unitLabel = (t: Translate, unit: string): string => label(t, 'unit', unit);

export function ParameterVersions({ p }: { p: Parameter }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      {p.versions.map((v, i) => {
        if (v.value === null && i === 0) {
          const next = p.versions[1];
          return next ? (
            <Typography.Text key={v.from} type="secondary" style={{ fontSize: 12 }}>
              {t('rules.notBefore', { from: next.from })}
            </Typography.Text>
          ) : (
            <Tag key={v.from}>{t('rules.notInForce')}</Tag>
          );
        }
        return (
          <div key={v.from}>
            <Typography.Text type="secondary">{t('rules.fromDate', { from: v.from })}</Typography.Text>{' '}
            {v.value === null ? (
              <Tag>{t('rules.repealed')}</Tag>
            ) : (
              <Typography.Text strong>
                <ValueText value={v.value} />
              </Typography.Text>
            )}
            {typeof v.value === 'number' && p.unit && (
              <Typography.Text> {unitLabel(t, p.unit)}</Typography.Text>
            )}
            {v.referenceText && (
              <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                {t('rules.reference', { ref: v.referenceText })}
              </Typography.Text>
            )}
            {v.note && (
              <div>
                <Typography.Text type="secondary" italic style={{ fontSize: 12 }}>
                  {v.note}
                </Typography.Text>
              </div>
            )}
          </div>
        );
      })}
    </Space>
  );
}
