// The header's reminder that this is a demonstration deployment and which day the server counts as
// today. The system administrator may move that day forward from here, to watch a notice period or a
// deadline end (docs/decisions/0016-demo-clock.md); every page then reloads on the new date. The
// dialog (number input, messages) loads when opened: a visitor's page carries the tag only.
import { Space } from 'antd';
import { FieldTimeOutlined } from '@ant-design/icons';
import { lazy, Suspense, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { LazyTooltip } from '../../app/lazy-tooltip';
import { Button, Tag } from '../../app/light';

export interface DemoClockView {
  enabled: boolean;
  offsetDays: number;
  today: string;
  realToday: string;
  abilities: { advance: boolean };
}

const DemoClockDialog = lazy(() => import('./demo-clock-dialog'));

export function DemoClockTag({ clock }: { clock: DemoClockView }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);

  const text =
    clock.offsetDays > 0
      ? t('demoClock.shifted', { today: clock.today, days: clock.offsetDays })
      : t('demoClock.today', { today: clock.today });
  return (
    <Space size={4} data-testid="demo-clock">
      <LazyTooltip title={t('demoClock.tooltip', { real: clock.realToday })}>
        <Tag color={clock.offsetDays > 0 ? 'orange' : 'default'} icon={<FieldTimeOutlined />}>
          {text}
        </Tag>
      </LazyTooltip>
      {clock.abilities.advance && (
        <Button
          size="small"
          data-testid="demo-clock-open"
          onClick={() => {
            setOpened(true);
            setOpen(true);
          }}
        >
          {t('demoClock.advance')}
        </Button>
      )}
      {opened && (
        <Suspense fallback={null}>
          <DemoClockDialog clock={clock} open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </Space>
  );
}
