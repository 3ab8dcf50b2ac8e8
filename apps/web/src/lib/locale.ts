import { LOCALES, type Locale } from '@gongzhi/contracts';

const STORAGE_KEY = 'gongzhi.locale';
const DEFAULT_LOCALE: Locale = 'zh-CN';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function readStored(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

let current: Locale = readStored() ?? DEFAULT_LOCALE;

/** The language of the UI and of every API call (sent as Accept-Language). */
export function getLocale(): Locale {
  return current;
}

/** True when the user picked a language explicitly (then it wins over the account's default). */
export function hasStoredLocale(): boolean {
  return readStored() !== null;
}

export function storeLocale(locale: Locale): void {
  current = locale;
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}
