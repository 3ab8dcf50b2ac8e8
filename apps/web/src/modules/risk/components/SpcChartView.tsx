import type { SpcChartDto } from '@gongzhi/contracts';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatNumber } from '../../../lib/format';
import { LazyChart } from '../../../ui/LazyChart';
import { buildSpcOption, formatSpcValue } from './spcOption';

/**
 * A control chart: the monthly value, the centre line and the step limits, signalling points in red
 * (the rules in the tooltip); ECharts loads only with this chart.
 */
export function SpcChartView({ chart, height = 360 }: { chart: SpcChartDto; height?: number }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const option = buildSpcOption(chart, {
    value: t(`riskConsole.monitor.value.${chart.kind}`),
    centre: t('riskConsole.monitor.centre'),
    ucl: t('riskConsole.monitor.ucl'),
    lcl: t('riskConsole.monitor.lcl'),
    rule: (rule) => t(`riskConsole.enums.spcRule.${rule}`),
    side: (side) => t(`riskConsole.enums.side.${side}`),
    counts: (count, size) =>
      t(`riskConsole.monitor.counts.${chart.kind}`, {
        count: formatNumber(count, locale),
        size: formatNumber(size, locale),
      }),
    none: t('common.none'),
  });
  const signalling = chart.points.filter((point) => point.signals.length > 0).length;
  return (
    <div data-testid="spc-chart" data-signals={signalling}>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{chart.label}</Typography.Text>
        <Tag>{t(`riskConsole.enums.chartKind.${chart.kind}`)}</Tag>
        <Typography.Text type="secondary">
          {t('riskConsole.monitor.centreValue', { value: formatSpcValue(chart.centre, chart.kind) ?? '' })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('riskConsole.monitor.baseline', { count: chart.baselinePeriods })}
        </Typography.Text>
        {signalling > 0 ? (
          <Tag color="red">{t('riskConsole.monitor.signalCount', { count: chart.signals.length })}</Tag>
        ) : null}
      </Flex>
      {chart.points.length === 0 ? (
        <Typography.Text type="secondary">{t('riskConsole.monitor.noData')}</Typography.Text>
      ) : (
        <LazyChart
          option={option}
          height={height}
          label={t('riskConsole.monitor.chartLabel', { label: chart.label })}
          loadingText={t('riskConsole.common.chartLoading')}
        />
      )}
    </div>
  );
}
