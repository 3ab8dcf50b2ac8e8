import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { CreditArchiveExportButton } from '../../../modules/credit/components/CreditArchiveExportButton';
import { CreditArchiveView } from '../../../modules/credit/components/CreditArchiveView';
import { useCreditArchive } from '../../../modules/credit/hooks/useCreditArchive';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';

/** A member's archive as its association (or the regulator) sees it. */
function CreditEnterprise() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const archive = useCreditArchive(id);

  if (archive.isPending) return <LoadingState />;
  if (archive.isError) return <ErrorState record error={archive.error} onRetry={() => void archive.refetch()} />;
  const { enterprise } = archive.data;

  return (
    <>
      <PageHeader
        title={enterprise.name}
        subtitle={`${t('creditConsole.archive.title')} · ${enterprise.creditCode}`}
        backTo="/console/credit/records"
        extra={<CreditArchiveExportButton enterpriseId={enterprise.id} />}
      />
      <CreditArchiveView archive={archive.data} loading={archive.isFetching} />
    </>
  );
}

export const CreditEnterprisePage = withPermission(['credit.read'], CreditEnterprise);
