import { EditOutlined } from '@ant-design/icons';
import type { GoalDto, KpiDto, PlanDetailDto, ReviewDto } from '@gongzhi/contracts';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Popconfirm,
  Progress,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { planApi } from '../../../modules/plan/api';
import {
  GoalDialog,
  KpiActualDialog,
  KpiDialog,
  PlanDialog,
  ReviewDialog,
  TaskDialog,
} from '../../../modules/plan/dialogs';
import { usePlan, usePlanMutation, usePlanOptions } from '../../../modules/plan/hooks';
import { formatKpi, kpiProgress, metricLabel } from '../../../modules/plan/kpiFormat';
import { TaskTable } from '../../../modules/plan/TaskTable';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { useLastShown } from '../../../ui/useLastShown';

function KpiRow({
  kpi,
  editable,
  onEdit,
  onActual,
}: {
  kpi: KpiDto;
  editable: boolean;
  onEdit: () => void;
  onActual: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const compute = usePlanMutation(() => planApi.computeKpi(kpi.id));
  return (
    <Flex vertical gap={4} style={{ padding: '8px 0' }} data-testid={`kpi-${kpi.name}`}>
      <Flex justify="space-between" wrap gap={8}>
        <span>
          {kpi.name}{' '}
          <Tag>
            {kpi.source === 'metric' ? metricLabel(kpi.metricKey, locale) : t('planConsole.enums.kpiSource.manual')}
          </Tag>
          {kpi.met === true ? <Tag color="green">{t('planConsole.kpis.met')}</Tag> : null}
          {kpi.met === false ? <Tag color="red">{t('planConsole.kpis.missed')}</Tag> : null}
        </span>
        <span>
          <span data-testid="kpi-actual">{formatKpi(kpi.unit, kpi.actual)}</span>
          {' / '}
          {t(`planConsole.enums.direction.${kpi.direction}`)} {formatKpi(kpi.unit, kpi.target)}
        </span>
      </Flex>
      <Progress
        percent={kpiProgress(kpi.direction, kpi.target, kpi.actual)}
        status={kpi.met === false ? 'exception' : kpi.met ? 'success' : 'normal'}
        size="small"
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {kpi.periodStart} — {kpi.periodEnd}
        {kpi.actualAt ? ` · ${t('planConsole.kpis.actualAt', { at: formatDateTime(kpi.actualAt, locale) })}` : ''}
        {kpi.actualNote ? ` · ${kpi.actualNote}` : ''}
        {editable && kpi.source === 'metric' ? (
          <Button
            size="small"
            type="link"
            loading={compute.isPending}
            onClick={() => compute.mutate(undefined)}
            data-testid="kpi-compute"
          >
            {t('planConsole.kpis.compute')}
          </Button>
        ) : null}
        {editable && kpi.source === 'manual' ? (
          <Button size="small" type="link" onClick={onActual} data-testid="kpi-actual-enter">
            {t('planConsole.kpis.enterActual')}
          </Button>
        ) : null}
        {editable ? (
          <Button size="small" type="link" onClick={onEdit} data-testid="kpi-edit">
            {t('planConsole.kpis.edit')}
          </Button>
        ) : null}
      </Typography.Text>
    </Flex>
  );
}

function GoalCard({
  goal,
  editable,
  onEdit,
  onAddKpi,
  onEditKpi,
  onActual,
}: {
  goal: GoalDto;
  editable: boolean;
  onEdit: () => void;
  onAddKpi: () => void;
  onEditKpi: (kpi: KpiDto) => void;
  onActual: (kpi: KpiDto) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={goal.title}
      style={{ marginBottom: 12 }}
      data-testid={`goal-${goal.title}`}
      extra={
        editable ? (
          <Space size={4} wrap>
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={onEdit}
              data-testid="goal-edit"
              aria-label={t('planConsole.goals.edit')}
            />
            <Button size="small" onClick={onAddKpi} data-testid="kpi-add">
              {t('planConsole.kpis.add')}
            </Button>
          </Space>
        ) : null
      }
    >
      {goal.basis ? <div>{t('planConsole.goals.basisShown', { basis: goal.basis })}</div> : null}
      {goal.parentGoal ? (
        <div>
          {t('planConsole.goals.chain')}{' '}
          <Link to={`/console/workspace/plans/${goal.parentGoal.planId}`}>
            {goal.parentGoal.planTitle} · {goal.parentGoal.title}
          </Link>
        </div>
      ) : null}
      {goal.kpis.length === 0 ? (
        <Typography.Text type="secondary">{t('planConsole.kpis.none')}</Typography.Text>
      ) : (
        goal.kpis.map((kpi) => (
          <KpiRow
            key={kpi.id}
            kpi={kpi}
            editable={editable}
            onEdit={() => onEditKpi(kpi)}
            onActual={() => onActual(kpi)}
          />
        ))
      )}
    </Card>
  );
}

function Reviews({
  plan,
  editable,
  onEditSummary,
}: {
  plan: PlanDetailDto;
  editable: boolean;
  onEditSummary: (review: ReviewDto) => void;
}) {
  const { t } = useTranslation();
  const close = usePlanMutation((review: ReviewDto) => planApi.closeReview(review.id, { version: review.version }));
  if (plan.reviews.length === 0) return <EmptyState description={t('planConsole.reviews.none')} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {plan.reviews.map((review) => {
        const missed = review.results.filter((r) => r.met === false).length;
        return (
          <Card
            key={review.id}
            size="small"
            title={`${review.title} · ${review.heldOn}`}
            extra={
              review.status === 'draft' && editable ? (
                <Space size={4} wrap>
                  <Button size="small" onClick={() => onEditSummary(review)} data-testid="review-summary">
                    {t('planConsole.reviews.editSummary')}
                  </Button>
                  <Popconfirm
                    title={t('planConsole.reviews.closeConfirm', { count: missed })}
                    onConfirm={() => close.mutate(review)}
                  >
                    <Button size="small" danger={missed > 0} data-testid="review-close">
                      {t('planConsole.reviews.close')}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : (
                <Tag>{t(`planConsole.enums.reviewStatus.${review.status}`)}</Tag>
              )
            }
          >
            {review.summary ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="review-summary-shown">
                {review.summary}
              </Typography.Paragraph>
            ) : null}
            <Table
              rowKey="kpiId"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={review.results}
              columns={[
                { key: 'name', title: t('planConsole.kpis.fields.name'), dataIndex: 'name' },
                {
                  key: 'target',
                  title: t('planConsole.kpis.fields.target'),
                  render: (_, r) => formatKpi(r.unit, r.target),
                },
                { key: 'actual', title: t('planConsole.kpis.actual'), render: (_, r) => formatKpi(r.unit, r.actual) },
                {
                  key: 'met',
                  title: t('planConsole.kpis.result'),
                  render: (_, r) =>
                    r.met === null ? (
                      '—'
                    ) : (
                      <Tag color={r.met ? 'green' : 'red'}>
                        {r.met ? t('planConsole.kpis.met') : t('planConsole.kpis.missed')}
                      </Tag>
                    ),
                },
              ]}
            />
            {review.actions.length > 0 ? (
              <Alert
                style={{ marginTop: 8 }}
                type="warning"
                message={
                  <Link to="/console/evaluation/actions">
                    {t('planConsole.reviews.actionsOpened', { count: review.actions.length })}
                  </Link>
                }
              />
            ) : null}
          </Card>
        );
      })}
    </Space>
  );
}

