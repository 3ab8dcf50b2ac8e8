import { LIMITS } from '@gongzhi/contracts';
import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { strongPasswordRules } from './passwordRules';

/** A new password, checked against the password policy as the server checks it. */
export function NewPasswordField({ name, label }: { name: string; label: ReactNode }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  return (
    <Form.Item name={name} label={label} rules={strongPasswordRules(locale)} extra={t('user.hints.password')}>
      <Input.Password autoComplete="new-password" maxLength={LIMITS.passwordMax} />
    </Form.Item>
  );
}
