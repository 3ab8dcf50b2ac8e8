import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorText } from '../../../lib/errorText';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { CreditArchiveView } from '../../../modules/credit/components/CreditArchiveView';
import { useCreditArchive, useExportCreditArchive } from '../../../modules/credit/hooks/useCreditArchive';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';

/** A member's archive as its association (or the regulator) sees it. */
function CreditEnterprise() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const archive = useCreditArchive(id);
  const exporter = useExportCreditArchive();

  if (archive.isPending) return <LoadingState />;
  if (archive.isError) return <ErrorState record error={archive.error} onRetry={() => void archive.refetch()} />;
  const { enterprise } = archive.data;

  return (
    <>
      <PageHeader
        title={enterprise.name}
        subtitle={`${t('creditConsole.archive.title')} · ${enterprise.creditCode}`}
        backTo="/console/credit/records"
        extra={
          <Button
            icon={<DownloadOutlined />}
            loading={exporter.isPending}
            onClick={() =>
              exporter.mutate(
                { enterpriseId: enterprise.id, query: {} },
                { onError: (error) => void message.error(errorText(error, t)) },
              )
            }
          >
            {t('creditConsole.archive.export')}
          </Button>
        }
      />
      <CreditArchiveView archive={archive.data} loading={archive.isFetching} />
    </>
  );
}

export const CreditEnterprisePage = withPermission(['credit.read'], CreditEnterprise);
