import { FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import type { ComplaintDetailDto } from '@gongzhi/contracts';
import { Card, Flex, Image, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatNumber } from '../../../lib/format';
import { EmptyState } from '../../../ui/EmptyState';
import { complaintApi } from '../api/complaint.api';

/** The photos and documents of the case: images previewed, the rest as links (the session cookie authorises them). */
export function ComplaintAttachmentsCard({ complaint }: { complaint: ComplaintDetailDto }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  return (
    <Card title={t('complaint.sections.attachments')}>
      {complaint.attachments.length === 0 ? (
        <EmptyState description={t('complaint.noAttachments')} />
      ) : (
        <Flex vertical gap={12}>
          <Image.PreviewGroup>
            <Flex gap={8} wrap>
              {complaint.attachments
                .filter((attachment) => attachment.mediaType.startsWith('image/'))
                .map((attachment) => (
                  <Image
                    key={attachment.id}
                    width={88}
                    height={88}
                    style={{ objectFit: 'cover', borderRadius: 6 }}
                    src={complaintApi.attachmentUrl(complaint.id, attachment.id)}
                    alt={attachment.filename}
                  />
                ))}
            </Flex>
          </Image.PreviewGroup>
          {complaint.attachments.map((attachment) => (
            <Flex key={attachment.id} gap={8} align="center">
              {attachment.mediaType === 'application/pdf' ? <FilePdfOutlined /> : <PaperClipOutlined />}
              <a
                href={complaintApi.attachmentUrl(complaint.id, attachment.id)}
                target="_blank"
                rel="noopener noreferrer"
                style={{ wordBreak: 'break-all' }}
              >
                {attachment.filename}
              </a>
              <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                {formatNumber(Math.max(1, Math.round(attachment.sizeBytes / 1024)), locale)} KB ·{' '}
                {t(`enums.complaintSide.${attachment.uploadedBySide}`)}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
