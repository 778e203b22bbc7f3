import { useLocale, useT } from '../i18n/locale';
import { defineMessages, locales, type Locale } from '../i18n/messages';

const messages = defineMessages({ label: 'Bahasa' }, { label: 'Language' });

/** Each language is named in itself, so a reader can find theirs whatever is on screen. */
const languageNames: Record<Locale, string> = {
  id: 'Bahasa Indonesia',
  en: 'English',
};

export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const t = useT(messages);
  return (
    <div className="language-switch" role="group" aria-label={t('label')}>
      {locales.map((option) => (
        <button
          key={option}
          type="button"
          className="language-switch__option"
          lang={option}
          aria-pressed={option === locale}
          onClick={() => setLocale(option)}
        >
          {languageNames[option]}
        </button>
      ))}
    </div>
  );
}
