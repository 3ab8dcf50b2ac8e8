import { RISK_REPORT_STATUSES, type RiskReportStatus } from '@gongzhi/contracts';
import { Flex } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { toAnalysisQuery } from '../../../modules/risk/components/analysisQuery';
import { RiskReportDialog } from '../../../modules/risk/components/RiskReportDialog';
import { RiskReportTable } from '../../../modules/risk/components/RiskReportTable';
import { useRiskScope } from '../../../modules/risk/components/useRiskScope';
import { useRiskReports } from '../../../modules/risk/hooks/useRiskReports';
import { AddButton } from '../../../ui/AddButton';
import { EnumSelect } from '../../../ui/EnumSelect';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = ['status'] as const;

/** A new report covers the last twelve months unless the author changes it. */
function defaultPeriod() {
  const { from, to } = toAnalysisQuery({}, dayjs().format('YYYY-MM-DD'));
  return { from, to };
}

/**
 * /console/risk/reports — the association writes reports and sees the regulator's feedback; the
 * regulator sees the reports sent to it.
 */
function RiskReports() {
  const { t } = useTranslation();
  const scope = useRiskScope();
  const list = useListParams(FILTERS);
  const [creating, setCreating] = useState(false);
  const status = (RISK_REPORT_STATUSES as readonly (string | undefined)[]).includes(list.filters.status)
    ? (list.filters.status as RiskReportStatus)
    : undefined;
  const result = useRiskReports({ status, page: list.page, pageSize: list.pageSize });

  return (
    <>
      <PageHeader
        title={t('riskConsole.reports.title')}
        subtitle={t('riskConsole.reports.lead')}
        extra={
          scope.canReport ? (
            <span data-testid="report-create">
              <AddButton onClick={() => setCreating(true)}>{t('riskConsole.reports.create')}</AddButton>
            </span>
          ) : null
        }
      />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <EnumSelect<RiskReportStatus>
              values={RISK_REPORT_STATUSES}
              label={(value) => t(`riskConsole.enums.reportStatus.${value}`)}
              style={{ width: 180 }}
              aria-label={t('riskConsole.reports.filters.status')}
              {...list.filterProps<RiskReportStatus>('status', t('riskConsole.reports.filters.status'))}
              value={status}
            />
          </Flex>
        }
      >
        {(table) => <RiskReportTable {...table} showAssociation={!scope.association} />}
      </ListCard>
      {scope.canReport ? (
        <RiskReportDialog open={creating} prefill={defaultPeriod()} onClose={() => setCreating(false)} />
      ) : null}
    </>
  );
}

export const RiskReportsPage = withPermission(['risk.read'], RiskReports);
