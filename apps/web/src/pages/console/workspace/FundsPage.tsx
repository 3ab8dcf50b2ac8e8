import type { BudgetLineDto, FundSourceDto, FundsReportDto } from '@gongzhi/contracts';
import { Button, Card, DatePicker, Flex, InputNumber, Progress, Space, Table, Tabs, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatPercent } from '../../../lib/format';
import { saveFile } from '../../../lib/http';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { fundsApi } from '../../../modules/funds/api';
import { ExpenditureDialog, LineDialog, SourceDialog } from '../../../modules/funds/components/FundDialogs';
import { formatYuan, resourceLabels, spentPercent } from '../../../modules/funds/components/labels';
import { useBudgetLines, useExpenditures, useFundSources, useFundsReport } from '../../../modules/funds/hooks';
import { useWorkspaceOrg } from '../../../modules/workspace/useWorkspaceOrg';
import { AddButton } from '../../../ui/AddButton';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { type ChartOption, LazyChart } from '../../../ui/LazyChart';
import { PageHeader } from '../../../ui/PageHeader';

/** /console/workspace/funds — fund sources, budget lines, expenditures and the funds report (Appendix A C5). */
function Funds() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const labels = resourceLabels(locale);
  const org = useWorkspaceOrg();
  const [year, setYear] = useState<number>(dayjs().year());
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [page, setPage] = useState(1);
  const [sourceDialog, setSourceDialog] = useState<{ source: FundSourceDto | null } | null>(null);
  const [lineDialog, setLineDialog] = useState<{ line: BudgetLineDto | null } | null>(null);
  const [spending, setSpending] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const enabled = Boolean(org.organisationId);
  const base = org.organisationId && org.regulator ? { organisationId: org.organisationId } : {};
  const sources = useFundSources({ ...base, year }, enabled);
  const allSources = useFundSources({ ...base }, enabled);
  const lines = useBudgetLines({ ...base, year }, enabled);
  const spent = useExpenditures({ ...base, year, page, pageSize: 20 }, enabled);
  const period = range ? { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') } : { year };
  const report = useFundsReport({ ...base, ...period }, enabled);
  const yuan = (v: number) => formatYuan(v, locale);

  const exportReport = async () => {
    setDownloading(true);
    try {
      saveFile(await fundsApi.reportFile({ ...base, ...period, lang: locale }), 'funds-report.xlsx');
    } finally {
      setDownloading(false);
    }
  };

  const sourcesTab = (
    <Card
      extra={
        org.canManage ? (
          <span data-testid="fund-source-create">
            <AddButton onClick={() => setSourceDialog({ source: null })}>{t('fundsConsole.sources.create')}</AddButton>
          </span>
        ) : null
      }
    >
      {sources.error ? <ErrorState error={sources.error} onRetry={() => void sources.refetch()} /> : null}
      <Table<FundSourceDto>
        rowKey="id"
        size="small"
        scroll={{ x: true }}
        loading={sources.isLoading}
        dataSource={sources.data ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyState /> }}
        data-testid="fund-source-table"
        columns={[
          { title: t('fundsConsole.fields.name'), dataIndex: 'name' },
          {
            title: t('fundsConsole.fields.kind'),
            dataIndex: 'kind',
            render: (k: FundSourceDto['kind']) => (
              <Tag color={k === 'special' ? 'gold' : 'blue'}>{labels.fundKind[k]}</Tag>
            ),
          },
          {
            title: t('fundsConsole.fields.purposes'),
            dataIndex: 'purposes',
            render: (ps: FundSourceDto['purposes']) =>
              ps.length === 0
                ? t('fundsConsole.sources.anyPurpose')
                : ps.map((p) => <Tag key={p}>{labels.fundPurpose[p]}</Tag>),
          },
          { title: t('fundsConsole.fields.grantor'), dataIndex: 'grantor' },
          { title: t('fundsConsole.fields.receivedOn'), dataIndex: 'receivedOn' },
          { title: t('fundsConsole.fields.amount'), dataIndex: 'amount', align: 'right', render: yuan },
          { title: t('fundsConsole.report.budgeted'), dataIndex: 'budgeted', align: 'right', render: yuan },
          { title: t('fundsConsole.report.spent'), dataIndex: 'spent', align: 'right', render: yuan },
          ...(org.canManage
            ? [
                {
                  key: 'edit',
                  render: (_: unknown, s: FundSourceDto) => (
                    <Button size="small" onClick={() => setSourceDialog({ source: s })} data-testid="fund-source-edit">
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );

  const linesTab = (
    <Card
      extra={
        org.canManage ? (
          <span data-testid="budget-line-create">
            <AddButton onClick={() => setLineDialog({ line: null })}>{t('fundsConsole.lines.create')}</AddButton>
          </span>
        ) : null
      }
    >
      <Table<BudgetLineDto>
        rowKey="id"
        size="small"
        scroll={{ x: true }}
        loading={lines.isLoading}
        dataSource={lines.data ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyState /> }}
        data-testid="budget-line-table"
        columns={[
          { title: t('fundsConsole.fields.lineName'), dataIndex: 'name' },
          { title: t('fundsConsole.fields.source'), dataIndex: 'fundSourceName' },
          {
            title: t('fundsConsole.fields.purpose'),
            dataIndex: 'purpose',
            render: (p: BudgetLineDto['purpose']) => labels.fundPurpose[p],
          },
          { title: t('fundsConsole.fields.amount'), dataIndex: 'amount', align: 'right', render: yuan },
          {
            title: t('fundsConsole.lines.progress'),
            key: 'progress',
            width: 200,
            render: (_: unknown, l: BudgetLineDto) => (
              <Progress percent={spentPercent(l.spent, l.amount)} size="small" status="normal" />
            ),
          },
          { title: t('fundsConsole.report.spent'), dataIndex: 'spent', align: 'right', render: yuan },
          { title: t('fundsConsole.report.remaining'), dataIndex: 'remaining', align: 'right', render: yuan },
          ...(org.canManage
            ? [
                {
                  key: 'edit',
                  render: (_: unknown, l: BudgetLineDto) => (
                    <Button size="small" onClick={() => setLineDialog({ line: l })}>
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );

  const expendituresTab = (
    <Card
      extra={
        org.canManage ? (
          <span data-testid="expenditure-create">
            <AddButton onClick={() => setSpending(true)}>{t('fundsConsole.expenditures.create')}</AddButton>
          </span>
        ) : null
      }
    >
      <Table
        rowKey="id"
        size="small"
        scroll={{ x: true }}
        loading={spent.isLoading}
        dataSource={spent.data?.items ?? []}
        locale={{ emptyText: <EmptyState /> }}
        data-testid="expenditure-table"
        pagination={{
          current: page,
          pageSize: 20,
          total: spent.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          { title: t('fundsConsole.fields.spentOn'), dataIndex: 'spentOn' },
          { title: t('fundsConsole.fields.line'), dataIndex: 'budgetLineName' },
          { title: t('fundsConsole.fields.source'), dataIndex: 'fundSourceName' },
          {
            title: t('fundsConsole.fields.purpose'),
            dataIndex: 'purpose',
            render: (p: BudgetLineDto['purpose']) => labels.fundPurpose[p],
          },
          { title: t('fundsConsole.fields.payee'), dataIndex: 'payee' },
          { title: t('fundsConsole.fields.voucherNumber'), dataIndex: 'voucherNumber' },
          {
            title: t('fundsConsole.fields.amount'),
            dataIndex: 'amount',
            align: 'right',
            render: (v: number) => <span style={v < 0 ? { color: '#cf1322' } : undefined}>{yuan(v)}</span>,
          },
        ]}
      />
    </Card>
  );

  const reportTab = (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center">
        <DatePicker.RangePicker
          value={range}
          onChange={(v) => setRange(v?.[0] && v[1] ? [v[0], v[1]] : null)}
          aria-label={t('fundsConsole.report.range')}
        />
        <Button onClick={() => void exportReport()} loading={downloading} data-testid="funds-report-export">
          {t('fundsConsole.report.export')}
        </Button>
      </Flex>
      {report.error ? <ErrorState error={report.error} onRetry={() => void report.refetch()} /> : null}
      {report.data ? <ReportView report={report.data} /> : null}
    </Flex>
  );

  return (
    <>
      <PageHeader
        title={t('fundsConsole.funds.title')}
        subtitle={t('fundsConsole.funds.lead')}
        extra={
          <Space wrap>
            {org.picker}
            <InputNumber
              aria-label={t('fundsConsole.fields.year')}
              data-testid="funds-year"
              min={2000}
              max={2100}
              value={year}
              onChange={(v) => v && setYear(v)}
              prefix={t('fundsConsole.fields.year')}
            />
          </Space>
        }
      />
      {enabled ? (
        <Tabs
          items={[
            { key: 'sources', label: t('fundsConsole.tabs.sources'), children: sourcesTab },
            { key: 'lines', label: t('fundsConsole.tabs.lines'), children: linesTab },
            { key: 'expenditures', label: t('fundsConsole.tabs.expenditures'), children: expendituresTab },
            { key: 'report', label: t('fundsConsole.tabs.report'), children: reportTab },
          ]}
        />
      ) : (
        <EmptyState description={t('fundsConsole.common.pickAssociation')} />
      )}
      {sourceDialog ? <SourceDialog open source={sourceDialog.source} onClose={() => setSourceDialog(null)} /> : null}
      {lineDialog ? (
        <LineDialog open line={lineDialog.line} sources={allSources.data ?? []} onClose={() => setLineDialog(null)} />
      ) : null}
      {spending ? <ExpenditureDialog open lines={lines.data ?? []} onClose={() => setSpending(false)} /> : null}
    </>
  );
}

function ReportView({ report }: { report: FundsReportDto }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const labels = resourceLabels(locale);
  const yuan = (v: number) => formatYuan(v, locale);
  const rate = (v: number | null) => formatPercent(v, locale) ?? '—';
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
    xAxis: {
      type: 'category',
      data: report.bySource.map((s) => s.name),
      axisLabel: { interval: 0, width: 100, overflow: 'truncate' },
    },
    yAxis: { type: 'value' },
    series: [
      { name: t('fundsConsole.report.received'), type: 'bar', data: report.bySource.map((s) => s.received) },
      { name: t('fundsConsole.report.budgeted'), type: 'bar', data: report.bySource.map((s) => s.budgeted) },
      { name: t('fundsConsole.report.spent'), type: 'bar', data: report.bySource.map((s) => s.spent) },
    ],
  };
  const purposeOption: ChartOption = {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        data: report.byPurpose
          .filter((p) => p.spent > 0)
          .map((p) => ({ name: labels.fundPurpose[p.purpose], value: p.spent })),
      },
    ],
  };
  return (
    <Flex vertical gap={16} data-testid="funds-report">
      <Card size="small" title={`${report.organisationName} · ${report.from} – ${report.to}`}>
        <Flex gap={24} wrap>
          <span>
            {t('fundsConsole.report.received')}: <b>{yuan(report.totals.received)}</b>
          </span>
          <span>
            {t('fundsConsole.report.budgeted')}: <b>{yuan(report.totals.budgeted)}</b>
          </span>
          <span>
            {t('fundsConsole.report.spent')}: <b>{yuan(report.totals.spent)}</b>
          </span>
          <span>
            {t('fundsConsole.report.remaining')}: <b>{yuan(report.totals.remaining)}</b>
          </span>
          <span>
            {t('fundsConsole.report.rate')}: <b>{rate(report.totals.executionRate)}</b>
          </span>
        </Flex>
      </Card>
      {report.bySource.length === 0 ? (
        <EmptyState />
      ) : (
        <Flex gap={16} wrap>
          <Card size="small" title={t('fundsConsole.report.bySource')} style={{ flex: '2 1 320px', minWidth: 0 }}>
            <LazyChart
              option={option}
              height={280}
              label={t('fundsConsole.report.bySource')}
              loadingText={t('common.loading')}
            />
          </Card>
          <Card size="small" title={t('fundsConsole.report.byPurpose')} style={{ flex: '1 1 260px', minWidth: 0 }}>
            <LazyChart
              option={purposeOption}
              height={280}
              label={t('fundsConsole.report.byPurpose')}
              loadingText={t('common.loading')}
            />
          </Card>
        </Flex>
      )}
      <Card size="small" title={t('fundsConsole.report.byLine')}>
        <Table
          rowKey="id"
          size="small"
          scroll={{ x: true }}
          pagination={false}
          dataSource={report.byLine}
          columns={[
            { title: t('fundsConsole.fields.lineName'), dataIndex: 'name' },
            { title: t('fundsConsole.fields.source'), dataIndex: 'fundSourceName' },
            {
              title: t('fundsConsole.fields.purpose'),
              dataIndex: 'purpose',
              render: (p: BudgetLineDto['purpose']) => labels.fundPurpose[p],
            },
            { title: t('fundsConsole.fields.amount'), dataIndex: 'amount', align: 'right', render: yuan },
            { title: t('fundsConsole.report.spent'), dataIndex: 'spent', align: 'right', render: yuan },
            { title: t('fundsConsole.report.rate'), dataIndex: 'executionRate', align: 'right', render: rate },
          ]}
        />
      </Card>
      <Card size="small" title={t('fundsConsole.report.special')}>
        {report.specialUse.length === 0 ? (
          <EmptyState />
        ) : (
          report.specialUse.map((s) => (
            <div key={s.id} style={{ marginBottom: 12 }}>
              <b>{s.name}</b>{' '}
              {s.spentOutside === 0 ? (
                <Tag color="green">{t('fundsConsole.report.withinPurpose')}</Tag>
              ) : (
                <Tag color="red">{t('fundsConsole.report.outside', { amount: yuan(s.spentOutside) })}</Tag>
              )}
              <div>
                {s.spentByPurpose.map((p) => (
                  <Tag key={p.purpose} color={p.allowed ? 'default' : 'red'}>
                    {labels.fundPurpose[p.purpose]} {yuan(p.spent)}
                  </Tag>
                ))}
              </div>
            </div>
          ))
        )}
      </Card>
    </Flex>
  );
}

export const FundsPage = withPermission(['workspace.read'], Funds);
