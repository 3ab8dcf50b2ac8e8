import type { Locale } from '@gongzhi/contracts';
import { App, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const ANTD_LOCALES = { 'zh-CN': zhCN, 'en-US': enUS } as const;
const DAYJS_LOCALES = { 'zh-CN': 'zh-cn', 'en-US': 'en' } as const;

/** antd's theme and locale, loaded only by the console and the login page. */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = (i18n.language === 'en-US' ? 'en-US' : 'zh-CN') satisfies Locale;
  dayjs.locale(DAYJS_LOCALES[locale]);
  return (
    <ConfigProvider
      locale={ANTD_LOCALES[locale]}
      theme={{ algorithm: theme.defaultAlgorithm, token: { colorPrimary: '#1f5fbf', borderRadius: 6 } }}
    >
      <App>{children}</App>
    </ConfigProvider>
  );
}
