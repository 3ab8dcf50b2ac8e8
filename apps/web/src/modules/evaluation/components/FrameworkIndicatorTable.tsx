import type { IndicatorDto } from '@gongzhi/contracts';
import { InputNumber, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { factLabel } from './factFormat';
import { type IndicatorNode, indicatorTree, localised } from './indicators';

interface Row {
  key: string;
  indicator: IndicatorDto;
  children?: Row[];
}

function rowsOf(nodes: readonly IndicatorNode[]): Row[] {
  return nodes.map((node) => ({
    key: node.indicator.code,
    indicator: node.indicator,
    ...(node.children.length > 0 ? { children: rowsOf(node.children) } : {}),
  }));
}

interface FrameworkIndicatorTableProps {
  indicators: readonly IndicatorDto[];
  /** The weights being edited (code → weight); the table is read-only without them. */
  weights?: Readonly<Record<string, number | null | undefined>>;
  /** The sum of each group of siblings, by parent code. */
  sums?: ReadonlyMap<string, number>;
  onWeight?: (code: string, weight: number | null) => void;
}

function SumText({ sum }: { sum: number | undefined }) {
  const { t } = useTranslation();
  if (sum === undefined) return null;
  const ok = Math.abs(sum - 100) <= 0.005;
  return (
    <Typography.Text type={ok ? 'success' : 'danger'} strong={!ok} data-sum-ok={ok}>
      {t('evaluationConsole.frameworks.detail.sum', { sum })}
    </Typography.Text>
  );
}

/** The indicators of a framework as a tree with weights, expected results and facts; weights editable on demand. */
export function FrameworkIndicatorTable({ indicators, weights, sums, onWeight }: FrameworkIndicatorTableProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const editing = weights !== undefined && onWeight !== undefined;
  const columns: TableColumnsType<Row> = [
    {
      key: 'indicator',
      title: t('evaluationConsole.frameworks.detail.indicators'),
      render: (_, row) => (
        <span style={{ fontWeight: row.indicator.leaf ? undefined : 600 }}>
          {row.indicator.code} {localised(row.indicator.name, locale)}
        </span>
      ),
    },
    {
      key: 'weight',
      title: t('evaluationConsole.common.weight'),
      align: 'right',
      render: (_, row) =>
        editing ? (
          <InputNumber<number>
            min={0}
            max={100}
            step={1}
            precision={2}
            size="small"
            style={{ width: 96 }}
            value={weights[row.indicator.code] ?? null}
            onChange={(value) => onWeight(row.indicator.code, value)}
            aria-label={`${t('evaluationConsole.common.weight')} ${row.indicator.code}`}
            data-testid={`weight-${row.indicator.code}`}
          />
        ) : (
          row.indicator.weight
        ),
    },
    ...(editing
      ? ([
          {
            key: 'sum',
            title: t('evaluationConsole.frameworks.detail.sumTitle'),
            render: (_, row) =>
              row.indicator.leaf ? null : (
                <span data-testid={`weight-sum-${row.indicator.code}`}>
                  <SumText sum={sums?.get(row.indicator.code)} />
                </span>
              ),
          },
        ] satisfies TableColumnsType<Row>)
      : []),
    {
      key: 'outcomes',
      title: t('evaluationConsole.frameworks.detail.outcomes'),
      render: (_, row) =>
        row.indicator.outcomes.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 18, maxWidth: 420, whiteSpace: 'normal' }}>
            {row.indicator.outcomes.map((outcome) => (
              <li key={outcome.zh}>{localised(outcome, locale)}</li>
            ))}
          </ul>
        ) : null,
    },
    {
      key: 'facts',
      title: t('evaluationConsole.frameworks.detail.facts'),
      render: (_, row) => (
        <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4, maxWidth: 280 }}>
          {row.indicator.facts.map((key) => (
            <Tag key={key} style={{ marginInlineEnd: 0 }}>
              {factLabel(key, locale)}
            </Tag>
          ))}
        </span>
      ),
    },
  ];
  return (
    <>
      {editing ? (
        <div style={{ marginBottom: 8 }} data-testid="weight-sum-top">
          <Typography.Text type="secondary">{t('evaluationConsole.frameworks.detail.topLevel')} </Typography.Text>
          <SumText sum={sums?.get('')} />
        </div>
      ) : null}
      <Table<Row>
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={columns}
        dataSource={rowsOf(indicatorTree(indicators))}
        expandable={{ defaultExpandAllRows: true }}
        data-testid="framework-indicators"
      />
    </>
  );
}
