/**
 * Typed message dictionaries. Bahasa Indonesia is the source language: its dictionary fixes the
 * keys and the `{placeholders}` of every message, and the English dictionary must provide the
 * same keys, so a missing translation is a type error rather than a blank on screen.
 */

export const locales = ['id', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Indonesian first: the platform's audience reads Bahasa Indonesia. */
export const defaultLocale: Locale = 'id';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export type Dictionary = Readonly<Record<string, string>>;

export interface Messages<D extends Dictionary> {
  readonly id: D;
  readonly en: { readonly [K in keyof D]: string };
}

/**
 * Declares a component's or a feature's messages, kept next to the code that shows them.
 * The `const` type parameter keeps each Indonesian string as a literal type, which is how the
 * placeholders of a message become the required parameters of `t`.
 */
export function defineMessages<const D extends Dictionary>(id: D, en: { readonly [K in keyof D]: string }): Messages<D> {
  return { id, en };
}

/** The names between braces in a message, e.g. `'Tahun {year}'` → `'year'`. */
export type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

type ParamsFor<S> = [Placeholders<S>] extends [never] ? [] : [params: Record<Placeholders<S>, string | number>];

export interface Translator<D extends Dictionary> {
  <K extends keyof D & string>(key: K, ...params: ParamsFor<D[K]>): string;
  readonly locale: Locale;
  /** Numbers as the locale writes them: 1.234 in Indonesian, 1,234 in English. */
  formatNumber(value: number): string;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB');
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

export function createTranslator<D extends Dictionary>(messages: Messages<D>, locale: Locale): Translator<D> {
  const dictionary: Readonly<Record<string, string>> = messages[locale];
  const translate = (key: string, params?: Record<string, string | number>): string => {
    const message = dictionary[key] ?? messages.id[key] ?? key;
    if (!params) return message;
    return message.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      // Numbers go in as written (a year must stay 2024, not 2.024); quantities are passed
      // through formatNumber by the caller.
      return value === undefined ? match : String(value);
    });
  };
  // The call signature's types are enforced at the call sites; the body works on plain strings.
  return Object.assign(translate, {
    locale,
    formatNumber: (value: number) => formatNumber(value, locale),
  }) as unknown as Translator<D>;
}
