import type { CampaignDto } from '@gongzhi/contracts';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { AssessmentKindTag } from './EvaluationTags';

export function CampaignTable(table: PagedTableProps<CampaignDto>) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const columns: TableColumnsType<CampaignDto> = [
    {
      key: 'title',
      title: t('evaluationConsole.campaigns.fields.title'),
      render: (_, row) => (
        <Link to={`/console/evaluation/campaigns/${row.id}`} style={{ display: 'inline-block', maxWidth: 320 }}>
          {row.title}
        </Link>
      ),
    },
    {
      key: 'kind',
      title: t('evaluationConsole.campaigns.fields.kind'),
      render: (_, row) => <AssessmentKindTag kind={row.kind} />,
    },
    {
      key: 'framework',
      title: t('evaluationConsole.campaigns.fields.framework'),
      render: (_, row) =>
        t('evaluationConsole.common.frameworkVersion', { code: row.frameworkCode, version: row.frameworkVersion }),
    },
    {
      key: 'period',
      title: t('evaluationConsole.campaigns.fields.period'),
      render: (_, row) => t('evaluationConsole.common.periodValue', { from: row.periodStart, to: row.periodEnd }),
    },
    { key: 'dueDate', title: t('evaluationConsole.campaigns.fields.dueDate'), dataIndex: 'dueDate' },
    {
      key: 'progress',
      title: t('evaluationConsole.campaigns.fields.finalCount'),
      render: (_, row) =>
        t('evaluationConsole.common.progressValue', { scored: row.finalCount, total: row.assessmentCount }),
    },
    { key: 'regulator', title: t('evaluationConsole.campaigns.fields.regulator'), dataIndex: 'regulatorName' },
    {
      key: 'createdAt',
      title: t('evaluationConsole.campaigns.fields.createdAt'),
      render: (_, row) => formatDateTime(row.createdAt, locale),
    },
  ];
  return <DataTable<CampaignDto> {...table} columns={columns} data-testid="campaigns" />;
}
