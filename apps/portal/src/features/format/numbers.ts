import type { Locale } from '@patuh/ui';

/**
 * Display formats for figures the API has already computed (scores arrive with two decimals):
 * Indonesian writes 94,46 and English 94.46. Nothing here computes a score.
 */
const scoreFormats = new Map<Locale, Intl.NumberFormat>();
const deltaFormats = new Map<Locale, Intl.NumberFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const percentFormats = new Map<Locale, Intl.NumberFormat>();

const tag = (locale: Locale) => (locale === 'id' ? 'id-ID' : 'en-GB');

function cached<T>(map: Map<Locale, T>, locale: Locale, make: () => T): T {
  let value = map.get(locale);
  if (value === undefined) {
    value = make();
    map.set(locale, value);
  }
  return value;
}

export function formatScore(value: number, locale: Locale): string {
  return cached(scoreFormats, locale, () => new Intl.NumberFormat(tag(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 })).format(value);
}

/** A change with its sign, e.g. +0,69 or −0,53 (a true minus sign, read as "minus"). */
export function formatDelta(value: number, locale: Locale): string {
  return cached(
    deltaFormats,
    locale,
    () => new Intl.NumberFormat(tag(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }),
  )
    .format(value)
    .replace('-', '−');
}

/** Weights are percentages with up to two decimals, e.g. 21,85 %. */
export function formatPercent(value: number, locale: Locale): string {
  return `${cached(percentFormats, locale, () => new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 2 })).format(value)} %`;
}

/** A date as people in Indonesia read it: Jakarta time. */
export function formatDate(iso: string, locale: Locale): string {
  return cached(dateFormats, locale, () => new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long', timeZone: 'Asia/Jakarta' })).format(
    new Date(iso),
  );
}

/** Bytes as KB or MB, for upload sizes. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const format = new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${format.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} KB`;
  return `${format.format(bytes / (1024 * 1024))} MB`;
}
