import { LIMITS, type UserDto } from '@gongzhi/contracts';
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormAlert } from '../../../ui/FormAlert';
import { useServerErrors } from '../../../ui/useServerErrors';
import { useResetPassword } from '../hooks/useUsers';
import { strongPasswordRules } from './passwordRules';

interface ResetPasswordDialogProps {
  user: UserDto | null;
  onClose: () => void;
}

export function ResetPasswordDialog({ user, onClose }: ResetPasswordDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const reset = useResetPassword();
  const unmatched = useServerErrors(form, reset.error);

  const submit = ({ newPassword }: { newPassword: string }) => {
    if (!user) return;
    reset.mutate(
      { id: user.id, newPassword },
      {
        onSuccess: () => {
          void message.success(t('user.resetDone'));
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open={user !== null}
      title={t('user.resetPasswordTitle', { name: user?.displayName ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        reset.reset();
      }}
      forceRender
    >
      <FormAlert error={reset.error} details={unmatched} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="newPassword"
          label={t('user.fields.newPassword')}
          rules={strongPasswordRules(locale)}
          extra={t('user.hints.password')}
        >
          <Input.Password autoComplete="new-password" maxLength={LIMITS.passwordMax} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
