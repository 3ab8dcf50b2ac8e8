import type { CreditContributionDto } from '@gongzhi/contracts';
import { Alert, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatDecimal } from '../../../lib/format';
import { CreditRecordTypeTag, CreditSeverityTag } from './CreditTags';
import { type ExplanationRow, explanationAddsUp, explanationRows, explanationSum, signedPoints } from './explanation';

interface CreditExplanationTableProps {
  contributions: readonly CreditContributionDto[];
  score: number;
  /** Link each record row to the record's page (for users who may open it). */
  linkRecords?: boolean;
}

/** Base score, every record that moved it and any clamp, with a running total; the total row is the score. */
export function CreditExplanationTable({ contributions, score, linkRecords = true }: CreditExplanationTableProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const number = (value: number) => formatDecimal(value, locale, 2) ?? String(value);
  const rows = explanationRows(contributions);
  const sum = explanationSum(contributions);

  const columns: TableColumnsType<ExplanationRow> = [
    {
      key: 'item',
      title: t('creditConsole.explanation.item'),
      render: (_, { contribution: c }) => {
        if (c.kind === 'base') return t('creditConsole.explanation.base');
        if (c.kind === 'clamp') return t('creditConsole.explanation.clamp');
        const title = c.recordTitle ?? c.recordId ?? '';
        return (
          <Flex vertical gap={2} style={{ maxWidth: 420 }}>
            {linkRecords && c.recordId ? <Link to={`/console/credit/records/${c.recordId}`}>{title}</Link> : title}
            <Flex gap={4} wrap align="center">
              {c.recordType ? <CreditRecordTypeTag type={c.recordType} /> : null}
              {c.severity ? <CreditSeverityTag severity={c.severity} /> : null}
              {c.occurredOn ? <Typography.Text type="secondary">{c.occurredOn}</Typography.Text> : null}
              {c.capped ? <Tag color="purple">{t('creditConsole.explanation.capped')}</Tag> : null}
            </Flex>
          </Flex>
        );
      },
    },
    {
      key: 'points',
      title: t('creditConsole.explanation.points'),
      align: 'right',
      render: (_, { contribution: c }) => (
        <Typography.Text
          strong={c.kind === 'base'}
          type={c.kind === 'base' ? undefined : c.points < 0 ? 'danger' : c.points > 0 ? 'success' : 'secondary'}
          style={{ fontVariantNumeric: 'tabular-nums' }}
        >
          {c.kind === 'base' ? number(c.points) : signedPoints(c.points, number)}
        </Typography.Text>
      ),
    },
    {
      key: 'total',
      title: t('creditConsole.explanation.total'),
      align: 'right',
      render: (_, row) => (
        <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {number(row.runningTotal)}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Flex vertical gap={8}>
      <Table<ExplanationRow>
        rowKey="key"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={rows}
        aria-label={t('creditConsole.explanation.title')}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('creditConsole.explanation.sum')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }} data-explanation-sum={sum}>
                {number(sum)}
              </Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} />
          </Table.Summary.Row>
        )}
      />
      {explanationAddsUp(contributions, score) ? null : (
        <Alert
          type="warning"
          showIcon
          title={t('creditConsole.explanation.mismatch', { sum: number(sum), score: number(score) })}
        />
      )}
    </Flex>
  );
}
