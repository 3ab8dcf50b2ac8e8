import { useTranslation } from 'react-i18next';
import { currentLocale, formatDateTime } from '../../lib/format';
import { useListParams } from '../../lib/useListParams';
import { usePublishedWarnings } from '../../modules/warning/hooks/useWarnings';
import { Pager } from './components/Pager';
import { Spinner } from './components/Spinner';
import { LoadFailed, StateBox } from './components/StateBox';

const FILTERS = [] as const;

/** Published consumer warnings (消费预警), newest first. */
export function WarningsPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const list = useListParams(FILTERS, 10);
  const result = usePublishedWarnings({ page: list.page, pageSize: list.pageSize });

  return (
    <>
      <h1 className="pt-page-title">{t('portal.warnings.title')}</h1>
      <p className="pt-page-lead">{t('portal.warnings.lead')}</p>
      {result.isPending ? <Spinner /> : null}
      {result.isError ? <LoadFailed error={result.error} onRetry={() => void result.refetch()} /> : null}
      {result.data && result.data.items.length === 0 ? <StateBox title={t('portal.warnings.empty')} /> : null}
      {result.data && result.data.items.length > 0 ? (
        <>
          <ul className="pt-org-list" aria-busy={result.isFetching}>
            {result.data.items.map((warning) => (
              <li key={warning.id}>
                <article className="pt-warning">
                  <h2 className="pt-warning__title">{warning.title}</h2>
                  <p className="pt-warning__meta">
                    {t('portal.warnings.publishedAt', {
                      association: warning.associationName,
                      date: formatDateTime(warning.publishedAt ?? warning.createdAt, locale),
                    })}
                    {warning.productCategory
                      ? ` · ${t('portal.warnings.productCategory', { category: warning.productCategory })}`
                      : null}
                  </p>
                  <p className="pt-text" style={{ margin: 0 }}>
                    {warning.body}
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
