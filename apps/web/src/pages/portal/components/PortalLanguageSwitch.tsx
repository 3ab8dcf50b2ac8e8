import type { Locale } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { useLocaleSwitch } from '../../../app/useLocaleSwitch';

export function PortalLanguageSwitch() {
  const { t } = useTranslation();
  const { locale, locales, setLocale } = useLocaleSwitch();
  return (
    <label>
      <span className="gz-visually-hidden">{t('common.language')}</span>
      <select
        className="pt-select pt-select--small"
        value={locale}
        onChange={(event) => void setLocale(event.target.value as Locale)}
      >
        {locales.map((value) => (
          <option key={value} value={value}>
            {t(`language.${value}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
