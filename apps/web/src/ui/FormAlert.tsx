import type { FieldError } from '@gongzhi/contracts';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/errorText';
import { isApiError } from '../lib/http';

interface FormAlertProps {
  error: unknown;
  /** Field errors that have no form item of their own. */
  details?: FieldError[];
  /** Offered on a 409 version conflict: reload the record and start again. */
  onReload?: () => void;
}

/** The form-level message of a failed save (field messages go next to their fields). */
export function FormAlert({ error, details = [], onReload }: FormAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isApiError(error) && error.code === 'version_conflict') {
    return (
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('errors.versionConflictTitle')}
        description={t('errors.versionConflict')}
        action={
          onReload ? (
            <Button size="small" onClick={onReload}>
              {t('common.reload')}
            </Button>
          ) : null
        }
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={errorText(error, t)}
      description={
        details.length > 0 ? (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {details.map((detail) => (
              <li key={`${detail.field}:${detail.issue}`}>{detail.message}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
