import { useTranslation } from 'react-i18next';

export function Spinner() {
  const { t } = useTranslation();
  return (
    <div className="gz-fullpage-spinner" role="status">
      <span className="gz-spinner" />
      <span className="gz-visually-hidden">{t('common.loading')}</span>
    </div>
  );
}
