import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PortalFigures } from './components/PortalFigures';

const PARTIES = ['regulator', 'association', 'enterprise', 'consumer'] as const;
const PRINCIPLES = ['coGovernance', 'transparency', 'continuous'] as const;

/** Public services that exist today; later capabilities (credit, complaints…) add their entry here. */
const PUBLIC_LINKS = [
  { key: 'directory', to: '/directory' },
  { key: 'console', to: '/login' },
] as const;

export function HomePage() {
  const { t } = useTranslation();
  return (
    <>
      <section className="pt-hero">
        <p className="pt-hero__standard">{t('app.standard')}</p>
        <h1 className="pt-hero__title">{t('portal.home.heroTitle')}</h1>
        <p className="pt-hero__lead">{t('portal.home.heroLead')}</p>
        <div className="pt-hero__actions">
          <Link to="/directory" className="pt-button pt-button--primary">
            {t('portal.home.browseDirectory')}
          </Link>
          <Link to="/login" className="pt-button">
            {t('portal.nav.console')}
          </Link>
        </div>
      </section>

      <section className="pt-section">
        <h2 className="pt-section__title">{t('portal.home.figuresTitle')}</h2>
        <PortalFigures />
      </section>

      <section className="pt-section">
        <h2 className="pt-section__title">{t('portal.home.partiesTitle')}</h2>
        <div className="pt-grid pt-grid--wide">
          {PARTIES.map((party) => (
            <article key={party} className="pt-card">
              <h3 className="pt-card__title">{t(`portal.home.parties.${party}.title`)}</h3>
              <p className="pt-card__text">{t(`portal.home.parties.${party}.text`)}</p>
            </article>
          ))}
        </div>
      </section>

      <section className="pt-section">
        <h2 className="pt-section__title">{t('portal.home.linksTitle')}</h2>
        <div className="pt-grid pt-grid--wide">
          {PUBLIC_LINKS.map((link) => (
            <Link key={link.key} to={link.to} className="pt-card">
              <h3 className="pt-card__title">{t(`portal.home.links.${link.key}.title`)}</h3>
              <p className="pt-card__text">{t(`portal.home.links.${link.key}.text`)}</p>
            </Link>
          ))}
        </div>
      </section>

      <section className="pt-section">
        <h2 className="pt-section__title">{t('portal.home.principlesTitle')}</h2>
        <ul className="pt-list">
          {PRINCIPLES.map((principle) => (
            <li key={principle}>{t(`portal.home.principles.${principle}`)}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
