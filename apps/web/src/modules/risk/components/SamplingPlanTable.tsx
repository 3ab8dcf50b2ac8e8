import type { SamplingPlanDto } from '@gongzhi/contracts';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatDateTime, formatNumber } from '../../../lib/format';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';

/** Earlier sampling plans, newest first, each opening its picks. */
export function SamplingPlanTable(table: PagedTableProps<SamplingPlanDto>) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const columns: TableColumnsType<SamplingPlanDto> = [
    {
      key: 'title',
      title: t('riskConsole.sampling.historyFields.title'),
      render: (_, plan) => <Link to={`/console/spot-checks/sampling/${plan.id}`}>{plan.title}</Link>,
    },
    {
      key: 'seed',
      title: t('riskConsole.sampling.historyFields.seed'),
      render: (_, plan) => <span style={{ fontFamily: 'monospace' }}>{plan.seed}</span>,
    },
    {
      key: 'size',
      title: t('riskConsole.sampling.historyFields.size'),
      align: 'right',
      render: (_, plan) => formatNumber(plan.sampleSize, locale),
    },
    {
      key: 'population',
      title: t('riskConsole.sampling.historyFields.population'),
      align: 'right',
      render: (_, plan) => formatNumber(plan.populationCount, locale),
    },
    {
      key: 'createdAt',
      title: t('riskConsole.sampling.historyFields.createdAt'),
      render: (_, plan) => formatDateTime(plan.createdAt, locale),
    },
  ];
  return <DataTable<SamplingPlanDto> {...table} columns={columns} data-testid="sampling-plans" />;
}
