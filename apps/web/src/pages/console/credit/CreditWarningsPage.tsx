import type { CreditWarningDto, CreditWarningStatus } from '@gongzhi/contracts';
import { App, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errorText';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { CreditWarningStatusSelect } from '../../../modules/credit/components/CreditSelects';
import { CreditWarningTable } from '../../../modules/credit/components/CreditWarningTable';
import { ReasonDialog } from '../../../modules/credit/components/ReasonDialog';
import { useCreditScope } from '../../../modules/credit/hooks/useCreditScope';
import { useCreditWarningAction, useCreditWarnings } from '../../../modules/credit/hooks/useCreditWarnings';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = ['status'] as const;

function CreditWarnings() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const scope = useCreditScope();
  const list = useListParams(FILTERS);
  const publish = useCreditWarningAction();
  const lift = useCreditWarningAction();
  const [lifting, setLifting] = useState<CreditWarningDto | null>(null);
  const result = useCreditWarnings({
    associationId: scope.association?.id,
    status: list.filters.status as CreditWarningStatus | undefined,
    page: list.page,
    pageSize: list.pageSize,
  });

  const onAction = (warning: CreditWarningDto, action: 'publish' | 'lift') => {
    if (action === 'lift') {
      setLifting(warning);
      return;
    }
    modal.confirm({
      title: t('creditConsole.warnings.publishConfirmTitle'),
      content: t('creditConsole.warnings.publishConfirm', { enterprise: warning.enterpriseName }),
      okText: t('creditConsole.warnings.publish'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await publish.mutateAsync({ id: warning.id, body: { action: 'publish', version: warning.version } });
          void message.success(t('creditConsole.warnings.published'));
        } catch (error) {
          void message.error(errorText(error, t));
        }
      },
    });
  };

  return (
    <>
      <PageHeader title={t('creditConsole.warnings.title')} subtitle={t('creditConsole.warnings.lead')} />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <CreditWarningStatusSelect
              style={{ width: 160 }}
              {...list.filterProps<CreditWarningStatus>('status', t('creditConsole.warnings.filters.status'))}
            />
          </Flex>
        }
      >
        {(table) => (
          <CreditWarningTable
            {...table}
            showAssociation={!scope.association}
            onAction={scope.canRecord ? onAction : undefined}
          />
        )}
      </ListCard>
      <ReasonDialog
        open={lifting !== null}
        title={t('creditConsole.warnings.liftTitle', { enterprise: lifting?.enterpriseName ?? '' })}
        label={t('creditConsole.warnings.liftReason')}
        okText={t('creditConsole.warnings.lift')}
        danger
        save={lift}
        onClose={() => setLifting(null)}
        onReload={() => void result.refetch()}
        onSubmit={(reason) => {
          if (!lifting) return;
          lift.mutate(
            { id: lifting.id, body: { action: 'lift', version: lifting.version, reason } },
            {
              onSuccess: () => {
                void message.success(t('creditConsole.warnings.lifted'));
                setLifting(null);
              },
            },
          );
        }}
      />
    </>
  );
}

export const CreditWarningsPage = withPermission(['credit.read'], CreditWarnings);
