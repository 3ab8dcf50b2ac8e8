import type { SpotCheckResult, SpotCheckResultDto } from '@gongzhi/contracts';
import { Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { ReinspectionRequestDialog } from '../../../modules/spotcheck/components/ReinspectionRequestDialog';
import { SpotCheckResultTable } from '../../../modules/spotcheck/components/SpotCheckResultTable';
import { SpotCheckResultSelect } from '../../../modules/spotcheck/components/SpotCheckSelects';
import { useSpotCheckScope } from '../../../modules/spotcheck/hooks/useSpotCheckScope';
import { useSpotCheckResults } from '../../../modules/spotcheck/hooks/useSpotChecks';
import { EmptyState } from '../../../ui/EmptyState';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = ['result'] as const;

/** The enterprise's own results (often read on a phone), with "申请复检" on unqualified ones still in time. */
function MySpotChecks() {
  const { t } = useTranslation();
  const scope = useSpotCheckScope();
  const list = useListParams(FILTERS);
  const [requesting, setRequesting] = useState<SpotCheckResultDto | null>(null);
  const enterprise = scope.enterprise;
  const result = useSpotCheckResults(
    {
      enterpriseId: enterprise?.id,
      result: list.filters.result as SpotCheckResult | undefined,
      page: list.page,
      pageSize: list.pageSize,
    },
    Boolean(enterprise),
  );

  if (!enterprise) {
    return (
      <>
        <PageHeader title={t('spotCheckConsole.results.mineTitle')} />
        <Card>
          <EmptyState description={t('spotCheckConsole.common.noEnterprise')} />
        </Card>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('spotCheckConsole.results.mineTitle')} subtitle={t('spotCheckConsole.results.mineLead')} />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <SpotCheckResultSelect
              style={{ width: 140 }}
              {...list.filterProps<SpotCheckResult>('result', t('spotCheckConsole.results.filters.result'))}
            />
          </Flex>
        }
      >
        {(table) => (
          <SpotCheckResultTable
            {...table}
            showEnterprise={false}
            onRequestReinspection={scope.canReinspect ? setRequesting : undefined}
          />
        )}
      </ListCard>
      {scope.canReinspect ? (
        <ReinspectionRequestDialog result={requesting} onClose={() => setRequesting(null)} />
      ) : null}
    </>
  );
}

export const MySpotChecksPage = withPermission(['spotcheck.read'], MySpotChecks);
