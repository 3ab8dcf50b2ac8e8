import { EyeOutlined } from '@ant-design/icons';
import type { ComplaintDetailDto } from '@gongzhi/contracts';
import { Alert, Button, Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errorText';
import { useRevealContact } from '../hooks/useComplaints';

/** The complainant, masked; staff handling the case (and a consenting case's enterprise) may reveal the full details. */
export function ComplaintContactCard({ complaint }: { complaint: ComplaintDetailDto }) {
  const { t } = useTranslation();
  const reveal = useRevealContact(complaint.id);
  const contact = reveal.data;
  const none = t('common.none');
  return (
    <Card
      title={t('complaint.sections.contact')}
      extra={
        complaint.abilities.revealContact && !contact ? (
          <Button
            icon={<EyeOutlined />}
            loading={reveal.isPending}
            onClick={() => reveal.mutate()}
            title={t('complaint.revealHint')}
          >
            {t('complaint.revealContact')}
          </Button>
        ) : null
      }
    >
      {reveal.isError ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(reveal.error, t)} />
      ) : null}
      {contact ? (
        <Tag color="orange" style={{ marginBottom: 12 }}>
          {t('complaint.revealed')}
        </Tag>
      ) : null}
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'name', label: t('complaint.fields.name'), children: contact?.name ?? complaint.complainantName },
          {
            key: 'phone',
            label: t('complaint.fields.phone'),
            children: (
              <Typography.Text copyable={Boolean(contact)} style={{ fontFamily: 'monospace' }}>
                {contact?.phone ?? complaint.complainantPhone}
              </Typography.Text>
            ),
          },
          {
            key: 'address',
            label: t('complaint.fields.address'),
            children: contact?.address ?? complaint.complainantAddress,
          },
          {
            key: 'idNumber',
            label: t('complaint.fields.idNumber'),
            children: (contact ? contact.idNumber : complaint.complainantIdNumber) ?? none,
          },
          {
            key: 'consent',
            label: t('complaint.fields.consent'),
            children: complaint.consentShareContact ? t('common.yes') : t('common.no'),
          },
        ]}
      />
      {complaint.abilities.revealContact && !contact ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('complaint.revealHint')}
        </Typography.Text>
      ) : null}
    </Card>
  );
}
