import { DownloadOutlined } from '@ant-design/icons';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_STATS_GROUPS,
  type ComplaintCategory,
  type ComplaintStatsGroup,
  type ComplaintStatsQuery,
  type ComplaintStatsRowDto,
} from '@gongzhi/contracts';
import { App, Button, Card, DatePicker, Flex, Segmented } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errorText';
import { useListParams } from '../../lib/useListParams';
import { withPermission } from '../../modules/auth/components/RequirePermission';
import { hasOrganisationKind, useCurrentUser } from '../../modules/auth/hooks/currentUser';
import { ComplaintStatsChart } from '../../modules/complaint/components/ComplaintStatsChart';
import { ComplaintStatsTable } from '../../modules/complaint/components/ComplaintStatsTable';
import { useComplaintStats, useExportComplaintStats } from '../../modules/complaint/hooks/useComplaintStats';
import { OrganisationPicker } from '../../modules/organisation/components/OrganisationPicker';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';

const FILTERS = ['from', 'to', 'groupBy', 'associationId'] as const;
const DATE = 'YYYY-MM-DD';

function isGroup(value: string | undefined): value is ComplaintStatsGroup {
  return (COMPLAINT_STATS_GROUPS as readonly (string | undefined)[]).includes(value);
}

function isDate(value: string | undefined): value is string {
  return value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value).isValid();
}

/** The last twelve months including this one, unless the URL says otherwise. */
function statsQuery(filters: Record<(typeof FILTERS)[number], string | undefined>): ComplaintStatsQuery {
  const to = isDate(filters.to) ? filters.to : dayjs().format(DATE);
  const from = isDate(filters.from) ? filters.from : dayjs(to).subtract(11, 'month').startOf('month').format(DATE);
  return {
    from,
    to,
    groupBy: isGroup(filters.groupBy) ? filters.groupBy : 'month',
    associationId: filters.associationId || undefined,
  };
}

function ComplaintStats() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const list = useListParams(FILTERS);
  const query = statsQuery(list.filters);
  const result = useComplaintStats(query);
  const exporter = useExportComplaintStats();
  const regulator = hasOrganisationKind(me, 'regulator');

  const rowLabel = (row: ComplaintStatsRowDto) =>
    query.groupBy === 'category' && (COMPLAINT_CATEGORIES as readonly string[]).includes(row.key)
      ? t(`enums.complaintCategory.${row.key as ComplaintCategory}`)
      : row.label;

  return (
    <>
      <PageHeader
        title={t('complaintStats.title')}
        subtitle={t('complaintStats.lead')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            loading={exporter.isPending}
            onClick={() => exporter.mutate(query, { onError: (error) => void message.error(errorText(error, t)) })}
          >
            {t('complaintStats.export')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <DatePicker.RangePicker
            aria-label={t('complaintStats.period')}
            allowClear={false}
            value={[dayjs(query.from), dayjs(query.to)]}
            onChange={(range) => {
              const [from, to] = range ?? [null, null];
              if (from && to) list.setFilters({ from: from.format(DATE), to: to.format(DATE) });
            }}
          />
          <Segmented<ComplaintStatsGroup>
            aria-label={t('complaintStats.groupBy')}
            value={query.groupBy}
            options={COMPLAINT_STATS_GROUPS.map((value) => ({ value, label: t(`enums.statsGroup.${value}`) }))}
            onChange={(value) => list.setFilters({ groupBy: value })}
          />
          {regulator ? (
            <OrganisationPicker
              kind="industry_organisation"
              style={{ width: 260 }}
              {...list.filterProps('associationId', t('complaintStats.association'))}
            />
          ) : null}
        </Flex>
      </Card>
      {result.isPending ? <LoadingState /> : null}
      {result.isError ? <ErrorState error={result.error} onRetry={() => void result.refetch()} /> : null}
      {result.data ? (
        <Flex vertical gap={16}>
          <Card>
            <ComplaintStatsChart
              rows={result.data.rows}
              labels={{
                row: rowLabel,
                count: (key) => t(`complaintStats.fields.${key}`),
                onTimeRate: t('complaintStats.fields.onTimeRate'),
              }}
            />
          </Card>
          <Card>
            <ComplaintStatsTable stats={result.data} rowLabel={rowLabel} loading={result.isFetching} />
          </Card>
        </Flex>
      ) : null}
    </>
  );
}

export const ComplaintStatsPage = withPermission(['complaint.stats'], ComplaintStats);
