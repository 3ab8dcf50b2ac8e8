import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { timeLimitOf } from './timeLimit';

/** A refusal for being too late or too early, with the date the server named. */
export function TimeLimitAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const limit = timeLimitOf(error);
  if (!limit) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-time-limit={limit.code}
      title={
        limit.date
          ? t(`creditConsole.timeLimit.${limit.code}`, { date: limit.date })
          : t('creditConsole.timeLimit.noDate')
      }
    />
  );
}

/** A save whose time-limit refusal is shown by `TimeLimitAlert` rather than the form's general alert. */
export function withoutTimeLimit<S extends { error: unknown }>(save: S): S {
  return timeLimitOf(save.error) ? { ...save, error: null } : save;
}
