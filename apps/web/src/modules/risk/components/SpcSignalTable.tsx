import type { SpcChartDto } from '@gongzhi/contracts';
import { Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { SpcRuleTag } from './RiskTags';
import { formatSpcValue } from './spcOption';

type Signal = SpcChartDto['signals'][number];

/** The signals of a chart: month, the run rule that fired, and on which side of the centre line. */
export function SpcSignalTable({ chart }: { chart: SpcChartDto }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Signal> = [
    { key: 'period', title: t('riskConsole.monitor.signals.fields.period'), dataIndex: 'period' },
    {
      key: 'rule',
      title: t('riskConsole.monitor.signals.fields.rule'),
      render: (_, signal) => <SpcRuleTag rule={signal.rule} />,
    },
    {
      key: 'side',
      title: t('riskConsole.monitor.signals.fields.side'),
      render: (_, signal) => (
        <Tag color={signal.side === 'up' ? 'red' : 'blue'}>
          {signal.side === 'up' ? '↑ ' : '↓ '}
          {t(`riskConsole.enums.side.${signal.side}`)}
        </Tag>
      ),
    },
    {
      key: 'value',
      title: t('riskConsole.monitor.signals.fields.value'),
      align: 'right',
      render: (_, signal) => formatSpcValue(chart.points[signal.index]?.value ?? null, chart.kind) ?? t('common.none'),
    },
  ];
  return (
    <Table<Signal>
      rowKey={(signal) => `${signal.index}:${signal.rule}:${signal.side}`}
      size="small"
      scroll={{ x: 'max-content' }}
      pagination={chart.signals.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      columns={columns}
      dataSource={chart.signals}
      data-testid="spc-signals"
      locale={{ emptyText: t('riskConsole.monitor.signals.empty') }}
    />
  );
}
