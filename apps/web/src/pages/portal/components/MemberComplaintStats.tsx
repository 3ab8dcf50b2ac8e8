import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatNumber, formatPercent } from '../../../lib/format';
import { useOrganisationComplaintStats } from '../../../modules/complaint/hooks/useComplaintPublic';

const FIGURES = ['received', 'closed', 'settledRate', 'onTimeRate'] as const;

/** A member enterprise's complaint figures of the last 12 months, and a link to complain about it. */
export function MemberComplaintStats({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const stats = useOrganisationComplaintStats(id, true);
  const none = t('common.none');
  const data = stats.data;
  const figureValue = (figure: (typeof FIGURES)[number]): string => {
    if (!data) return none;
    if (figure === 'received' || figure === 'closed') return formatNumber(data[figure], locale);
    return formatPercent(data[figure], locale) ?? none;
  };
  return (
    <section className="pt-section" data-testid="member-complaint-stats">
      <div className="pt-section__head">
        <h2 className="pt-section__title">{t('portal.organisation.complaintStats')}</h2>
        <Link to={`/complaints/new?enterpriseId=${encodeURIComponent(id)}`} className="pt-button pt-button--small">
          {t('portal.organisation.fileComplaint')}
        </Link>
      </div>
      {stats.isPending ? <div className="pt-grid" aria-busy="true" /> : null}
      {stats.isError ? <p className="pt-result-count">{t('portal.organisation.statsUnavailable')}</p> : null}
      {stats.data ? (
        <>
          <div className="pt-grid">
            {FIGURES.map((figure) => (
              <div key={figure} className="pt-card pt-figure">
                <div className="pt-figure__value">{figureValue(figure)}</div>
                <div className="pt-figure__label">{t(`portal.organisation.${figure}`)}</div>
              </div>
            ))}
          </div>
          <p className="pt-result-count" style={{ marginTop: 8 }}>
            {t('portal.organisation.statsPeriod', { from: stats.data.from, to: stats.data.to })}
          </p>
        </>
      ) : null}
    </section>
  );
}
