import { fieldMessage, LIMITS, type Locale } from '@gongzhi/contracts';
import type { FormRule as Rule } from 'antd';

/** Client-side rules that mirror the contracts' schema, with the server's own messages. */
export function requiredRule(locale: Locale): Rule {
  return { required: true, whitespace: true, message: fieldMessage(locale, 'required') };
}

/** A choice (select, date) must be made; unlike `requiredRule`, no check for blank text. */
export function requiredChoiceRule(locale: Locale): Rule {
  return { required: true, message: fieldMessage(locale, 'required') };
}

export function maxRule(locale: Locale, limit: number): Rule {
  return { max: limit, message: fieldMessage(locale, 'too_long', { limit }) };
}

export function phoneRule(locale: Locale): Rule {
  return { pattern: /^[0-9+\- ]{5,20}$/, message: fieldMessage(locale, 'pattern') };
}

export function websiteRule(locale: Locale, label: string): Rule {
  return {
    validator: async (_, value: string | null | undefined) => {
      if (!value?.trim()) return;
      let ok = false;
      try {
        ok = ['http:', 'https:'].includes(new URL(value.trim()).protocol);
      } catch {
        ok = false;
      }
      if (!ok) throw new Error(fieldMessage(locale, 'format', { format: label }));
    },
  };
}

export const TEXT_LIMITS = { name: LIMITS.nameMax, short: LIMITS.shortTextMax, text: LIMITS.textMax } as const;
