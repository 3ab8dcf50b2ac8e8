import { GlobalOutlined } from '@ant-design/icons';
import type { Locale } from '@gongzhi/contracts';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocaleSwitch } from '../app/useLocaleSwitch';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale, locales, setLocale } = useLocaleSwitch();
  return (
    <Select<Locale>
      aria-label={t('common.language')}
      value={locale}
      variant="borderless"
      prefix={<GlobalOutlined />}
      popupMatchSelectWidth={false}
      options={locales.map((value) => ({ value, label: t(`language.${value}`) }))}
      onChange={(value) => void setLocale(value)}
    />
  );
}
