import { useTranslation } from 'react-i18next';
import { currentLocale, formatTotal } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { toFailingQuery } from '../../../modules/spotcheck-portal/spotCheckPortal';
import { usePublicFailingProducts } from '../../../modules/spotcheck-portal/useSpotCheckPublic';
import { CreditSearchForm } from '../credit/components/CreditSearchForm';
import { PagedResults } from '../credit/components/PagedResults';
import { FailingItem } from './components/FailingItem';
import { SpotCheckNav } from './components/SpotCheckNav';
import './spotcheck.css';

const FILTERS = ['q', 'notice'] as const;

/** /spot-checks/failing — failing products of member enterprises, searchable by enterprise or product. */
export function SpotCheckFailingPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const list = useListParams(FILTERS);
  const result = usePublicFailingProducts(toFailingQuery(list.filters, list.page, list.pageSize));
  return (
    <>
      <SpotCheckNav />
      <h1 className="pt-page-title">{t('spotCheckPortal.failing.title')}</h1>
      <p className="pt-page-lead">{t('spotCheckPortal.failing.lead')}</p>
      <CreditSearchForm
        id="spot-check-failing-q"
        label={t('spotCheckPortal.failing.searchLabel')}
        q={list.filters.q}
        onSearch={(q) => list.setFilters({ q })}
      />
      <PagedResults
        result={result}
        label={t('spotCheckPortal.failing.title')}
        emptyTitle={list.filtered ? t('spotCheckPortal.failing.noMatch') : t('spotCheckPortal.failing.empty')}
        emptyText={list.filtered ? t('spotCheckPortal.failing.noMatchHint') : t('spotCheckPortal.failing.emptyHint')}
        head={(page) => (
          <p className="pt-result-count" aria-live="polite">
            {t(
              page.totalIsLowerBound ? 'spotCheckPortal.failing.resultsLowerBound' : 'spotCheckPortal.failing.results',
              {
                total: formatTotal(page.total, false, locale),
              },
            )}
          </p>
        )}
        itemKey={(product) => product.id}
        renderItem={(product) => <FailingItem product={product} />}
        onPage={(page) => list.setPage(page)}
      />
    </>
  );
}
