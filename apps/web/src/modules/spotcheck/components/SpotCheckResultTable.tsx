import type { SpotCheckResultDto } from '@gongzhi/contracts';
import { Card, Descriptions, Flex, Grid, Pagination, Spin, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatTotal } from '../../../lib/format';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/EmptyState';
import {
  ReinspectionDeadline,
  type ResultActionHandlers,
  ResultActions,
  ResultEnterprise,
  ResultFailingItems,
  ResultOutcome,
  ResultProduct,
} from './SpotCheckResultParts';
import { SpotCheckLevelTag } from './SpotCheckTags';
import './spotcheck.css';

interface ResultTableProps extends PagedTableProps<SpotCheckResultDto>, ResultActionHandlers {
  /** The enterprise column (not on the enterprise's own page). */
  showEnterprise?: boolean;
  /** The notice column (not on the notice's own page). */
  showNotice?: boolean;
  /** How each row found its enterprise (for the regulator). */
  showMatch?: boolean;
  /** The row number in the file (on a notice's page and in the unmatched queue). */
  showRowNumber?: boolean;
}

function NoticeCell({ row }: { row: SpotCheckResultDto }) {
  return (
    <Flex vertical gap={2}>
      <Link to={`/console/spot-checks/notices/${row.noticeId}`}>{row.noticeNo}</Link>
      <span>
        <SpotCheckLevelTag level={row.level} />
      </span>
    </Flex>
  );
}

/**
 * Spot-check results: a table on a desktop, one card per result on a phone (where the enterprise's
 * quality manager may read them), each with its re-inspection window and the row's actions.
 */
export function SpotCheckResultTable({
  showEnterprise = true,
  showNotice = true,
  showMatch = false,
  showRowNumber = false,
  onRequestReinspection,
  onMatch,
  ...table
}: ResultTableProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const narrow = screens.xs === true && !screens.sm;
  const handlers = { onRequestReinspection, onMatch };
  const hasActions = Boolean(onRequestReinspection || onMatch);
  if (narrow) return <ResultCards {...table} {...handlers} showEnterprise={showEnterprise} showNotice={showNotice} />;

  const columns: TableColumnsType<SpotCheckResultDto> = [];
  if (showRowNumber) {
    columns.push({ key: 'rowNumber', title: t('spotCheckConsole.results.fields.rowNumber'), dataIndex: 'rowNumber' });
  }
  if (showEnterprise) {
    columns.push({
      key: 'enterprise',
      title: t('spotCheckConsole.results.fields.enterprise'),
      render: (_, row) => <ResultEnterprise row={row} showMatch={showMatch} />,
      width: 240,
    });
  }
  columns.push(
    {
      key: 'product',
      title: t('spotCheckConsole.results.fields.product'),
      render: (_, row) => <ResultProduct row={row} />,
      width: 220,
    },
    {
      key: 'result',
      title: t('spotCheckConsole.results.fields.result'),
      render: (_, row) => <ResultOutcome row={row} />,
    },
    {
      key: 'failingItems',
      title: t('spotCheckConsole.results.fields.failingItems'),
      render: (_, row) => <ResultFailingItems row={row} />,
    },
  );
  if (showNotice) {
    columns.push({
      key: 'notice',
      title: t('spotCheckConsole.results.fields.notice'),
      render: (_, row) => <NoticeCell row={row} />,
    });
  }
  columns.push(
    { key: 'checkedOn', title: t('spotCheckConsole.results.fields.checkedOn'), dataIndex: 'checkedOn' },
    {
      key: 'inspectionBody',
      title: t('spotCheckConsole.results.fields.inspectionBody'),
      render: (_, row) => row.inspectionBody || t('common.none'),
    },
  );
  if (hasActions) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      render: (_, row) => (
        <Flex vertical gap={4}>
          <ResultActions row={row} {...handlers} />
          {onRequestReinspection ? <ReinspectionDeadline row={row} /> : null}
        </Flex>
      ),
    });
  }
  return (
    <DataTable<SpotCheckResultDto>
      {...table}
      columns={columns}
      rowClassName={(row) => (row.finalResult === 'unqualified' ? 'gz-row-unqualified' : '')}
    />
  );
}

/** The phone layout: one card per result, then the pager. */
function ResultCards({
  data,
  loading,
  onPageChange,
  filtered,
  showEnterprise,
  showNotice,
  ...handlers
}: PagedTableProps<SpotCheckResultDto> & ResultActionHandlers & { showEnterprise: boolean; showNotice: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  if (!data) return <Spin spinning={loading}>{loading ? <div style={{ minHeight: 120 }} /> : null}</Spin>;
  if (data.items.length === 0) return <EmptyState filtered={filtered} />;
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={12} data-testid="result-cards">
        {data.items.map((row) => (
          <Card key={row.id} size="small" data-result-id={row.id}>
            <Flex vertical gap={8}>
              {showEnterprise ? <ResultEnterprise row={row} showMatch={false} /> : null}
              <ResultProduct row={row} />
              <ResultOutcome row={row} />
              <Descriptions
                size="small"
                column={1}
                items={[
                  {
                    key: 'failingItems',
                    label: t('spotCheckConsole.results.fields.failingItems'),
                    children: <ResultFailingItems row={row} />,
                  },
                  ...(showNotice
                    ? [
                        {
                          key: 'notice',
                          label: t('spotCheckConsole.results.fields.notice'),
                          children: <Link to={`/console/spot-checks/notices/${row.noticeId}`}>{row.noticeNo}</Link>,
                        },
                      ]
                    : []),
                  { key: 'checkedOn', label: t('spotCheckConsole.results.fields.checkedOn'), children: row.checkedOn },
                  {
                    key: 'inspectionBody',
                    label: t('spotCheckConsole.results.fields.inspectionBody'),
                    children: row.inspectionBody || t('common.none'),
                  },
                ]}
              />
              {handlers.onRequestReinspection ? <ReinspectionDeadline row={row} /> : null}
              <ResultActions row={row} {...handlers} />
            </Flex>
          </Card>
        ))}
        {data.total > data.pageSize || data.page > 1 ? (
          <Pagination
            simple
            size="small"
            current={data.page}
            pageSize={data.pageSize}
            total={data.totalIsLowerBound ? data.total + data.pageSize : data.total}
            onChange={onPageChange}
          />
        ) : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(data.totalIsLowerBound ? 'common.totalLowerBound' : 'common.total', {
            total: formatTotal(data.total, false, locale),
          })}
        </Typography.Text>
      </Flex>
    </Spin>
  );
}
