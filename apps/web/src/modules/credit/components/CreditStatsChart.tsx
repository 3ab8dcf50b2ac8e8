import type { CreditStatsDto } from '@gongzhi/contracts';
import { Flex, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildCreditStatsOption } from './statsOption';

type Engine = typeof import('../../complaint/components/statsChartEngine')['echarts'];
type Chart = ReturnType<Engine['init']>;

/** One stacked bar of grades per association; ECharts (the complaint statistics' engine) loads only with this chart. */
export function CreditStatsChart({ associations }: { associations: CreditStatsDto['associations'] }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const [engine, setEngine] = useState<Engine | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    import('../../complaint/components/statsChartEngine')
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
    chart.current?.setOption(buildCreditStatsOption(associations, t('creditConsole.stats.chartTitle')), {
      notMerge: true,
    });
  });

  if (failed) return <Typography.Text type="danger">{t('errors.loadFailed')}</Typography.Text>;
  const height = Math.max(200, 80 + associations.length * 48);
  return (
    <div style={{ position: 'relative' }}>
      {engine ? null : (
        <Flex justify="center" align="center" gap={8} style={{ position: 'absolute', inset: 0 }}>
          <Spin />
          <Typography.Text type="secondary">{t('creditConsole.stats.chartLoading')}</Typography.Text>
        </Flex>
      )}
      <div ref={container} style={{ width: '100%', height }} role="img" aria-label={t('creditConsole.stats.title')} />
    </div>
  );
}
