import type { CreditStatsDto } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { LazyChart } from '../../../ui/LazyChart';
import { buildCreditStatsOption } from './statsOption';

/** One stacked bar of grades per association; ECharts loads only with this chart. */
export function CreditStatsChart({ associations }: { associations: CreditStatsDto['associations'] }) {
  const { t } = useTranslation();
  return (
    <LazyChart
      option={buildCreditStatsOption(associations, t('creditConsole.stats.chartTitle'))}
      height={Math.max(200, 80 + associations.length * 48)}
      label={t('creditConsole.stats.title')}
      loadingText={t('creditConsole.stats.chartLoading')}
    />
  );
}
