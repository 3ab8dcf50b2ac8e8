import type { UserDto } from '@gongzhi/contracts';
import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { useResetPassword } from '../hooks/useUsers';
import { NewPasswordField } from './NewPasswordField';

interface ResetPasswordDialogProps {
  user: UserDto | null;
  onClose: () => void;
}

export function ResetPasswordDialog({ user, onClose }: ResetPasswordDialogProps) {
  const { t } = useTranslation();
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<{ newPassword: string }>();
  const reset = useResetPassword();

  const submit = ({ newPassword }: { newPassword: string }) => {
    if (!user) return;
    reset.mutate({ id: user.id, newPassword }, { onSuccess: () => closeWith(t('user.resetDone')) });
  };

  return (
    <FormDialog
      open={user !== null}
      title={t('user.resetPasswordTitle', { name: user?.displayName ?? '' })}
      form={form}
      save={reset}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <NewPasswordField name="newPassword" label={t('user.fields.newPassword')} />
      </Form>
    </FormDialog>
  );
}
