import { CREDIT_OBJECTION_STATUSES, type CreditObjectionDto } from '@gongzhi/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { CreditCaseFilters, useCaseQueue } from '../../../modules/credit/components/CreditCaseFilters';
import { CreditObjectionTable } from '../../../modules/credit/components/CreditCaseTables';
import { ObjectionDecisionDialog } from '../../../modules/credit/components/ObjectionDecisionDialog';
import { useCreditObjections } from '../../../modules/credit/hooks/useCreditCases';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

function CreditObjections() {
  const { t } = useTranslation();
  const { scope, list, query } = useCaseQueue();
  const result = useCreditObjections(query);
  const [deciding, setDeciding] = useState<CreditObjectionDto | null>(null);

  return (
    <>
      <PageHeader title={t('creditConsole.objections.title')} subtitle={t('creditConsole.objections.lead')} />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <CreditCaseFilters
            list={list}
            query={query}
            statuses={CREDIT_OBJECTION_STATUSES}
            statusLabel={(value) => t(`creditConsole.enums.objectionStatus.${value}`)}
          />
        }
      >
        {(table) => <CreditObjectionTable {...table} onDecide={scope.canRecord ? setDeciding : undefined} />}
      </ListCard>
      <ObjectionDecisionDialog
        objection={deciding}
        onClose={() => setDeciding(null)}
        onReload={() => void result.refetch()}
      />
    </>
  );
}

export const CreditObjectionsPage = withPermission(['credit.read'], CreditObjections);
