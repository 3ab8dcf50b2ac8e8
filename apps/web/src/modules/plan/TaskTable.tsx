import { EditOutlined, PaperClipOutlined } from '@ant-design/icons';
import { type PlanOptionsDto, TASK_STATUSES, type TaskDto, type TaskStatus } from '@gongzhi/contracts';
import { Button, Select, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLastShown } from '../../ui/useLastShown';
import { planApi } from './api';
import { TaskDialog } from './dialogs';
import { usePlanMutation, usePlanOptions } from './hooks';
import { TaskEvidenceDrawer } from './TaskEvidenceDrawer';

const NEXT: Record<TaskStatus, readonly TaskStatus[]> = {
  todo: ['in_progress', 'done', 'cancelled'],
  in_progress: ['todo', 'done', 'cancelled'],
  done: [],
  cancelled: [],
};

/**
 * Tasks with owner (person or post), due date (red when overdue), status (changed in place), evidence;
 * per row an edit dialog (for who may change it) and the evidence drawer (files, links, uploads).
 * `goals` and `options`: the plan's, when the table shows one plan; otherwise the owner choices are
 * loaded for the task being edited and its goal stays.
 */
export function TaskTable({
  tasks,
  editable,
  showPlan = false,
  loading = false,
  goals,
  options,
}: {
  tasks: TaskDto[];
  editable: boolean;
  showPlan?: boolean;
  loading?: boolean;
  goals?: { id: string; title: string }[];
  options?: PlanOptionsDto;
}) {
  const { t } = useTranslation();
  // ids, so that the dialogs always see the task as last loaded (its version after a reload)
  const [editingId, setEditingId] = useState<string | null>(null);
  const [evidenceId, setEvidenceId] = useState<string | null>(null);
  const editing = tasks.find((task) => task.id === editingId) ?? null;
  const evidenceOf = tasks.find((task) => task.id === evidenceId) ?? null;
  const shownEditing = useLastShown(editing);
  const shownEvidence = useLastShown(evidenceOf);
  const loaded = usePlanOptions(editing?.organisationId, options === undefined && editing !== null);
  const change = usePlanMutation((v: { task: TaskDto; status: TaskStatus }) =>
    planApi.taskStatus(v.task.id, { status: v.status, version: v.task.version }),
  );
  const columns: TableColumnsType<TaskDto> = [
    { key: 'title', title: t('planConsole.tasks.fields.title'), dataIndex: 'title' },
    ...(showPlan
      ? [
          {
            key: 'plan',
            title: t('planConsole.tasks.fields.plan'),
            render: (_: unknown, row: TaskDto) => (
              <Link to={`/console/workspace/plans/${row.planId}`}>{row.planTitle}</Link>
            ),
          },
        ]
      : []),
    {
      key: 'owner',
      title: t('planConsole.tasks.fields.owner'),
      render: (_, row) =>
        row.ownerPostId
          ? `${row.ownerPostName ?? ''}${row.ownerPostHolderName ? `（${row.ownerPostHolderName}）` : ''}`
          : (row.ownerUserName ?? '—'),
    },
    {
      key: 'due',
      title: t('planConsole.tasks.fields.dueDate'),
      render: (_, row) => (
        <Typography.Text
          type={row.overdue ? 'danger' : undefined}
          data-testid={row.overdue ? 'task-overdue' : undefined}
        >
          {row.dueDate}
          {row.overdue ? ` · ${t('planConsole.tasks.overdue')}` : ''}
        </Typography.Text>
      ),
    },
    {
      key: 'recurrence',
      title: t('planConsole.tasks.fields.recurrence'),
      responsive: ['md'],
      render: (_, row) => (row.recurrence === 'none' ? '—' : t(`planConsole.enums.recurrence.${row.recurrence}`)),
    },
    {
      key: 'status',
      title: t('planConsole.tasks.fields.status'),
      render: (_, row) =>
        editable && NEXT[row.status].length > 0 ? (
          <Select<TaskStatus>
            size="small"
            value={row.status}
            style={{ width: 120 }}
            aria-label={t('planConsole.tasks.fields.status')}
            data-testid="task-status"
            onChange={(status) => change.mutate({ task: row, status })}
            options={TASK_STATUSES.filter((s) => s === row.status || NEXT[row.status].includes(s)).map((s) => ({
              value: s,
              label: t(`planConsole.enums.taskStatus.${s}`),
            }))}
          />
        ) : (
          <Tag color={row.status === 'done' ? 'green' : undefined}>
            {t(`planConsole.enums.taskStatus.${row.status}`)}
          </Tag>
        ),
    },
    {
      key: 'evidence',
      title: t('planConsole.tasks.fields.evidence'),
      responsive: ['lg'],
      render: (_, row) =>
        row.evidence.length === 0
          ? '—'
          : row.evidence.map((e) => (
              <div key={e.id}>
                <a
                  href={e.kind === 'link' ? (e.url ?? '#') : planApi.evidenceUrl(row.id, e.id)}
                  target="_blank"
                  rel="noreferrer"
                >
                  {e.label}
                </a>
              </div>
            )),
    },
    {
      key: 'actions',
      title: t('planConsole.common.actions'),
      render: (_, row) => (
        <Space size={4} wrap>
          {editable ? (
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => setEditingId(row.id)}
              data-testid="task-edit"
              aria-label={t('planConsole.tasks.edit')}
            >
              {t('planConsole.common.edit')}
            </Button>
          ) : null}
          <Button
            size="small"
            icon={<PaperClipOutlined />}
            onClick={() => setEvidenceId(row.id)}
            data-testid="task-evidence"
            aria-label={t('planConsole.evidence.open')}
          >
            {t('planConsole.evidence.count', { count: row.evidence.length })}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <>
      <Table<TaskDto>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={tasks}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(row) => ({ 'data-testid': `task-row-${row.title}` }) as React.HTMLAttributes<HTMLElement>}
      />
      <TaskDialog
        open={editing !== null}
        onClose={() => setEditingId(null)}
        planId={shownEditing?.planId ?? ''}
        goals={goals}
        options={options ?? loaded.data}
        editing={shownEditing}
      />
      <TaskEvidenceDrawer
        open={evidenceOf !== null}
        task={shownEvidence}
        editable={editable}
        onClose={() => setEvidenceId(null)}
      />
    </>
  );
}
