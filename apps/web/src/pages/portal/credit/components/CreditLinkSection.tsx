import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { creditPagePath } from '../../../../modules/credit/portal/creditPortal';

/** On an enterprise's public page: the way to its public credit page (in the portal's first load: keep it tiny). */
export function CreditLinkSection({ creditCode }: { creditCode: string }) {
  const { t } = useTranslation();
  return (
    <section className="pt-section" aria-labelledby="organisation-credit">
      <div className="pt-section__head">
        <h2 className="pt-section__title" id="organisation-credit">
          {t('creditPortal.organisationLink.title')}
        </h2>
        <Link to={creditPagePath(creditCode)} className="pt-button pt-button--small">
          {t('creditPortal.organisationLink.action')}
        </Link>
      </div>
      <p className="pt-result-count">{t('creditPortal.organisationLink.text')}</p>
    </section>
  );
}
