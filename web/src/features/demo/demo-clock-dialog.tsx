// The system administrator's dialog that moves the demo clock forward (demo-clock-tag.tsx opens it).
import { InputNumber, Modal, Space, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { useProblemToast } from '../../app/problems';
import type { DemoClockView } from './demo-clock-tag';

export default function DemoClockDialog({
  clock,
  open,
  onClose,
}: {
  clock: DemoClockView;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [days, setDays] = useState<number | null>(1);
  const [busy, setBusy] = useState(false);
  const toast = useProblemToast();

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

  return (
    <Modal
      open={open}
      title={t('demoClock.title')}
      okText={t('demoClock.confirm')}
      okButtonProps={{ disabled: !days, loading: busy, 'data-testid': 'demo-clock-submit' } as ButtonProps}
      onOk={() => void advance()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('demoClock.explain')}</Typography.Paragraph>
      <Space>
        <label htmlFor="demo-clock-days">{t('demoClock.days')}</label>
        <InputNumber
          id="demo-clock-days"
          min={1}
          max={3650 - clock.offsetDays}
          precision={0}
          value={days}
          onChange={(v) => setDays(v)}
        />
      </Space>
    </Modal>
  );
}
