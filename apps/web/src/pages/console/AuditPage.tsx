import { useTranslation } from 'react-i18next';
import { useListParams } from '../../lib/useListParams';
import { AuditFilterBar, type AuditFilters } from '../../modules/audit/components/AuditFilterBar';
import { AuditTable } from '../../modules/audit/components/AuditTable';
import { useAuditEvents } from '../../modules/audit/hooks/useAuditEvents';
import { withPermission } from '../../modules/auth/components/RequirePermission';
import { ListCard } from '../../ui/ListCard';
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
      <ListCard
        list={list}
        result={result}
        toolbar={<AuditFilterBar filters={filters} onChange={(next) => list.setFilters(next)} />}
      >
        {(table) => <AuditTable {...table} />}
      </ListCard>
    </>
  );
}

export const AuditPage = withPermission(['audit.read'], AuditEvents);
