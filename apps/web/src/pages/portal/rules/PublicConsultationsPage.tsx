import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { usePublicConsultations } from '../../../modules/rules/portal/useRulesPublic';
import { Pager } from '../components/Pager';
import { Spinner } from '../components/Spinner';
import { LoadFailed, StateBox } from '../components/StateBox';

const FILTERS = [] as const;

/** /rules/consultations — consultations open to the public, open ones first. */
export function PublicConsultationsPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const list = useListParams(FILTERS, 20);
  const result = usePublicConsultations({ page: list.page, pageSize: list.pageSize });
  return (
    <>
      <h1 className="pt-page-title">{t('rulesPortal.consultations.title')}</h1>
      <p className="pt-page-lead">{t('rulesPortal.consultations.lead')}</p>
      {result.isPending ? <Spinner /> : null}
      {result.isError ? <LoadFailed error={result.error} onRetry={() => void result.refetch()} /> : null}
      {result.data && result.data.items.length === 0 ? <StateBox title={t('rulesPortal.consultations.empty')} /> : null}
      {result.data && result.data.items.length > 0 ? (
        <>
          <ul className="pt-org-list" aria-busy={result.isFetching}>
            {result.data.items.map((c) => (
              <li key={c.id}>
                <article className="pt-org">
                  <h2 className="pt-org__name">
                    <Link to={`/rules/consultations/${c.id}`} data-testid="public-consultation-row">
                      {c.title}
                    </Link>
                  </h2>
                  <p className="pt-org__meta">
                    {c.organisationName} · {t(`rulesConsole.enums.consultationStatus.${c.status}`)} ·{' '}
                    {t('rulesPortal.consultations.deadline', { date: formatDateTime(c.deadline, locale) })} ·{' '}
                    {t('rulesPortal.consultations.comments', { count: c.comments })}
                  </p>
                </article>
              </li>
            ))}
          </ul>
          <Pager
            page={result.data.page}
            pageSize={result.data.pageSize}
            total={result.data.total}
            totalIsLowerBound={result.data.totalIsLowerBound}
            itemCount={result.data.items.length}
            onChange={(page) => list.setPage(page)}
          />
        </>
      ) : null}
    </>
  );
}
