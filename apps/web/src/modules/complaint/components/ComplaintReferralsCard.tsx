import { SendOutlined } from '@ant-design/icons';
import type { ComplaintDetailDto } from '@gongzhi/contracts';
import { Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { EmptyState } from '../../../ui/EmptyState';
import { ReferralDialog } from './ReferralDialog';
import './complaints.css';

/** What the association passed to regulators about this case, with their feedback. */
export function ComplaintReferralsCard({ complaint }: { complaint: ComplaintDetailDto }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const [open, setOpen] = useState(false);
  return (
    <Card
      title={t('complaint.sections.referrals')}
      extra={
        complaint.abilities.refer ? (
          <Button icon={<SendOutlined />} onClick={() => setOpen(true)}>
            {t('complaint.refer')}
          </Button>
        ) : null
      }
    >
      {complaint.referrals.length === 0 ? (
        <EmptyState description={t('complaint.noReferrals')} />
      ) : (
        <Flex vertical gap={16}>
          {complaint.referrals.map((referral) => (
            <div key={referral.id}>
              <Flex gap={8} wrap align="center" style={{ marginBottom: 4 }}>
                <Typography.Text strong>{referral.regulatorName}</Typography.Text>
                <Tag>{t(`enums.referralKind.${referral.kind}`)}</Tag>
                <Tag color={referral.status === 'answered' ? 'success' : 'processing'}>
                  {t(`enums.referralStatus.${referral.status}`)}
                </Tag>
              </Flex>
              <Descriptions
                column={1}
                size="small"
                items={[
                  {
                    key: 'createdAt',
                    label: t('referral.fields.createdAt'),
                    children: formatDateTime(referral.createdAt, locale),
                  },
                  {
                    key: 'reason',
                    label: t('referral.fields.reason'),
                    children: <span className="gz-pre">{referral.reason}</span>,
                  },
                  ...(referral.feedback
                    ? [
                        {
                          key: 'feedback',
                          label: t('referral.fields.feedback'),
                          children: (
                            <span className="gz-pre">
                              {referral.feedback}
                              {referral.feedbackAt ? ` (${formatDateTime(referral.feedbackAt, locale)})` : ''}
                            </span>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            </div>
          ))}
        </Flex>
      )}
      {complaint.abilities.refer ? (
        <ReferralDialog complaint={complaint} open={open} onClose={() => setOpen(false)} />
      ) : null}
    </Card>
  );
}
