import { useTranslation } from 'react-i18next';

export function PortalFooter() {
  const { t } = useTranslation();
  return (
    <footer className="pt-footer">
      <div className="pt-container">
        <p>{t('portal.footer.standard')}</p>
        <p>{t('portal.footer.about')}</p>
      </div>
    </footer>
  );
}
