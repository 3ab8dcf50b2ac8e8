import type { CommitmentDto, CommitmentStatus } from '@gongzhi/contracts';
import { Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { BreachDialog } from '../../../modules/credit/components/BreachDialog';
import { CommitmentTable } from '../../../modules/credit/components/CommitmentTable';
import { CommitmentStatusSelect } from '../../../modules/credit/components/CreditSelects';
import { MemberPicker } from '../../../modules/credit/components/MemberPicker';
import { useCommitments } from '../../../modules/credit/hooks/useCommitments';
import { useCreditScope } from '../../../modules/credit/hooks/useCreditScope';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = ['enterpriseId', 'status'] as const;

function Commitments() {
  const { t } = useTranslation();
  const scope = useCreditScope();
  const list = useListParams(FILTERS);
  const [breaching, setBreaching] = useState<CommitmentDto | null>(null);
  const result = useCommitments({
    associationId: scope.association?.id,
    enterpriseId: list.filters.enterpriseId,
    status: list.filters.status as CommitmentStatus | undefined,
    page: list.page,
    pageSize: list.pageSize,
  });

  return (
    <>
      <PageHeader title={t('creditConsole.commitments.title')} subtitle={t('creditConsole.commitments.lead')} />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            {scope.association ? (
              <MemberPicker
                associationId={scope.association.id}
                style={{ width: 260 }}
                {...list.filterProps('enterpriseId', t('creditConsole.records.filters.enterprise'))}
              />
            ) : null}
            <CommitmentStatusSelect
              style={{ width: 140 }}
              {...list.filterProps<CommitmentStatus>('status', t('creditConsole.commitments.filters.status'))}
            />
          </Flex>
        }
      >
        {(table) => (
          <CommitmentTable
            {...table}
            showAssociation={!scope.association}
            onBreach={scope.canRecord ? setBreaching : undefined}
          />
        )}
      </ListCard>
      <BreachDialog commitment={breaching} onClose={() => setBreaching(null)} onReload={() => void result.refetch()} />
    </>
  );
}

export const CommitmentsPage = withPermission(['credit.read'], Commitments);
