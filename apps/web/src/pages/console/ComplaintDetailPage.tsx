import type { ComplaintAction } from '@gongzhi/contracts';
import { Button, Col, Flex, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { withPermission } from '../../modules/auth/components/RequirePermission';
import { ACTION_EMPHASIS, orderedActions } from '../../modules/complaint/components/actionForm';
import { ComplaintActionDialog } from '../../modules/complaint/components/ComplaintActionDialog';
import { ComplaintAttachmentsCard } from '../../modules/complaint/components/ComplaintAttachmentsCard';
import { ComplaintCaseCard } from '../../modules/complaint/components/ComplaintCaseCard';
import { ComplaintContactCard } from '../../modules/complaint/components/ComplaintContactCard';
import { ComplaintDeadlinesCard } from '../../modules/complaint/components/ComplaintDeadlinesCard';
import { ComplaintReferralsCard } from '../../modules/complaint/components/ComplaintReferralsCard';
import { ComplaintResultCard } from '../../modules/complaint/components/ComplaintResultCard';
import { ComplaintStatusTag } from '../../modules/complaint/components/ComplaintStatusTag';
import { ComplaintTimelineCard } from '../../modules/complaint/components/ComplaintTimelineCard';
import { useComplaint } from '../../modules/complaint/hooks/useComplaints';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';

function ComplaintDetail() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const result = useComplaint(id);
  const [action, setAction] = useState<ComplaintAction | null>(null);

  if (result.isPending) return <LoadingState />;
  if (result.isError) return <ErrorState record error={result.error} onRetry={() => void result.refetch()} />;
  const complaint = result.data;
  const actions = orderedActions(complaint.allowedActions);

  return (
    <>
      <PageHeader
        title={<span style={{ fontFamily: 'monospace' }}>{complaint.trackingNo}</span>}
        subtitle={complaint.respondentName}
        backTo="/console/complaints"
        tags={
          <>
            <ComplaintStatusTag status={complaint.status} />
            {complaint.outcome ? <Tag>{t(`enums.complaintOutcome.${complaint.outcome}`)}</Tag> : null}
            {complaint.late ? <Tag color="red">{t('complaint.late')}</Tag> : null}
          </>
        }
        extra={actions.map((step) => (
          <Button
            key={step}
            type={ACTION_EMPHASIS[step] === 'primary' ? 'primary' : 'default'}
            danger={ACTION_EMPHASIS[step] === 'danger'}
            onClick={() => setAction(step)}
            data-action={step}
          >
            {t(`enums.complaintAction.${step}`)}
          </Button>
        ))}
      />
      {actions.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('complaint.noActions')}</Typography.Paragraph>
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            <ComplaintCaseCard complaint={complaint} />
            <ComplaintResultCard complaint={complaint} />
            <ComplaintTimelineCard entries={complaint.timeline} />
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <ComplaintDeadlinesCard complaint={complaint} />
            <ComplaintContactCard complaint={complaint} />
            <ComplaintAttachmentsCard complaint={complaint} />
            <ComplaintReferralsCard complaint={complaint} />
          </Flex>
        </Col>
      </Row>
      <ComplaintActionDialog
        complaint={complaint}
        action={action}
        onClose={() => setAction(null)}
        onReload={() => void result.refetch()}
      />
    </>
  );
}

export const ComplaintDetailPage = withPermission(['complaint.read'], ComplaintDetail);
