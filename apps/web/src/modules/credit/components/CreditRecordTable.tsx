import type { CreditRecordDto } from '@gongzhi/contracts';
import { Flex, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { CreditPolarityTag, CreditRecordStatusTag, CreditRecordTypeTag, CreditSeverityTag } from './CreditTags';
import { partyColumns } from './partyColumns';

interface CreditRecordTableProps extends PagedTableProps<CreditRecordDto> {
  /** Show the enterprise column (off on one enterprise's own archive). */
  showEnterprise?: boolean;
  showAssociation?: boolean;
  /** Buttons at the end of a row (e.g. the enterprise's "object" and "apply for repair"). */
  actions?: (record: CreditRecordDto) => ReactNode;
}

/** Credit records: title (to the record's page), type, severity, polarity, status, dates. */
export function CreditRecordTable({
  showEnterprise = true,
  showAssociation = false,
  actions,
  ...table
}: CreditRecordTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<CreditRecordDto> = [
    {
      key: 'title',
      title: t('creditConsole.records.fields.title'),
      fixed: 'left',
      render: (_, row) => (
        <div style={{ maxWidth: 320 }}>
          <Link to={`/console/credit/records/${row.id}`}>{row.title}</Link>
          {row.publiclyVisible ? (
            <Typography.Text type="success" style={{ fontSize: 12, display: 'block' }}>
              {t('creditConsole.records.visible')}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
  ];
  columns.push(
    ...partyColumns<CreditRecordDto>({
      enterprise: showEnterprise ? t('creditConsole.records.fields.enterprise') : undefined,
      association: showAssociation ? t('creditConsole.records.fields.association') : undefined,
      fixed: false,
    }),
  );
  columns.push(
    {
      key: 'type',
      title: t('creditConsole.records.fields.recordType'),
      render: (_, row) => (
        <Flex gap={4} wrap>
          <CreditRecordTypeTag type={row.recordType} />
          <CreditSeverityTag severity={row.severity} />
          <CreditPolarityTag polarity={row.polarity} />
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('creditConsole.records.fields.status'),
      render: (_, row) => <CreditRecordStatusTag status={row.status} />,
    },
    { key: 'occurredOn', title: t('creditConsole.records.fields.occurredOn'), dataIndex: 'occurredOn' },
    { key: 'publishUntil', title: t('creditConsole.records.fields.publishUntil'), dataIndex: 'publishUntil' },
  );
  if (actions) {
    columns.push({ key: 'actions', title: t('common.actions'), fixed: 'right', render: (_, row) => actions(row) });
  }
  return <DataTable<CreditRecordDto> {...table} columns={columns} />;
}
