import type { CreditObjectionDto, CreditRepairDto } from '@gongzhi/contracts';
import { Button, Flex, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { CreditDueTag, dueRowClass } from './CreditDueTag';
import { CreditObjectionStatusTag, CreditRepairStatusTag } from './CreditTags';
import '../../complaint/components/complaints.css';

interface CaseTableProps<T> extends PagedTableProps<T> {
  /** The decide button, for users who may decide; absent: no actions column. */
  onDecide?: (row: T) => void;
  showEnterprise?: boolean;
}

/** Objections: the record, the enterprise, the reason, the deadline (overdue rows red), the outcome. */
export function CreditObjectionTable({
  onDecide,
  showEnterprise = true,
  ...table
}: CaseTableProps<CreditObjectionDto>) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const columns: TableColumnsType<CreditObjectionDto> = [
    {
      key: 'record',
      title: t('creditConsole.objections.fields.record'),
      fixed: 'left',
      render: (_, row) => (
        <Link to={`/console/credit/records/${row.recordId}`} style={{ display: 'inline-block', maxWidth: 260 }}>
          {row.recordTitle}
        </Link>
      ),
    },
  ];
  if (showEnterprise) {
    columns.push({
      key: 'enterprise',
      title: t('creditConsole.objections.fields.enterprise'),
      dataIndex: 'enterpriseName',
    });
  }
  columns.push(
    {
      key: 'reason',
      title: t('creditConsole.objections.fields.reason'),
      render: (_, row) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: row.reason }} style={{ margin: 0, maxWidth: 320 }}>
          {row.reason}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'status',
      title: t('creditConsole.objections.fields.status'),
      render: (_, row) => (
        <Flex gap={4} wrap>
          <CreditObjectionStatusTag status={row.status} />
          {row.remedy ? <Tag>{t(`creditConsole.enums.remedy.${row.remedy}`)}</Tag> : null}
        </Flex>
      ),
    },
    {
      key: 'dueOn',
      title: t('creditConsole.objections.fields.dueOn'),
      render: (_, row) => <CreditDueTag dueOn={row.dueOn} overdue={row.overdue} closed={row.status !== 'open'} />,
    },
    {
      key: 'createdAt',
      title: t('creditConsole.objections.fields.createdAt'),
      render: (_, row) => formatDateTime(row.createdAt, locale),
    },
    {
      key: 'decision',
      title: t('creditConsole.objections.fields.decisionReason'),
      render: (_, row) =>
        row.decisionReason ? (
          <Typography.Paragraph
            ellipsis={{ rows: 2, tooltip: row.decisionReason }}
            style={{ margin: 0, maxWidth: 260 }}
          >
            {row.decisionReason}
          </Typography.Paragraph>
        ) : (
          t('common.none')
        ),
    },
  );
  if (onDecide) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, row) =>
        row.status === 'open' ? (
          <Button type="link" size="small" onClick={() => onDecide(row)} data-action="decide">
            {t('creditConsole.objections.decide')}
          </Button>
        ) : null,
    });
  }
  return <DataTable<CreditObjectionDto> {...table} columns={columns} rowClassName={dueRowClass} />;
}

/** Repair applications: the record, the enterprise, the statement, the deadline, the outcome. */
export function CreditRepairTable({ onDecide, showEnterprise = true, ...table }: CaseTableProps<CreditRepairDto>) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const columns: TableColumnsType<CreditRepairDto> = [
    {
      key: 'record',
      title: t('creditConsole.repairs.fields.record'),
      fixed: 'left',
      render: (_, row) => (
        <Link to={`/console/credit/records/${row.recordId}`} style={{ display: 'inline-block', maxWidth: 260 }}>
          {row.recordTitle}
        </Link>
      ),
    },
  ];
  if (showEnterprise) {
    columns.push({
      key: 'enterprise',
      title: t('creditConsole.repairs.fields.enterprise'),
      dataIndex: 'enterpriseName',
    });
  }
  columns.push(
    {
      key: 'statement',
      title: t('creditConsole.repairs.fields.statement'),
      render: (_, row) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: row.statement }} style={{ margin: 0, maxWidth: 320 }}>
          {row.statement}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'status',
      title: t('creditConsole.repairs.fields.status'),
      render: (_, row) => <CreditRepairStatusTag status={row.status} />,
    },
    {
      key: 'dueOn',
      title: t('creditConsole.repairs.fields.dueOn'),
      render: (_, row) => <CreditDueTag dueOn={row.dueOn} overdue={row.overdue} closed={row.status !== 'open'} />,
    },
    {
      key: 'createdAt',
      title: t('creditConsole.repairs.fields.createdAt'),
      render: (_, row) => formatDateTime(row.createdAt, locale),
    },
    {
      key: 'decision',
      title: t('creditConsole.repairs.fields.decisionReason'),
      render: (_, row) =>
        row.decisionReason ? (
          <Typography.Paragraph
            ellipsis={{ rows: 2, tooltip: row.decisionReason }}
            style={{ margin: 0, maxWidth: 260 }}
          >
            {row.decisionReason}
          </Typography.Paragraph>
        ) : (
          t('common.none')
        ),
    },
  );
  if (onDecide) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, row) =>
        row.status === 'open' ? (
          <Button type="link" size="small" onClick={() => onDecide(row)} data-action="decide">
            {t('creditConsole.repairs.decide')}
          </Button>
        ) : null,
    });
  }
  return <DataTable<CreditRepairDto> {...table} columns={columns} rowClassName={dueRowClass} />;
}
