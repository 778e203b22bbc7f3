import type { AnswerProblemCode, Indicator, UnitScore } from '@patuh/scoring';
import { defineMessages, useLocale, useT, type Locale } from '@patuh/ui';
import { useCallback } from 'react';
import type { AnswerState } from './answers';

export const answerMessages = defineMessages(
  {
    yes: 'Ya',
    no: 'Tidak',
    notApplicable: 'Tidak berlaku',
    unanswered: 'Belum dijawab',
    percent: '{value} %',
    level: '{value} — {label}',
    OUT_OF_RANGE: 'Nilai di luar skala: isi antara {min} dan {max}.',
    NOT_A_LEVEL: 'Pilih salah satu tingkat skala.',
    WRONG_TYPE: 'Jawaban tidak sesuai jenis skala indikator ini.',
    NOT_APPLICABLE_NOT_ALLOWED: 'Indikator ini tidak boleh dinyatakan tidak berlaku.',
    notANumber: 'Tulis sebuah angka, misalnya 75 atau 75,5.',
    tooManyDecimals: 'Paling banyak {decimals} angka di belakang koma.',
  },
  {
    yes: 'Yes',
    no: 'No',
    notApplicable: 'Not applicable',
    unanswered: 'Not answered',
    percent: '{value} %',
    level: '{value} — {label}',
    OUT_OF_RANGE: 'Outside the scale: enter a value from {min} to {max}.',
    NOT_A_LEVEL: 'Choose one of the levels of the scale.',
    WRONG_TYPE: "The answer does not fit this indicator's kind of scale.",
    NOT_APPLICABLE_NOT_ALLOWED: 'This indicator cannot be declared not applicable.',
    notANumber: 'Write a number, for example 75 or 75.5.',
    tooManyDecimals: 'At most {decimals} digits after the decimal separator.',
  },
);

const numberTags: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

export function formatDecimal(value: number, locale: Locale, decimals = 2): string {
  return new Intl.NumberFormat(numberTags[locale], { maximumFractionDigits: decimals }).format(value);
}

/** Decimals an answer on this scale is kept at; the API stores two at most. */
export function decimalsOf(indicator: Indicator): number {
  const scale = indicator.scale;
  if (scale.kind === 'PERCENTAGE' || scale.kind === 'NUMERIC') return Math.min(scale.decimals ?? 2, 2);
  return 0;
}

export type NumberParse = { ok: true; value: number | null } | { ok: false; problem: 'notANumber' | 'tooManyDecimals' };

/** A number as typed, with a comma or a dot as decimal separator; blank is no answer. */
export function parseTypedNumber(text: string, decimals: number): NumberParse {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return { ok: true, value: null };
  const normalised = trimmed.replace(',', '.');
  // A separator just typed ("2,") reads as the number so far, without an error mid-typing.
  if (!/^-?\d+(\.\d*)?$/.test(normalised)) return { ok: false, problem: 'notANumber' };
  const fraction = normalised.split('.')[1] ?? '';
  if (fraction.length > decimals) return { ok: false, problem: 'tooManyDecimals' };
  return { ok: true, value: Number(normalised) };
}

/** Words for answers and their problems, in the reader's language. */
export function useAnswerText() {
  const t = useT(answerMessages);
  const { locale } = useLocale();

  const describe = useCallback(
    (indicator: Indicator | undefined, answer: AnswerState | null | undefined): string => {
      if (!answer || (!answer.notApplicable && answer.value === null)) return t('unanswered');
      if (answer.notApplicable) return t('notApplicable');
      const value = answer.value as number;
      const scale = indicator?.scale;
      switch (scale?.kind) {
        case 'YES_NO':
          return value === 1 ? (scale.labels?.yes[locale] ?? t('yes')) : value === 0 ? (scale.labels?.no[locale] ?? t('no')) : String(value);
        case 'ORDINAL': {
          const level = scale.levels.find((item) => item.value === value);
          return level ? t('level', { value, label: level.label[locale] }) : String(value);
        }
        case 'PERCENTAGE':
          return t('percent', { value: formatDecimal(value, locale) });
        case 'NUMERIC':
          return scale.unit ? `${formatDecimal(value, locale)} (${scale.unit[locale]})` : formatDecimal(value, locale);
        default:
          return formatDecimal(value, locale);
      }
    },
    [t, locale],
  );

  const problem = useCallback(
    (indicator: Indicator, code: AnswerProblemCode): string => {
      if (code !== 'OUT_OF_RANGE') return t(code);
      const scale = indicator.scale;
      const [min, max] =
        scale.kind === 'ORDINAL'
          ? [scale.levels[0]?.value ?? 0, scale.levels[scale.levels.length - 1]?.value ?? 0]
          : scale.kind === 'NUMERIC'
            ? [scale.normalisation.min, scale.normalisation.max]
            : [0, 100];
      return t('OUT_OF_RANGE', { min: formatDecimal(min, locale), max: formatDecimal(max, locale) });
    },
    [t, locale],
  );

  return { describe, problem, t, locale };
}

/** The scoring package's objection to each indicator's answer, by code. */
export function problemsByIndicator(score: UnitScore): ReadonlyMap<string, AnswerProblemCode> {
  return new Map(score.invalid.map((item) => [item.indicatorCode, item.code]));
}
