import { FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import type { CreditAttachmentDto } from '@gongzhi/contracts';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatNumber } from '../../../lib/format';
import { creditApi } from '../api/credit.api';

interface CreditAttachmentListProps {
  recordId: string;
  attachments: readonly CreditAttachmentDto[];
  /** Show what each file is (evidence, objection evidence, one of the repair documents). */
  showPurpose?: boolean;
}

/** Files of a record, objection or repair as links (the session cookie authorises them). */
export function CreditAttachmentList({ recordId, attachments, showPurpose = false }: CreditAttachmentListProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  if (attachments.length === 0) {
    return <Typography.Text type="secondary">{t('creditConsole.common.noAttachments')}</Typography.Text>;
  }
  return (
    <Flex vertical gap={6}>
      {attachments.map((attachment) => (
        <Flex key={attachment.id} gap={8} align="center" wrap>
          {attachment.mediaType === 'application/pdf' ? <FilePdfOutlined /> : <PaperClipOutlined />}
          {showPurpose ? <Tag>{t(`creditConsole.enums.attachmentPurpose.${attachment.purpose}`)}</Tag> : null}
          <a
            href={creditApi.attachmentUrl(recordId, attachment.id)}
            target="_blank"
            rel="noopener noreferrer"
            style={{ wordBreak: 'break-all' }}
          >
            {attachment.filename}
          </a>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {formatNumber(Math.max(1, Math.round(attachment.sizeBytes / 1024)), locale)} KB
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
