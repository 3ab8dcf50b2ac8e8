import { CREDIT_REPAIR_STATUSES, type CreditRepairDto } from '@gongzhi/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { CreditCaseFilters, useCaseQueue } from '../../../modules/credit/components/CreditCaseFilters';
import { CreditRepairTable } from '../../../modules/credit/components/CreditCaseTables';
import { RepairDecisionDialog } from '../../../modules/credit/components/RepairDecisionDialog';
import { useCreditRepairs } from '../../../modules/credit/hooks/useCreditCases';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

function CreditRepairs() {
  const { t } = useTranslation();
  const { scope, list, query } = useCaseQueue();
  const result = useCreditRepairs(query);
  const [deciding, setDeciding] = useState<CreditRepairDto | null>(null);

  return (
    <>
      <PageHeader title={t('creditConsole.repairs.title')} subtitle={t('creditConsole.repairs.lead')} />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <CreditCaseFilters
            list={list}
            query={query}
            statuses={CREDIT_REPAIR_STATUSES}
            statusLabel={(value) => t(`creditConsole.enums.repairStatus.${value}`)}
          />
        }
      >
        {(table) => <CreditRepairTable {...table} onDecide={scope.canRecord ? setDeciding : undefined} />}
      </ListCard>
      <RepairDecisionDialog
        repair={deciding}
        onClose={() => setDeciding(null)}
        onReload={() => void result.refetch()}
      />
    </>
  );
}

export const CreditRepairsPage = withPermission(['credit.read'], CreditRepairs);
