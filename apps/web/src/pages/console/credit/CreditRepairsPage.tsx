import { CREDIT_REPAIR_STATUSES, type CreditRepairDto } from '@gongzhi/contracts';
import { Checkbox, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { CreditRepairTable } from '../../../modules/credit/components/CreditCaseTables';
import { caseQuery } from '../../../modules/credit/components/caseQuery';
import { RepairDecisionDialog } from '../../../modules/credit/components/RepairDecisionDialog';
import { useCreditRepairs } from '../../../modules/credit/hooks/useCreditCases';
import { useCreditScope } from '../../../modules/credit/hooks/useCreditScope';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = ['status', 'overdue'] as const;

function CreditRepairs() {
  const { t } = useTranslation();
  const scope = useCreditScope();
  const list = useListParams(FILTERS);
  const query = caseQuery(list.filters, scope.association?.id, list.page, list.pageSize);
  const result = useCreditRepairs(query);
  const [deciding, setDeciding] = useState<CreditRepairDto | null>(null);

  return (
    <>
      <PageHeader title={t('creditConsole.repairs.title')} subtitle={t('creditConsole.repairs.lead')} />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
            <Select
              style={{ width: 160 }}
              aria-label={t('creditConsole.objections.filters.status')}
              value={query.status ?? 'all'}
              onChange={(value: string) => list.setFilters({ status: value === 'open' ? undefined : value })}
              options={[
                ...CREDIT_REPAIR_STATUSES.map((value) => ({
                  value,
                  label: t(`creditConsole.enums.repairStatus.${value}`),
                })),
                { value: 'all', label: t('creditConsole.common.all') },
              ]}
            />
            <Checkbox
              checked={query.overdue === true}
              onChange={(event) => list.setFilters({ overdue: event.target.checked ? 'true' : undefined })}
            >
              {t('creditConsole.objections.dueFilter.overdue')}
            </Checkbox>
          </Flex>
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
