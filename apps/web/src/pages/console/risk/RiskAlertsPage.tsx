import { ScanOutlined } from '@ant-design/icons';
import {
  RISK_ALERT_STATUSES,
  RISK_SERIES_KINDS,
  type RiskAlertDto,
  type RiskAlertStatus,
  type RiskSeriesKind,
} from '@gongzhi/contracts';
import { App, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errorText';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { RiskAlertTable } from '../../../modules/risk/components/RiskAlertTable';
import { useRiskScope } from '../../../modules/risk/components/useRiskScope';
import { useAcknowledgeRiskAlert, useRiskAlerts, useRiskScan } from '../../../modules/risk/hooks/useRiskMonitoring';
import { EnumSelect } from '../../../ui/EnumSelect';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = ['status', 'seriesKind'] as const;

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return (values as readonly (string | undefined)[]).includes(value) ? (value as T) : undefined;
}

/** /console/risk/alerts — alerts raised by the run rules; scan now, acknowledge. */
function RiskAlerts() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const scope = useRiskScope();
  const list = useListParams(FILTERS);
  const status = oneOf(RISK_ALERT_STATUSES, list.filters.status);
  const seriesKind = oneOf(RISK_SERIES_KINDS, list.filters.seriesKind);
  const result = useRiskAlerts({ status, seriesKind, page: list.page, pageSize: list.pageSize });
  const scan = useRiskScan();
  const acknowledge = useAcknowledgeRiskAlert();

  const onScan = () =>
    scan.mutate(scope.association ? { associationId: scope.association.id } : {}, {
      onSuccess: (done) =>
        void message.success(
          t('riskConsole.alerts.scanned', { series: done.seriesScanned, alerts: done.alertsCreated }),
        ),
      onError: (error) => void message.error(errorText(error, t)),
    });

  const onAcknowledge = (alert: RiskAlertDto) =>
    acknowledge.mutate(alert.id, {
      onSuccess: () => void message.success(t('riskConsole.alerts.acknowledged')),
      onError: (error) => void message.error(errorText(error, t)),
    });

  return (
    <>
      <PageHeader
        title={t('riskConsole.alerts.title')}
        subtitle={t('riskConsole.alerts.lead')}
        extra={
          <Button
            type="primary"
            icon={<ScanOutlined />}
            loading={scan.isPending}
            onClick={onScan}
            data-testid="risk-scan"
          >
            {t('riskConsole.alerts.scan')}
          </Button>
        }
      />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <EnumSelect<RiskAlertStatus>
              values={RISK_ALERT_STATUSES}
              label={(value) => t(`riskConsole.enums.alertStatus.${value}`)}
              style={{ width: 160 }}
              aria-label={t('riskConsole.alerts.filters.status')}
              {...list.filterProps<RiskAlertStatus>('status', t('riskConsole.alerts.filters.status'))}
              value={status}
            />
            <EnumSelect<RiskSeriesKind>
              values={RISK_SERIES_KINDS}
              label={(value) => t(`riskConsole.enums.seriesKind.${value}`)}
              style={{ width: 240 }}
              aria-label={t('riskConsole.alerts.filters.kind')}
              {...list.filterProps<RiskSeriesKind>('seriesKind', t('riskConsole.alerts.filters.kind'))}
              value={seriesKind}
            />
          </Flex>
        }
      >
        {(table) => (
          <RiskAlertTable
            {...table}
            showOwner={!scope.association}
            onAcknowledge={onAcknowledge}
            acknowledging={acknowledge.isPending ? (acknowledge.variables ?? null) : null}
          />
        )}
      </ListCard>
    </>
  );
}

export const RiskAlertsPage = withPermission(['risk.read'], RiskAlerts);
