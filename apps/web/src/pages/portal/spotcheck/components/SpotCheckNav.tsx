import { useTranslation } from 'react-i18next';
import { SectionNav } from '../../components/SectionNav';

const SECTIONS = [
  { key: 'notices', to: '/spot-checks', end: true },
  { key: 'failing', to: '/spot-checks/failing', end: false },
] as const;

/** The public spot-check sections. */
export function SpotCheckNav() {
  const { t } = useTranslation();
  return (
    <SectionNav
      label={t('spotCheckPortal.nav.section')}
      sections={SECTIONS.map((section) => ({ ...section, label: t(`spotCheckPortal.nav.${section.key}`) }))}
    />
  );
}
