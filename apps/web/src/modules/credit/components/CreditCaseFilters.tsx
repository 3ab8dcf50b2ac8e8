import type { CreditCaseListQuery } from '@gongzhi/contracts';
import { Checkbox, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../../lib/useListParams';
import { useCreditScope } from '../hooks/useCreditScope';
import { caseQuery } from './caseQuery';

const FILTERS = ['status', 'overdue'] as const;

/** A case queue's URL state, the user's credit scope and the query they make (open cases by default). */
export function useCaseQueue() {
  const scope = useCreditScope();
  const list = useListParams(FILTERS);
  const query = caseQuery(list.filters, scope.association?.id, list.page, list.pageSize);
  return { scope, list, query };
}

interface CreditCaseFiltersProps<S extends string> {
  list: ReturnType<typeof useCaseQueue>['list'];
  query: CreditCaseListQuery;
  /** The case kind's statuses and their words. */
  statuses: readonly S[];
  statusLabel: (status: S) => string;
}

/** The filters of a case queue (objections, repairs): a status (open by default, or all) and "overdue only". */
export function CreditCaseFilters<S extends string>({ list, query, statuses, statusLabel }: CreditCaseFiltersProps<S>) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <Select
        style={{ width: 160 }}
        aria-label={t('creditConsole.objections.filters.status')}
        value={query.status ?? 'all'}
        onChange={(value: string) => list.setFilters({ status: value === 'open' ? undefined : value })}
        options={[
          ...statuses.map((value) => ({ value, label: statusLabel(value) })),
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
  );
}
