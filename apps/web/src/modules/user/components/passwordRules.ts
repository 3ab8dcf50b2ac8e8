import { fieldMessage, isStrongPassword, LIMITS, type Locale } from '@gongzhi/contracts';
import type { FormRule } from 'antd';

/** The password policy (contracts' isStrongPassword) with the server's message. */
export function strongPasswordRules(locale: Locale): FormRule[] {
  return [
    { required: true, message: fieldMessage(locale, 'required') },
    {
      validator: async (_, value: string | undefined) => {
        if (value && !isStrongPassword(value)) {
          throw new Error(fieldMessage(locale, 'password_weak', { min: LIMITS.passwordMin }));
        }
      },
    },
    { max: LIMITS.passwordMax, message: fieldMessage(locale, 'too_long', { limit: LIMITS.passwordMax }) },
  ];
}
