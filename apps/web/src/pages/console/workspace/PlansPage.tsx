import type { PlanSummaryDto } from '@gongzhi/contracts';
import { Button, Card, Flex, Progress, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { PlanDialog } from '../../../modules/plan/dialogs';
import { usePlanOptions, usePlans } from '../../../modules/plan/hooks';
import { useWorkspaceOrg } from '../../../modules/workspace/useWorkspaceOrg';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';

/** /console/workspace/plans — the development plan, co-governance plans and annual plans, with progress. */
function Plans() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const org = useWorkspaceOrg();
  const [creating, setCreating] = useState(false);
  const options = usePlanOptions(org.organisationId, org.ready);
  const plans = usePlans({ organisationId: org.organisationId }, org.ready);
  const columns: TableColumnsType<PlanSummaryDto> = [
    {
      key: 'title',
      title: t('planConsole.plans.fields.title'),
      render: (_, row) => (
        <Link to={`/console/workspace/plans/${row.id}`} data-testid="plan-link">
          {row.title}
        </Link>
      ),
    },
    {
      key: 'kind',
      title: t('planConsole.plans.fields.kind'),
      render: (_, row) => t(`planConsole.enums.planKind.${row.kind}`),
    },
    {
      key: 'period',
      title: t('planConsole.plans.fields.period'),
      render: (_, row) => `${row.periodStart} — ${row.periodEnd}`,
    },
    {
      key: 'status',
      title: t('planConsole.plans.fields.status'),
      render: (_, row) => <Tag>{t(`planConsole.enums.planStatus.${row.status}`)}</Tag>,
    },
    {
      key: 'progress',
      title: t('planConsole.plans.progress'),
      responsive: ['md'],
      render: (_, row) => (
        <div style={{ minWidth: 160 }}>
          <Progress
            size="small"
            percent={row.progress.tasksTotal ? Math.round((row.progress.tasksDone / row.progress.tasksTotal) * 100) : 0}
          />
          {t('planConsole.plans.progressText', row.progress)}
        </div>
      ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('planConsole.plans.title')}
        subtitle={t('planConsole.plans.lead')}
        extra={
          options.data?.canManage ? (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="plan-create">
              {t('planConsole.plans.create')}
            </Button>
          ) : null
        }
      />
      {org.picker ? <Flex style={{ marginBottom: 16 }}>{org.picker}</Flex> : null}
      <Card>
        {!org.ready ? (
          <EmptyState description={t('planConsole.common.chooseAssociation')} />
        ) : plans.error ? (
          <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
        ) : (
          <Table<PlanSummaryDto>
            rowKey="id"
            columns={columns}
            dataSource={plans.data ?? []}
            loading={plans.isLoading}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState /> }}
          />
        )}
      </Card>
      <PlanDialog
        open={creating}
        onClose={() => setCreating(false)}
        options={options.data}
        onCreated={(id) => navigate(`/console/workspace/plans/${id}`)}
      />
    </>
  );
}

export const PlansPage = withPermission(['workspace.read'], Plans);
