import type { SpotCheckAnalysisDto, SpotCheckAnalysisRowDto } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatNumber } from '../../../lib/format';
import { LazyChart } from '../../../ui/LazyChart';
import { buildAnalysisOption } from './analysisOption';

/** A row's label: months and names as the server gives them. */
export function analysisRowLabel(row: SpotCheckAnalysisRowDto): string {
  return row.label || row.key;
}

/** The non-conformity rate per row, members next to the whole region; ECharts loads only with this chart. */
export function AnalysisChart({
  analysis,
}: {
  analysis: Pick<SpotCheckAnalysisDto, 'by' | 'rows' | 'associationName'>;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const horizontal = analysis.by !== 'period';
  const rows = analysis.rows;
  const option = buildAnalysisOption(
    rows,
    {
      row: analysisRowLabel,
      series: {
        members: analysis.associationName
          ? t('riskConsole.analysis.membersOf', { association: analysis.associationName })
          : t('riskConsole.analysis.series.members'),
        region: t('riskConsole.analysis.series.region'),
      },
      rate: t('riskConsole.analysis.chartTitle'),
      counts: (unqualified, inspected) =>
        t('riskConsole.analysis.counts', {
          unqualified: formatNumber(unqualified, locale),
          inspected: formatNumber(inspected, locale),
        }),
      none: t('common.none'),
    },
    { horizontal },
  );
  const height = horizontal ? Math.max(240, 80 + rows.length * (option.series.length > 1 ? 44 : 30)) : 360;
  return (
    <div data-testid="analysis-chart">
      <LazyChart
        option={option}
        height={height}
        label={`${t('riskConsole.analysis.chartTitle')} · ${t(`riskConsole.enums.dimension.${analysis.by}`)}`}
        loadingText={t('riskConsole.common.chartLoading')}
      />
    </div>
  );
}
