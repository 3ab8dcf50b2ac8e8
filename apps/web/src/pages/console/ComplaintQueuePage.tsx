import type { ComplaintKind, ComplaintStatus } from '@gongzhi/contracts';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../lib/useListParams';
import { withPermission } from '../../modules/auth/components/RequirePermission';
import { hasOrganisationKind, useCurrentUser } from '../../modules/auth/hooks/currentUser';
import { ComplaintKindSelect } from '../../modules/complaint/components/ComplaintKindSelect';
import { ComplaintStatusSelect } from '../../modules/complaint/components/ComplaintStatusSelect';
import { ComplaintTable } from '../../modules/complaint/components/ComplaintTable';
import { DueFilterSelect } from '../../modules/complaint/components/DueFilterSelect';
import { effectiveDue, type QueueDueFilter, toQueueQuery } from '../../modules/complaint/components/queueQuery';
import { useComplaints } from '../../modules/complaint/hooks/useComplaints';
import { OrganisationPicker } from '../../modules/organisation/components/OrganisationPicker';
import { ListCard } from '../../ui/ListCard';
import { PageHeader } from '../../ui/PageHeader';
import { SearchInput } from '../../ui/SearchInput';

const FILTERS = ['trackingNo', 'status', 'kind', 'due', 'associationId'] as const;

function ComplaintQueue() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const list = useListParams(FILTERS);
  const result = useComplaints(toQueueQuery(list.filters, list.page, list.pageSize));
  const regulator = hasOrganisationKind(me, 'regulator');

  return (
    <>
      <PageHeader title={t('complaint.queueTitle')} subtitle={t('complaint.queueLead')} />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
            <SearchInput
              value={list.filters.trackingNo}
              onSearch={(text) => list.setFilters({ trackingNo: text || undefined })}
              placeholder={t('complaint.searchPlaceholder')}
              style={{ width: 240, maxWidth: '100%' }}
            />
            <DueFilterSelect
              style={{ width: 170 }}
              aria-label={t('complaint.filters.due')}
              value={effectiveDue(list.filters)}
              onChange={(value: QueueDueFilter | undefined) => list.setFilters({ due: value })}
            />
            <ComplaintStatusSelect
              style={{ width: 150 }}
              {...list.filterProps<ComplaintStatus>('status', t('complaint.filters.status'))}
            />
            <ComplaintKindSelect
              style={{ width: 120 }}
              {...list.filterProps<ComplaintKind>('kind', t('complaint.filters.kind'))}
            />
            {regulator ? (
              <OrganisationPicker
                kind="industry_organisation"
                style={{ width: 240 }}
                {...list.filterProps('associationId', t('complaint.filters.association'))}
              />
            ) : null}
          </Flex>
        }
      >
        {(table) => <ComplaintTable {...table} showAssociation={regulator} />}
      </ListCard>
    </>
  );
}

export const ComplaintQueuePage = withPermission(['complaint.read'], ComplaintQueue);
