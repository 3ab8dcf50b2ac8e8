import { TASK_STATUSES, type TaskStatus } from '@gongzhi/contracts';
import { Card, Checkbox, Flex, Pagination, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { can, useCurrentUser } from '../../../modules/auth/hooks/currentUser';
import { useTasks } from '../../../modules/plan/hooks';
import { TaskTable } from '../../../modules/plan/TaskTable';
import { useWorkspaceOrg } from '../../../modules/workspace/useWorkspaceOrg';
import { EmptyState } from '../../../ui/EmptyState';
import { EnumSelect } from '../../../ui/EnumSelect';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';

/** /console/workspace/tasks — the tasks of every plan: mine (or my post's) or all, by status, overdue. */
function Tasks() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const org = useWorkspaceOrg();
  const [params, setParams] = useSearchParams();
  const mine = !org.regulator && params.get('mine') !== 'false';
  const [status, setStatus] = useState<TaskStatus | undefined>();
  const [overdue, setOverdue] = useState(false);
  const [page, setPage] = useState(1);
  const tasks = useTasks(
    {
      organisationId: org.organisationId,
      mine: mine || undefined,
      status,
      overdue: overdue || undefined,
      page,
      pageSize: 20,
    },
    org.ready,
  );
  return (
    <>
      <PageHeader title={t('planConsole.tasks.title')} subtitle={t('planConsole.tasks.lead')} />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        {org.picker}
        {!org.regulator ? (
          <Segmented
            data-testid="tasks-mine"
            value={mine ? 'mine' : 'all'}
            onChange={(value) => {
              setPage(1);
              setParams({ mine: value === 'mine' ? 'true' : 'false' }, { replace: true });
            }}
            options={[
              { value: 'mine', label: t('planConsole.tasks.mine') },
              { value: 'all', label: t('planConsole.tasks.all') },
            ]}
          />
        ) : null}
        <EnumSelect<TaskStatus>
          values={TASK_STATUSES}
          label={(value) => t(`planConsole.enums.taskStatus.${value}`)}
          allowClear
          placeholder={t('planConsole.tasks.fields.status')}
          aria-label={t('planConsole.tasks.fields.status')}
          style={{ width: 140 }}
          value={status}
          onChange={(value) => {
            setPage(1);
            setStatus(value ?? undefined);
          }}
        />
        <Checkbox checked={overdue} onChange={(event) => setOverdue(event.target.checked)} data-testid="tasks-overdue">
          {t('planConsole.tasks.overdueOnly')}
        </Checkbox>
      </Flex>
      <Card>
        {!org.ready ? (
          <EmptyState description={t('planConsole.common.chooseAssociation')} />
        ) : tasks.error ? (
          <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />
        ) : (
          <>
            <TaskTable
              tasks={tasks.data?.items ?? []}
              editable={can(me, 'workspace.manage')}
              showPlan
              loading={tasks.isLoading}
            />
            <Flex justify="end" style={{ marginTop: 12 }}>
              <Pagination
                current={page}
                pageSize={20}
                total={tasks.data?.total ?? 0}
                onChange={setPage}
                showSizeChanger={false}
                size="small"
              />
            </Flex>
          </>
        )}
      </Card>
    </>
  );
}

export const TasksPage = withPermission(['workspace.read'], Tasks);
