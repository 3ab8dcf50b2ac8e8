import type { CreditObjectionDto, CreditRepairDto } from '@gongzhi/contracts';
import { Button, Flex, type TableColumnsType, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
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

/** An objection or a repair application: what both case queues show of it. */
type CreditCase = CreditObjectionDto | CreditRepairDto;

interface CaseKind<T extends CreditCase> {
  /** Where the column titles are: `creditConsole.{texts}.fields.…`. */
  texts: 'objections' | 'repairs';
  /** The enterprise's own words (the objection's reason, the repair's statement). */
  statement: { key: string; title: string; text: (row: T) => string };
  status: (row: T) => ReactNode;
}

function CreditCaseTable<T extends CreditCase>({
  kind,
  onDecide,
  showEnterprise = true,
  ...table
}: CaseTableProps<T> & { kind: CaseKind<T> }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { texts, statement } = kind;
  const columns: TableColumnsType<T> = [
    {
      key: 'record',
      title: t(`creditConsole.${texts}.fields.record`),
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
      title: t(`creditConsole.${texts}.fields.enterprise`),
      dataIndex: 'enterpriseName',
    });
  }
  columns.push(
    {
      key: statement.key,
      title: statement.title,
      render: (_, row) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: statement.text(row) }} style={{ margin: 0, maxWidth: 320 }}>
          {statement.text(row)}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'status',
      title: t(`creditConsole.${texts}.fields.status`),
      render: (_, row) => kind.status(row),
    },
    {
      key: 'dueOn',
      title: t(`creditConsole.${texts}.fields.dueOn`),
      render: (_, row) => <CreditDueTag dueOn={row.dueOn} overdue={row.overdue} closed={row.status !== 'open'} />,
    },
    {
      key: 'createdAt',
      title: t(`creditConsole.${texts}.fields.createdAt`),
      render: (_, row) => formatDateTime(row.createdAt, locale),
    },
    {
      key: 'decision',
      title: t(`creditConsole.${texts}.fields.decisionReason`),
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
            {t(`creditConsole.${texts}.decide`)}
          </Button>
        ) : null,
    });
  }
  return <DataTable<T> {...table} columns={columns} rowClassName={dueRowClass} />;
}

/** Objections: the record, the enterprise, the reason, the deadline (overdue rows red), the outcome. */
export function CreditObjectionTable(props: CaseTableProps<CreditObjectionDto>) {
  const { t } = useTranslation();
  return (
    <CreditCaseTable<CreditObjectionDto>
      {...props}
      kind={{
        texts: 'objections',
        statement: { key: 'reason', title: t('creditConsole.objections.fields.reason'), text: (row) => row.reason },
        status: (row) => (
          <Flex gap={4} wrap>
            <CreditObjectionStatusTag status={row.status} />
            {row.remedy ? <Tag>{t(`creditConsole.enums.remedy.${row.remedy}`)}</Tag> : null}
          </Flex>
        ),
      }}
    />
  );
}

/** Repair applications: the record, the enterprise, the statement, the deadline, the outcome. */
export function CreditRepairTable(props: CaseTableProps<CreditRepairDto>) {
  const { t } = useTranslation();
  return (
    <CreditCaseTable<CreditRepairDto>
      {...props}
      kind={{
        texts: 'repairs',
        statement: {
          key: 'statement',
          title: t('creditConsole.repairs.fields.statement'),
          text: (row) => row.statement,
        },
        status: (row) => <CreditRepairStatusTag status={row.status} />,
      }}
    />
  );
}
