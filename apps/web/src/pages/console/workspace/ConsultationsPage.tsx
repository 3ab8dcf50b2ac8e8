import { CONSULTATION_STATUSES, type ConsultationStatus, type ConsultationSummaryDto } from '@gongzhi/contracts';
import type { TableColumnsType } from 'antd';
import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { ConsultationStatusTag } from '../../../modules/rules/components/RulesTags';
import { useConsultations } from '../../../modules/rules/hooks/useRules';
import { DataTable } from '../../../ui/DataTable';
import { EnumSelect } from '../../../ui/EnumSelect';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = ['status'] as const;

/** /console/workspace/consultations — the association's consultations; members see the ones opened to them. */
function Consultations() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const list = useListParams(FILTERS);
  const result = useConsultations({
    page: list.page,
    pageSize: list.pageSize,
    status: list.filters.status as ConsultationStatus | undefined,
  });

  const columns: TableColumnsType<ConsultationSummaryDto> = [
    {
      key: 'title',
      title: t('rulesConsole.consultations.fields.title'),
      render: (_, row) => (
        <Link to={`/console/workspace/consultations/${row.id}`} data-testid="consultation-row">
          {row.title}
        </Link>
      ),
    },
    {
      key: 'status',
      title: t('rulesConsole.consultations.fields.status'),
      render: (_, row) => <ConsultationStatusTag status={row.status} />,
    },
    {
      key: 'audience',
      title: t('rulesConsole.consultations.fields.audience'),
      render: (_, row) => t(`rulesConsole.enums.audience.${row.audience}`),
    },
    {
      key: 'deadline',
      title: t('rulesConsole.consultations.fields.deadline'),
      render: (_, row) => formatDateTime(row.deadline, locale),
    },
    {
      key: 'comments',
      title: t('rulesConsole.consultations.fields.comments'),
      render: (_, row) =>
        t('rulesConsole.consultations.commentsValue', { count: row.comments, unanswered: row.unanswered }),
    },
    { key: 'association', title: t('rulesConsole.consultations.fields.association'), dataIndex: 'organisationName' },
  ];

  return (
    <>
      <PageHeader title={t('rulesConsole.consultations.title')} subtitle={t('rulesConsole.consultations.lead')} />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <Space wrap style={{ marginBottom: 12 }}>
            <EnumSelect<ConsultationStatus>
              {...list.filterProps<ConsultationStatus>('status', t('rulesConsole.consultations.statusFilter'))}
              values={CONSULTATION_STATUSES}
              label={(v) => t(`rulesConsole.enums.consultationStatus.${v}`)}
              aria-label={t('rulesConsole.consultations.statusFilter')}
              style={{ minWidth: 160 }}
            />
          </Space>
        }
      >
        {(table) => <DataTable<ConsultationSummaryDto> {...table} columns={columns} data-testid="consultations" />}
      </ListCard>
    </>
  );
}

export const ConsultationsPage = withPermission(
  ['workspace.read', 'member.read', 'consultation.comment'],
  Consultations,
);
