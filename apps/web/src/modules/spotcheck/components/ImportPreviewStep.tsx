import {
  type ImportProblemDto,
  SPOT_CHECK_FIELDS,
  SPOT_CHECK_LIMITS,
  type SpotCheckPreviewDto,
  type SpotCheckPreviewRowDto,
} from '@gongzhi/contracts';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Flex,
  Row,
  Statistic,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatNumber } from '../../../lib/format';
import { FormAlert } from '../../../ui/FormAlert';
import { useMapImport } from '../hooks/useSpotChecks';
import { blockingRows, commitBlock, toggleExcluded } from './importWizard';
import { SpotCheckMatchTag } from './SpotCheckTags';
import './spotcheck.css';

interface ImportPreviewStepProps {
  preview: SpotCheckPreviewDto;
  onNext: () => void;
  onBack: () => void;
}

/** The counts of the preview, in a grid that wraps to two columns on a phone. */
function PreviewCounts({ preview }: { preview: SpotCheckPreviewDto }) {
  const { t } = useTranslation();
  const counts = {
    rows: preview.rowCount,
    clean: preview.cleanRows,
    excluded: preview.excludedRows.length,
    qualified: preview.counts.qualified,
    unqualified: preview.counts.unqualified,
    matchedByCode: preview.counts.matchedByCode,
    matchedByName: preview.counts.matchedByName,
    unmatched: preview.counts.unmatched,
  };
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="preview-counts">
      {(Object.keys(counts) as (keyof typeof counts)[]).map((key) => (
        <Col key={key} xs={12} sm={8} md={6} xl={3}>
          <Statistic
            title={t(`spotCheckConsole.import.preview.counts.${key}`)}
            value={counts[key]}
            data-count={key}
            styles={
              (key === 'unqualified' || key === 'unmatched') && counts[key] > 0
                ? { content: { color: key === 'unqualified' ? '#cf1322' : '#d46b08' } }
                : undefined
            }
          />
        </Col>
      ))}
    </Row>
  );
}

