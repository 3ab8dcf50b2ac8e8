import type { ComplaintDetailDto } from '@gongzhi/contracts';
import { Card, Descriptions, type DescriptionsProps, Rate } from 'antd';
import { useTranslation } from 'react-i18next';
import './complaints.css';

/** The enterprise's response and how the case ended; only the parts that exist are shown. */
export function ComplaintResultCard({ complaint }: { complaint: ComplaintDetailDto }) {
  const { t } = useTranslation();
  const yesNo = (value: boolean | null) =>
    value === null ? t('common.none') : value ? t('common.yes') : t('common.no');
  const items: NonNullable<DescriptionsProps['items']> = [];
  if (complaint.outcome) {
    items.push({
      key: 'outcome',
      label: t('complaint.fields.outcome'),
      children: t(`enums.complaintOutcome.${complaint.outcome}`),
    });
  }
  if (complaint.enterpriseResponse) {
    items.push({
      key: 'enterpriseResponse',
      label: t('complaint.fields.enterpriseResponse'),
      children: <span className="gz-pre">{complaint.enterpriseResponse}</span>,
    });
  }
  if (complaint.consumerConsent !== null || complaint.enterpriseConsent !== null) {
    items.push({
      key: 'consents',
      label: t('complaint.fields.consents'),
      children: t('complaint.consents', {
        consumer: yesNo(complaint.consumerConsent),
        enterprise: yesNo(complaint.enterpriseConsent),
      }),
    });
  }
  if (complaint.refusalGround) {
    items.push({
      key: 'refusalGround',
      label: t('complaint.fields.refusalGround'),
      children: t(`enums.refusalGround.${complaint.refusalGround}`),
    });
  }
  if (complaint.terminationGround) {
    items.push({
      key: 'terminationGround',
      label: t('complaint.fields.terminationGround'),
      children: t(`enums.terminationGround.${complaint.terminationGround}`),
    });
  }
  if (complaint.resolution) {
    items.push({
      key: 'resolution',
      label: t('complaint.fields.resolution'),
      children: <span className="gz-pre">{complaint.resolution}</span>,
    });
  }
  if (complaint.justified !== null) {
    items.push({
      key: 'justified',
      label: t('complaint.fields.justified'),
      children: t(`complaint.justified.${complaint.justified ? 'yes' : 'no'}`),
    });
  }
  if (complaint.rating !== null) {
    items.push({
      key: 'rating',
      label: t('complaint.fields.rating'),
      children: (
        <span>
          <Rate
            disabled
            value={complaint.rating}
            aria-label={t('complaint.ratingValue', { rating: complaint.rating })}
          />
          {complaint.ratingComment ? <div className="gz-pre">{complaint.ratingComment}</div> : null}
        </span>
      ),
    });
  }
  if (items.length === 0) return null;
  return (
    <Card title={t('complaint.sections.result')}>
      <Descriptions column={1} size="small" items={items} />
    </Card>
  );
}
