import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CardSection } from './components/CardSection';
import { PortalFigures } from './components/PortalFigures';

const PARTIES = ['regulator', 'association', 'enterprise', 'consumer'] as const;
const PRINCIPLES = ['coGovernance', 'transparency', 'continuous'] as const;

/** Public services that exist today; later capabilities add their entry here (credit has its own texts). */
const PUBLIC_LINKS = [
  { key: 'directory', to: '/directory' },
  { key: 'complaints', to: '/complaints' },
  { key: 'track', to: '/complaints/track' },
  { key: 'warnings', to: '/warnings' },
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
          <Link to="/complaints/new" className="pt-button">
            {t('portal.home.fileComplaint')}
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

      <CardSection
        title={t('portal.home.partiesTitle')}
        cards={PARTIES.map((party) => ({
          key: party,
          title: t(`portal.home.parties.${party}.title`),
          text: t(`portal.home.parties.${party}.text`),
        }))}
      />

      <CardSection
        title={t('portal.home.linksTitle')}
        cards={[
          ...PUBLIC_LINKS.map((link) => ({
            key: link.key,
            to: link.to,
            title: t(`portal.home.links.${link.key}.title`),
            text: t(`portal.home.links.${link.key}.text`),
          })),
          { key: 'credit', to: '/credit', title: t('creditPortal.home.title'), text: t('creditPortal.home.text') },
          {
            key: 'spotChecks',
            to: '/spot-checks',
            title: t('spotCheckPortal.home.title'),
            text: t('spotCheckPortal.home.text'),
          },
        ]}
      />

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
