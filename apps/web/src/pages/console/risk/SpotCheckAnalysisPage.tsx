import { DownloadOutlined, FileTextOutlined } from '@ant-design/icons';
import { SPOT_CHECK_ANALYSIS_DIMENSIONS, SPOT_CHECK_LEVELS, type SpotCheckLevel } from '@gongzhi/contracts';
import { Alert, App, Button, Card, DatePicker, Flex, Tabs } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errorText';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { OrganisationPicker } from '../../../modules/organisation/components/OrganisationPicker';
import { AnalysisChart } from '../../../modules/risk/components/AnalysisChart';
import { AnalysisTable } from '../../../modules/risk/components/AnalysisTable';
import { ANALYSIS_FILTERS, toAnalysisQuery } from '../../../modules/risk/components/analysisQuery';
import { CategorySelect } from '../../../modules/risk/components/CategorySelect';
import { RiskReportDialog } from '../../../modules/risk/components/RiskReportDialog';
import { useRiskScope } from '../../../modules/risk/components/useRiskScope';
import { useExportSpotCheckAnalysis, useSpotCheckAnalysis } from '../../../modules/risk/hooks/useSpotCheckAnalysis';
import { EnumSelect } from '../../../ui/EnumSelect';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';

const DATE = 'YYYY-MM-DD';

/**
 * /console/spot-checks/analysis — non-conformity rates by dimension, the association's members next
 * to the whole region: bars, table, Excel export, and a risk report prefilled from what is in view.
 */
function SpotCheckAnalysis() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const scope = useRiskScope();
  const list = useListParams(ANALYSIS_FILTERS);
  const query = toAnalysisQuery(list.filters, dayjs().format(DATE));
  const result = useSpotCheckAnalysis(query);
  const exporter = useExportSpotCheckAnalysis();
  const [reporting, setReporting] = useState(false);
  const data = result.data;

  return (
    <>
      <PageHeader
        title={t('riskConsole.analysis.title')}
        subtitle={t('riskConsole.analysis.lead')}
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              loading={exporter.isPending}
              data-testid="analysis-export"
              onClick={() =>
                exporter.mutate(query, {
                  onSuccess: () => void message.success(t('riskConsole.common.exported')),
                  onError: (error) => void message.error(errorText(error, t)),
                })
              }
            >
              {t('riskConsole.analysis.export')}
            </Button>
            {scope.canReport ? (
              <Button
                type="primary"
                icon={<FileTextOutlined />}
                data-testid="analysis-report"
                onClick={() => setReporting(true)}
              >
                {t('riskConsole.analysis.report')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Tabs
          activeKey={query.by}
          onChange={(by) => list.setFilters({ by })}
          data-testid="analysis-dimensions"
          aria-label={t('riskConsole.analysis.dimensions')}
          items={SPOT_CHECK_ANALYSIS_DIMENSIONS.map((dimension) => ({
            key: dimension,
            label: <span data-dimension={dimension}>{t(`riskConsole.enums.dimension.${dimension}`)}</span>,
          }))}
        />
        <Flex gap={12} wrap align="center">
          <DatePicker.RangePicker
            aria-label={t('riskConsole.common.period')}
            data-testid="analysis-period"
            allowClear={false}
            value={[dayjs(query.from), dayjs(query.to)]}
            onChange={(range) => {
              const [from, to] = range ?? [null, null];
              if (from && to) list.setFilters({ from: from.format(DATE), to: to.format(DATE) });
            }}
          />
          <EnumSelect<SpotCheckLevel>
            values={SPOT_CHECK_LEVELS}
            label={(level) => t(`riskConsole.enums.level.${level}`)}
            style={{ width: 180 }}
            aria-label={t('riskConsole.common.level')}
            {...list.filterProps<SpotCheckLevel>('level', t('riskConsole.common.allLevels'))}
            value={query.level}
          />
          {query.by !== 'category' ? (
            <CategorySelect
              style={{ width: 220 }}
              allowClear
              aria-label={t('riskConsole.common.category')}
              placeholder={t('riskConsole.common.allCategories')}
              value={query.category}
              onChange={(category) =>
                list.setFilters({ category: typeof category === 'string' ? category : undefined })
              }
            />
          ) : null}
          {scope.regulator ? (
            <OrganisationPicker
              kind="industry_organisation"
              style={{ width: 280 }}
              {...list.filterProps('associationId', t('riskConsole.common.allAssociations'))}
            />
          ) : null}
        </Flex>
      </Card>
      {result.isPending ? <LoadingState /> : null}
      {result.isError ? <ErrorState error={result.error} onRetry={() => void result.refetch()} /> : null}
      {data ? (
        <Flex vertical gap={16}>
          {scope.regulator && data.associationId === null ? (
            <Alert type="info" showIcon title={t('riskConsole.analysis.regionOnlyHint')} />
          ) : null}
          <Card>
            <AnalysisChart analysis={data} />
          </Card>
          <Card>
            <AnalysisTable analysis={data} loading={result.isFetching} />
          </Card>
        </Flex>
      ) : null}
      {scope.canReport ? (
        <RiskReportDialog
          open={reporting}
          prefill={{ from: query.from, to: query.to, by: query.by, category: query.category }}
          onClose={() => setReporting(false)}
        />
      ) : null}
    </>
  );
}

export const SpotCheckAnalysisPage = withPermission(['spotcheck.read'], SpotCheckAnalysis);
