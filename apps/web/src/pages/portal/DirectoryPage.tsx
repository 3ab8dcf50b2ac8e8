import type { OrganisationKind } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatTotal } from '../../lib/format';
import { useListParams } from '../../lib/useListParams';
import { usePublicOrganisations } from '../../modules/organisation/hooks/usePublic';
import { DirectoryItem } from './components/DirectoryItem';
import { DirectorySearch } from './components/DirectorySearch';
import { Pager } from './components/Pager';
import { Spinner } from './components/Spinner';
import { LoadFailed, StateBox } from './components/StateBox';

const FILTERS = ['q', 'kind'] as const;

export function DirectoryPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const list = useListParams(FILTERS);
  const query = {
    q: list.filters.q,
    kind: list.filters.kind as OrganisationKind | undefined,
    page: list.page,
    pageSize: list.pageSize,
  };
  const result = usePublicOrganisations(query);

  return (
    <>
      <h1 className="pt-page-title">{t('portal.directory.title')}</h1>
      <p className="pt-page-lead">{t('portal.directory.lead')}</p>
      <DirectorySearch q={list.filters.q} kind={list.filters.kind} onChange={list.setFilters} />
      {result.isPending ? <Spinner /> : null}
      {result.isError ? <LoadFailed error={result.error} onRetry={() => void result.refetch()} /> : null}
      {result.data && result.data.items.length === 0 ? (
        <StateBox title={t('portal.directory.empty')} text={t('portal.directory.emptyHint')} />
      ) : null}
      {result.data && result.data.items.length > 0 ? (
        <>
          <p className="pt-result-count" aria-live="polite">
            {t(result.data.totalIsLowerBound ? 'portal.directory.resultsLowerBound' : 'portal.directory.results', {
              total: formatTotal(result.data.total, false, locale),
            })}
          </p>
          <ul className="pt-org-list" aria-busy={result.isFetching}>
            {result.data.items.map((organisation) => (
              <DirectoryItem key={organisation.id} organisation={organisation} />
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
