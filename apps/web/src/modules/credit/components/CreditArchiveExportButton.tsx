import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errorText';
import { useExportCreditArchive } from '../hooks/useCreditArchive';

/** Downloads an enterprise's whole credit archive as an Excel workbook. */
export function CreditArchiveExportButton({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const exporter = useExportCreditArchive();
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={exporter.isPending}
      onClick={() =>
        exporter.mutate({ enterpriseId, query: {} }, { onError: (error) => void message.error(errorText(error, t)) })
      }
    >
      {t('creditConsole.archive.export')}
    </Button>
  );
}
