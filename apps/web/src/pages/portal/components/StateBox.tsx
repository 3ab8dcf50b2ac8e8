import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errorText';

interface StateBoxProps {
  title: string;
  text?: string;
  tone?: 'neutral' | 'error';
  action?: ReactNode;
}

/** Empty, error and not-found states of the portal. */
export function StateBox({ title, text, tone = 'neutral', action }: StateBoxProps) {
  return (
    <div
      className={tone === 'error' ? 'pt-state pt-state--error' : 'pt-state'}
      role={tone === 'error' ? 'alert' : 'status'}
    >
      <p className="pt-state__title">{title}</p>
      {text ? <p>{text}</p> : null}
      {action}
    </div>
  );
}

/** The error state of a portal page whose data did not load, with a retry button. */
export function LoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <StateBox
      tone="error"
      title={t('errors.loadFailed')}
      text={errorText(error, t)}
      action={
        <button type="button" className="pt-button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      }
    />
  );
}
