import type { SpotCheckResult, SpotCheckResultDto } from '@gongzhi/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { MemberPicker } from '../../../modules/credit/components/MemberPicker';
import { DateRangeFilter } from '../../../modules/spotcheck/components/DateRangeFilter';
import { MatchDialog } from '../../../modules/spotcheck/components/MatchDialog';
import { ReinspectionRequestDialog } from '../../../modules/spotcheck/components/ReinspectionRequestDialog';
import { SpotCheckResultTable } from '../../../modules/spotcheck/components/SpotCheckResultTable';
import { SpotCheckResultSelect } from '../../../modules/spotcheck/components/SpotCheckSelects';
import { useSpotCheckScope } from '../../../modules/spotcheck/hooks/useSpotCheckScope';
import { useSpotCheckResults } from '../../../modules/spotcheck/hooks/useSpotChecks';
import { ListCard } from '../../../ui/ListCard';
import { ListToolbar } from '../../../ui/ListToolbar';
import { PageHeader } from '../../../ui/PageHeader';
import { SearchInput } from '../../../ui/SearchInput';

const FILTERS = ['q', 'enterpriseId', 'result', 'category', 'from', 'to'] as const;

/** Results across notices: an association sees its members', the regulator its region's. */
function SpotCheckResults() {
  const { t } = useTranslation();
  const scope = useSpotCheckScope();
  const list = useListParams(FILTERS);
  const [matching, setMatching] = useState<SpotCheckResultDto | null>(null);
  const [requesting, setRequesting] = useState<SpotCheckResultDto | null>(null);
  const result = useSpotCheckResults({
    associationId: scope.association?.id,
    enterpriseId: list.filters.enterpriseId,
    result: list.filters.result as SpotCheckResult | undefined,
    category: list.filters.category,
    q: list.filters.q,
    from: list.filters.from,
    to: list.filters.to,
    page: list.page,
    pageSize: list.pageSize,
  });

  return (
    <>
      <PageHeader
        title={t('spotCheckConsole.results.title')}
        subtitle={scope.association ? t('spotCheckConsole.results.lead') : t('spotCheckConsole.results.regulatorLead')}
      />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <ListToolbar list={list} searchPlaceholder={t('spotCheckConsole.results.search')} searchWidth={260}>
            {scope.association ? (
              <MemberPicker
                associationId={scope.association.id}
                style={{ width: 240, maxWidth: '100%' }}
                {...list.filterProps('enterpriseId', t('spotCheckConsole.results.filters.enterprise'))}
              />
            ) : null}
            <SpotCheckResultSelect
              style={{ width: 130 }}
              {...list.filterProps<SpotCheckResult>('result', t('spotCheckConsole.results.filters.result'))}
            />
            <SearchInput
              value={list.filters.category}
              placeholder={t('spotCheckConsole.results.filters.category')}
              style={{ width: 180, maxWidth: '100%' }}
              onSearch={(text) => list.setFilters({ category: text.trim() || undefined })}
            />
            <DateRangeFilter from={list.filters.from} to={list.filters.to} onChange={list.setFilters} />
          </ListToolbar>
        }
      >
        {(table) => (
          <SpotCheckResultTable
            {...table}
            showMatch={scope.canImport}
            onMatch={scope.canImport ? setMatching : undefined}
            onRequestReinspection={scope.canReinspect ? setRequesting : undefined}
          />
        )}
      </ListCard>
      {scope.canImport ? <MatchDialog result={matching} onClose={() => setMatching(null)} /> : null}
      {scope.canReinspect ? (
        <ReinspectionRequestDialog result={requesting} onClose={() => setRequesting(null)} />
      ) : null}
    </>
  );
}

export const SpotCheckResultsPage = withPermission(['spotcheck.read'], SpotCheckResults);
