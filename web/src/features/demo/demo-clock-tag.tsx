// The header's reminder that this is a demonstration deployment and which day the server counts as
// today. The system administrator may move that day forward from here, to watch a notice period or a
// deadline end (docs/decisions/0016-demo-clock.md); every page then reloads on the new date.
import { Button, InputNumber, Modal, Space, Tag, Tooltip, Typography, type ButtonProps } from 'antd';
import { FieldTimeOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { useProblemToast } from '../../app/problems';
import { useApi } from '../../app/use-api';

interface DemoClockView {
  enabled: boolean;
  offsetDays: number;
  today: string;
  realToday: string;
  abilities: { advance: boolean };
}

export function DemoClockTag() {
  const { t } = useI18n();
  const { data } = useApi<DemoClockView>('/demo/clock');
  const [open, setOpen] = useState(false);
  const [days, setDays] = useState<number | null>(1);
  const [busy, setBusy] = useState(false);
  const toast = useProblemToast();
  if (!data?.enabled) return null;

  const advance = async () => {
    setBusy(true);
    try {
      await api.post('/demo/clock/advance', { days });
      window.location.reload();
    } catch (err) {
      toast(err);
      setBusy(false);
    }
  };

  const text =
    data.offsetDays > 0
      ? t('demoClock.shifted', { today: data.today, days: data.offsetDays })
      : t('demoClock.today', { today: data.today });
  return (
    <Space size={4} data-testid="demo-clock">
      <Tooltip title={t('demoClock.tooltip', { real: data.realToday })}>
        <Tag color={data.offsetDays > 0 ? 'orange' : 'default'} icon={<FieldTimeOutlined />}>
          {text}
        </Tag>
      </Tooltip>
      {data.abilities.advance && (
        <Button size="small" data-testid="demo-clock-open" onClick={() => setOpen(true)}>
          {t('demoClock.advance')}
        </Button>
      )}
      <Modal
        open={open}
        title={t('demoClock.title')}
        okText={t('demoClock.confirm')}
        okButtonProps={{ disabled: !days, loading: busy, 'data-testid': 'demo-clock-submit' } as ButtonProps}
        onOk={() => void advance()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('demoClock.explain')}</Typography.Paragraph>
        <Space>
          <label htmlFor="demo-clock-days">{t('demoClock.days')}</label>
          <InputNumber
            id="demo-clock-days"
            min={1}
            max={3650 - data.offsetDays}
            precision={0}
            value={days}
            onChange={(v) => setDays(v)}
          />
        </Space>
      </Modal>
    </Space>
  );
}
