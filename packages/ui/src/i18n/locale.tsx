import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createTranslator, defaultLocale, isLocale, type Dictionary, type Locale, type Messages, type Translator } from './messages';

/** One choice for the whole origin: the portal and the admin app share it. */
export const localeStorageKey = 'patuh.locale';

interface LocaleContextValue {
  locale: Locale;
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

function readStoredLocale(): Locale | undefined {
  try {
    const stored = window.localStorage.getItem(localeStorageKey);
    return isLocale(stored) ? stored : undefined;
  } catch {
    // Storage can be unavailable (private modes, blocked cookies): the default then applies.
    return undefined;
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(localeStorageKey, locale);
  } catch {
    // Not remembering the choice is acceptable; failing to switch is not.
  }
}

export interface LocaleProviderProps {
  children: ReactNode;
  /** Used when the visitor has not chosen a language yet. */
  initialLocale?: Locale;
}

export function LocaleProvider({ children, initialLocale = defaultLocale }: LocaleProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => readStoredLocale() ?? initialLocale);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    storeLocale(next);
  }, []);

  // Screen readers pick their voice from <html lang>, so it must follow the visible language.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // A choice made in another tab (say, the admin app beside the portal) applies here too.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === localeStorageKey && isLocale(event.newValue)) setLocaleState(event.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleContextValue {
  const context = useContext(LocaleContext);
  if (!context) throw new Error('useLocale must be used inside <LocaleProvider>.');
  return context;
}

/** The translator for a dictionary declared with `defineMessages`, in the current language. */
export function useT<D extends Dictionary>(messages: Messages<D>): Translator<D> {
  const { locale } = useLocale();
  return useMemo(() => createTranslator(messages, locale), [messages, locale]);
}

/** Keeps the browser tab's title in the visible language. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
