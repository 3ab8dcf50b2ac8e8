import { CREDIT_OBJECTION_STATUSES, type CreditObjectionDto } from '@gongzhi/contracts';
import { Checkbox, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { CreditObjectionTable } from '../../../modules/credit/components/CreditCaseTables';
import { caseQuery } from '../../../modules/credit/components/caseQuery';
import { ObjectionDecisionDialog } from '../../../modules/credit/components/ObjectionDecisionDialog';
import { useCreditObjections } from '../../../modules/credit/hooks/useCreditCases';
import { useCreditScope } from '../../../modules/credit/hooks/useCreditScope';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = ['status', 'overdue'] as const;

function CreditObjections() {
  const { t } = useTranslation();
  const scope = useCreditScope();
  const list = useListParams(FILTERS);
  const query = caseQuery(list.filters, scope.association?.id, list.page, list.pageSize);
  const result = useCreditObjections(query);
  const [deciding, setDeciding] = useState<CreditObjectionDto | null>(null);

  return (
    <>
      <PageHeader title={t('creditConsole.objections.title')} subtitle={t('creditConsole.objections.lead')} />
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
                ...CREDIT_OBJECTION_STATUSES.map((value) => ({
                  value,
                  label: t(`creditConsole.enums.objectionStatus.${value}`),
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
