import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StateBox } from './components/StateBox';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <StateBox
      title={t('portal.notFound.title')}
      text={t('portal.notFound.text')}
      action={
        <Link to="/" className="pt-button pt-button--primary">
          {t('portal.notFound.home')}
        </Link>
      }
    />
  );
}
