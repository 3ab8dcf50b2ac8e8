import { useTranslation } from 'react-i18next';
import { SectionNav } from '../../components/SectionNav';

const SECTIONS = [
  { key: 'grades', to: '/credit', end: true },
  { key: 'warnings', to: '/credit/warnings', end: false },
  { key: 'lists', to: '/credit/lists', end: false },
  { key: 'commitments', to: '/credit/commitments', end: false },
] as const;

/** The four public credit sections. */
export function CreditNav() {
  const { t } = useTranslation();
  return (
    <SectionNav
      label={t('creditPortal.nav.section')}
      sections={SECTIONS.map((section) => ({ ...section, label: t(`creditPortal.nav.${section.key}`) }))}
    />
  );
}
