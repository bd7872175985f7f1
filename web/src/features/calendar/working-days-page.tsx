// The working-day calculator as a page of its own (menu 「工作日计算」).
import { Space, Typography } from 'antd';
import { useI18n } from '../../app/i18n';
import { WorkingDaysCard } from './working-days-card';

export function WorkingDaysPage() {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 960 }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('calendar.intro')}
      </Typography.Paragraph>
      <WorkingDaysCard />
    </Space>
  );
}
