import {
  COMPETENCE_EVALUATORS,
  type CompetenceEvaluator,
  ENVIRONMENT_KINDS,
  type EnvironmentCategory,
  type EnvironmentFactorDto,
  type EnvironmentKind,
  EXTERNAL_FACTOR_CATEGORIES,
  type GoalDto,
  IMPACT_DIRECTIONS,
  IMPACT_LEVELS,
  type ImpactDirection,
  type ImpactLevel,
  INTERNAL_ENABLER_CATEGORIES,
  isPlanMetricKey,
  KPI_DIRECTIONS,
  type KpiDirection,
  type KpiDto,
  PLAN_KINDS,
  PLAN_METRIC_KEYS,
  PLAN_METRICS,
  type PlanKind,
  type PlanMetricKey,
  type PlanOptionsDto,
  type PlanSummaryDto,
  type ReviewDto,
  TASK_RECURRENCES,
  type TaskDto,
  type TaskRecurrence,
} from '@gongzhi/contracts';
import { DatePicker, Form, Input, InputNumber, Radio, Rate, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../lib/format';
import { EnumSelect } from '../../ui/EnumSelect';
import { FormDialog } from '../../ui/FormDialog';
import { useCloseWithMessage } from '../../ui/useCloseWithMessage';
import { maxRule, requiredChoiceRule, requiredRule } from '../organisation/components/fieldRules';
import { planApi } from './api';
import { useFillOnOpen, useVersionConflict } from './editing';
import { usePlanMutation } from './hooks';
import { formatKpi, fromDisplay, metricLabel, toDisplay } from './kpiFormat';
import { OwnerFields } from './OwnerFields';

const DATE = 'YYYY-MM-DD';
const thisYear = (): [Dayjs, Dayjs] => [dayjs().startOf('year'), dayjs().endOf('year')];

interface DialogProps {
  open: boolean;
  onClose: () => void;
}

// ---------------------------------------------------------------- plan

interface PlanValues {
  kind: PlanKind;
  title: string;
  summary?: string;
  period: [Dayjs, Dayjs];
  parentPlanId?: string | null;
}

/** Creates a plan, or edits one (`editing`: title, summary, period, parent; the kind stays). */
export function PlanDialog({
  open,
  onClose,
  options,
  editing = null,
  onCreated,
}: DialogProps & {
  options: PlanOptionsDto | undefined;
  editing?: PlanSummaryDto | null;
  onCreated?: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<PlanValues>();
  const save = usePlanMutation((v: { values: PlanValues; version: number | null }) => {
    const body = {
      title: v.values.title.trim(),
      summary: v.values.summary ?? '',
      periodStart: v.values.period[0].format(DATE),
      periodEnd: v.values.period[1].format(DATE),
      parentPlanId: v.values.parentPlanId ?? null,
    };
    return editing && v.version !== null
      ? planApi.updatePlan(editing.id, { ...body, version: v.version })
      : planApi.createPlan({ ...body, kind: v.values.kind });
  });
  const conflict = useVersionConflict(save);
  useFillOnOpen(form, open, (): Partial<PlanValues> | null =>
    editing
      ? {
          kind: editing.kind,
          title: editing.title,
          summary: editing.summary,
          period: [dayjs(editing.periodStart), dayjs(editing.periodEnd)],
          parentPlanId: editing.parentPlanId,
        }
      : null,
  );
  const watchedKind = Form.useWatch('kind', form);
  const kind = editing ? editing.kind : watchedKind;
  const parents = (options?.plans ?? []).filter(
    (p) =>
      p.id !== editing?.id &&
      (kind === 'annual' ? p.kind !== 'annual' : kind === 'co_governance' ? p.kind === 'development' : false),
  );
  const submit = (values: PlanValues) =>
    save.mutate(
      { values, version: editing?.version ?? null },
      {
        onSuccess: (plan) => {
          conflict.reset();
          closeWith(editing ? t('planConsole.common.saved') : t('planConsole.plans.created'));
          if (!editing) onCreated?.(plan.id);
        },
        onError: conflict.onError,
      },
    );
  return (
    <FormDialog
      open={open}
      title={editing ? t('planConsole.plans.edit') : t('planConsole.plans.create')}
      width={640}
      form={form}
      save={save}
      onClose={onClose}
      afterClose={conflict.reset}
      intro={conflict.alert}
    >
      <Form<PlanValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'annual', period: thisYear() }}
        data-testid={editing ? 'plan-edit-form' : 'plan-create-form'}
      >
        <Form.Item name="kind" label={t('planConsole.plans.fields.kind')} rules={[requiredChoiceRule(locale)]}>
          <Select<PlanKind>
            aria-label={t('planConsole.plans.fields.kind')}
            data-testid="plan-kind"
            disabled={editing !== null}
            options={PLAN_KINDS.map((value) => ({ value, label: t(`planConsole.enums.planKind.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('planConsole.plans.fields.title')}
          rules={[requiredRule(locale), maxRule(locale, 200)]}
        >
          <Input maxLength={200} data-testid="plan-title" />
        </Form.Item>
        <Form.Item name="period" label={t('planConsole.plans.fields.period')} rules={[requiredChoiceRule(locale)]}>
          <DatePicker.RangePicker style={{ width: '100%' }} data-testid="plan-period" />
        </Form.Item>
        {kind !== 'development' ? (
          <Form.Item
            name="parentPlanId"
            label={t('planConsole.plans.fields.parent')}
            extra={t('planConsole.plans.parentHint')}
          >
            <Select
              allowClear
              data-testid="plan-parent"
              aria-label={t('planConsole.plans.fields.parent')}
              options={parents.map((p) => ({ value: p.id, label: p.title }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="summary" label={t('planConsole.plans.fields.summary')} rules={[maxRule(locale, 5000)]}>
          <Input.TextArea rows={3} data-testid="plan-summary" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

// ---------------------------------------------------------------- goal

interface GoalValues {
  title: string;
  description?: string;
  basis?: string;
  parentGoalId?: string | null;
}

/** Adds a goal to a plan, or edits one (`editing`). */
export function GoalDialog({
  open,
  onClose,
  planId,
  options,
  editing = null,
}: DialogProps & { planId: string; options: PlanOptionsDto | undefined; editing?: GoalDto | null }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<GoalValues>();
  const save = usePlanMutation((v: { values: GoalValues; version: number | null }) => {
    const body = {
      title: v.values.title.trim(),
      description: v.values.description ?? '',
      basis: v.values.basis ?? '',
      parentGoalId: v.values.parentGoalId ?? null,
    };
    return editing && v.version !== null
      ? planApi.updateGoal(editing.id, { ...body, version: v.version })
      : planApi.createGoal(planId, body);
  });
  const conflict = useVersionConflict(save);
  useFillOnOpen(form, open, (): Partial<GoalValues> | null =>
    editing
      ? {
          title: editing.title,
          description: editing.description,
          basis: editing.basis,
          parentGoalId: editing.parentGoalId,
        }
      : null,
  );
  const parents = (options?.parentGoals ?? []).filter((g) => g.planId !== planId);
  return (
    <FormDialog
      open={open}
      title={editing ? t('planConsole.goals.edit') : t('planConsole.goals.add')}
      width={600}
      form={form}
      save={save}
      onClose={onClose}
      afterClose={conflict.reset}
      intro={conflict.alert}
    >
      <Form<GoalValues>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          save.mutate(
            { values, version: editing?.version ?? null },
            {
              onSuccess: () => {
                conflict.reset();
                closeWith(t('planConsole.common.saved'));
              },
              onError: conflict.onError,
            },
          )
        }
        data-testid="goal-form"
      >
        <Form.Item
          name="title"
          label={t('planConsole.goals.fields.title')}
          rules={[requiredRule(locale), maxRule(locale, 200)]}
        >
          <Input maxLength={200} data-testid="goal-title" />
        </Form.Item>
        <Form.Item name="basis" label={t('planConsole.goals.fields.basis')} extra={t('planConsole.goals.basisHint')}>
          <Input maxLength={1000} data-testid="goal-basis" />
        </Form.Item>
        <Form.Item
          name="parentGoalId"
          label={t('planConsole.goals.fields.parent')}
          extra={t('planConsole.goals.parentHint')}
        >
          <Select
            allowClear
            data-testid="goal-parent"
            aria-label={t('planConsole.goals.fields.parent')}
            options={parents.map((g) => ({ value: g.id, label: `${g.planTitle} · ${g.title}` }))}
          />
        </Form.Item>
        <Form.Item name="description" label={t('planConsole.goals.fields.description')}>
          <Input.TextArea rows={2} data-testid="goal-description" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

// ---------------------------------------------------------------- KPI

interface KpiValues {
  name: string;
  source: 'manual' | 'metric';
  metricKey?: PlanMetricKey;
  unit?: string;
  direction: KpiDirection;
  target: number;
  period: [Dayjs, Dayjs];
}

/** The unit a KPI form stands for: a metric's own unit, or what was typed for a manual KPI. */
function unitOf(source: KpiValues['source'] | undefined, metricKey: string | undefined, typed: string | undefined) {
  if (source === 'metric') return metricKey && isPlanMetricKey(metricKey) ? PLAN_METRICS[metricKey].unit : '';
  return (typed ?? '').trim();
}

/** Adds a KPI to a goal, or edits one (`editing`); percent targets are typed as percentages. */
export function KpiDialog({
  open,
  onClose,
  goalId,
  editing = null,
}: DialogProps & { goalId: string | null; editing?: KpiDto | null }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<KpiValues>();
  const source = Form.useWatch('source', form);
  const metricKey = Form.useWatch('metricKey', form);
  const unitInput = Form.useWatch('unit', form);
  const unit = unitOf(source, metricKey, unitInput);
  const save = usePlanMutation(({ values: v, version }: { values: KpiValues; version: number | null }) => {
    const body = {
      name: v.name.trim(),
      source: v.source,
      metricKey: v.source === 'metric' ? (v.metricKey ?? null) : null,
      unit: v.source === 'metric' ? '' : (v.unit ?? '').trim(),
      direction: v.direction,
      target: fromDisplay(unitOf(v.source, v.metricKey, v.unit), v.target) ?? 0,
      periodStart: v.period[0].format(DATE),
      periodEnd: v.period[1].format(DATE),
    };
    return editing && version !== null
      ? planApi.updateKpi(editing.id, { ...body, version })
      : planApi.createKpi(goalId as string, body);
  });
  const conflict = useVersionConflict(save);
  useFillOnOpen(form, open, (): Partial<KpiValues> | null =>
    editing
      ? {
          name: editing.name,
          source: editing.source,
          metricKey: editing.metricKey && isPlanMetricKey(editing.metricKey) ? editing.metricKey : undefined,
          unit: editing.source === 'manual' ? editing.unit : undefined,
          direction: editing.direction,
          target: toDisplay(editing.unit, editing.target) ?? undefined,
          period: [dayjs(editing.periodStart), dayjs(editing.periodEnd)],
        }
      : null,
  );
  return (
    <FormDialog
      open={open}
      title={editing ? t('planConsole.kpis.edit') : t('planConsole.kpis.add')}
      width={600}
      form={form}
      save={save}
      onClose={onClose}
      afterClose={conflict.reset}
      intro={conflict.alert}
    >
      <Form<KpiValues>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          save.mutate(
            { values, version: editing?.version ?? null },
            {
              onSuccess: () => {
                conflict.reset();
                closeWith(t('planConsole.common.saved'));
              },
              onError: conflict.onError,
            },
          )
        }
        initialValues={{ source: 'metric', direction: 'at_least', period: thisYear() }}
        data-testid="kpi-form"
      >
        <Form.Item name="name" label={t('planConsole.kpis.fields.name')} rules={[requiredRule(locale)]}>
          <Input maxLength={200} data-testid="kpi-name" />
        </Form.Item>
        <Form.Item name="source" label={t('planConsole.kpis.fields.source')}>
          <Radio.Group data-testid="kpi-source">
            <Radio value="metric" data-testid="kpi-source-metric">
              {t('planConsole.enums.kpiSource.metric')}
            </Radio>
            <Radio value="manual" data-testid="kpi-source-manual">
              {t('planConsole.enums.kpiSource.manual')}
            </Radio>
          </Radio.Group>
        </Form.Item>
        {source === 'metric' ? (
          <Form.Item name="metricKey" label={t('planConsole.kpis.fields.metric')} rules={[requiredChoiceRule(locale)]}>
            <Select
              showSearch
              optionFilterProp="label"
              data-testid="kpi-metric"
              aria-label={t('planConsole.kpis.fields.metric')}
              options={PLAN_METRIC_KEYS.map((key) => ({ value: key, label: metricLabel(key, locale) }))}
            />
          </Form.Item>
        ) : (
          <Form.Item name="unit" label={t('planConsole.kpis.fields.unit')} extra={t('planConsole.kpis.unitHint')}>
            <Input maxLength={20} data-testid="kpi-unit" />
          </Form.Item>
        )}
        <Form.Item name="direction" label={t('planConsole.kpis.fields.direction')}>
          <EnumSelect<KpiDirection>
            values={KPI_DIRECTIONS}
            label={(value) => t(`planConsole.enums.direction.${value}`)}
            aria-label={t('planConsole.kpis.fields.direction')}
          />
        </Form.Item>
        <Form.Item
          name="target"
          label={unit === 'percent' ? t('planConsole.kpis.fields.targetPercent') : t('planConsole.kpis.fields.target')}
          rules={[requiredChoiceRule(locale)]}
        >
          <InputNumber
            style={{ width: '100%' }}
            min={unit === 'percent' ? 0 : undefined}
            max={unit === 'percent' ? 100 : undefined}
            data-testid="kpi-target"
          />
        </Form.Item>
        <Form.Item name="period" label={t('planConsole.kpis.fields.period')} rules={[requiredChoiceRule(locale)]}>
          <DatePicker.RangePicker style={{ width: '100%' }} data-testid="kpi-period" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

interface ActualValues {
  actual?: number | null;
  actualNote?: string;
}

/** Enters a manual KPI's actual value with a note (a percent KPI as a percentage). */
export function KpiActualDialog({ open, onClose, kpi }: DialogProps & { kpi: KpiDto | null }) {
  const { t } = useTranslation();
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<ActualValues>();
  const save = usePlanMutation(({ values, target }: { values: ActualValues; target: KpiDto }) =>
    planApi.kpiActual(target.id, {
      actual: fromDisplay(target.unit, values.actual ?? null),
      actualNote: (values.actualNote ?? '').trim(),
      version: target.version,
    }),
  );
  const conflict = useVersionConflict(save);
  useFillOnOpen(form, open, (): Partial<ActualValues> | null =>
    kpi ? { actual: toDisplay(kpi.unit, kpi.actual), actualNote: kpi.actualNote } : null,
  );
  const percent = kpi?.unit === 'percent';
  return (
    <FormDialog
      open={open}
      title={t('planConsole.kpis.enterActual')}
      width={520}
      form={form}
      save={save}
      onClose={onClose}
      afterClose={conflict.reset}
      intro={
        <>
          {conflict.alert}
          {kpi ? (
            <Typography.Paragraph>
              <Typography.Text strong>{kpi.name}</Typography.Text>
              {' · '}
              {t(`planConsole.enums.direction.${kpi.direction}`)} {formatKpi(kpi.unit, kpi.target)}
              {' · '}
              {kpi.periodStart} — {kpi.periodEnd}
            </Typography.Paragraph>
          ) : null}
        </>
      }
    >
      <Form<ActualValues>
        form={form}
        layout="vertical"
        onFinish={(values) => {
          if (!kpi) return;
          save.mutate(
            { values, target: kpi },
            {
              onSuccess: () => {
                conflict.reset();
                closeWith(t('planConsole.common.saved'));
              },
              onError: conflict.onError,
            },
          );
        }}
        data-testid="kpi-actual-form"
      >
        <Form.Item
          name="actual"
          label={percent ? t('planConsole.kpis.fields.actualPercent') : t('planConsole.kpis.fields.actual')}
          extra={t('planConsole.kpis.actualHint')}
        >
          <InputNumber
            style={{ width: '100%' }}
            min={percent ? 0 : -1e9}
            max={percent ? 100 : 1e9}
            suffix={percent ? '%' : kpi?.unit || undefined}
            data-testid="kpi-actual-value"
          />
        </Form.Item>
        <Form.Item name="actualNote" label={t('planConsole.kpis.fields.actualNote')}>
          <Input.TextArea rows={3} maxLength={5000} data-testid="kpi-actual-note" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

// ---------------------------------------------------------------- task

interface TaskValues {
  title: string;
  description?: string;
  goalId?: string | null;
  ownerKind: 'person' | 'post';
  ownerUserId?: string | null;
  ownerPostId?: string | null;
  dueDate: Dayjs;
  recurrence: TaskRecurrence;
}

/**
 * Adds a task to a plan, or edits one (`editing`: title, description, owner, due date, recurrence).
 * Without `goals` (a list across plans) the task keeps its goal.
 */
export function TaskDialog({
  open,
  onClose,
  planId,
  goals,
  options,
  editing = null,
}: DialogProps & {
  planId: string;
  goals?: { id: string; title: string }[];
  options: PlanOptionsDto | undefined;
  editing?: TaskDto | null;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<TaskValues>();
  const save = usePlanMutation(({ values: v, version }: { values: TaskValues; version: number | null }) => {
    const body = {
      title: v.title.trim(),
      description: v.description ?? '',
      goalId: goals ? (v.goalId ?? null) : (editing?.goalId ?? null),
      ownerUserId: v.ownerKind === 'person' ? (v.ownerUserId ?? null) : null,
      ownerPostId: v.ownerKind === 'post' ? (v.ownerPostId ?? null) : null,
      dueDate: v.dueDate.format(DATE),
      recurrence: v.recurrence,
    };
    return editing && version !== null
      ? planApi.updateTask(editing.id, { ...body, version })
      : planApi.createTask(planId, body);
  });
  const conflict = useVersionConflict(save);
  useFillOnOpen(form, open, (): Partial<TaskValues> | null =>
    editing
      ? {
          title: editing.title,
          description: editing.description,
          goalId: editing.goalId,
          ownerKind: editing.ownerPostId ? 'post' : 'person',
          ownerUserId: editing.ownerUserId,
          ownerPostId: editing.ownerPostId,
          dueDate: dayjs(editing.dueDate),
          recurrence: editing.recurrence,
        }
      : null,
  );
  return (
    <FormDialog
      open={open}
      title={editing ? t('planConsole.tasks.edit') : t('planConsole.tasks.add')}
      width={600}
      form={form}
      save={save}
      onClose={onClose}
      afterClose={conflict.reset}
      intro={conflict.alert}
    >
      <Form<TaskValues>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          save.mutate(
            { values, version: editing?.version ?? null },
            {
              onSuccess: () => {
                conflict.reset();
                closeWith(t('planConsole.common.saved'));
              },
              onError: conflict.onError,
            },
          )
        }
        initialValues={{ ownerKind: 'person', recurrence: 'none' }}
        data-testid={editing ? 'task-edit-form' : 'task-form'}
      >
        <Form.Item
          name="title"
          label={t('planConsole.tasks.fields.title')}
          rules={[requiredRule(locale), maxRule(locale, 200)]}
        >
          <Input maxLength={200} data-testid="task-title" />
        </Form.Item>
        {goals ? (
          <Form.Item name="goalId" label={t('planConsole.tasks.fields.goal')}>
            <Select
              allowClear
              aria-label={t('planConsole.tasks.fields.goal')}
              options={goals.map((g) => ({ value: g.id, label: g.title }))}
            />
          </Form.Item>
        ) : null}
        <OwnerFields options={options} />
        <Form.Item name="dueDate" label={t('planConsole.tasks.fields.dueDate')} rules={[requiredChoiceRule(locale)]}>
          <DatePicker style={{ width: '100%' }} data-testid="task-due" />
        </Form.Item>
        <Form.Item name="recurrence" label={t('planConsole.tasks.fields.recurrence')}>
          <EnumSelect<TaskRecurrence>
            values={TASK_RECURRENCES}
            label={(value) => t(`planConsole.enums.recurrence.${value}`)}
            aria-label={t('planConsole.tasks.fields.recurrence')}
          />
        </Form.Item>
        <Form.Item name="description" label={t('planConsole.tasks.fields.description')}>
          <Input.TextArea rows={2} data-testid="task-description" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

// ---------------------------------------------------------------- review

interface ReviewValues {
  title: string;
  heldOn: Dayjs;
  summary?: string;
}

/** Starts a review of a plan, or (`editing`, a draft review) edits its summary. */
export function ReviewDialog({
  open,
  onClose,
  planId,
  editing = null,
}: DialogProps & { planId: string; editing?: ReviewDto | null }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<ReviewValues>();
  const save = usePlanMutation(({ values: v, version }: { values: ReviewValues; version: number | null }) =>
    editing && version !== null
      ? planApi.updateReview(editing.id, { summary: v.summary ?? '', version })
      : planApi.createReview(planId, {
          title: v.title.trim(),
          heldOn: v.heldOn.format(DATE),
          summary: v.summary ?? '',
        }),
  );
  const conflict = useVersionConflict(save);
  useFillOnOpen(form, open, (): Partial<ReviewValues> | null =>
    editing ? { title: editing.title, heldOn: dayjs(editing.heldOn), summary: editing.summary } : null,
  );
  return (
    <FormDialog
      open={open}
      title={editing ? t('planConsole.reviews.editSummary') : t('planConsole.reviews.add')}
      form={form}
      save={save}
      onClose={onClose}
      afterClose={conflict.reset}
      intro={conflict.alert}
    >
      <Form<ReviewValues>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          save.mutate(
            { values, version: editing?.version ?? null },
            {
              onSuccess: () => {
                conflict.reset();
                closeWith(t('planConsole.common.saved'));
              },
              onError: conflict.onError,
            },
          )
        }
        initialValues={{ heldOn: dayjs() }}
        data-testid={editing ? 'review-summary-form' : 'review-form'}
      >
        <Form.Item name="title" label={t('planConsole.reviews.fields.title')} rules={[requiredRule(locale)]}>
          <Input maxLength={200} disabled={editing !== null} data-testid="review-title" />
        </Form.Item>
        <Form.Item name="heldOn" label={t('planConsole.reviews.fields.heldOn')} rules={[requiredChoiceRule(locale)]}>
          <DatePicker style={{ width: '100%' }} disabled={editing !== null} />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('planConsole.reviews.fields.summary')}
          extra={editing ? undefined : t('planConsole.reviews.hint')}
          rules={[maxRule(locale, 5000)]}
        >
          <Input.TextArea rows={editing ? 6 : 3} data-testid="review-summary-text" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

// ---------------------------------------------------------------- environment factor

interface FactorValues {
  kind: EnvironmentKind;
  category: EnvironmentCategory;
  title: string;
  description?: string;
  source?: string;
  observedOn: Dayjs;
  impactDirection: ImpactDirection;
  impactLevel: ImpactLevel;
  impactNote?: string;
  reviewOn?: Dayjs | null;
  linkedPlanIds?: string[];
  linkedGoalIds?: string[];
}

export function FactorDialog({
  open,
  onClose,
  editing,
  options,
}: DialogProps & { editing: EnvironmentFactorDto | null; options: PlanOptionsDto | undefined }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<FactorValues>();
  const kind = Form.useWatch('kind', form) ?? 'external';
  const save = usePlanMutation((v: FactorValues) => {
    const body = {
      ...v,
      observedOn: v.observedOn.format(DATE),
      reviewOn: v.reviewOn ? v.reviewOn.format(DATE) : null,
      linkedPlanIds: v.linkedPlanIds ?? [],
      linkedGoalIds: v.linkedGoalIds ?? [],
    };
    return editing
      ? planApi.updateFactor(editing.id, { ...body, version: editing.version })
      : planApi.createFactor(body);
  });
  const categories = kind === 'internal' ? INTERNAL_ENABLER_CATEGORIES : EXTERNAL_FACTOR_CATEGORIES;
  const initial: Partial<FactorValues> = editing
    ? {
        ...editing,
        observedOn: dayjs(editing.observedOn),
        reviewOn: editing.reviewOn ? dayjs(editing.reviewOn) : null,
        linkedPlanIds: editing.linkedPlans.map((p) => p.id),
        linkedGoalIds: editing.linkedGoals.map((g) => g.id),
      }
    : { kind: 'external', impactDirection: 'negative', impactLevel: 'medium', observedOn: dayjs() };
  return (
    <FormDialog
      open={open}
      title={editing ? t('planConsole.environment.edit') : t('planConsole.environment.add')}
      width={640}
      form={form}
      save={save}
      onClose={onClose}
    >
      <Form<FactorValues>
        key={editing?.id ?? 'new'}
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v, { onSuccess: () => closeWith(t('planConsole.common.saved')) })}
        initialValues={initial}
        data-testid="factor-form"
      >
        <Form.Item name="kind" label={t('planConsole.environment.fields.kind')}>
          <Radio.Group onChange={() => form.setFieldValue('category', undefined)}>
            {ENVIRONMENT_KINDS.map((k) => (
              <Radio key={k} value={k}>
                {t(`planConsole.enums.environmentKind.${k}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="category"
          label={t('planConsole.environment.fields.category')}
          rules={[requiredChoiceRule(locale)]}
        >
          <Select<EnvironmentCategory>
            aria-label={t('planConsole.environment.fields.category')}
            data-testid="factor-category"
            options={categories.map((value) => ({ value, label: t(`planConsole.enums.category.${value}`) }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('planConsole.environment.fields.title')} rules={[requiredRule(locale)]}>
          <Input maxLength={200} data-testid="factor-title" />
        </Form.Item>
        <Form.Item name="source" label={t('planConsole.environment.fields.source')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item
          name="observedOn"
          label={t('planConsole.environment.fields.observedOn')}
          rules={[requiredChoiceRule(locale)]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="impactDirection" label={t('planConsole.environment.fields.impactDirection')}>
          <EnumSelect<ImpactDirection>
            values={IMPACT_DIRECTIONS}
            label={(value) => t(`planConsole.enums.impactDirection.${value}`)}
            aria-label={t('planConsole.environment.fields.impactDirection')}
          />
        </Form.Item>
        <Form.Item name="impactLevel" label={t('planConsole.environment.fields.impactLevel')}>
          <EnumSelect<ImpactLevel>
            values={IMPACT_LEVELS}
            label={(value) => t(`planConsole.enums.impactLevel.${value}`)}
            aria-label={t('planConsole.environment.fields.impactLevel')}
          />
        </Form.Item>
        <Form.Item name="impactNote" label={t('planConsole.environment.fields.impactNote')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="reviewOn" label={t('planConsole.environment.fields.reviewOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="linkedPlanIds" label={t('planConsole.environment.fields.plans')}>
          <Select
            mode="multiple"
            aria-label={t('planConsole.environment.fields.plans')}
            options={(options?.plans ?? []).map((p) => ({ value: p.id, label: p.title }))}
          />
        </Form.Item>
        <Form.Item name="linkedGoalIds" label={t('planConsole.environment.fields.goals')}>
          <Select
            mode="multiple"
            aria-label={t('planConsole.environment.fields.goals')}
            options={(options?.parentGoals ?? []).map((g) => ({ value: g.id, label: `${g.planTitle} · ${g.title}` }))}
          />
        </Form.Item>
        <Form.Item name="description" label={t('planConsole.environment.fields.description')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

// ---------------------------------------------------------------- competence

interface CompetenceValues {
  title: string;
  heldOn: Dayjs;
  evaluator: CompetenceEvaluator;
  expertUserId?: string;
  expertName?: string;
  rating: number;
  findings?: string;
  recommendations?: string;
}

export function CompetenceDialog({ open, onClose, options }: DialogProps & { options: PlanOptionsDto | undefined }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<CompetenceValues>();
  const evaluator = Form.useWatch('evaluator', form);
  const save = usePlanMutation((v: CompetenceValues) =>
    planApi.createCompetence({
      ...v,
      heldOn: v.heldOn.format(DATE),
      expertUserId: v.expertUserId ?? null,
      expertName: v.expertName ?? null,
    }),
  );
  return (
    <FormDialog
      open={open}
      title={t('planConsole.competence.add')}
      width={600}
      form={form}
      save={save}
      onClose={onClose}
    >
      <Form<CompetenceValues>
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v, { onSuccess: () => closeWith(t('planConsole.common.saved')) })}
        initialValues={{ evaluator: 'internal', rating: 3, heldOn: dayjs() }}
        data-testid="competence-form"
      >
        <Form.Item name="title" label={t('planConsole.competence.fields.title')} rules={[requiredRule(locale)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('planConsole.competence.fields.heldOn')} rules={[requiredChoiceRule(locale)]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="evaluator" label={t('planConsole.competence.fields.evaluator')}>
          <EnumSelect<CompetenceEvaluator>
            values={COMPETENCE_EVALUATORS}
            label={(value) => t(`planConsole.enums.evaluator.${value}`)}
            aria-label={t('planConsole.competence.fields.evaluator')}
          />
        </Form.Item>
        {evaluator === 'external_expert' ? (
          <>
            <Form.Item name="expertUserId" label={t('planConsole.competence.fields.expertUser')}>
              <Select
                allowClear
                aria-label={t('planConsole.competence.fields.expertUser')}
                options={(options?.experts ?? []).map((e) => ({ value: e.id, label: e.name }))}
              />
            </Form.Item>
            <Form.Item name="expertName" label={t('planConsole.competence.fields.expertName')}>
              <Input maxLength={100} />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="rating" label={t('planConsole.competence.fields.rating')}>
          <Rate />
        </Form.Item>
        <Form.Item name="findings" label={t('planConsole.competence.fields.findings')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="recommendations" label={t('planConsole.competence.fields.recommendations')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
