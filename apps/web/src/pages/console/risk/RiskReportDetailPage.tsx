import type { RiskAlertDto } from '@gongzhi/contracts';
import { App, Button, Card, Descriptions, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { ReasonDialog } from '../../../modules/credit/components/ReasonDialog';
import { useLocalPage } from '../../../modules/credit/hooks/useLocalPage';
import { AnalysisChart } from '../../../modules/risk/components/AnalysisChart';
import { AnalysisTable } from '../../../modules/risk/components/AnalysisTable';
import { RiskAlertTable } from '../../../modules/risk/components/RiskAlertTable';
import { RiskReportStatusTag } from '../../../modules/risk/components/RiskTags';
import { SpcChartView } from '../../../modules/risk/components/SpcChartView';
import { SpcSignalTable } from '../../../modules/risk/components/SpcSignalTable';
import { useAcknowledgeRiskReport, useRiskReport } from '../../../modules/risk/hooks/useRiskReports';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';

const TEXT = { whiteSpace: 'pre-wrap' } as const;

/** /console/risk/reports/:id — the report, its feedback, and the analyses and charts stored with it. */
function RiskReportDetail() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { message } = App.useApp();
  const result = useRiskReport(id);
  const acknowledge = useAcknowledgeRiskReport();
  const [feedbackOpen, setFeedbackOpen] = useState(false);
  const alerts = useLocalPage<RiskAlertDto>(result.data?.data.alerts, false, 10);

  if (result.isPending) return <LoadingState />;
  if (result.isError) return <ErrorState error={result.error} record onRetry={() => void result.refetch()} />;
  const report = result.data;
  const none = t('common.none');

  return (
    <>
      <PageHeader
        backTo="/console/risk/reports"
        title={report.title}
        tags={<RiskReportStatusTag status={report.status} />}
        extra={
          report.abilities.acknowledge && report.status === 'submitted' ? (
            <Button type="primary" onClick={() => setFeedbackOpen(true)} data-testid="report-acknowledge">
              {t('riskConsole.reports.acknowledge')}
            </Button>
          ) : null
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="report-facts">
            <Descriptions.Item label={t('riskConsole.reports.fields.association')}>
              {report.associationName}
            </Descriptions.Item>
            <Descriptions.Item label={t('riskConsole.reports.fields.regulator')}>
              {report.regulatorName}
            </Descriptions.Item>
            <Descriptions.Item label={t('riskConsole.reports.fields.period')}>
              {t('riskConsole.common.periodValue', { from: report.periodFrom, to: report.periodTo })}
            </Descriptions.Item>
            <Descriptions.Item label={t('riskConsole.reports.fields.submittedAt')}>
              {formatDateTime(report.submittedAt, locale)}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('riskConsole.reports.fields.summary')}</Typography.Title>
          <Typography.Paragraph style={TEXT}>{report.summary}</Typography.Paragraph>
          <Typography.Title level={5}>{t('riskConsole.reports.fields.recommendations')}</Typography.Title>
          <Typography.Paragraph style={TEXT}>{report.recommendations || none}</Typography.Paragraph>
        </Card>
        <Card title={t('riskConsole.reports.fields.feedback')} data-testid="report-feedback">
          {report.feedback ? (
            <>
              <Typography.Paragraph style={TEXT}>{report.feedback}</Typography.Paragraph>
              <Typography.Text type="secondary">
                {t('riskConsole.labelValue', {
                  label: t('riskConsole.reports.fields.acknowledgedAt'),
                  value: formatDateTime(report.acknowledgedAt, locale) ?? none,
                })}
              </Typography.Text>
            </>
          ) : (
            <Typography.Text type="secondary">{t('riskConsole.reports.awaitingFeedback')}</Typography.Text>
          )}
        </Card>

        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('riskConsole.reports.detail.analyses')}
        </Typography.Title>
        {report.data.analyses.length === 0 ? (
          <Card>
            <Empty description={t('riskConsole.reports.detail.noAnalyses')} />
          </Card>
        ) : (
          report.data.analyses.map((analysis) => (
            <Card
              key={analysis.by}
              title={t(`riskConsole.enums.dimension.${analysis.by}`)}
              data-testid={`report-analysis-${analysis.by}`}
            >
              <Flex vertical gap={16}>
                <AnalysisChart analysis={analysis} />
                <AnalysisTable analysis={analysis} />
              </Flex>
            </Card>
          ))
        )}

        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('riskConsole.reports.detail.charts')}
        </Typography.Title>
        {report.data.charts.length === 0 ? (
          <Card>
            <Empty description={t('riskConsole.reports.detail.noCharts')} />
          </Card>
        ) : (
          report.data.charts.map((chart) => (
            <Card key={`${chart.seriesKind}:${chart.key}`}>
              <Flex vertical gap={16}>
                <SpcChartView chart={chart} height={320} />
                <SpcSignalTable chart={chart} />
              </Flex>
            </Card>
          ))
        )}

        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('riskConsole.reports.detail.alerts')}
        </Typography.Title>
        <Card>
          {report.data.alerts.length === 0 ? (
            <Empty description={t('riskConsole.reports.detail.noAlerts')} />
          ) : (
            <RiskAlertTable {...alerts} />
          )}
        </Card>
      </Flex>
      <ReasonDialog
        open={feedbackOpen}
        title={t('riskConsole.reports.acknowledgeTitle', { title: report.title })}
        label={t('riskConsole.reports.feedbackLabel')}
        okText={t('riskConsole.reports.acknowledge')}
        save={acknowledge}
        onClose={() => setFeedbackOpen(false)}
        onReload={() => void result.refetch()}
        onSubmit={(feedback) =>
          acknowledge.mutate(
            { id: report.id, body: { feedback, version: report.version } },
            {
              onSuccess: () => {
                void message.success(t('riskConsole.reports.acknowledgedMessage'));
                setFeedbackOpen(false);
              },
            },
          )
        }
      />
    </>
  );
}

export const RiskReportDetailPage = withPermission(['risk.read'], RiskReportDetail);
