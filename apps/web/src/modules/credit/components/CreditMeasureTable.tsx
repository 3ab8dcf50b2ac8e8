import type { CreditMeasureDto } from '@gongzhi/contracts';
import { Button, Flex, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { CreditGradeTag, CreditMeasureListTag, CreditMeasureStatusTag } from './CreditTags';
import { partyColumns } from './partyColumns';

interface CreditMeasureTableProps extends PagedTableProps<CreditMeasureDto> {
  onEnd?: (measure: CreditMeasureDto) => void;
  showEnterprise?: boolean;
  showAssociation?: boolean;
}

/** Measures: the enterprise, the measure and its list, the grade that justified it, the period, the status. */
export function CreditMeasureTable({
  onEnd,
  showEnterprise = true,
  showAssociation = false,
  ...table
}: CreditMeasureTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<CreditMeasureDto> = partyColumns({
    enterprise: showEnterprise ? t('creditConsole.measures.fields.enterprise') : undefined,
    association: showAssociation ? t('creditConsole.measures.fields.association') : undefined,
  });
  columns.push(
    {
      key: 'kind',
      title: t('creditConsole.measures.fields.kind'),
      render: (_, row) => (
        <Flex gap={4} wrap align="center">
          <CreditMeasureListTag list={row.list} />
          <span>{t(`creditConsole.enums.measureKind.${row.kind}`)}</span>
        </Flex>
      ),
    },
    {
      key: 'grade',
      title: t('creditConsole.measures.fields.grade'),
      render: (_, row) => <CreditGradeTag grade={row.grade} />,
    },
    {
      key: 'reason',
      title: t('creditConsole.measures.fields.reason'),
      render: (_, row) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: row.reason }} style={{ margin: 0, maxWidth: 300 }}>
          {row.reason}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'period',
      title: t('creditConsole.measures.fields.validFrom'),
      render: (_, row) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {row.validFrom} – {row.validUntil ?? t('creditConsole.measures.openEnded')}
        </span>
      ),
    },
    {
      key: 'status',
      title: t('creditConsole.measures.fields.status'),
      render: (_, row) => (
        <div>
          <CreditMeasureStatusTag status={row.status} />
          {row.endReason ? (
            <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 220 }}>
              {row.endReason}
            </Typography.Paragraph>
          ) : null}
        </div>
      ),
    },
  );
  if (onEnd) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, row) =>
        row.status === 'active' ? (
          <Button type="link" size="small" danger onClick={() => onEnd(row)}>
            {t('creditConsole.measures.end')}
          </Button>
        ) : null,
    });
  }
  return <DataTable<CreditMeasureDto> {...table} columns={columns} />;
}
