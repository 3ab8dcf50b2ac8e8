import type { CreditMeasureDto, CreditMeasureList, CreditMeasureStatus } from '@gongzhi/contracts';
import { App, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { CreditMeasureTable } from '../../../modules/credit/components/CreditMeasureTable';
import { CreditMeasureListSelect, CreditMeasureStatusSelect } from '../../../modules/credit/components/CreditSelects';
import { MeasureDialog } from '../../../modules/credit/components/MeasureDialog';
import { ReasonDialog } from '../../../modules/credit/components/ReasonDialog';
import { useCreditMeasures, useEndCreditMeasure } from '../../../modules/credit/hooks/useCreditMeasures';
import { useCreditScope } from '../../../modules/credit/hooks/useCreditScope';
import { AddButton } from '../../../ui/AddButton';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = ['list', 'status'] as const;

function CreditMeasures() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const scope = useCreditScope();
  const list = useListParams(FILTERS);
  const [applying, setApplying] = useState(false);
  const [ending, setEnding] = useState<CreditMeasureDto | null>(null);
  const end = useEndCreditMeasure();
  const result = useCreditMeasures({
    associationId: scope.association?.id,
    list: list.filters.list as CreditMeasureList | undefined,
    status: list.filters.status as CreditMeasureStatus | undefined,
    page: list.page,
    pageSize: list.pageSize,
  });

  return (
    <>
      <PageHeader
        title={t('creditConsole.measures.title')}
        subtitle={t('creditConsole.measures.lead')}
        extra={
          scope.canRecord ? (
            <AddButton onClick={() => setApplying(true)}>{t('creditConsole.measures.apply')}</AddButton>
          ) : null
        }
      />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <CreditMeasureListSelect
              style={{ width: 180 }}
              {...list.filterProps<CreditMeasureList>('list', t('creditConsole.measures.filters.list'))}
            />
            <CreditMeasureStatusSelect
              style={{ width: 140 }}
              {...list.filterProps<CreditMeasureStatus>('status', t('creditConsole.measures.filters.status'))}
            />
          </Flex>
        }
      >
        {(table) => (
          <CreditMeasureTable
            {...table}
            showAssociation={!scope.association}
            onEnd={scope.canRecord ? setEnding : undefined}
          />
        )}
      </ListCard>
      {scope.association && scope.canRecord ? (
        <MeasureDialog open={applying} associationId={scope.association.id} onClose={() => setApplying(false)} />
      ) : null}
      <ReasonDialog
        open={ending !== null}
        title={t('creditConsole.measures.endTitle', {
          kind: ending ? t(`creditConsole.enums.measureKind.${ending.kind}`) : '',
        })}
        label={t('creditConsole.measures.endReason')}
        okText={t('creditConsole.measures.end')}
        danger
        save={end}
        onClose={() => setEnding(null)}
        onReload={() => void result.refetch()}
        onSubmit={(reason) => {
          if (!ending) return;
          end.mutate(
            { id: ending.id, body: { version: ending.version, reason } },
            {
              onSuccess: () => {
                void message.success(t('creditConsole.measures.ended'));
                setEnding(null);
              },
            },
          );
        }}
      />
    </>
  );
}

export const CreditMeasuresPage = withPermission(['credit.read'], CreditMeasures);
