import type { ComplaintStatsRowDto } from '@gongzhi/contracts';
import { Flex, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildStatsChartOption, type ChartLabels } from './statsChartOption';

type Engine = typeof import('./statsChartEngine')['echarts'];
type Chart = ReturnType<Engine['init']>;

interface ComplaintStatsChartProps {
  rows: ComplaintStatsRowDto[];
  labels: ChartLabels;
}

/** Bars of the counts and a line of the on-time rate; ECharts is loaded only when this chart is shown. */
export function ComplaintStatsChart({ rows, labels }: ComplaintStatsChartProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const [engine, setEngine] = useState<Engine | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    import('./statsChartEngine')
      .then((module) => {
        if (!cancelled) setEngine(() => module.echarts);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (!engine || !container.current) return;
    const instance = engine.init(container.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [engine]);

  useEffect(() => {
    chart.current?.setOption(buildStatsChartOption(rows, labels), { notMerge: true });
  });

  if (failed) return <Typography.Text type="danger">{t('errors.loadFailed')}</Typography.Text>;
  return (
    <div style={{ position: 'relative' }}>
      {engine ? null : (
        <Flex justify="center" align="center" gap={8} style={{ position: 'absolute', inset: 0 }}>
          <Spin />
          <Typography.Text type="secondary">{t('complaintStats.chartLoading')}</Typography.Text>
        </Flex>
      )}
      <div ref={container} style={{ width: '100%', height: 360 }} role="img" aria-label={t('complaintStats.title')} />
    </div>
  );
}
