import type { Indicator, Methodology, Scale } from '@patuh/scoring';
import { createTranslator, defineMessages, type Locale } from '@patuh/ui';
import { formatScore } from '../format/numbers';

/**
 * The methodology document as published by the API (`Methodology.document`). Only its types are
 * borrowed from @patuh/scoring: reading a document needs no scoring code in the page's bundle.
 */
export type MethodologyDocument = Methodology;

/** The document's indicators by code, for what the summary leaves out (scales and their levels). */
export function indicatorsByCode(document: unknown): Map<string, Indicator> {
  const map = new Map<string, Indicator>();
  const doc = document as Partial<MethodologyDocument> | null;
  for (const dimension of doc?.dimensions ?? []) {
    for (const variable of dimension.variables) {
      for (const indicator of variable.indicators) map.set(indicator.code, indicator);
    }
  }
  return map;
}

const messages = defineMessages(
  {
    yesNo: 'Ya / tidak',
    percentage: 'Persentase 0–100',
    numeric: 'Angka {min}–{max}, {direction}',
    higher: 'makin tinggi makin baik',
    lower: 'makin rendah makin baik',
    ordinal: 'Tingkat {levels}',
    level: '{value} = {label}',
  },
  {
    yesNo: 'Yes / no',
    percentage: 'Percentage 0–100',
    numeric: 'Number {min}–{max}, {direction}',
    higher: 'higher is better',
    lower: 'lower is better',
    ordinal: 'Levels {levels}',
    level: '{value} = {label}',
  },
);

const sourceMessages = defineMessages(
  {
    DOCUMENT: 'Studi dokumen',
    OBSERVATION: 'Observasi',
    STAFF_INTERVIEW: 'Wawancara pelaksana',
    USER_INTERVIEW: 'Wawancara pengguna layanan',
    COMPLAINT_OFFICIAL_INTERVIEW: 'Wawancara pengelola pengaduan',
    SECONDARY_DATA: 'Data sekunder',
    SURVEY: 'Survei',
  },
  {
    DOCUMENT: 'Document study',
    OBSERVATION: 'Observation',
    STAFF_INTERVIEW: 'Staff interview',
    USER_INTERVIEW: 'Service-user interview',
    COMPLAINT_OFFICIAL_INTERVIEW: 'Complaint-official interview',
    SECONDARY_DATA: 'Secondary data',
    SURVEY: 'Survey',
  },
);

/** An indicator's scale in words, with every level of an ordinal scale. */
export function describeScale(scale: Scale | undefined, scaleKind: string, locale: Locale): string {
  const t = createTranslator(messages, locale);
  const kind = scale?.kind ?? scaleKind;
  if (kind === 'YES_NO') return t('yesNo');
  if (kind === 'PERCENTAGE') return t('percentage');
  if (scale?.kind === 'ORDINAL') {
    return t('ordinal', { levels: scale.levels.map((level) => t('level', { value: level.value, label: level.label[locale] })).join('; ') });
  }
  if (scale?.kind === 'NUMERIC') {
    const { min, max, direction } = scale.normalisation;
    const text = t('numeric', {
      min: formatScore(min, locale),
      max: formatScore(max, locale),
      direction: t(direction === 'HIGHER_IS_BETTER' ? 'higher' : 'lower'),
    });
    return scale.unit ? `${text} (${scale.unit[locale]})` : text;
  }
  return kind;
}

export function describeSource(source: string | null, locale: Locale): string {
  if (!source) return '—';
  const t = createTranslator(sourceMessages, locale);
  return source in sourceMessages.id ? t(source as keyof typeof sourceMessages.id) : source;
}

const answerMessages = defineMessages(
  { yes: 'Ya', no: 'Tidak', level: '{value} — {label}', notApplicable: 'tidak berlaku', none: '—' },
  { yes: 'Yes', no: 'No', level: '{value} — {label}', notApplicable: 'not applicable', none: '—' },
);

/** A recorded or simulated answer in words: the level's label, yes or no, or the figure. */
export function answerInWords(scale: Scale | undefined, value: unknown, locale: Locale): string {
  const t = createTranslator(answerMessages, locale);
  if (value === null || value === undefined) return t('none');
  if (typeof value === 'object') return t('notApplicable');
  if (scale?.kind === 'YES_NO') {
    const yes = value === true || value === 1;
    return yes ? (scale.labels?.yes[locale] ?? t('yes')) : (scale.labels?.no[locale] ?? t('no'));
  }
  if (scale?.kind === 'ORDINAL') {
    const level = scale.levels.find((l) => l.value === value);
    return level ? t('level', { value: level.value, label: level.label[locale] }) : String(value);
  }
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 4 }).format(Number(value));
}
