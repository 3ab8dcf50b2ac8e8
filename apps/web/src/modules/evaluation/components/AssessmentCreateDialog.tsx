import type { AssessmentCreate, AssessmentKind } from '@gongzhi/contracts';
import { DatePicker, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { currentLocale } from '../../../lib/format';
import { EnumSelect } from '../../../ui/EnumSelect';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { maxRule, requiredChoiceRule } from '../../organisation/components/fieldRules';
import { OrganisationPicker } from '../../organisation/components/OrganisationPicker';
import { useCreateAssessment } from '../hooks/useAssessments';
import { useFrameworks } from '../hooks/useFrameworks';
import { FrameworkSelect } from './FrameworkSelect';
import { UsersSelect } from './UserSelect';
import type { EvaluationScope } from './useEvaluationScope';

const DATE = 'YYYY-MM-DD';

interface DialogValues {
  organisationId?: string;
  frameworkId: string;
  kind: AssessmentKind;
  period: [Dayjs, Dayjs];
  title?: string;
  assessorUserIds?: string[];
}

/** Assessments usually look back on the last calendar year. */
function lastYear(): [Dayjs, Dayjs] {
  const start = dayjs().subtract(1, 'year').startOf('year');
  return [start, start.endOf('year')];
}

interface AssessmentCreateDialogProps {
  open: boolean;
  scope: EvaluationScope;
  onClose: () => void;
}

/**
 * A new assessment: an association assesses itself; the regulator picks the association, and names
 * the experts of a third-party assessment.
 */
export function AssessmentCreateDialog({ open, scope, onClose }: AssessmentCreateDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const navigate = useNavigate();
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<DialogValues>();
  const create = useCreateAssessment();
  const kind = Form.useWatch('kind', form);
  const frameworks = useFrameworks();
  // The usual case is table A.1 of the standard: offered until another framework is picked.
  const builtInId = frameworks.data?.find((f) => f.builtIn && f.current)?.id;
  useEffect(() => {
    if (open && builtInId && !form.getFieldValue('frameworkId')) form.setFieldValue('frameworkId', builtInId);
  }, [open, builtInId, form]);
  /** The regulator picks; an association assesses itself. */
  const pickOrganisation = scope.regulator;
  const ownOrganisation = scope.association;

  const submit = (values: DialogValues) => {
    const organisationId = pickOrganisation ? values.organisationId : ownOrganisation?.id;
    if (!organisationId) return;
    const [start, end] = values.period;
    const body: AssessmentCreate = {
      organisationId,
      frameworkId: values.frameworkId,
      kind: values.kind,
      periodStart: start.format(DATE),
      periodEnd: end.format(DATE),
      ...(values.title?.trim() ? { title: values.title.trim() } : {}),
      ...(values.kind === 'third_party' && values.assessorUserIds?.length
        ? { assessorUserIds: values.assessorUserIds }
        : {}),
    };
    create.mutate(body, {
      onSuccess: (assessment) => {
        closeWith(t('evaluationConsole.assessments.created'));
        navigate(`/console/evaluation/assessments/${assessment.id}`);
      },
    });
  };

  return (
    <FormDialog
      open={open}
      title={t('evaluationConsole.assessments.createTitle')}
      width={640}
      form={form}
      save={create}
      onClose={onClose}
      okText={t('evaluationConsole.assessments.create')}
    >
      <Form<DialogValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: scope.kinds[0], period: lastYear() }}
        data-testid="assessment-create-form"
      >
        {pickOrganisation ? (
          <Form.Item
            name="organisationId"
            label={t('evaluationConsole.assessments.fields.organisation')}
            rules={[requiredChoiceRule(locale)]}
          >
            <OrganisationPicker
              kind="industry_organisation"
              placeholder={t('evaluationConsole.assessments.pickOrganisation')}
              allowClear
            />
          </Form.Item>
        ) : (
          <Form.Item label={t('evaluationConsole.assessments.fields.organisation')}>
            <Typography.Text strong>{ownOrganisation?.name ?? t('common.none')}</Typography.Text>
          </Form.Item>
        )}
        <Form.Item
          name="frameworkId"
          label={t('evaluationConsole.assessments.fields.framework')}
          rules={[requiredChoiceRule(locale)]}
        >
          <FrameworkSelect aria-label={t('evaluationConsole.assessments.fields.framework')} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('evaluationConsole.assessments.fields.kind')}
          rules={[requiredChoiceRule(locale)]}
        >
          <EnumSelect<AssessmentKind>
            values={scope.kinds}
            label={(value) => t(`evaluationConsole.enums.kind.${value}`)}
            aria-label={t('evaluationConsole.assessments.fields.kind')}
          />
        </Form.Item>
        {kind === 'third_party' ? (
          <Form.Item name="assessorUserIds" label={t('evaluationConsole.detail.assessors')}>
            <UsersSelect searchable={scope.canListUsers} aria-label={t('evaluationConsole.detail.assessors')} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="period"
          label={t('evaluationConsole.assessments.fields.period')}
          rules={[requiredChoiceRule(locale)]}
        >
          <DatePicker.RangePicker
            style={{ width: '100%' }}
            aria-label={t('evaluationConsole.assessments.fields.period')}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('evaluationConsole.assessments.fields.title')}
          extra={t('evaluationConsole.assessments.fields.titleHint')}
          rules={[maxRule(locale, 200)]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
