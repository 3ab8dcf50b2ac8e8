import { InboxOutlined } from '@ant-design/icons';
import { SPOT_CHECK_LIMITS, type SpotCheckPreviewDto } from '@gongzhi/contracts';
import { App, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../../lib/fieldErrors';
import { FormAlert } from '../../../ui/FormAlert';
import { useUploadImport } from '../hooks/useSpotChecks';
import { contentTypeOf } from './importWizard';

const SIZE_MB = SPOT_CHECK_LIMITS.fileBytesMax / 1024 / 1024;

interface ImportFileStepProps {
  /** The import in progress, if any (a new file replaces it). */
  preview: SpotCheckPreviewDto | undefined;
  onUploaded: (preview: SpotCheckPreviewDto) => void;
}

/** Step 1: choose an xlsx or csv file; it is sent as it is and the server answers with the preview. */
export function ImportFileStep({ preview, onUploaded }: ImportFileStepProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadImport();

  const send = (file: File) => {
    const contentType = contentTypeOf(file.name);
    if (!contentType) {
      void message.error(t('spotCheckConsole.import.file.wrongType'));
      return;
    }
    if (file.size > SPOT_CHECK_LIMITS.fileBytesMax) {
      void message.error(t('spotCheckConsole.import.file.tooLarge', { size: SIZE_MB }));
      return;
    }
    upload.mutate({ file, fileName: file.name, contentType }, { onSuccess: onUploaded });
  };

  return (
    <>
      <FormAlert error={upload.error} details={fieldErrorsOf(upload.error)} />
      {preview && !upload.isPending ? (
        <Typography.Paragraph>
          {t('spotCheckConsole.import.file.current', {
            name: preview.fileName,
            row: preview.headerRow,
            count: preview.rowCount,
          })}
        </Typography.Paragraph>
      ) : null}
      <Upload.Dragger
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        multiple={false}
        showUploadList={false}
        disabled={upload.isPending}
        beforeUpload={(file) => {
          send(file);
          return false;
        }}
        data-testid="import-file"
        aria-label={t('spotCheckConsole.import.file.choose')}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">
          {upload.isPending && upload.variables
            ? t('spotCheckConsole.import.file.uploading', { name: upload.variables.fileName })
            : t('spotCheckConsole.import.file.drop')}
        </p>
        <p className="ant-upload-hint">{t('spotCheckConsole.import.file.hint', { size: SIZE_MB })}</p>
      </Upload.Dragger>
    </>
  );
}
