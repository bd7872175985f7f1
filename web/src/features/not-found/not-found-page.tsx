// A path the web app does not know: a real 404 (not a bounce to the login page), with the way home and
// to the public pages a visitor most likely wanted.
import { Button, Result, Space, Typography } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../../app/i18n';
import { useText } from '../cases/texts';

export function NotFoundPage() {
  const { t } = useI18n();
  const tx = useText();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <Result
      status="404"
      title={t('common.pageMissing')}
      subTitle={
        <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }} data-testid="not-found-path">
          {tx(
            `找不到网址 ${pathname}，可能已移动或输入有误。`,
            `Nothing lives at ${pathname}; it may have moved or been mistyped.`,
          )}
        </Typography.Text>
      }
      extra={
        <Space orientation="vertical" size={12}>
          <Button type="primary" onClick={() => navigate('/')} data-testid="not-found-home">
            {t('common.backHome')}
          </Button>
          <Space wrap separator={<Typography.Text type="secondary">·</Typography.Text>}>
            <Link to="/directory">{tx('机构目录', 'Directory')}</Link>
            <Link to="/public-notices">{tx('公示公告', 'Public notices')}</Link>
            <Link to="/guides">{t('nav.guides')}</Link>
          </Space>
        </Space>
      }
    />
  );
}
