import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/errorText';
import { isApiError } from '../lib/http';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  /** For a record page: a malformed id (400) means "not found" too. */
  record?: boolean;
}

/** Full-area state for a failed load: 403 → no access, 404 → not found, else the server's message with a retry. */
export function ErrorState({ error, onRetry, record = false }: ErrorStateProps) {
  const { t } = useTranslation();
  const status = isApiError(error) ? error.status : 0;
  if (status === 403) {
    return <Result status="403" title={t('errors.forbiddenTitle')} subTitle={t('errors.forbidden')} />;
  }
  if (status === 404 || (record && status === 400)) {
    return <Result status="404" title={t('errors.notFoundTitle')} subTitle={t('errors.notFound')} />;
  }
  return (
    <Result
      status="error"
      title={t('errors.loadFailed')}
      subTitle={errorText(error, t)}
      extra={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : null}
    />
  );
}

export function ForbiddenState() {
  const { t } = useTranslation();
  return <Result status="403" title={t('errors.forbiddenTitle')} subTitle={t('errors.forbidden')} />;
}

export function NotFoundState() {
  const { t } = useTranslation();
  return <Result status="404" title={t('errors.notFoundTitle')} subTitle={t('errors.notFound')} />;
}
