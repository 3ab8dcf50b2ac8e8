import type { AssessmentDto } from '@gongzhi/contracts';
import { Card, Col, Empty, Flex, Grid, Row, Spin, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { LazyChart } from '../../../ui/LazyChart';
import { ChangeText, ScoreText } from './EvaluationTags';
import { buildBarOption, buildRadarOption, type ChartRow } from './evaluationCharts';
import { formatScore } from './factFormat';
import { type ComparisonRow, changeOf, comparisonRows, localised, scoresByCode } from './indicators';

/** The key of the last row of the comparison, the total. */
const TOTAL = '__total';

/** The radar needs its part of ECharts registered first (ui/chartEngine draws bars and lines only). */
function RadarChart({ option, label }: { option: ReturnType<typeof buildRadarOption>; label: string }) {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cancelled = false;
    void import('./radarEngine').then(() => {
      if (!cancelled) setReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  if (!ready) {
    return (
      <Flex justify="center" align="center" gap={8} style={{ height: 360 }}>
        <Spin />
        <Typography.Text type="secondary">{t('evaluationConsole.common.chartLoading')}</Typography.Text>
      </Flex>
    );
  }
  return (
    <LazyChart option={option} height={360} label={label} loadingText={t('evaluationConsole.common.chartLoading')} />
  );
}

/**
 * The results of an assessment: the radar of the second-level scores and the bars of the first-level
 * scores and the total (each beside the previous assessment when there is one), and the table of
 * every indicator with its change.
 */
export function AssessmentResults({ assessment }: { assessment: AssessmentDto }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const previous = assessment.previous;
  const scores = scoresByCode(assessment.scores, assessment.rollup);
  const names = { current: t('evaluationConsole.results.current'), previous: t('evaluationConsole.results.previous') };
  const chartRow = (code: string, name: string): ChartRow => ({
    label: compact ? code : `${code} ${name}`,
    score: scores.get(code) ?? null,
    previous: previous ? (previous.scores[code] ?? null) : null,
  });
  const indicators = assessment.framework.indicators;
  const second = indicators
    .filter((indicator) => indicator.depth === 2 && !indicator.leaf)
    .map((indicator) => chartRow(indicator.code, localised(indicator.name, locale)));
  const first = [
    ...indicators
      .filter((indicator) => indicator.depth === 1)
      .map((indicator) => chartRow(indicator.code, localised(indicator.name, locale))),
    {
      label: t('evaluationConsole.results.total'),
      score: assessment.total,
      previous: previous ? previous.total : null,
    },
  ];
  const rows: ComparisonRow[] = [
    ...comparisonRows(assessment, locale),
    {
      code: TOTAL,
      name: t('evaluationConsole.results.total'),
      depth: 1,
      leaf: false,
      weight: 100,
      score: assessment.total,
      previous: previous ? previous.total : null,
      change: changeOf(assessment.total, previous ? previous.total : null),
    },
  ];
  const anything = assessment.total !== null;

  const columns: TableColumnsType<ComparisonRow> = [
    {
      key: 'code',
      title: t('evaluationConsole.common.code'),
      render: (_, row) =>
        row.code === TOTAL ? null : (
          <span style={{ paddingInlineStart: (row.depth - 1) * 16, fontWeight: row.leaf ? undefined : 600 }}>
            {row.code}
          </span>
        ),
    },
    {
      key: 'name',
      title: t('evaluationConsole.common.name'),
      render: (_, row) => <span style={{ fontWeight: row.leaf ? undefined : 600 }}>{row.name}</span>,
    },
    { key: 'weight', title: t('evaluationConsole.common.weight'), dataIndex: 'weight', align: 'right' },
    {
      key: 'score',
      title: t('evaluationConsole.results.current'),
      align: 'right',
      render: (_, row) => <ScoreText score={row.score} strong={!row.leaf} />,
    },
    ...(previous
      ? ([
          {
            key: 'previous',
            title: t('evaluationConsole.results.previous'),
            align: 'right',
            render: (_, row) => formatScore(row.previous, locale) ?? t('common.none'),
          },
          {
            key: 'change',
            title: t('evaluationConsole.results.change'),
            align: 'right',
            render: (_, row) => <ChangeText change={row.change} />,
          },
        ] satisfies TableColumnsType<ComparisonRow>)
      : []),
  ];

  return (
    <Flex vertical gap={16} data-testid="assessment-results">
      {!anything ? (
        <Card>
          <Empty description={t('evaluationConsole.results.nothingScored')} />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {second.length >= 3 ? (
            <Col xs={24} xl={12}>
              <Card title={t('evaluationConsole.results.radarTitle')} data-testid="results-radar">
                <RadarChart
                  option={buildRadarOption(second, names, { previous: previous !== null })}
                  label={t('evaluationConsole.results.radarTitle')}
                />
              </Card>
            </Col>
          ) : null}
          <Col xs={24} xl={second.length >= 3 ? 12 : 24}>
            <Card title={t('evaluationConsole.results.barTitle')} data-testid="results-bars">
              <LazyChart
                option={buildBarOption(first, names, {
                  previous: previous !== null,
                  axis: t('evaluationConsole.results.scoreAxis'),
                })}
                height={360}
                label={t('evaluationConsole.results.barTitle')}
                loadingText={t('evaluationConsole.common.chartLoading')}
              />
            </Card>
          </Col>
        </Row>
      )}
      <Card title={t('evaluationConsole.results.comparison')}>
        <Typography.Paragraph type="secondary" data-testid="previous-assessment">
          {previous
            ? t('evaluationConsole.results.previousOf', {
                from: previous.periodStart,
                to: previous.periodEnd,
                version: previous.frameworkVersion,
                total: formatScore(previous.total, locale) ?? t('common.none'),
              })
            : t('evaluationConsole.results.noPrevious')}
        </Typography.Paragraph>
        <Table<ComparisonRow>
          rowKey="code"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={columns}
          dataSource={rows}
          data-testid="comparison-table"
        />
      </Card>
    </Flex>
  );
}
