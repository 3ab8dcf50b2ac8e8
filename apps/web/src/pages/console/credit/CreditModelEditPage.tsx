import type { FieldError } from '@gongzhi/contracts';
import { App, Button, Card, Col, Flex, Form, InputNumber, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { fieldErrorsOf } from '../../../lib/fieldErrors';
import { currentLocale } from '../../../lib/format';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { GradesEditor, RulesEditor, VetoesEditor } from '../../../modules/credit/components/ModelEditorTables';
import {
  definitionToForm,
  formToDefinition,
  type ModelFormValues,
  modelFieldPath,
  STARTER_DEFINITION,
} from '../../../modules/credit/components/modelEditor';
import { useCreateCreditModel, useCreditModels } from '../../../modules/credit/hooks/useCreditModels';
import { useCreditScope } from '../../../modules/credit/hooks/useCreditScope';
import { requiredChoiceRule } from '../../../modules/organisation/components/fieldRules';
import { TextField } from '../../../modules/organisation/components/TextField';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { FormAlert } from '../../../ui/FormAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';

const PROCEDURE_LIMITS = {
  objectionWindowDays: [1, 365],
  objectionDecisionWorkingDays: [1, 60],
  repairDecisionWorkingDays: [1, 60],
  complaintWarningCount: [1, 100],
  complaintWarningMonths: [1, 60],
} as const;

function CreditModelEdit() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const scope = useCreditScope();
  const models = useCreditModels(scope.association?.id);
  const create = useCreateCreditModel();
  const [form] = Form.useForm<ModelFormValues>();
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const grades = Form.useWatch('grades', form);
  const gradeCodes = (grades ?? []).map((grade) => grade?.code?.trim()).filter((code): code is string => Boolean(code));

  const fromId = search.get('from');
  const source = models.data?.find((model) => model.id === fromId) ?? models.data?.find((m) => m.status === 'active');
  // The form is mounted once the versions are loaded, and takes its values from the starting version then.
  const initial = source
    ? definitionToForm(source.definition, source.name, source.rationale)
    : definitionToForm(STARTER_DEFINITION, t('creditConsole.modelEditor.nameDefault'), '');
  if (!scope.association) return <EmptyState description={t('creditConsole.common.noAssociation')} />;
  if (models.isPending) return <LoadingState />;
  if (models.isError) return <ErrorState error={models.error} onRetry={() => void models.refetch()} />;
  const associationId = scope.association.id;

  const submit = (values: ModelFormValues) => {
    setUnmatched([]);
    create.mutate(
      {
        associationId,
        name: values.name.trim(),
        rationale: values.rationale?.trim() ?? '',
        definition: formToDefinition(values),
      },
      {
        onSuccess: (model) => {
          void message.success(t('creditConsole.modelEditor.saved', { version: model.version }));
          navigate('/console/credit/models');
        },
        onError: (error) => {
          // The server names each problem of the definition: put it next to the cell it is about.
          const rest: FieldError[] = [];
          const byPath = new Map<string, { name: (string | number)[]; errors: string[] }>();
          for (const fieldError of fieldErrorsOf(error)) {
            const name = modelFieldPath(fieldError.field);
            if (!name) {
              rest.push(fieldError);
              continue;
            }
            const key = name.join('.');
            const entry = byPath.get(key) ?? { name, errors: [] };
            if (!entry.errors.includes(fieldError.message)) entry.errors.push(fieldError.message);
            byPath.set(key, entry);
          }
          form.setFields([...byPath.values()] as Parameters<typeof form.setFields>[0]);
          const first = byPath.values().next();
          if (!first.done) form.scrollToField(first.value.name, { block: 'center' });
          setUnmatched(rest);
        },
      },
    );
  };

  const saveButton = (
    <Button type="primary" loading={create.isPending} onClick={() => form.submit()} data-action="save-model">
      {t('creditConsole.modelEditor.save')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('creditConsole.modelEditor.title')}
        subtitle={
          source
            ? t('creditConsole.modelEditor.lead', { version: source.version })
            : t('creditConsole.modelEditor.leadBlank')
        }
        backTo="/console/credit/models"
        extra={saveButton}
      />
      <FormAlert error={create.error} details={unmatched} />
      <Form<ModelFormValues> form={form} layout="vertical" onFinish={submit} initialValues={initial}>
        <Flex vertical gap={16}>
          <Card>
            <TextField name="name" label={t('creditConsole.models.fields.name')} max={200} required />
            <TextField name="rationale" label={t('creditConsole.models.fields.rationale')} max={10000} rows={4} />
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={10}>
              <Card title={t('creditConsole.models.sections.scores')} style={{ height: '100%' }}>
                {(['baseScore', 'minScore', 'maxScore'] as const).map((name) => (
                  <Form.Item
                    key={name}
                    name={name}
                    label={t(`creditConsole.models.scores.${name}`)}
                    rules={[requiredChoiceRule(locale)]}
                  >
                    <InputNumber min={-1000} max={1000} style={{ width: 160 }} />
                  </Form.Item>
                ))}
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card title={t('creditConsole.models.sections.procedure')} style={{ height: '100%' }}>
                <Row gutter={16}>
                  {(Object.keys(PROCEDURE_LIMITS) as (keyof typeof PROCEDURE_LIMITS)[]).map((name) => (
                    <Col xs={24} sm={12} key={name}>
                      <Form.Item
                        name={['procedure', name]}
                        label={t(`creditConsole.models.procedure.${name}`)}
                        rules={[requiredChoiceRule(locale)]}
                      >
                        <InputNumber
                          min={PROCEDURE_LIMITS[name][0]}
                          max={PROCEDURE_LIMITS[name][1]}
                          precision={0}
                          style={{ width: 160 }}
                        />
                      </Form.Item>
                    </Col>
                  ))}
                </Row>
              </Card>
            </Col>
          </Row>
          <Card title={t('creditConsole.models.sections.grades')}>
            <Typography.Paragraph type="secondary">{t('creditConsole.models.gradesOrderHint')}</Typography.Paragraph>
            <GradesEditor />
          </Card>
          <Card title={t('creditConsole.models.sections.rules')}>
            <RulesEditor />
          </Card>
          <Card title={t('creditConsole.models.sections.vetoes')}>
            <VetoesEditor gradeCodes={gradeCodes} />
          </Card>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Text type="secondary">{t('creditConsole.modelEditor.previewHint')}</Typography.Text>
            {saveButton}
          </Flex>
        </Flex>
      </Form>
    </>
  );
}

export const CreditModelEditPage = withPermission(['credit.model'], CreditModelEdit);
