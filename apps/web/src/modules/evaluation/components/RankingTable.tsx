import type { RankingDto, RankingRowDto } from '@gongzhi/contracts';
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../lib/format';
import { EmptyState } from '../../../ui/EmptyState';
import { AssessmentStatusTag, ScoreText } from './EvaluationTags';
import { localised } from './indicators';

/** A campaign's ranking: rank, organisation, status, total, then one column per first- and second-level indicator. */
export function RankingTable({ ranking }: { ranking: RankingDto }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const columns: TableColumnsType<RankingRowDto> = [
    {
      key: 'rank',
      title: t('evaluationConsole.campaigns.rank'),
      fixed: 'left',
      align: 'center',
      render: (_, row) => row.rank ?? t('common.none'),
    },
    {
      key: 'organisation',
      title: t('evaluationConsole.common.organisation'),
      render: (_, row) => (
        <Link to={`/console/evaluation/assessments/${row.assessmentId}`}>{row.organisationName}</Link>
      ),
    },
    {
      key: 'status',
      title: t('evaluationConsole.common.status'),
      render: (_, row) => <AssessmentStatusTag status={row.status} />,
    },
    {
      key: 'total',
      title: t('evaluationConsole.common.total'),
      align: 'right',
      render: (_, row) => <ScoreText score={row.total} strong empty={t('common.none')} />,
    },
    ...ranking.columns.map((indicator): TableColumnsType<RankingRowDto>[number] => ({
      key: indicator.code,
      title: <span title={localised(indicator.name, locale)}>{indicator.code}</span>,
      align: 'right',
      render: (_, row) => (
        <ScoreText score={row.scores[indicator.code] ?? null} strong={indicator.depth === 1} empty={t('common.none')} />
      ),
    })),
  ];
  return (
    <Table<RankingRowDto>
      rowKey="assessmentId"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={columns}
      dataSource={ranking.rows}
      locale={{ emptyText: <EmptyState description={t('evaluationConsole.campaigns.empty')} /> }}
      data-testid="ranking-table"
    />
  );
}
