import type { CreditPolarity, CreditRecordStatus, CreditRecordType } from '@gongzhi/contracts';
import { Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { CreditRecordTable } from '../../../modules/credit/components/CreditRecordTable';
import {
  CreditPolaritySelect,
  CreditRecordStatusSelect,
  CreditRecordTypeSelect,
} from '../../../modules/credit/components/CreditSelects';
import { MemberPicker } from '../../../modules/credit/components/MemberPicker';
import { RecordCreateDialog } from '../../../modules/credit/components/RecordCreateDialog';
import { useCreditRecords } from '../../../modules/credit/hooks/useCreditRecords';
import { useCreditScope } from '../../../modules/credit/hooks/useCreditScope';
import { AddButton } from '../../../ui/AddButton';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = ['enterpriseId', 'status', 'recordType', 'polarity'] as const;

function CreditRecords() {
  const { t } = useTranslation();
  const scope = useCreditScope();
  const list = useListParams(FILTERS);
  const [creating, setCreating] = useState(false);
  const result = useCreditRecords({
    associationId: scope.association?.id,
    enterpriseId: list.filters.enterpriseId,
    status: list.filters.status as CreditRecordStatus | undefined,
    recordType: list.filters.recordType as CreditRecordType | undefined,
    polarity: list.filters.polarity as CreditPolarity | undefined,
    page: list.page,
    pageSize: list.pageSize,
  });

  return (
    <>
      <PageHeader
        title={t('creditConsole.records.title')}
        subtitle={t('creditConsole.records.lead')}
        extra={
          scope.canRecord ? (
            <AddButton onClick={() => setCreating(true)}>{t('creditConsole.records.create')}</AddButton>
          ) : null
        }
      />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
            {scope.association ? (
              <MemberPicker
                associationId={scope.association.id}
                style={{ width: 260 }}
                {...list.filterProps('enterpriseId', t('creditConsole.records.filters.enterprise'))}
              />
            ) : null}
            <CreditRecordStatusSelect
              style={{ width: 140 }}
              {...list.filterProps<CreditRecordStatus>('status', t('creditConsole.records.filters.status'))}
            />
            <CreditRecordTypeSelect
              style={{ width: 170 }}
              {...list.filterProps<CreditRecordType>('recordType', t('creditConsole.records.filters.type'))}
            />
            <CreditPolaritySelect
              style={{ width: 140 }}
              {...list.filterProps<CreditPolarity>('polarity', t('creditConsole.records.filters.polarity'))}
            />
          </Flex>
        }
      >
        {(table) => <CreditRecordTable {...table} showAssociation={!scope.association} />}
      </ListCard>
      {scope.association && scope.canRecord ? (
        <RecordCreateDialog
          open={creating}
          associationId={scope.association.id}
          enterpriseId={list.filters.enterpriseId}
          onClose={() => setCreating(false)}
        />
      ) : null}
    </>
  );
}

export const CreditRecordsPage = withPermission(['credit.read'], CreditRecords);
