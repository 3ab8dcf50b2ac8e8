import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { PortalLanguageSwitch } from './PortalLanguageSwitch';

export function PortalHeader() {
  const { t } = useTranslation();
  return (
    <header className="pt-header">
      <div className="pt-container pt-header__inner">
        <Link to="/" className="pt-brand">
          <span className="pt-brand__mark" aria-hidden="true">
            {t('app.name').slice(0, 1)}
          </span>
          <span>{t('app.name')}</span>
          <span className="pt-brand__sub">{t('app.fullName')}</span>
        </Link>
        <nav className="pt-nav">
          <NavLink to="/" end className="pt-nav__link">
            {t('portal.nav.home')}
          </NavLink>
          <NavLink to="/directory" className="pt-nav__link">
            {t('portal.nav.directory')}
          </NavLink>
          <NavLink to="/complaints" className="pt-nav__link">
            {t('portal.nav.complaints')}
          </NavLink>
          <NavLink to="/warnings" className="pt-nav__link">
            {t('portal.nav.warnings')}
          </NavLink>
          <NavLink to="/credit" className="pt-nav__link">
            {t('creditPortal.nav.credit')}
          </NavLink>
          <NavLink to="/spot-checks" className="pt-nav__link">
            {t('spotCheckPortal.nav.spotChecks')}
          </NavLink>
          <NavLink to="/rules" className="pt-nav__link">
            {t('rulesPortal.nav')}
          </NavLink>
        </nav>
        <div className="pt-header__actions">
          <PortalLanguageSwitch />
          <Link to="/login" className="pt-button pt-button--primary pt-button--small">
            {t('portal.nav.login')}
          </Link>
        </div>
      </div>
    </header>
  );
}
