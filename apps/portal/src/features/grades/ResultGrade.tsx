import type { Zone } from '@patuh/graphql';
import { GradeBadge, useLocale } from '@patuh/ui';

/** A grade band's names, as the cycle's methodology gives them. */
export interface GradeNames {
  code: string;
  label: { id: string; en: string };
}

export interface ResultGradeProps {
  grade: string;
  zone: Zone;
  /** The label as published (Bahasa Indonesia), used when the bands do not name the grade. */
  label?: string | null;
  /** The year's grade bands, for the label in the reader's language. */
  bands?: readonly GradeNames[] | undefined;
}

/** A published grade, labelled in the reader's language from the year's own method. */
export function ResultGrade({ grade, zone, label, bands }: ResultGradeProps) {
  const { locale } = useLocale();
  const band = bands?.find((b) => b.code === grade);
  return <GradeBadge code={grade} zone={zone} label={band ? band.label[locale] : (label ?? grade)} />;
}
