import type { Locale } from '@gongzhi/contracts';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { getLocale, storeLocale } from '../lib/locale';
import { enUS } from './en-US';
import { evaluationConsoleEnUS } from './evaluation-console.en-US';
import { evaluationConsoleZhCN } from './evaluation-console.zh-CN';
import { fundsConsoleEnUS } from './funds-console.en-US';
import { fundsConsoleZhCN } from './funds-console.zh-CN';
import { liaisonConsoleEnUS } from './liaison-console.en-US';
import { liaisonConsoleZhCN } from './liaison-console.zh-CN';
import { planConsoleEnUS } from './plan-console.en-US';
import { planConsoleZhCN } from './plan-console.zh-CN';
import { rulesConsoleEnUS } from './rules-console.en-US';
import { rulesConsoleZhCN } from './rules-console.zh-CN';
import { zhCN } from './zh-CN';

export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': {
      translation: {
        ...zhCN,
        evaluationConsole: evaluationConsoleZhCN,
        planConsole: planConsoleZhCN,
        rulesConsole: rulesConsoleZhCN,
        liaisonConsole: liaisonConsoleZhCN,
        fundsConsole: fundsConsoleZhCN,
      },
    },
    'en-US': {
      translation: {
        ...enUS,
        evaluationConsole: evaluationConsoleEnUS,
        planConsole: planConsoleEnUS,
        rulesConsole: rulesConsoleEnUS,
        liaisonConsole: liaisonConsoleEnUS,
        fundsConsole: fundsConsoleEnUS,
      },
    },
  },
  lng: getLocale(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

function applyDocumentLanguage(locale: Locale): void {
  document.documentElement.lang = locale;
}

applyDocumentLanguage(getLocale());

/** Switches the UI language, remembers it, and makes later API calls ask for it. */
export async function changeLocale(locale: Locale): Promise<void> {
  storeLocale(locale);
  applyDocumentLanguage(locale);
  await i18n.changeLanguage(locale);
}
