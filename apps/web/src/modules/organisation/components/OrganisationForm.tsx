import { fieldMessage } from '@gongzhi/contracts';
import { Button, Card, Col, Form, Input, Row, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormAlert } from '../../../ui/FormAlert';
import { useServerErrors } from '../../../ui/useServerErrors';
import { CreditCodeField } from './CreditCodeField';
import { maxRule, phoneRule, requiredRule, TEXT_LIMITS, websiteRule } from './fieldRules';
import { IndustrySelect } from './IndustrySelect';
import { KindSelect } from './KindSelect';
import type { OrganisationFormValues } from './organisationFormValues';
import { RegionSelect } from './RegionSelect';

interface OrganisationFormProps {
  mode: 'create' | 'edit';
  initialValues: Partial<OrganisationFormValues>;
  submitting: boolean;
  error: unknown;
  onSubmit: (values: OrganisationFormValues) => void;
  onCancel: () => void;
  /** Reload the record after a version conflict. */
  onReload?: () => void;
}

export function OrganisationForm({
  mode,
  initialValues,
  submitting,
  error,
  onSubmit,
  onCancel,
  onReload,
}: OrganisationFormProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const [form] = Form.useForm<OrganisationFormValues>();
  const unmatched = useServerErrors(form, error);
  const kind = Form.useWatch('kind', form);
  const editing = mode === 'edit';

  return (
    <Card>
      <FormAlert error={error} details={unmatched} onReload={onReload} />
      <Form<OrganisationFormValues>
        form={form}
        layout="vertical"
        initialValues={{ published: false, ...initialValues }}
        onFinish={onSubmit}
        scrollToFirstError={{ block: 'center' }}
        style={{ maxWidth: 860 }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="kind"
              label={t('organisation.fields.kind')}
              rules={[{ required: true, message: fieldMessage(locale, 'required') }]}
              extra={editing ? t('organisation.hints.creditCodeFixed') : undefined}
            >
              <KindSelect disabled={editing} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            {editing ? (
              <Form.Item name="creditCode" label={t('organisation.fields.creditCode')}>
                <Input disabled style={{ fontFamily: 'monospace' }} />
              </Form.Item>
            ) : (
              <CreditCodeField name="creditCode" registeredIsError />
            )}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="name"
              label={t('organisation.fields.name')}
              rules={[requiredRule(locale), maxRule(locale, TEXT_LIMITS.name)]}
            >
              <Input maxLength={TEXT_LIMITS.name} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="nameEn"
              label={t('organisation.fields.nameEn')}
              rules={[maxRule(locale, TEXT_LIMITS.short)]}
            >
              <Input maxLength={TEXT_LIMITS.short} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="regionCode"
              label={t('organisation.fields.regionCode')}
              rules={[{ required: true, message: fieldMessage(locale, 'region_required') }]}
            >
              <RegionSelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="industryCode"
              label={t('organisation.fields.industryCode')}
              dependencies={['kind']}
              rules={[
                {
                  required: kind === 'industry_organisation',
                  message: fieldMessage(locale, 'industry_required'),
                },
              ]}
            >
              <IndustrySelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="address"
              label={t('organisation.fields.address')}
              rules={[maxRule(locale, TEXT_LIMITS.short)]}
            >
              <Input maxLength={TEXT_LIMITS.short} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="contactPhone" label={t('organisation.fields.contactPhone')} rules={[phoneRule(locale)]}>
              <Input maxLength={20} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="website"
              label={t('organisation.fields.website')}
              rules={[websiteRule(locale, t('organisation.fields.website')), maxRule(locale, TEXT_LIMITS.short)]}
            >
              <Input
                maxLength={TEXT_LIMITS.short}
                placeholder={t('organisation.placeholders.website')}
                inputMode="url"
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="description"
              label={t('organisation.fields.description')}
              rules={[maxRule(locale, TEXT_LIMITS.text)]}
            >
              <Input.TextArea rows={4} maxLength={TEXT_LIMITS.text} showCount />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="published"
              label={t('organisation.fields.published')}
              valuePropName="checked"
              extra={t('organisation.hints.published')}
            >
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={submitting}>
            {t('common.save')}
          </Button>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
