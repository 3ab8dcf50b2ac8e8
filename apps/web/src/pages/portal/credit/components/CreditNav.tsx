import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const SECTIONS = [
  { key: 'grades', to: '/credit', end: true },
  { key: 'warnings', to: '/credit/warnings', end: false },
  { key: 'lists', to: '/credit/lists', end: false },
  { key: 'commitments', to: '/credit/commitments', end: false },
] as const;

/** The four public credit sections, one tap apart (scrolls sideways on a narrow phone). */
export function CreditNav() {
  const { t } = useTranslation();
  return (
    <nav className="pt-credit-nav" aria-label={t('creditPortal.nav.section')}>
      {SECTIONS.map((section) => (
        <NavLink key={section.key} to={section.to} end={section.end} className="pt-credit-nav__link">
          {t(`creditPortal.nav.${section.key}`)}
        </NavLink>
      ))}
    </nav>
  );
}
