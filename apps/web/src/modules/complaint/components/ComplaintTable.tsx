import type { ComplaintSummaryDto } from '@gongzhi/contracts';
import { Flex, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { ComplaintKindTag } from './ComplaintKindTag';
import { ComplaintStatusTag } from './ComplaintStatusTag';
import { DueTag } from './DueTag';
import './complaints.css';

const ROW_CLASSES = { overdue: 'gz-row-overdue', due_soon: 'gz-row-due-soon', on_track: '' } as const;

interface ComplaintTableProps extends PagedTableProps<ComplaintSummaryDto> {
  /** Show the handling association (for users who see several). */
  showAssociation?: boolean;
}

/** The queue: one row per case, personal data masked by the server, deadline state as the row's colour. */
export function ComplaintTable({ showAssociation = false, ...table }: ComplaintTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ComplaintSummaryDto> = [
    {
      key: 'trackingNo',
      title: t('complaint.fields.trackingNo'),
      fixed: 'left',
      render: (_, row) => (
        <Link to={`/console/complaints/${row.id}`} style={{ fontFamily: 'monospace' }}>
          {row.trackingNo}
        </Link>
      ),
    },
    {
      key: 'status',
      title: t('complaint.fields.status'),
      render: (_, row) => (
        <Flex gap={4} wrap>
          <ComplaintStatusTag status={row.status} />
          {row.late ? <Tag color="red">{t('complaint.late')}</Tag> : null}
        </Flex>
      ),
    },
    {
      key: 'dueOn',
      title: t('complaint.fields.dueOn'),
      render: (_, row) => (
        <DueTag dueOn={row.dueOn} dueKind={row.dueKind} dueState={row.dueState} provisional={row.dueProvisional} />
      ),
    },
    {
      key: 'kind',
      title: t('complaint.fields.kind'),
      render: (_, row) => (
        <Flex gap={4} wrap>
          <ComplaintKindTag kind={row.kind} />
          <span>{t(`enums.complaintCategory.${row.category}`)}</span>
        </Flex>
      ),
    },
    {
      key: 'respondent',
      title: t('complaint.fields.respondent'),
      render: (_, row) => (
        <div style={{ maxWidth: 280 }}>
          <div>{row.respondentName}</div>
          {row.productName ? <Typography.Text type="secondary">{row.productName}</Typography.Text> : null}
        </div>
      ),
    },
    {
      key: 'complainant',
      title: t('complaint.fields.complainant'),
      render: (_, row) => (
        <span>
          {row.complainantName}
          <br />
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace' }}>
            {row.complainantPhone}
          </Typography.Text>
        </span>
      ),
    },
    { key: 'receivedOn', title: t('complaint.fields.receivedOn'), dataIndex: 'receivedOn' },
  ];
  if (showAssociation) {
    columns.push({ key: 'association', title: t('complaint.fields.association'), dataIndex: 'associationName' });
  }
  return (
    <DataTable<ComplaintSummaryDto>
      {...table}
      columns={columns}
      rowClassName={(row) => (row.dueState ? ROW_CLASSES[row.dueState] : '')}
    />
  );
}
