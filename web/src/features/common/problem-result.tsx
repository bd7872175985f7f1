// A page whose record could not be loaded: 404 (missing or outside the caller's scope — the server
// does not tell which), 403, or any other problem, with the server's own title and detail.
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n';

export function ProblemResult({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const status = error.status === 404 ? '404' : error.status === 403 ? '403' : 'error';
  return (
    <Result
      status={status}
      title={error.problem.title}
      subTitle={error.problem.detail}
      extra={[
        <Button key="back" onClick={() => navigate(-1)}>
          {t('common.back')}
        </Button>,
        ...(onRetry && status === 'error'
          ? [
              <Button key="retry" type="primary" onClick={onRetry}>
                {t('common.retry')}
              </Button>,
            ]
          : []),
      ]}
    />
  );
}
