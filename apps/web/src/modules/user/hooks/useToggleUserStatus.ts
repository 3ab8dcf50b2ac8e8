import type { UserDto } from '@gongzhi/contracts';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errorText';
import { useUpdateUser } from './useUsers';

/** Disable or enable an account after a confirmation dialog. */
export function useToggleUserStatus() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const update = useUpdateUser();
  return (user: UserDto) => {
    const disabling = user.status === 'active';
    modal.confirm({
      title: disabling ? t('user.disable') : t('user.enable'),
      content: t(disabling ? 'user.disableConfirm' : 'user.enableConfirm', { name: user.displayName }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: disabling },
      onOk: async () => {
        try {
          await update.mutateAsync({
            id: user.id,
            body: { version: user.version, status: disabling ? 'disabled' : 'active' },
          });
          void message.success(disabling ? t('user.disabled') : t('user.enabled'));
        } catch (error) {
          void message.error(errorText(error, t));
        }
      },
    });
  };
}
