// Chinese first, English second: a small dictionary of our own (web/src/i18n), Ant Design's locale and
// dayjs's locale switched together. The choice is remembered in localStorage, where dayjs finds it when
// a page first loads it (antd-shims/dayjs.ts). For the first page's script (issue 10 point 9): dayjs
// is not loaded here, the English dictionary only when English is chosen, and antd's locales come
// from its ES modules (antd/locale/* are CommonJS and would bring a second copy).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import zh_CN from 'antd/es/locale/zh_CN';
import en_US from 'antd/es/locale/en_US';
import { zhCN, type MessageKey } from '../i18n/zh-CN';

export type Lang = 'zh-CN' | 'en';
const STORAGE_KEY = 'skillreg.lang';
type Dictionary = Record<MessageKey, string>;

// The Chinese words of the first page's frame are always there; those of every other screen come with
// the first page that needs them (router.tsx awaits loadPageTexts) — a visitor's home page carries only
// its own (issue 10 point 9). They are added to the same object, so `t` sees them once loaded.
const zhAll = { ...zhCN } as Partial<Dictionary>;
const dictionaries: Partial<Record<Lang, Partial<Dictionary>>> = { 'zh-CN': zhAll };
let pageTexts: Promise<void> | null = null;

/** Loads the Chinese words of every screen beyond the first page's frame (once). */
export function loadPageTexts(): Promise<void> {
  pageTexts ??= import('../i18n/zh-CN-pages').then((m) => void Object.assign(zhAll, m.zhCNPages));
  return pageTexts;
}

/** The language's dictionary, loaded once (Chinese's frame words are always there). */
async function loadDictionary(lang: Lang): Promise<void> {
  if (lang === 'zh-CN') return loadPageTexts();
  if (dictionaries[lang]) return;
  dictionaries.en = (await import('../i18n/en')).en;
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** dayjs follows the language (loaded here if no page has loaded it yet; it then reads the choice). */
async function applyDayjsLocale(lang: Lang): Promise<void> {
  const { default: dayjs } = await import('dayjs');
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  // English remembered from an earlier visit: the page waits for its dictionary (a moment).
  const [ready, setReady] = useState(() => !!dictionaries[lang]);
  useEffect(() => {
    if (!ready) void loadDictionary(lang).then(() => setReady(true));
  }, [ready, lang]);

  const setLang = useCallback((l: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      // private mode: the choice lasts for this page only
    }
    void Promise.all([loadDictionary(l), applyDayjsLocale(l)]).then(() => {
      document.documentElement.lang = l;
      setLangState(l);
    });
  }, []);

  const t = useCallback<Translate>(
    (key, vars) => {
      let s: string = dictionaries[lang]?.[key] ?? key;
      if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
      return s;
    },
    [lang],
  );

  const value = useMemo(() => ({ lang, setLang, t }), [lang, setLang, t]);
  if (!ready) return null;
  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={lang === 'en' ? en_US : zh_CN}>{children}</ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
