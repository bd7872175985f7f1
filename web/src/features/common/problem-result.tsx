// A page whose record could not be loaded: 404 (missing or outside the caller's scope — the server
// does not tell which), 403, or any other problem, with the server's own title and detail (in English
// by its code, app/problems.tsx).
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { problemText } from '../../app/problems';

export function ProblemResult({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t, lang } = useI18n();
  const text = problemText(error.problem, lang);
  const navigate = useNavigate();
  const status = error.status === 404 ? '404' : error.status === 403 ? '403' : 'error';
  return (
    <Result
      status={status}
      title={text.title}
      subTitle={text.detail}
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
