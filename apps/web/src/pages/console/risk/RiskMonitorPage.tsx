import { AlertOutlined } from '@ant-design/icons';
import { RISK_SERIES_KINDS, type RiskSeriesKind } from '@gongzhi/contracts';
import { Button, Card, Empty, Flex, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { MemberPicker } from '../../../modules/credit/components/MemberPicker';
import { OrganisationPicker } from '../../../modules/organisation/components/OrganisationPicker';
import { CategorySelect } from '../../../modules/risk/components/CategorySelect';
import { CHART_FILTERS, chartQueryOf } from '../../../modules/risk/components/chartQuery';
import { SpcChartView } from '../../../modules/risk/components/SpcChartView';
import { SpcSignalTable } from '../../../modules/risk/components/SpcSignalTable';
import { useRiskScope } from '../../../modules/risk/components/useRiskScope';
import { useRiskChart } from '../../../modules/risk/hooks/useRiskMonitoring';
import { useProductCategories } from '../../../modules/risk/hooks/useSpotCheckAnalysis';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = CHART_FILTERS;

/**
 * /console/risk — the control chart of a product category (p-chart of non-conformity) or of a member
 * (u-chart of justified complaints), with the signals below.
 */
function RiskMonitor() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scope = useRiskScope();
  const list = useListParams(FILTERS);
  // Until one is picked, the first category with results is shown: the page opens on a chart.
  const { categories } = useProductCategories(
    list.filters.associationId ? { associationId: list.filters.associationId } : {},
  );
  const firstCategory =
    (list.filters.kind ?? 'category_nonconformity') === 'category_nonconformity' && !list.filters.key
      ? categories[0]?.key
      : undefined;
  const { kind, query } = chartQueryOf(firstCategory ? { ...list.filters, key: firstCategory } : list.filters);
  const chart = useRiskChart(query);

  return (
    <>
      <PageHeader
        title={t('riskConsole.monitor.title')}
        subtitle={t('riskConsole.monitor.lead')}
        extra={
          <Button icon={<AlertOutlined />} onClick={() => navigate('/console/risk/alerts')}>
            {t('riskConsole.nav.alerts')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <Segmented<RiskSeriesKind>
            aria-label={t('riskConsole.monitor.kind')}
            data-testid="risk-kind"
            value={kind}
            options={RISK_SERIES_KINDS.map((value) => ({
              value,
              label: t(`riskConsole.enums.seriesKind.${value}`),
            }))}
            onChange={(value) => list.setFilters({ kind: value, key: undefined })}
          />
          {kind === 'category_nonconformity' ? (
            <CategorySelect
              style={{ width: 260 }}
              aria-label={t('riskConsole.monitor.category')}
              data-testid="risk-category"
              placeholder={t('riskConsole.monitor.pickCategory')}
              value={list.filters.key ?? firstCategory}
              onChange={(key) => list.setFilters({ key: typeof key === 'string' ? key : undefined })}
            />
          ) : scope.association ? (
            <MemberPicker
              associationId={scope.association.id}
              style={{ width: 300 }}
              placeholder={t('riskConsole.monitor.pickMember')}
              value={list.filters.key}
              onChange={(key) => list.setFilters({ key })}
            />
          ) : (
            <OrganisationPicker
              kind="enterprise"
              style={{ width: 300 }}
              placeholder={t('riskConsole.monitor.pickMember')}
              value={list.filters.key}
              onChange={(key) => list.setFilters({ key })}
            />
          )}
          {scope.regulator ? (
            <OrganisationPicker
              kind="industry_organisation"
              style={{ width: 280 }}
              {...list.filterProps('associationId', t('riskConsole.common.allAssociations'))}
            />
          ) : null}
        </Flex>
      </Card>
      {query === null ? (
        <Card>
          <Empty description={t('riskConsole.monitor.pickPrompt')} />
        </Card>
      ) : chart.isPending ? (
        <LoadingState />
      ) : chart.isError ? (
        <ErrorState error={chart.error} onRetry={() => void chart.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <Card>
            <SpcChartView chart={chart.data} height={380} />
          </Card>
          <Card title={t('riskConsole.monitor.signals.title')}>
            <SpcSignalTable chart={chart.data} />
            <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
              {t(`riskConsole.enums.chartKind.${chart.data.kind}`)}
            </Typography.Paragraph>
          </Card>
        </Flex>
      )}
    </>
  );
}

export const RiskMonitorPage = withPermission(['risk.read'], RiskMonitor);
