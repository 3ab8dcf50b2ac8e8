import { Flex, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Engine = typeof import('./chartEngine')['echarts'];
type Chart = ReturnType<Engine['init']>;
export type ChartOption = Parameters<Chart['setOption']>[0];

interface LazyChartProps {
  /** The ECharts option, built without importing ECharts (so that the page stays light). */
  option: ChartOption;
  height: number;
  /** The chart's accessible name. */
  label: string;
  /** Shown over the chart while ECharts loads. */
  loadingText: string;
}

/** An ECharts canvas that follows its container's size; ECharts is loaded only when a chart is shown. */
export function LazyChart({ option, height, label, loadingText }: LazyChartProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const [engine, setEngine] = useState<Engine | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    import('./chartEngine')
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
    chart.current?.setOption(option, { notMerge: true });
  });

  if (failed) return <Typography.Text type="danger">{t('errors.loadFailed')}</Typography.Text>;
  return (
    <div style={{ position: 'relative' }}>
      {engine ? null : (
        <Flex justify="center" align="center" gap={8} style={{ position: 'absolute', inset: 0 }}>
          <Spin />
          <Typography.Text type="secondary">{loadingText}</Typography.Text>
        </Flex>
      )}
      <div ref={container} style={{ width: '100%', height }} role="img" aria-label={label} />
    </div>
  );
}
