import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const SECTIONS = [
  { key: 'notices', to: '/spot-checks', end: true },
  { key: 'failing', to: '/spot-checks/failing', end: false },
] as const;

/** The public spot-check sections, one tap apart. */
export function SpotCheckNav() {
  const { t } = useTranslation();
  return (
    <nav className="pt-sc-nav" aria-label={t('spotCheckPortal.nav.section')}>
      {SECTIONS.map((section) => (
        <NavLink key={section.key} to={section.to} end={section.end} className="pt-sc-nav__link">
          {t(`spotCheckPortal.nav.${section.key}`)}
        </NavLink>
      ))}
    </nav>
  );
}
