import { Button, Card, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../ui/FormAlert';
import { useServerErrors } from '../../../ui/useServerErrors';
import { OrganisationFields } from './OrganisationFields';
import type { OrganisationFormValues } from './organisationFormValues';

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
  const { t } = useTranslation();
  const [form] = Form.useForm<OrganisationFormValues>();
  const unmatched = useServerErrors(form, error);

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
        <OrganisationFields full editing={mode === 'edit'} registeredIsError />
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
