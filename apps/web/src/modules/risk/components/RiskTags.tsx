import type { RiskAlertLevel, RiskAlertStatus, RiskReportStatus, SpcRule } from '@gongzhi/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const ALERT_LEVEL_COLORS: Record<RiskAlertLevel, string> = { yellow: 'gold', orange: 'orange', red: 'red' };

export function RiskAlertLevelTag({ level }: { level: RiskAlertLevel }) {
  const { t } = useTranslation();
  return (
    <Tag color={ALERT_LEVEL_COLORS[level]} data-level={level}>
      {t(`riskConsole.enums.alertLevel.${level}`)}
    </Tag>
  );
}

export function RiskAlertStatusTag({ status }: { status: RiskAlertStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'open' ? 'processing' : 'default'} data-status={status}>
      {t(`riskConsole.enums.alertStatus.${status}`)}
    </Tag>
  );
}

export function RiskReportStatusTag({ status }: { status: RiskReportStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'submitted' ? 'gold' : 'success'} data-status={status}>
      {t(`riskConsole.enums.reportStatus.${status}`)}
    </Tag>
  );
}

export function SpcRuleTag({ rule }: { rule: SpcRule }) {
  const { t } = useTranslation();
  return (
    <Tag color="red" variant="outlined" data-rule={rule}>
      {t(`riskConsole.enums.spcRule.${rule}`)}
    </Tag>
  );
}
