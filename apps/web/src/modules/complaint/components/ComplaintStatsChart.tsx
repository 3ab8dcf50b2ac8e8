import type { ComplaintStatsRowDto } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { LazyChart } from '../../../ui/LazyChart';
import { buildStatsChartOption, type ChartLabels } from './statsChartOption';

interface ComplaintStatsChartProps {
  rows: ComplaintStatsRowDto[];
  labels: ChartLabels;
}

/** Bars of the counts and a line of the on-time rate; ECharts is loaded only when this chart is shown. */
export function ComplaintStatsChart({ rows, labels }: ComplaintStatsChartProps) {
  const { t } = useTranslation();
  return (
    <LazyChart
      option={buildStatsChartOption(rows, labels)}
      height={360}
      label={t('complaintStats.title')}
      loadingText={t('complaintStats.chartLoading')}
    />
  );
}