/** /console/workspace/plans/:id — a plan with its progress, goals and KPIs, tasks and reviews. */
function PlanDetail() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const plan = usePlan(id);
  const options = usePlanOptions(plan.data?.organisationId, plan.data !== undefined);
  const [dialog, setDialog] = useState<'task' | 'plan' | null>(null);
  // which record a dialog is about (ids: the dialogs see the record as last loaded, with its version)
  const [goalDialog, setGoalDialog] = useState<{ goalId: string | null } | null>(null);
  const [kpiDialog, setKpiDialog] = useState<{ goalId: string; kpiId: string | null } | null>(null);
  const [actualDialog, setActualDialog] = useState<{ kpiId: string } | null>(null);
  const [reviewDialog, setReviewDialog] = useState<{ reviewId: string | null } | null>(null);
  const goalShown = useLastShown(goalDialog);
  const kpiShown = useLastShown(kpiDialog);
  const actualShown = useLastShown(actualDialog);
  const reviewShown = useLastShown(reviewDialog);
  const status = usePlanMutation((next: 'active' | 'closed') =>
    planApi.planStatus(id, { status: next, version: plan.data?.version ?? 1 }),
  );
  if (plan.error) return <ErrorState error={plan.error} record onRetry={() => void plan.refetch()} />;
  if (!plan.data) return <LoadingState />;
  const p = plan.data;
  const editable = options.data?.canManage === true && p.status !== 'closed';
  const next = p.status === 'draft' ? 'active' : p.status === 'active' ? 'closed' : null;
  const kpis = p.goals.flatMap((goal) => goal.kpis);
  const editingGoal = p.goals.find((goal) => goal.id === goalShown?.goalId) ?? null;
  const editingKpi = kpis.find((kpi) => kpi.id === kpiShown?.kpiId) ?? null;
  const actualKpi = kpis.find((kpi) => kpi.id === actualShown?.kpiId) ?? null;
  const editingReview = p.reviews.find((review) => review.id === reviewShown?.reviewId) ?? null;
  const done = p.progress.tasksTotal ? Math.round((p.progress.tasksDone / p.progress.tasksTotal) * 100) : 0;
  return (
    <>
      <PageHeader
        title={p.title}
        backTo="/console/workspace/plans"
        tags={
          <>
            <Tag>{t(`planConsole.enums.planKind.${p.kind}`)}</Tag>
            <Tag color={p.status === 'active' ? 'blue' : undefined}>
              {t(`planConsole.enums.planStatus.${p.status}`)}
            </Tag>
          </>
        }
        extra={
          <Space wrap>
            {editable ? (
              <Button icon={<EditOutlined />} onClick={() => setDialog('plan')} data-testid="plan-edit">
                {t('planConsole.plans.edit')}
              </Button>
            ) : null}
            {options.data?.canManage && next ? (
              <Button onClick={() => status.mutate(next)} loading={status.isPending} data-testid="plan-status">
                {t(`planConsole.plans.to.${next}`)}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('planConsole.plans.fields.period')}>
            {p.periodStart} — {p.periodEnd}
          </Descriptions.Item>
          <Descriptions.Item label={t('planConsole.plans.fields.parent')}>
            {p.parentPlanId ? <Link to={`/console/workspace/plans/${p.parentPlanId}`}>{p.parentPlanTitle}</Link> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('planConsole.plans.progress')}>
            <span data-testid="plan-progress">{t('planConsole.plans.progressText', p.progress)}</span>
          </Descriptions.Item>
        </Descriptions>
        <Progress percent={done} />
        {p.summary ? (
          <Typography.Paragraph style={{ marginTop: 8, whiteSpace: 'pre-wrap' }}>{p.summary}</Typography.Paragraph>
        ) : null}
      </Card>
      <Tabs
        items={[
          {
            key: 'goals',
            label: t('planConsole.goals.tab'),
            children: (
              <>
                {editable ? (
                  <Button
                    style={{ marginBottom: 12 }}
                    onClick={() => setGoalDialog({ goalId: null })}
                    data-testid="goal-add"
                  >
                    {t('planConsole.goals.add')}
                  </Button>
                ) : null}
                {p.goals.length === 0 ? <EmptyState description={t('planConsole.goals.none')} /> : null}
                {p.goals.map((goal) => (
                  <GoalCard
                    key={goal.id}
                    goal={goal}
                    editable={editable}
                    onEdit={() => setGoalDialog({ goalId: goal.id })}
                    onAddKpi={() => setKpiDialog({ goalId: goal.id, kpiId: null })}
                    onEditKpi={(kpi) => setKpiDialog({ goalId: goal.id, kpiId: kpi.id })}
                    onActual={(kpi) => setActualDialog({ kpiId: kpi.id })}
                  />
                ))}
              </>
            ),
          },
          {
            key: 'tasks',
            label: t('planConsole.tasks.tab', { count: p.tasks.length }),
            children: (
              <>
                {editable ? (
                  <Button style={{ marginBottom: 12 }} onClick={() => setDialog('task')} data-testid="task-add">
                    {t('planConsole.tasks.add')}
                  </Button>
                ) : null}
                <TaskTable
                  tasks={p.tasks}
                  editable={options.data?.canManage === true}
                  goals={p.goals}
                  options={options.data}
                />
              </>
            ),
          },
          {
            key: 'reviews',
            label: t('planConsole.reviews.tab'),
            children: (
              <>
                {editable ? (
                  <Button
                    style={{ marginBottom: 12 }}
                    onClick={() => setReviewDialog({ reviewId: null })}
                    data-testid="review-add"
                  >
                    {t('planConsole.reviews.add')}
                  </Button>
                ) : null}
                <Reviews
                  plan={p}
                  editable={options.data?.canManage === true}
                  onEditSummary={(review) => setReviewDialog({ reviewId: review.id })}
                />
              </>
            ),
          },
        ]}
      />
      <PlanDialog open={dialog === 'plan'} onClose={() => setDialog(null)} options={options.data} editing={p} />
      <GoalDialog
        open={goalDialog !== null}
        onClose={() => setGoalDialog(null)}
        planId={p.id}
        options={options.data}
        editing={editingGoal}
      />
      <TaskDialog
        open={dialog === 'task'}
        onClose={() => setDialog(null)}
        planId={p.id}
        goals={p.goals}
        options={options.data}
      />
      <ReviewDialog
        open={reviewDialog !== null}
        onClose={() => setReviewDialog(null)}
        planId={p.id}
        editing={editingReview}
      />
      <KpiDialog
        open={kpiDialog !== null}
        onClose={() => setKpiDialog(null)}
        goalId={kpiShown?.goalId ?? null}
        editing={editingKpi}
      />
      <KpiActualDialog open={actualDialog !== null} onClose={() => setActualDialog(null)} kpi={actualKpi} />
    </>
  );
}

export const PlanDetailPage = withPermission(['workspace.read'], PlanDetail);
