import type { CreditObjectionDto, CreditRecordAction, CreditRepairDto } from '@gongzhi/contracts';
import { Button, Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { CreditAttachmentList } from '../../../modules/credit/components/CreditAttachmentList';
import { CreditDueTag } from '../../../modules/credit/components/CreditDueTag';
import {
  CreditObjectionStatusTag,
  CreditPolarityTag,
  CreditRecordStatusTag,
  CreditRecordTypeTag,
  CreditRepairStatusTag,
  CreditSeverityTag,
} from '../../../modules/credit/components/CreditTags';
import { ObjectionDecisionDialog } from '../../../modules/credit/components/ObjectionDecisionDialog';
import { ObjectionDialog } from '../../../modules/credit/components/ObjectionDialog';
import {
  RECORD_ACTION_EMPHASIS,
  RECORD_ACTIONS,
  RecordActionDialog,
} from '../../../modules/credit/components/RecordActionDialog';
import { RepairDecisionDialog } from '../../../modules/credit/components/RepairDecisionDialog';
import { RepairDialog } from '../../../modules/credit/components/RepairDialog';
import { useCreditRecord } from '../../../modules/credit/hooks/useCreditRecords';
import { useCreditScope } from '../../../modules/credit/hooks/useCreditScope';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import '../../../modules/complaint/components/complaints.css';

function CreditRecordDetail() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { id = '' } = useParams();
  const scope = useCreditScope();
  const result = useCreditRecord(id);
  const [action, setAction] = useState<CreditRecordAction | null>(null);
  const [objecting, setObjecting] = useState(false);
  const [repairing, setRepairing] = useState(false);
  const [deciding, setDeciding] = useState<CreditObjectionDto | null>(null);
  const [decidingRepair, setDecidingRepair] = useState<CreditRepairDto | null>(null);

  if (result.isPending) return <LoadingState />;
  if (result.isError) return <ErrorState record error={result.error} onRetry={() => void result.refetch()} />;
  const record = result.data;
  const none = t('common.none');
  const steps = scope.canRecord ? RECORD_ACTIONS.filter((step) => record.abilities[step]) : [];
  const enterpriseSteps = scope.canObject
    ? (['object', 'repair'] as const).filter((step) => record.abilities[step])
    : [];
  const backTo = scope.canObject && !scope.association ? '/console/credit/mine' : '/console/credit/records';

  return (
    <>
      <PageHeader
        title={record.title}
        subtitle={t('common.withCode', { name: record.enterpriseName, code: record.enterpriseCreditCode })}
        backTo={backTo}
        tags={
          <>
            <CreditRecordStatusTag status={record.status} />
            {record.publiclyVisible ? <Tag color="success">{t('creditConsole.records.visible')}</Tag> : null}
          </>
        }
        extra={
          <>
            {steps.map((step) => (
              <Button
                key={step}
                type={RECORD_ACTION_EMPHASIS[step] === 'primary' ? 'primary' : 'default'}
                danger={RECORD_ACTION_EMPHASIS[step] === 'danger'}
                onClick={() => setAction(step)}
                data-action={step}
              >
                {t(`creditConsole.enums.recordAction.${step}`)}
              </Button>
            ))}
            {enterpriseSteps.map((step) => (
              <Button
                key={step}
                type={step === 'object' ? 'primary' : 'default'}
                onClick={() => (step === 'object' ? setObjecting(true) : setRepairing(true))}
                data-action={step}
              >
                {t(`creditConsole.recordDetail.${step}`)}
              </Button>
            ))}
          </>
        }
      />
      {scope.canRecord && steps.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('creditConsole.recordDetail.noActions')}</Typography.Paragraph>
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <Card title={t('creditConsole.recordDetail.sections.facts')}>
              <Descriptions column={{ xs: 1, sm: 2 }} size="small">
                <Descriptions.Item label={t('creditConsole.records.fields.association')}>
                  {record.associationName}
                </Descriptions.Item>
                <Descriptions.Item label={t('creditConsole.records.fields.recordType')}>
                  <Flex gap={4} wrap>
                    <CreditRecordTypeTag type={record.recordType} />
                    <CreditSeverityTag severity={record.severity} />
                    <CreditPolarityTag polarity={record.polarity} />
                  </Flex>
                </Descriptions.Item>
                <Descriptions.Item label={t('creditConsole.records.fields.occurredOn')}>
                  {record.occurredOn}
                </Descriptions.Item>
                <Descriptions.Item label={t('creditConsole.records.fields.sourceName')}>
                  {record.sourceName}
                  {record.sourceRef ? (
                    <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontFamily: 'monospace' }}>
                      {record.sourceRef}
                    </Typography.Text>
                  ) : null}
                </Descriptions.Item>
                <Descriptions.Item label={t('creditConsole.records.fields.publishUntil')}>
                  {record.publishUntil}
                </Descriptions.Item>
                <Descriptions.Item label={t('creditConsole.records.fields.publiclyVisible')}>
                  {record.publiclyVisible ? t('creditConsole.records.visible') : t('creditConsole.records.notVisible')}
                </Descriptions.Item>
                <Descriptions.Item label={t('creditConsole.records.fields.objectableUntil')}>
                  {record.objectableUntil ?? none}
                </Descriptions.Item>
                <Descriptions.Item label={t('creditConsole.records.fields.repairableFrom')}>
                  {record.repairableFrom ?? none}
                </Descriptions.Item>
                <Descriptions.Item label={t('creditConsole.records.fields.specialSector')}>
                  {record.specialSector ? t('common.yes') : t('common.no')}
                </Descriptions.Item>
                <Descriptions.Item label={t('creditConsole.records.fields.createdAt')}>
                  {formatDateTime(record.createdAt, locale)}
                </Descriptions.Item>
                <Descriptions.Item label={t('creditConsole.records.fields.confirmedAt')}>
                  {formatDateTime(record.confirmedAt, locale) ?? none}
                </Descriptions.Item>
                <Descriptions.Item label={t('creditConsole.records.fields.publishedAt')}>
                  {formatDateTime(record.publishedAt, locale) ?? none}
                </Descriptions.Item>
                {record.supersedesId ? (
                  <Descriptions.Item label={t('creditConsole.recordDetail.supersedes')}>
                    <Link to={`/console/credit/records/${record.supersedesId}`}>
                      {t('creditConsole.common.viewRecord')}
                    </Link>
                  </Descriptions.Item>
                ) : null}
                {record.supersededById ? (
                  <Descriptions.Item label={t('creditConsole.recordDetail.supersededBy')}>
                    <Link to={`/console/credit/records/${record.supersededById}`}>
                      {t('creditConsole.common.viewRecord')}
                    </Link>
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
              {record.description ? (
                <>
                  <Typography.Title level={5}>{t('creditConsole.recordDetail.sections.description')}</Typography.Title>
                  <Typography.Paragraph className="gz-pre">{record.description}</Typography.Paragraph>
                </>
              ) : null}
            </Card>
            <Card title={t('creditConsole.recordDetail.sections.evidence')}>
              <CreditAttachmentList recordId={record.id} attachments={record.attachments} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <Card title={t('creditConsole.recordDetail.sections.objections')}>
              {record.objections.length === 0 ? (
                <EmptyState description={t('creditConsole.recordDetail.noObjections')} />
              ) : (
                <Flex vertical gap={16}>
                  {record.objections.map((objection) => (
                    <Descriptions
                      key={objection.id}
                      size="small"
                      column={1}
                      bordered
                      data-objection={objection.id}
                      title={
                        <Flex gap={4} wrap align="center">
                          <CreditObjectionStatusTag status={objection.status} />
                          {objection.remedy ? <Tag>{t(`creditConsole.enums.remedy.${objection.remedy}`)}</Tag> : null}
                        </Flex>
                      }
                      extra={
                        scope.canRecord && objection.status === 'open' ? (
                          <Button
                            size="small"
                            type="primary"
                            onClick={() => setDeciding(objection)}
                            data-action="decide"
                          >
                            {t('creditConsole.objections.decide')}
                          </Button>
                        ) : null
                      }
                    >
                      <Descriptions.Item label={t('creditConsole.objections.fields.reason')}>
                        <span className="gz-pre">{objection.reason}</span>
                      </Descriptions.Item>
                      <Descriptions.Item label={t('creditConsole.common.attachments')}>
                        <CreditAttachmentList recordId={record.id} attachments={objection.attachments} />
                      </Descriptions.Item>
                      <Descriptions.Item label={t('creditConsole.objections.fields.dueOn')}>
                        <CreditDueTag
                          dueOn={objection.dueOn}
                          overdue={objection.overdue}
                          closed={objection.status !== 'open'}
                        />
                      </Descriptions.Item>
                      {objection.decisionReason ? (
                        <Descriptions.Item label={t('creditConsole.objections.fields.decisionReason')}>
                          <span className="gz-pre">{objection.decisionReason}</span>
                        </Descriptions.Item>
                      ) : null}
                      {objection.correctedRecordId ? (
                        <Descriptions.Item label={t('creditConsole.objections.correctedRecord')}>
                          <Link to={`/console/credit/records/${objection.correctedRecordId}`}>
                            {t('creditConsole.common.viewRecord')}
                          </Link>
                        </Descriptions.Item>
                      ) : null}
                    </Descriptions>
                  ))}
                </Flex>
              )}
            </Card>
            <Card title={t('creditConsole.recordDetail.sections.repairs')}>
              {record.repairs.length === 0 ? (
                <EmptyState description={t('creditConsole.recordDetail.noRepairs')} />
              ) : (
                <Flex vertical gap={16}>
                  {record.repairs.map((repair) => (
                    <Descriptions
                      key={repair.id}
                      size="small"
                      column={1}
                      bordered
                      title={<CreditRepairStatusTag status={repair.status} />}
                      extra={
                        scope.canRecord && repair.status === 'open' ? (
                          <Button
                            size="small"
                            type="primary"
                            onClick={() => setDecidingRepair(repair)}
                            data-action="decide"
                          >
                            {t('creditConsole.repairs.decide')}
                          </Button>
                        ) : null
                      }
                    >
                      <Descriptions.Item label={t('creditConsole.repairs.fields.statement')}>
                        <span className="gz-pre">{repair.statement}</span>
                      </Descriptions.Item>
                      <Descriptions.Item label={t('creditConsole.common.attachments')}>
                        <CreditAttachmentList recordId={record.id} attachments={repair.attachments} showPurpose />
                      </Descriptions.Item>
                      <Descriptions.Item label={t('creditConsole.repairs.fields.dueOn')}>
                        <CreditDueTag dueOn={repair.dueOn} overdue={repair.overdue} closed={repair.status !== 'open'} />
                      </Descriptions.Item>
                      {repair.decisionReason ? (
                        <Descriptions.Item label={t('creditConsole.repairs.fields.decisionReason')}>
                          <span className="gz-pre">{repair.decisionReason}</span>
                        </Descriptions.Item>
                      ) : null}
                    </Descriptions>
                  ))}
                </Flex>
              )}
            </Card>
          </Flex>
        </Col>
      </Row>
      <RecordActionDialog
        record={record}
        action={action}
        onClose={() => setAction(null)}
        onReload={() => void result.refetch()}
      />
      <ObjectionDialog record={objecting ? record : null} onClose={() => setObjecting(false)} />
      <RepairDialog record={repairing ? record : null} onClose={() => setRepairing(false)} />
      <ObjectionDecisionDialog
        objection={deciding}
        onClose={() => setDeciding(null)}
        onReload={() => void result.refetch()}
      />
      <RepairDecisionDialog
        repair={decidingRepair}
        onClose={() => setDecidingRepair(null)}
        onReload={() => void result.refetch()}
      />
    </>
  );
}

export const CreditRecordDetailPage = withPermission(['credit.read'], CreditRecordDetail);
