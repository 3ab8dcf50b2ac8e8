import type { AssessmentSummaryDto } from '@gongzhi/contracts';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { AssessmentKindTag, AssessmentStatusTag, ScoreText } from './EvaluationTags';

export function AssessmentTable(table: PagedTableProps<AssessmentSummaryDto>) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const none = t('common.none');
  const columns: TableColumnsType<AssessmentSummaryDto> = [
    {
      key: 'title',
      title: t('evaluationConsole.common.title'),
      render: (_, row) => (
        <Link
          to={`/console/evaluation/assessments/${row.id}`}
          style={{ display: 'inline-block', maxWidth: 320 }}
          data-testid={`assessment-link-${row.id}`}
        >
          {row.title}
        </Link>
      ),
    },
    { key: 'organisation', title: t('evaluationConsole.common.organisation'), dataIndex: 'organisationName' },
    {
      key: 'kind',
      title: t('evaluationConsole.common.kind'),
      render: (_, row) => <AssessmentKindTag kind={row.kind} />,
    },
    {
      key: 'period',
      title: t('evaluationConsole.common.period'),
      render: (_, row) => t('evaluationConsole.common.periodValue', { from: row.periodStart, to: row.periodEnd }),
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
      render: (_, row) => <ScoreText score={row.total} strong />,
    },
    {
      key: 'progress',
      title: t('evaluationConsole.common.progress'),
      render: (_, row) =>
        t('evaluationConsole.common.progressValue', { scored: row.scoredLeaves, total: row.totalLeaves }),
    },
    {
      key: 'framework',
      title: t('evaluationConsole.common.framework'),
      render: (_, row) =>
        t('evaluationConsole.common.frameworkVersion', { code: row.frameworkCode, version: row.frameworkVersion }),
    },
    { key: 'dueDate', title: t('evaluationConsole.common.dueDate'), render: (_, row) => row.dueDate ?? none },
    {
      key: 'createdAt',
      title: t('evaluationConsole.common.createdAt'),
      render: (_, row) => formatDateTime(row.createdAt, locale),
    },
  ];
  return <DataTable<AssessmentSummaryDto> {...table} columns={columns} data-testid="assessments" />;
}
