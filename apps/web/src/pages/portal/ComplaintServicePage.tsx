import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatYearRanges } from '../../lib/format';
import { useComplaintService } from '../../modules/complaint/hooks/useComplaintPublic';
import { Spinner } from './components/Spinner';
import { LoadFailed } from './components/StateBox';

const STEPS = ['submit', 'accept', 'enterprise', 'mediate', 'close'] as const;

/** The public page of the consumer-rights service: process, time limits with their rule, hotlines. */
export function ComplaintServicePage() {
  const { t } = useTranslation();
  const service = useComplaintService();
  const limit = service.data?.timeLimit;
  const stepDays = {
    submit: undefined,
    accept: limit?.acceptanceDays,
    enterprise: limit?.enterpriseResponseDays,
    mediate: limit?.mediationDays,
    close: undefined,
  } as const;

  return (
    <>
      <h1 className="pt-page-title">{t('portal.complaints.title')}</h1>
      <p className="pt-page-lead">{t('portal.complaints.lead')}</p>
      <div className="pt-hero__actions">
        <Link to="/complaints/new" className="pt-button pt-button--primary">
          {t('portal.complaints.file')}
        </Link>
        <Link to="/complaints/track" className="pt-button">
          {t('portal.complaints.track')}
        </Link>
      </div>

      {service.isPending ? <Spinner /> : null}
      {service.isError ? <LoadFailed error={service.error} onRetry={() => void service.refetch()} /> : null}

      {service.data && limit ? (
        <>
          <section className="pt-section">
            <h2 className="pt-section__title">{t('portal.complaints.processTitle')}</h2>
            <div className="pt-card">
              <ol className="pt-steps">
                {STEPS.map((step) => (
                  <li key={step} className="pt-step">
                    <span className="pt-step__title">{t(`portal.complaints.steps.${step}.title`)}</span>
                    <span className="pt-step__text">
                      {t(`portal.complaints.steps.${step}.text`, { days: stepDays[step] ?? '' })}
                    </span>
                  </li>
                ))}
              </ol>
            </div>
          </section>

          <section className="pt-section">
            <h2 className="pt-section__title">{t('portal.complaints.timeLimitsTitle')}</h2>
            <div className="pt-card">
              <dl className="pt-fields" data-testid="time-limits">
                <dt>{t('portal.complaints.limits.acceptance')}</dt>
                <dd>{t('portal.complaints.workingDays', { count: limit.acceptanceDays })}</dd>
                <dt>{t('portal.complaints.limits.enterpriseResponse')}</dt>
                <dd>{t('portal.complaints.workingDays', { count: limit.enterpriseResponseDays })}</dd>
                <dt>{t('portal.complaints.limits.mediation')}</dt>
                <dd>{t('portal.complaints.workingDays', { count: limit.mediationDays })}</dd>
                <dt>{t('portal.complaints.limits.terminationNotice')}</dt>
                <dd>{t('portal.complaints.workingDays', { count: limit.terminationNoticeDays })}</dd>
                <dt>{t('portal.complaints.limits.limitation')}</dt>
                <dd>{t('portal.complaints.years', { count: limit.limitationYears })}</dd>
              </dl>
              <div className="pt-notes">
                <p>
                  {t('portal.complaints.timeLimitRule', { rule: limit.ruleName })} (
                  {t('portal.complaints.timeLimitVersion', { version: limit.version })})
                </p>
                <p>{t('portal.complaints.workingDayNote')}</p>
                <p>{t('portal.complaints.limitationNote', { years: limit.limitationYears })}</p>
                <p>
                  {service.data.loadedYears.length > 0
                    ? t('portal.complaints.calendarYears', {
                        years: formatYearRanges(service.data.loadedYears, t('common.listSeparator')),
                      })
                    : t('portal.complaints.calendarYearsNone')}
                </p>
              </div>
            </div>
          </section>

          <section className="pt-section">
            <h2 className="pt-section__title">{t('portal.complaints.hotlinesTitle')}</h2>
            <ul className="pt-org-list">
              {service.data.associations.map((association) => (
                <li key={association.id} className="pt-org">
                  <div className="pt-org__head">
                    <h3 className="pt-org__name">
                      <Link to={`/directory/${association.id}`}>{association.name}</Link>
                    </h3>
                  </div>
                  <p style={{ margin: '6px 0 0' }}>
                    {association.hotline ? (
                      <a href={`tel:${association.hotline.replace(/[^\d+]/g, '')}`} className="pt-code">
                        {association.hotline}
                      </a>
                    ) : (
                      <span className="pt-field__hint">{t('portal.complaints.noHotline')}</span>
                    )}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </>
  );
}
