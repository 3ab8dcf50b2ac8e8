import { useTranslation } from 'react-i18next';
import { currentLocale, formatTotal } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { toNoticeQuery } from '../../../modules/spotcheck-portal/spotCheckPortal';
import { usePublicSpotChecks } from '../../../modules/spotcheck-portal/useSpotCheckPublic';
import { CreditSearchForm } from '../credit/components/CreditSearchForm';
import { PagedResults } from '../credit/components/PagedResults';
import { NoticeItem } from './components/NoticeItem';
import { SpotCheckNav } from './components/SpotCheckNav';
import './spotcheck.css';

const FILTERS = ['q'] as const;

/** /spot-checks — the published spot-check notices, searchable, newest first. */
export function SpotCheckNoticesPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const list = useListParams(FILTERS);
  const result = usePublicSpotChecks(toNoticeQuery(list.filters, list.page, list.pageSize));
  return (
    <>
      <SpotCheckNav />
      <h1 className="pt-page-title">{t('spotCheckPortal.notices.title')}</h1>
      <p className="pt-page-lead">{t('spotCheckPortal.notices.lead')}</p>
      <CreditSearchForm
        id="spot-check-q"
        label={t('spotCheckPortal.notices.searchLabel')}
        q={list.filters.q}
        onSearch={(q) => list.setFilters({ q })}
      />
      <PagedResults
        result={result}
        label={t('spotCheckPortal.notices.title')}
        emptyTitle={list.filtered ? t('spotCheckPortal.notices.noMatch') : t('spotCheckPortal.notices.empty')}
        emptyText={list.filtered ? t('spotCheckPortal.notices.noMatchHint') : t('spotCheckPortal.notices.emptyHint')}
        head={(page) => (
          <p className="pt-result-count" aria-live="polite">
            {t(
              page.totalIsLowerBound ? 'spotCheckPortal.notices.resultsLowerBound' : 'spotCheckPortal.notices.results',
              {
                total: formatTotal(page.total, false, locale),
              },
            )}
          </p>
        )}
        itemKey={(notice) => notice.id}
        renderItem={(notice) => <NoticeItem notice={notice} />}
        onPage={(page) => list.setPage(page)}
      />
    </>
  );
}
