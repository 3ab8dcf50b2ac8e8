import type { CalendarDayDto, CalendarYearDto, TimeLimitDto } from '@gongzhi/contracts';
import { Button, Card, Flex, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatDateTime } from '../../lib/format';
import { withPermission } from '../../modules/auth/components/RequirePermission';
import { CalendarLoadDialog } from '../../modules/calendar/components/CalendarLoadDialog';
import { TimeLimitDialog } from '../../modules/calendar/components/TimeLimitDialog';
import { useCalendarDays, useCalendarYears, useTimeLimits } from '../../modules/calendar/hooks/useCalendar';
import { AddButton } from '../../ui/AddButton';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { PageHeader } from '../../ui/PageHeader';

function YearDays({ year }: { year: number }) {
  const { t } = useTranslation();
  const days = useCalendarDays(year);
  const columns: TableColumnsType<CalendarDayDto> = [
    { key: 'day', title: t('calendar.fields.day'), dataIndex: 'day' },
    {
      key: 'kind',
      title: t('calendar.fields.kind'),
      render: (_, row) => (
        <Tag color={row.kind === 'holiday' ? 'green' : 'orange'}>{t(`enums.calendarDayKind.${row.kind}`)}</Tag>
      ),
    },
    { key: 'name', title: t('calendar.fields.name'), dataIndex: 'name' },
  ];
  if (days.isError) return <ErrorState error={days.error} onRetry={() => void days.refetch()} />;
  return (
    <Table<CalendarDayDto>
      rowKey="day"
      size="small"
      columns={columns}
      dataSource={days.data ?? []}
      loading={days.isPending}
      pagination={false}
      scroll={{ y: 400 }}
    />
  );
}

function CalendarYears() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const years = useCalendarYears();
  const [viewing, setViewing] = useState<number | null>(null);
  const [loading, setLoading] = useState<{ year: number; loaded: boolean } | null>(null);
  const loadedYears = (years.data ?? []).map((row) => row.year);
  const nextYear = Math.max(new Date().getFullYear(), ...loadedYears) + 1;

  const columns: TableColumnsType<CalendarYearDto> = [
    { key: 'year', title: t('calendar.fields.year'), dataIndex: 'year' },
    { key: 'holidays', title: t('calendar.fields.holidays'), dataIndex: 'holidays', align: 'right' },
    { key: 'workdays', title: t('calendar.fields.workdays'), dataIndex: 'workdays', align: 'right' },
    { key: 'source', title: t('calendar.fields.source'), dataIndex: 'source' },
    { key: 'note', title: t('calendar.fields.note'), render: (_, row) => row.note ?? t('common.none') },
    { key: 'loadedAt', title: t('calendar.fields.loadedAt'), render: (_, row) => formatDateTime(row.loadedAt, locale) },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, row) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setViewing(viewing === row.year ? null : row.year)}>
            {t('calendar.view')}
          </Button>
          <Button type="link" size="small" onClick={() => setLoading({ year: row.year, loaded: true })}>
            {t('calendar.edit')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={t('calendar.yearsTitle')}
      extra={<AddButton onClick={() => setLoading({ year: nextYear, loaded: false })}>{t('calendar.load')}</AddButton>}
    >
      {years.isError ? (
        <ErrorState error={years.error} onRetry={() => void years.refetch()} />
      ) : (
        <Table<CalendarYearDto>
          rowKey="year"
          size="middle"
          scroll={{ x: 'max-content' }}
          columns={columns}
          dataSource={[...(years.data ?? [])].sort((a, b) => b.year - a.year)}
          loading={years.isPending}
          pagination={{ pageSize: 6, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: years.isPending ? ' ' : <EmptyState description={t('calendar.noYears')} /> }}
        />
      )}
      {viewing !== null ? (
        <div style={{ marginTop: 16 }}>
          <Typography.Title level={5}>{t('calendar.daysOf', { year: viewing })}</Typography.Title>
          <YearDays year={viewing} />
        </div>
      ) : null}
      <CalendarLoadDialog
        open={loading !== null}
        year={loading?.year ?? nextYear}
        loaded={loading?.loaded ?? false}
        onClose={() => setLoading(null)}
      />
    </Card>
  );
}

function TimeLimits() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const limits = useTimeLimits();
  const [creating, setCreating] = useState(false);
  const sorted = [...(limits.data ?? [])].sort((a, b) => b.version - a.version);
  const current = sorted[0];
  const number = (key: keyof TimeLimitDto & `${string}${'Days' | 'Years'}`) => ({
    key,
    title: t(`calendar.timeLimits.fields.${key}`),
    align: 'right' as const,
    render: (_: unknown, row: TimeLimitDto) => row[key],
  });
  const columns: TableColumnsType<TimeLimitDto> = [
    {
      key: 'version',
      title: t('calendar.timeLimits.fields.version'),
      render: (_, row) => (
        <Flex gap={4}>
          {row.version}
          {row.id === current?.id ? <Tag color="blue">{t('calendar.timeLimits.current')}</Tag> : null}
        </Flex>
      ),
    },
    {
      key: 'ruleName',
      title: t('calendar.timeLimits.fields.ruleName'),
      render: (_, row) => <div style={{ maxWidth: 320 }}>{row.ruleName}</div>,
    },
    number('acceptanceDays'),
    number('enterpriseResponseDays'),
    number('mediationDays'),
    number('terminationNoticeDays'),
    number('dueSoonDays'),
    number('limitationYears'),
    {
      key: 'createdAt',
      title: t('calendar.timeLimits.fields.createdAt'),
      render: (_, row) => formatDateTime(row.createdAt, locale),
    },
  ];
  return (
    <Card
      title={t('calendar.timeLimits.title')}
      extra={<AddButton onClick={() => setCreating(true)}>{t('calendar.timeLimits.create')}</AddButton>}
    >
      <Typography.Paragraph type="secondary">{t('calendar.timeLimits.lead')}</Typography.Paragraph>
      {limits.isError ? (
        <ErrorState error={limits.error} onRetry={() => void limits.refetch()} />
      ) : (
        <Table<TimeLimitDto>
          rowKey="id"
          size="middle"
          scroll={{ x: 'max-content' }}
          columns={columns}
          dataSource={sorted}
          loading={limits.isPending}
          pagination={false}
        />
      )}
      <TimeLimitDialog open={creating} current={current} onClose={() => setCreating(false)} />
    </Card>
  );
}

function Calendar() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('calendar.title')} subtitle={t('calendar.lead')} />
      <Flex vertical gap={16}>
        <CalendarYears />
        <TimeLimits />
      </Flex>
    </>
  );
}

export const CalendarPage = withPermission(['calendar.manage'], Calendar);
