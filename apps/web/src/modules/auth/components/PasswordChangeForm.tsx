import { LIMITS } from '@gongzhi/contracts';
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormAlert } from '../../../ui/FormAlert';
import { useServerErrors } from '../../../ui/useServerErrors';
import { requiredRule } from '../../organisation/components/fieldRules';
import { NewPasswordField } from '../../user/components/NewPasswordField';
import { useChangePassword } from '../hooks/useChangePassword';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function PasswordChangeForm() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const change = useChangePassword();
  const unmatched = useServerErrors(form, change.error);

  const submit = (values: PasswordValues) => {
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('account.passwordChanged'));
        },
      },
    );
  };

  return (
    <>
      <FormAlert error={change.error} details={unmatched} />
      <Form<PasswordValues> form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 420 }}>
        <Form.Item name="currentPassword" label={t('account.currentPassword')} rules={[requiredRule(locale)]}>
          <Input.Password autoComplete="current-password" maxLength={LIMITS.passwordMax} />
        </Form.Item>
        <NewPasswordField name="newPassword" label={t('account.newPassword')} />
        <Form.Item
          name="confirmPassword"
          label={t('account.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            requiredRule(locale),
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(t('account.passwordMismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={LIMITS.passwordMax} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('account.submitPassword')}
        </Button>
      </Form>
    </>
  );
}
