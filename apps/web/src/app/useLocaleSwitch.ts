import { LOCALES, type Locale } from '@gongzhi/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { changeLocale } from '../i18n';
import { currentLocale } from '../lib/format';

/** The UI language and a setter that also refetches data whose server text depends on it. */
export function useLocaleSwitch() {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const locale = currentLocale(i18n.language);
  const setLocale = async (next: Locale) => {
    if (next === locale) return;
    await changeLocale(next);
    await queryClient.invalidateQueries();
  };
  return { locale, locales: LOCALES, setLocale };
}
