import type { SpotCheckAnalysisDto, SpotCheckAnalysisRowDto } from '@gongzhi/contracts';
import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatNumber, formatPercent } from '../../../lib/format';
import { analysisRowLabel } from './AnalysisChart';

type Tally = SpotCheckAnalysisRowDto['region'];

/** Inspected, unqualified and rate for the members (when an association is in view) and the whole region, with totals. */
export function AnalysisTable({ analysis, loading = false }: { analysis: SpotCheckAnalysisDto; loading?: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const none = t('common.none');
  const members = analysis.totals.members !== null || analysis.rows.some((row) => row.members !== null);

  const tallyColumns = (
    side: 'members' | 'region',
    pick: (row: SpotCheckAnalysisRowDto) => Tally | null,
  ): TableColumnsType<SpotCheckAnalysisRowDto> => [
    {
      key: `${side}.inspected`,
      title: t('riskConsole.analysis.fields.inspected'),
      align: 'right',
      render: (_, row) => {
        const tally = pick(row);
        return tally ? formatNumber(tally.inspected, locale) : none;
      },
    },
    {
      key: `${side}.unqualified`,
      title: t('riskConsole.analysis.fields.unqualified'),
      align: 'right',
      render: (_, row) => {
        const tally = pick(row);
        return tally ? formatNumber(tally.unqualified, locale) : none;
      },
    },
    {
      key: `${side}.rate`,
      title: t('riskConsole.analysis.fields.rate'),
      align: 'right',
      render: (_, row) => <strong>{formatPercent(pick(row)?.rate, locale) ?? none}</strong>,
    },
  ];

  const columns: TableColumnsType<SpotCheckAnalysisRowDto> = [
    {
      key: 'label',
      title: t(`riskConsole.enums.dimension.${analysis.by}`),
      fixed: 'left',
      render: (_, row) => analysisRowLabel(row),
    },
  ];
  if (members) {
    columns.push({
      key: 'members',
      title: analysis.associationName
        ? t('riskConsole.analysis.membersOf', { association: analysis.associationName })
        : t('riskConsole.analysis.fields.members'),
      children: tallyColumns('members', (row) => row.members),
    });
  }
  columns.push({
    key: 'region',
    title: t('riskConsole.analysis.fields.region'),
    children: tallyColumns('region', (row) => row.region),
  });

  const totals = [
    ...(members ? [{ side: 'members', tally: analysis.totals.members }] : []),
    { side: 'region', tally: analysis.totals.region },
  ];
  return (
    <Table<SpotCheckAnalysisRowDto>
      rowKey="key"
      size="middle"
      bordered
      scroll={{ x: 'max-content' }}
      pagination={analysis.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      columns={columns}
      dataSource={analysis.rows}
      loading={loading}
      data-testid="analysis-table"
      locale={{ emptyText: t('riskConsole.analysis.empty') }}
      summary={() =>
        analysis.rows.length > 0 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('riskConsole.analysis.totals')}</Typography.Text>
            </Table.Summary.Cell>
            {totals.flatMap(({ side, tally }, i) => [
              <Table.Summary.Cell key={`${side}.inspected`} index={1 + i * 3} align="right">
                {tally ? formatNumber(tally.inspected, locale) : none}
              </Table.Summary.Cell>,
              <Table.Summary.Cell key={`${side}.unqualified`} index={2 + i * 3} align="right">
                {tally ? formatNumber(tally.unqualified, locale) : none}
              </Table.Summary.Cell>,
              <Table.Summary.Cell key={`${side}.rate`} index={3 + i * 3} align="right">
                <strong>{formatPercent(tally?.rate, locale) ?? none}</strong>
              </Table.Summary.Cell>,
            ])}
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}
