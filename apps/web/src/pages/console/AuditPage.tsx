import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../lib/useListParams';
import { AuditFilterBar, type AuditFilters } from '../../modules/audit/components/AuditFilterBar';
import { AuditTable } from '../../modules/audit/components/AuditTable';
import { useAuditEvents } from '../../modules/audit/hooks/useAuditEvents';
import { RequirePermission } from '../../modules/auth/components/RequirePermission';
import { ErrorState } from '../../ui/ErrorState';
import { PageHeader } from '../../ui/PageHeader';

const FILTERS = ['action', 'targetType', 'targetId', 'actorUserId', 'from', 'to'] as const;

function AuditEvents() {
  const { t } = useTranslation();
  const list = useListParams(FILTERS);
  const filters: AuditFilters = list.filters;
  const result = useAuditEvents({ ...filters, page: list.page, pageSize: list.pageSize });
  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.lead')} />
      <Card>
        <AuditFilterBar filters={filters} onChange={(next) => list.setFilters(next)} />
        {result.isError ? (
          <ErrorState error={result.error} onRetry={() => void result.refetch()} />
        ) : (
          <AuditTable
            data={result.data}
            loading={result.isFetching}
            filtered={Object.values(filters).some(Boolean)}
            onPageChange={list.setPage}
          />
        )}
      </Card>
    </>
  );
}

export function AuditPage() {
  return (
    <RequirePermission anyOf={['audit.read']}>
      <AuditEvents />
    </RequirePermission>
  );
}
