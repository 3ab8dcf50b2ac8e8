import type { ReinspectionDto, ReinspectionStatus } from '@gongzhi/contracts';
import { Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { ReinspectionDecisionDialog } from '../../../modules/spotcheck/components/ReinspectionDecisionDialog';
import { ReinspectionTable } from '../../../modules/spotcheck/components/ReinspectionTable';
import { ReinspectionStatusSelect } from '../../../modules/spotcheck/components/SpotCheckSelects';
import { useSpotCheckScope } from '../../../modules/spotcheck/hooks/useSpotCheckScope';
import { useReinspections } from '../../../modules/spotcheck/hooks/useSpotChecks';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = ['status'] as const;

/** Re-inspection requests by status; the regulator records the outcome. */
function SpotCheckReinspections() {
  const { t } = useTranslation();
  const scope = useSpotCheckScope();
  const list = useListParams(FILTERS);
  const [deciding, setDeciding] = useState<ReinspectionDto | null>(null);
  const result = useReinspections({
    status: list.filters.status as ReinspectionStatus | undefined,
    page: list.page,
    pageSize: list.pageSize,
  });

  return (
    <>
      <PageHeader
        title={t('spotCheckConsole.reinspections.title')}
        subtitle={t('spotCheckConsole.reinspections.lead')}
      />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <ReinspectionStatusSelect
              style={{ width: 160 }}
              {...list.filterProps<ReinspectionStatus>('status', t('spotCheckConsole.reinspections.filters.status'))}
            />
          </Flex>
        }
      >
        {(table) => (
          <ReinspectionTable
            {...table}
            showEnterprise={!scope.enterprise}
            onDecide={scope.canImport ? setDeciding : undefined}
          />
        )}
      </ListCard>
      {scope.canImport ? (
        <ReinspectionDecisionDialog
          reinspection={deciding}
          onClose={() => setDeciding(null)}
          onReload={() => void result.refetch()}
        />
      ) : null}
    </>
  );
}

export const SpotCheckReinspectionsPage = withPermission(['spotcheck.read'], SpotCheckReinspections);
