import { DeleteOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { SPOT_CHECK_LIMITS } from '@gongzhi/contracts';
import { Button, Card, Col, Flex, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormAlert } from '../../../ui/FormAlert';
import { useServerErrors } from '../../../ui/useServerErrors';
import { requiredChoiceRule } from '../../organisation/components/fieldRules';
import { OrganisationPicker } from '../../organisation/components/OrganisationPicker';
import { TextField } from '../../organisation/components/TextField';
import {
  DEFAULT_SAMPLING_WEIGHTS,
  INTEGER_WEIGHTS,
  type SamplingFormValues,
  samplingFormDefaults,
  WEIGHT_FIELDS,
  type WeightField,
} from './samplingWeights';

/** The contract's bounds of each weight (SamplingWeightsSchema). */
function bounds(field: WeightField): { min: number; max: number } {
  if (field === 'base') return { min: 0.01, max: 100 };
  if (field === 'recentMonths') return { min: 1, max: 120 };
  return { min: 0, max: 100 };
}

interface SamplingPlanFormProps {
  save: { isPending: boolean; error: unknown };
  onSubmit: (values: SamplingFormValues) => void;
}

/** The regulator's sampling form: title, population, size, optional seed, and the risk weights (defaults filled in). */
export function SamplingPlanForm({ save, onSubmit }: SamplingPlanFormProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const [form] = Form.useForm<SamplingFormValues>();
  const unmatched = useServerErrors(form, save.error);
  const required = requiredChoiceRule(locale);

  const resetWeights = () => form.setFieldsValue({ weights: samplingFormDefaults(DEFAULT_SAMPLING_WEIGHTS).weights });

  return (
    <Form<SamplingFormValues>
      form={form}
      layout="vertical"
      initialValues={samplingFormDefaults()}
      onFinish={onSubmit}
      data-testid="sampling-form"
    >
      <FormAlert error={save.error} details={unmatched} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <TextField name="title" label={t('riskConsole.sampling.form.title')} max={200} required />
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="associationId"
            label={t('riskConsole.sampling.form.association')}
            extra={t('riskConsole.sampling.form.associationHint')}
          >
            <OrganisationPicker
              kind="industry_organisation"
              allowClear
              placeholder={t('riskConsole.sampling.form.associationPlaceholder')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="sampleSize" label={t('riskConsole.sampling.form.sampleSize')} rules={[required]}>
            <InputNumber
              min={1}
              max={SPOT_CHECK_LIMITS.sampleSizeMax}
              precision={0}
              style={{ width: '100%' }}
              data-testid="sampling-size"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="seed"
            label={t('riskConsole.sampling.form.seed')}
            extra={t('riskConsole.sampling.form.seedHint')}
          >
            <Input maxLength={100} allowClear data-testid="sampling-seed" />
          </Form.Item>
        </Col>
      </Row>

      <Card
        size="small"
        title={t('riskConsole.sampling.form.weights')}
        extra={
          <Button size="small" icon={<ReloadOutlined />} onClick={resetWeights} data-testid="sampling-reset-weights">
            {t('riskConsole.sampling.form.resetWeights')}
          </Button>
        }
        style={{ marginBottom: 16 }}
      >
        <Typography.Paragraph type="secondary">{t('riskConsole.sampling.form.weightsHint')}</Typography.Paragraph>
        <Row gutter={16}>
          {WEIGHT_FIELDS.map((field) => {
            const { min, max } = bounds(field);
            return (
              <Col key={field} xs={24} sm={12} lg={6}>
                <Form.Item
                  name={['weights', field]}
                  label={t(`riskConsole.sampling.form.fields.${field}`)}
                  extra={t('riskConsole.sampling.form.defaultValue', { value: DEFAULT_SAMPLING_WEIGHTS[field] })}
                  rules={[required]}
                >
                  <InputNumber
                    min={min}
                    max={max}
                    step={INTEGER_WEIGHTS.includes(field) ? 1 : 0.25}
                    precision={INTEGER_WEIGHTS.includes(field) ? 0 : undefined}
                    style={{ width: '100%' }}
                    data-testid={`weight-${field}`}
                  />
                </Form.Item>
              </Col>
            );
          })}
        </Row>
        <Typography.Text strong>{t('riskConsole.sampling.form.byGrade')}</Typography.Text>
        <Form.List name={['weights', 'byGrade']}>
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginTop: 8 }}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="flex-start" wrap>
                  <Form.Item name={[field.name, 'grade']} rules={[required]} style={{ marginBottom: 0, width: 120 }}>
                    <Input
                      maxLength={8}
                      aria-label={t('riskConsole.sampling.form.grade')}
                      placeholder={t('riskConsole.sampling.form.grade')}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'weight']} rules={[required]} style={{ marginBottom: 0, width: 160 }}>
                    <InputNumber
                      min={0}
                      max={100}
                      step={0.5}
                      style={{ width: '100%' }}
                      aria-label={t('riskConsole.sampling.form.gradeWeight')}
                      placeholder={t('riskConsole.sampling.form.gradeWeight')}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('riskConsole.sampling.form.removeGrade')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <div>
                <Button icon={<PlusOutlined />} onClick={() => add({ grade: '', weight: 0 })} size="small">
                  {t('riskConsole.sampling.form.addGrade')}
                </Button>
              </div>
            </Flex>
          )}
        </Form.List>
      </Card>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="sampling-submit">
        {t('riskConsole.sampling.create')}
      </Button>
    </Form>
  );
}
