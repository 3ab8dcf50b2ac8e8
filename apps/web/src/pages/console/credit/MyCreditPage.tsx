import { PlusOutlined } from '@ant-design/icons';
import type { CommitmentDto, CreditRecordDto } from '@gongzhi/contracts';
import { App, Button, Card, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { CommitmentSignDialog } from '../../../modules/credit/components/CommitmentSignDialog';
import { CreditArchiveExportButton } from '../../../modules/credit/components/CreditArchiveExportButton';
import { CreditArchiveView } from '../../../modules/credit/components/CreditArchiveView';
import { ObjectionDialog } from '../../../modules/credit/components/ObjectionDialog';
import { ReasonDialog } from '../../../modules/credit/components/ReasonDialog';
import { RepairDialog } from '../../../modules/credit/components/RepairDialog';
import { useWithdrawCommitment } from '../../../modules/credit/hooks/useCommitments';
import { useCreditArchive } from '../../../modules/credit/hooks/useCreditArchive';
import { useCreditScope } from '../../../modules/credit/hooks/useCreditScope';
import { useOrganisationMemberships } from '../../../modules/organisation/hooks/useOrganisations';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';

/** The enterprise's own credit: grades with their reasons, records to object to or repair, commitments. */
function MyCredit() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const scope = useCreditScope();
  const enterprise = scope.enterprise;
  const archive = useCreditArchive(enterprise?.id);
  const memberships = useOrganisationMemberships(scope.canObject ? enterprise?.id : undefined);
  const withdraw = useWithdrawCommitment();
  const [objecting, setObjecting] = useState<CreditRecordDto | null>(null);
  const [repairing, setRepairing] = useState<CreditRecordDto | null>(null);
  const [signing, setSigning] = useState(false);
  const [withdrawing, setWithdrawing] = useState<CommitmentDto | null>(null);
  const associations = (memberships.data ?? [])
    .filter((membership) => membership.status === 'active')
    .map((membership) => ({ id: membership.associationId, name: membership.associationName }));

  if (!enterprise) {
    return (
      <>
        <PageHeader title={t('creditConsole.archive.mineTitle')} />
        <Card>
          <EmptyState description={t('creditConsole.common.noEnterprise')} />
        </Card>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t('creditConsole.archive.mineTitle')}
        subtitle={t('creditConsole.archive.mineLead')}
        extra={<CreditArchiveExportButton enterpriseId={enterprise.id} />}
      />
      {archive.isPending ? <LoadingState /> : null}
      {archive.isError ? <ErrorState error={archive.error} onRetry={() => void archive.refetch()} /> : null}
      {archive.data ? (
        <CreditArchiveView
          archive={archive.data}
          loading={archive.isFetching}
          canObject={scope.canObject}
          onObject={setObjecting}
          onRepair={setRepairing}
          onWithdraw={scope.canObject ? setWithdrawing : undefined}
          commitmentsExtra={
            scope.canObject ? (
              <Tooltip title={associations.length === 0 ? t('creditConsole.commitments.noMemberships') : undefined}>
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  disabled={associations.length === 0}
                  onClick={() => setSigning(true)}
                >
                  {t('creditConsole.commitments.sign')}
                </Button>
              </Tooltip>
            ) : null
          }
        />
      ) : null}
      <ObjectionDialog record={objecting} onClose={() => setObjecting(null)} />
      <RepairDialog record={repairing} onClose={() => setRepairing(null)} />
      {scope.canObject ? (
        <CommitmentSignDialog
          open={signing}
          enterpriseId={enterprise.id}
          associations={associations}
          onClose={() => setSigning(false)}
        />
      ) : null}
      <ReasonDialog
        open={withdrawing !== null}
        title={t('creditConsole.commitments.withdrawTitle', {
          kind: withdrawing ? t(`creditConsole.enums.commitmentKind.${withdrawing.kind}`) : '',
        })}
        label={t('creditConsole.commitments.withdrawReason')}
        okText={t('creditConsole.commitments.withdraw')}
        danger
        save={withdraw}
        onClose={() => setWithdrawing(null)}
        onReload={() => void archive.refetch()}
        onSubmit={(reason) => {
          if (!withdrawing) return;
          withdraw.mutate(
            { id: withdrawing.id, body: { version: withdrawing.version, reason } },
            {
              onSuccess: () => {
                void message.success(t('creditConsole.commitments.withdrawn'));
                setWithdrawing(null);
              },
            },
          );
        }}
      />
    </>
  );
}

export const MyCreditPage = withPermission(['credit.read'], MyCredit);
