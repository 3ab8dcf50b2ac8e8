import { DeleteOutlined, FilePdfOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { COMPLAINT_LIMITS } from '@gongzhi/contracts';
import { App, Button, Flex, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatNumber } from '../../../lib/format';
import {
  AttachmentError,
  type PreparedAttachment,
  prepareAttachment,
} from '../../complaint/components/attachmentFiles';

interface EvidencePickerProps {
  value?: PreparedAttachment[];
  onChange?: (files: PreparedAttachment[]) => void;
  /** Most files this list takes. */
  max?: number;
  /** The server's messages about single files, by position. */
  errors?: Map<number, string>;
  id?: string;
  /** A name for the file button (e.g. the document it is for). */
  buttonLabel?: string;
}

const LIMIT_MB = `${Math.round(COMPLAINT_LIMITS.attachmentBytesMax / 1024 / 1024)} MB`;

/**
 * Evidence files for a form item: photos scaled and re-encoded as JPEG, PDFs as they are, each
 * checked for type and size before anything is sent (the complaint intake's helpers).
 */
export function EvidencePicker({
  value = [],
  onChange,
  max = COMPLAINT_LIMITS.attachmentsMax,
  errors,
  id,
  buttonLabel,
}: EvidencePickerProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [preparing, setPreparing] = useState(false);

  const add = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    const room = max - value.length;
    if (files.length > room) void message.warning(t('creditConsole.evidence.problems.count', { max }));
    setPreparing(true);
    const prepared: PreparedAttachment[] = [];
    for (const file of files.slice(0, Math.max(0, room))) {
      try {
        prepared.push(await prepareAttachment(file));
      } catch (error) {
        const problem = error instanceof AttachmentError ? error.problem : 'decode';
        void message.error(t(`creditConsole.evidence.problems.${problem}`, { name: file.name, max }));
      }
    }
    setPreparing(false);
    if (prepared.length > 0) onChange?.([...value, ...prepared]);
  };

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center" wrap>
        <input
          ref={input}
          id={id}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/heic,image/heif,application/pdf"
          multiple={max > 1}
          style={{ display: 'none' }}
          onChange={(event) => {
            void add(event.target.files);
            event.target.value = '';
          }}
        />
        <Button
          icon={<UploadOutlined />}
          loading={preparing}
          disabled={value.length >= max}
          onClick={() => input.current?.click()}
        >
          {buttonLabel ?? t('creditConsole.evidence.add')}
        </Button>
        {preparing ? <Typography.Text type="secondary">{t('creditConsole.evidence.preparing')}</Typography.Text> : null}
      </Flex>
      {max > 1 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('creditConsole.evidence.hint', { size: LIMIT_MB, max })}
        </Typography.Text>
      ) : null}
      {value.map((file, index) => (
        <Flex key={`${file.originalName}:${file.bytes}:${file.contentBase64.slice(-24)}`} vertical>
          <Flex gap={8} align="center">
            {file.mediaType === 'application/pdf' ? <FilePdfOutlined /> : <PaperClipOutlined />}
            <Typography.Text style={{ wordBreak: 'break-all' }}>{file.filename}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
              {formatNumber(Math.max(1, Math.round(file.bytes / 1024)), locale)} KB
            </Typography.Text>
            <Button
              type="text"
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('creditConsole.evidence.remove')}
              onClick={() => onChange?.(value.filter((_, i) => i !== index))}
            />
          </Flex>
          {errors?.get(index) ? <Typography.Text type="danger">{errors.get(index)}</Typography.Text> : null}
        </Flex>
      ))}
    </Flex>
  );
}
