import { useTranslation } from 'react-i18next';
import { currentLocale, formatNumber } from '../../../lib/format';
import { PUBLIC_STAT_KEYS } from '../../../lib/types';
import { usePublicStats } from '../../../modules/organisation/hooks/usePublic';

/** Platform figures from the public statistics endpoint. */
export function PortalFigures() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const stats = usePublicStats();
  if (stats.isPending) return <div className="pt-grid" aria-busy="true" />;
  if (stats.isError) return <p className="pt-result-count">{t('portal.home.figuresUnavailable')}</p>;
  const shown = PUBLIC_STAT_KEYS.filter((key) => typeof stats.data[key] === 'number');
  return (
    <div className="pt-grid">
      {shown.map((key) => (
        <div key={key} className="pt-card pt-figure">
          <div className="pt-figure__value">{formatNumber(stats.data[key] ?? 0, locale)}</div>
          <div className="pt-figure__label">{t(`portal.home.figures.${key}`)}</div>
        </div>
      ))}
    </div>
  );
}
