import { useT } from '../i18n/locale';
import { defineMessages } from '../i18n/messages';

/** The colour zones of the methodologies so far (Hijau, Kuning, Merah). */
export type GradeZone = 'HIJAU' | 'KUNING' | 'MERAH';

const messages = defineMessages(
  { grade: 'Predikat', HIJAU: 'zona hijau', KUNING: 'zona kuning', MERAH: 'zona merah' },
  { grade: 'Grade', HIJAU: 'green zone', KUNING: 'yellow zone', MERAH: 'red zone' },
);

export interface GradeBadgeProps {
  /** As the cycle's methodology names it, e.g. "A". */
  code: string;
  /** As the cycle's methodology names it, e.g. "Kualitas Tertinggi". */
  label: string;
  zone?: GradeZone | null | undefined;
}

/**
 * A grade as code and label, tinted by its zone. Grades, labels and zones are methodology data,
 * so they come in as props; the colour only repeats what the text says, and the zone is spoken
 * to screen readers.
 */
export function GradeBadge({ code, label, zone }: GradeBadgeProps) {
  const t = useT(messages);
  return (
    <span className={`grade-badge grade-badge--${zone ? zone.toLowerCase() : 'none'}`}>
      <span className="visually-hidden">{t('grade')} </span>
      <span className="grade-badge__code">{code}</span>
      <span className="grade-badge__label">{label}</span>
      {zone ? <span className="visually-hidden">, {t(zone)}</span> : null}
    </span>
  );
}
