import type { CreditResultDto } from '@gongzhi/contracts';
import { type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatDecimal } from '../../../lib/format';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { CreditGradeTag, CreditMovementTag } from './CreditTags';

/** The results of a run: each enterprise's score, grade (and the grade before a veto), previous grade, movement. */
export function CreditResultTable(table: PagedTableProps<CreditResultDto>) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const none = t('common.none');
  const columns: TableColumnsType<CreditResultDto> = [
    {
      key: 'enterprise',
      title: t('creditConsole.evaluations.results.enterprise'),
      fixed: 'left',
      render: (_, row) => (
        <div style={{ maxWidth: 280 }}>
          <Link to={`/console/credit/enterprises/${row.enterpriseId}`}>{row.enterpriseName}</Link>
          <br />
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
            {row.enterpriseCreditCode}
          </Typography.Text>
        </div>
      ),
    },
    {
      key: 'score',
      title: t('creditConsole.evaluations.results.score'),
      align: 'right',
      render: (_, row) => (
        <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatDecimal(row.score, locale, 2)}</span>
      ),
    },
    {
      key: 'grade',
      title: t('creditConsole.evaluations.results.grade'),
      render: (_, row) => <CreditGradeTag grade={row.grade} />,
    },
    {
      key: 'gradeBeforeVeto',
      title: t('creditConsole.evaluations.results.gradeBeforeVeto'),
      render: (_, row) => (row.gradeBeforeVeto ? <CreditGradeTag grade={row.gradeBeforeVeto} /> : none),
    },
    {
      key: 'previousGrade',
      title: t('creditConsole.evaluations.results.previousGrade'),
      render: (_, row) => (row.previousGrade ? <CreditGradeTag grade={row.previousGrade} /> : none),
    },
    {
      key: 'movement',
      title: t('creditConsole.evaluations.results.movement'),
      render: (_, row) => <CreditMovementTag movement={row.movement} />,
    },
  ];
  return <DataTable<CreditResultDto> rowKey="enterpriseId" {...table} columns={columns} />;
}
