import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Progress, Row, Select, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorText } from '../../../lib/errorText';
import { currentLocale, formatDateTime, formatNumber } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { CreditResultTable } from '../../../modules/credit/components/CreditResultTable';
import { CreditGradeTag, CreditRunTags } from '../../../modules/credit/components/CreditTags';
import { enterprisesGraded, gradeColor } from '../../../modules/credit/components/statsOption';
import {
  useCreditResults,
  useCreditRun,
  useExportCreditRun,
  usePublishCreditRun,
} from '../../../modules/credit/hooks/useCreditEvaluations';
import { useCreditScope } from '../../../modules/credit/hooks/useCreditScope';
import { ErrorState } from '../../../ui/ErrorState';
import { ListCard } from '../../../ui/ListCard';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = ['grade', 'movement'] as const;
const MOVEMENTS = ['up', 'down', 'same', 'new'] as const;
type Movement = (typeof MOVEMENTS)[number];

function CreditEvaluationDetail() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { modal, message } = App.useApp();
  const { id = '' } = useParams();
  const scope = useCreditScope();
  const run = useCreditRun(id);
  const list = useListParams(FILTERS);
  const movement = MOVEMENTS.find((value) => value === list.filters.movement);
  const results = useCreditResults(id, {
    grade: list.filters.grade,
    movement,
    page: list.page,
    pageSize: list.pageSize,
  });
  const publish = usePublishCreditRun();
  const exporter = useExportCreditRun();

  if (run.isPending) return <LoadingState />;
  if (run.isError) return <ErrorState record error={run.error} onRetry={() => void run.refetch()} />;
  const data = run.data;
  const grades = Object.keys(data.distribution);
  const total = Math.max(1, enterprisesGraded(data.distribution));
  const canPublish = scope.canRecord && data.kind === 'official' && data.status === 'completed';

  const confirmPublish = () => {
    modal.confirm({
      title: t('creditConsole.evaluations.publishConfirmTitle'),
      content: t('creditConsole.evaluations.publishConfirm', { count: data.enterpriseCount }),
      okText: t('creditConsole.evaluations.publish'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await publish.mutateAsync(data.id);
          void message.success(t('creditConsole.evaluations.published'));
        } catch (error) {
          void message.error(errorText(error, t));
        }
      },
    });
  };

  return (
    <>
      <PageHeader
        title={t('creditConsole.evaluations.detailTitle', { asOf: data.asOf })}
        subtitle={data.associationName}
        backTo="/console/credit/evaluations"
        tags={<CreditRunTags kind={data.kind} status={data.status} />}
        extra={
          <>
            {canPublish ? (
              <Button type="primary" onClick={confirmPublish} loading={publish.isPending} data-action="publish">
                {t('creditConsole.evaluations.publish')}
              </Button>
            ) : null}
            {data.status !== 'failed' ? (
              <Button
                icon={<DownloadOutlined />}
                loading={exporter.isPending}
                onClick={() =>
                  exporter.mutate(
                    { id: data.id, asOf: data.asOf },
                    { onError: (error) => void message.error(errorText(error, t)) },
                  )
                }
              >
                {t('creditConsole.common.exportXlsx')}
              </Button>
            ) : null}
          </>
        }
      />
      {data.status === 'failed' ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('creditConsole.evaluations.failed')}
          description={data.error ?? undefined}
        />
      ) : null}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={8}>
          <Card title={t('creditConsole.evaluations.sections.summary')} style={{ height: '100%' }}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('creditConsole.evaluations.fields.model')}>
                {t('creditConsole.common.version', { version: data.modelVersion })}
              </Descriptions.Item>
              <Descriptions.Item label={t('creditConsole.evaluations.fields.enterpriseCount')}>
                {formatNumber(data.enterpriseCount, locale)}
              </Descriptions.Item>
              <Descriptions.Item label={t('creditConsole.evaluations.fields.createdAt')}>
                {formatDateTime(data.createdAt, locale)}
              </Descriptions.Item>
              <Descriptions.Item label={t('creditConsole.evaluations.fields.publishedAt')}>
                {formatDateTime(data.publishedAt, locale) ?? t('common.none')}
              </Descriptions.Item>
              <Descriptions.Item label={t('creditConsole.evaluations.fields.duration')}>
                {t('creditConsole.evaluations.durationMs', { value: formatNumber(data.durationMs, locale) })}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('creditConsole.evaluations.sections.distribution')} style={{ height: '100%' }}>
            <Flex vertical gap={8}>
              {grades.map((grade, index) => (
                <Flex key={grade} gap={8} align="center">
                  <span style={{ width: 48 }}>
                    <CreditGradeTag grade={grade} />
                  </span>
                  <Progress
                    percent={Math.round(((data.distribution[grade] ?? 0) / total) * 1000) / 10}
                    strokeColor={gradeColor(index, grade)}
                    format={() => formatNumber(data.distribution[grade] ?? 0, locale)}
                    style={{ flex: 1, margin: 0 }}
                  />
                </Flex>
              ))}
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('creditConsole.evaluations.sections.comparison')} style={{ height: '100%' }}>
            {data.comparison ? (
              <Row gutter={[8, 16]}>
                {MOVEMENTS.map((key) => (
                  <Col span={12} key={key}>
                    <Statistic
                      title={t(`creditConsole.enums.movement.${key}`)}
                      value={data.comparison?.[key] ?? 0}
                      styles={{
                        content: { color: key === 'up' ? '#389e0d' : key === 'down' ? '#cf1322' : undefined },
                      }}
                    />
                  </Col>
                ))}
              </Row>
            ) : (
              <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
      <Typography.Title level={4}>{t('creditConsole.evaluations.sections.results')}</Typography.Title>
      <ListCard
        list={list}
        result={results}
        toolbar={
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <Select
              style={{ width: 140 }}
              {...list.filterProps('grade', t('creditConsole.evaluations.results.gradeFilter'))}
              options={grades.map((grade) => ({ value: grade, label: grade }))}
            />
            <Select<Movement>
              style={{ width: 140 }}
              {...list.filterProps<Movement>('movement', t('creditConsole.evaluations.results.movementFilter'))}
              options={MOVEMENTS.map((value) => ({ value, label: t(`creditConsole.enums.movement.${value}`) }))}
            />
          </Flex>
        }
      >
        {(table) => <CreditResultTable {...table} />}
      </ListCard>
    </>
  );
}

export const CreditEvaluationDetailPage = withPermission(['credit.read'], CreditEvaluationDetail);
