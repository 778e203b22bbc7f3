import type { Locale } from '@patuh/ui';

/** Dates are kept and shown in Jakarta time, where the Ombudsman's calendar is kept. */
export const calendarTimeZone = 'Asia/Jakarta';

const tags: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'medium', timeZone: calendarTimeZone }).format(new Date(iso));
}

export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: calendarTimeZone }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) as stored: midnight in Jakarta, as the demo calendar keeps it. */
export function dateInputToIso(date: string): string {
  return new Date(`${date}T00:00:00+07:00`).toISOString();
}

/** The calendar date (YYYY-MM-DD) of a moment, in Jakarta, for a date input. */
export function isoToDateInput(iso: string | null): string {
  if (!iso) return '';
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: calendarTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}