/** Step 3: the counts, every problem, and the rows, each of which may be excluded from the import. */
export function ImportPreviewStep({ preview, onNext, onBack }: ImportPreviewStepProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const map = useMapImport(preview.id);
  // While a change is being saved, the boxes already show it.
  const excludedRows = (map.isPending ? map.variables?.excludedRows : undefined) ?? preview.excludedRows;
  const excluded = new Set(excludedRows);
  const blocking = blockingRows(preview.problems, excludedRows);
  const block = commitBlock(preview);
  const mappedFields = SPOT_CHECK_FIELDS.filter((field) => typeof preview.mapping[field] === 'number');

  const exclude = (rows: number[], value: boolean) => {
    let next = excludedRows;
    for (const row of rows) next = toggleExcluded(next, row, value);
    map.mutate({ mapping: preview.mapping, excludedRows: next });
  };

  const problemColumns: TableColumnsType<ImportProblemDto & { key: number }> = [
    {
      key: 'row',
      title: t('spotCheckConsole.import.preview.problem.row'),
      width: 72,
      render: (_, problem) => problem.row ?? t('common.none'),
    },
    {
      key: 'column',
      title: t('spotCheckConsole.import.preview.problem.column'),
      render: (_, problem) => problem.column ?? t('common.none'),
    },
    { key: 'message', title: t('spotCheckConsole.import.preview.problem.message'), dataIndex: 'message' },
  ];

  const rowColumns: TableColumnsType<SpotCheckPreviewRowDto> = [
    {
      key: 'exclude',
      title: t('spotCheckConsole.import.preview.exclude'),
      fixed: 'left',
      width: 64,
      render: (_, row) => (
        <Checkbox
          checked={excluded.has(row.rowNumber)}
          disabled={map.isPending}
          aria-label={t('spotCheckConsole.import.preview.excludeRow', { row: row.rowNumber })}
          data-testid={`exclude-row-${row.rowNumber}`}
          onChange={(event) => exclude([row.rowNumber], event.target.checked)}
        />
      ),
    },
    { key: 'rowNumber', title: t('spotCheckConsole.import.preview.rowNumber'), dataIndex: 'rowNumber', width: 72 },
    ...mappedFields.map((field) => ({
      key: field,
      title: t(`spotCheckConsole.enums.field.${field}`),
      render: (_: unknown, row: SpotCheckPreviewRowDto) => {
        const column = preview.mapping[field];
        return typeof column === 'number' ? (row.cells[column] ?? '') : '';
      },
    })),
    {
      key: 'match',
      title: t('spotCheckConsole.import.preview.match'),
      render: (_, row) =>
        row.match ? (
          <Flex vertical gap={2}>
            <span>
              <SpotCheckMatchTag match={row.match} />
            </span>
            {row.enterpriseName ? <Typography.Text type="secondary">{row.enterpriseName}</Typography.Text> : null}
          </Flex>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'problems',
      title: t('spotCheckConsole.import.preview.problems'),
      render: (_, row) =>
        row.problems.length > 0 ? (
          <ul style={{ margin: 0, paddingLeft: 16, maxWidth: 320 }}>
            {row.problems.map((problem) => (
              <li key={problem}>
                <Typography.Text type="danger">{problem}</Typography.Text>
              </li>
            ))}
          </ul>
        ) : null,
    },
  ];

  const blockText =
    block === 'row_problems'
      ? t('spotCheckConsole.import.preview.blocked', { count: blocking.length })
      : block === 'file_problems'
        ? t('spotCheckConsole.import.preview.blockedFile')
        : block === 'no_rows'
          ? t('spotCheckConsole.import.preview.noRows')
          : null;

  return (
    <>
      <PreviewCounts preview={preview} />
      <FormAlert error={map.error} />
      {blockText ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={blockText}
          data-testid="preview-blocked"
          action={
            block === 'row_problems' ? (
              <Button size="small" loading={map.isPending} onClick={() => exclude(blocking, true)}>
                {t('spotCheckConsole.import.preview.excludeAll')}
              </Button>
            ) : null
          }
        />
      ) : null}
      {preview.counts.unmatched > 0 ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('spotCheckConsole.import.preview.unmatchedHint')}
        />
      ) : null}
      <Card
        size="small"
        title={t('spotCheckConsole.import.preview.problemsTitle', {
          count: formatNumber(preview.problems.length, locale),
        })}
        style={{ marginBottom: 16 }}
        data-testid="preview-problems"
      >
        {preview.problemsTruncated ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('spotCheckConsole.import.preview.problemsTruncated', {
              count: formatNumber(SPOT_CHECK_LIMITS.problemsMax, locale),
            })}
          />
        ) : null}
        {preview.problems.length === 0 ? (
          <Typography.Text type="success">{t('spotCheckConsole.import.preview.noProblems')}</Typography.Text>
        ) : (
          <Table<ImportProblemDto & { key: number }>
            size="small"
            columns={problemColumns}
            dataSource={preview.problems.map((problem, index) => ({ ...problem, key: index }))}
            rowClassName={(problem) =>
              problem.row !== null && excluded.has(problem.row) ? 'gz-row-excluded' : 'gz-row-problem'
            }
            pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true, size: 'small' }}
            scroll={{ x: 'max-content' }}
          />
        )}
      </Card>
      <Card size="small" title={t('spotCheckConsole.import.preview.rowsTitle')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">
          {t('spotCheckConsole.import.preview.rowsHint', { count: SPOT_CHECK_LIMITS.previewRows })}
        </Typography.Paragraph>
        <Table<SpotCheckPreviewRowDto>
          size="small"
          rowKey="rowNumber"
          columns={rowColumns}
          dataSource={preview.rows}
          loading={map.isPending}
          rowClassName={(row) =>
            excluded.has(row.rowNumber) ? 'gz-row-excluded' : row.problems.length > 0 ? 'gz-row-problem' : ''
          }
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true, size: 'small' }}
          scroll={{ x: 'max-content' }}
          data-testid="preview-rows"
        />
      </Card>
      <Flex gap={8} wrap justify="flex-end">
        <Button onClick={onBack}>{t('spotCheckConsole.import.previousStep')}</Button>
        <Button type="primary" onClick={onNext} data-testid="preview-next">
          {t('spotCheckConsole.import.preview.next')}
        </Button>
      </Flex>
    </>
  );
}
