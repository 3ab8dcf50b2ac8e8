import type { ComplaintDetailDto } from '@gongzhi/contracts';
import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { ComplaintKindTag } from './ComplaintKindTag';
import './complaints.css';

/** What the consumer filed: against whom, about what, and what they ask for. */
export function ComplaintCaseCard({ complaint }: { complaint: ComplaintDetailDto }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <Card title={t('complaint.sections.case')}>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        items={[
          {
            key: 'kind',
            label: t('complaint.fields.kind'),
            children: <ComplaintKindTag kind={complaint.kind} />,
          },
          {
            key: 'category',
            label: t('complaint.fields.category'),
            children: t(`enums.complaintCategory.${complaint.category}`),
          },
          { key: 'association', label: t('complaint.fields.association'), children: complaint.associationName },
          { key: 'respondent', label: t('complaint.fields.respondent'), children: complaint.respondentName },
          ...(complaint.respondentAddress
            ? [
                {
                  key: 'respondentAddress',
                  label: t('complaint.fields.respondentAddress'),
                  children: complaint.respondentAddress,
                },
              ]
            : []),
          { key: 'productName', label: t('complaint.fields.productName'), children: complaint.productName ?? none },
          { key: 'receivedOn', label: t('complaint.fields.receivedOn'), children: complaint.receivedOn },
          { key: 'harmKnownOn', label: t('complaint.fields.harmKnownOn'), children: complaint.harmKnownOn ?? none },
        ]}
      />
      <Descriptions
        column={1}
        size="small"
        style={{ marginTop: 8 }}
        items={[
          {
            key: 'facts',
            label: t('complaint.fields.facts'),
            children: <span className="gz-pre">{complaint.facts}</span>,
          },
          ...(complaint.request
            ? [
                {
                  key: 'request',
                  label: t('complaint.fields.request'),
                  children: <span className="gz-pre">{complaint.request}</span>,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
