import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { LocaleProvider, localeStorageKey, useT } from './locale';
import { createTranslator, defineMessages } from './messages';

const messages = defineMessages(
  { greeting: 'Selamat datang', cycle: 'Siklus {year}: {count} instansi' },
  { greeting: 'Welcome', cycle: 'Cycle {year}: {count} bodies' },
);

function Greeting() {
  const t = useT(messages);
  return <h1>{t('greeting')}</h1>;
}

function renderWithSwitch() {
  return render(
    <LocaleProvider>
      <Greeting />
      <LanguageSwitch />
    </LocaleProvider>,
  );
}

describe('createTranslator', () => {
  it('fills placeholders, leaving years as written and numbers to the caller', () => {
    const id = createTranslator(messages, 'id');
    const en = createTranslator(messages, 'en');
    expect(id('cycle', { year: 2024, count: id.formatNumber(1234) })).toBe('Siklus 2024: 1.234 instansi');
    expect(en('cycle', { year: 2024, count: en.formatNumber(1234) })).toBe('Cycle 2024: 1,234 bodies');
  });

  it('types keys and placeholders from the Indonesian dictionary', () => {
    const t = createTranslator(messages, 'id');
    // @ts-expect-error: not a key of the dictionary
    t('missing');
    // @ts-expect-error: this message needs its placeholders
    t('cycle');
    expect(t.locale).toBe('id');
  });
});

describe('LocaleProvider', () => {
  it('starts in Bahasa Indonesia and sets <html lang>', () => {
    renderWithSwitch();
    expect(screen.getByRole('heading').textContent).toBe('Selamat datang');
    expect(document.documentElement.lang).toBe('id');
  });

  it('switches the text and <html lang> to English and back, and remembers the choice', () => {
    renderWithSwitch();
    const english = screen.getByRole('button', { name: 'English' });
    const indonesian = screen.getByRole('button', { name: 'Bahasa Indonesia' });
    expect(indonesian.getAttribute('aria-pressed')).toBe('true');
    expect(english.getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(english);
    expect(screen.getByRole('heading').textContent).toBe('Welcome');
    expect(document.documentElement.lang).toBe('en');
    expect(english.getAttribute('aria-pressed')).toBe('true');
    expect(window.localStorage.getItem(localeStorageKey)).toBe('en');
    // The group is labelled in the visible language.
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();

    fireEvent.click(indonesian);
    expect(screen.getByRole('heading').textContent).toBe('Selamat datang');
    expect(document.documentElement.lang).toBe('id');
    expect(window.localStorage.getItem(localeStorageKey)).toBe('id');
  });

  it('names each language in itself, marked with its own lang', () => {
    renderWithSwitch();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('lang')).toBe('en');
    expect(screen.getByRole('button', { name: 'Bahasa Indonesia' }).getAttribute('lang')).toBe('id');
  });

  it('starts in the language chosen earlier', () => {
    window.localStorage.setItem(localeStorageKey, 'en');
    renderWithSwitch();
    expect(screen.getByRole('heading').textContent).toBe('Welcome');
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores a stored value that is not a supported language', () => {
    window.localStorage.setItem(localeStorageKey, 'fr');
    renderWithSwitch();
    expect(screen.getByRole('heading').textContent).toBe('Selamat datang');
  });

  it('follows a choice made in another tab', () => {
    renderWithSwitch();
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: localeStorageKey, newValue: 'en' }));
    });
    expect(screen.getByRole('heading').textContent).toBe('Welcome');
  });
});
