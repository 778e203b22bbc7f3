/**
 * The demo cycles' plans: 2022–2024 on the four-dimension method, published; 2025 on the Opini method,
 * still in verification. Calendars follow the real one where it is known (domain.md): planning
 * March–June, field work July–October in 2023 and May–September in 2024, award ceremonies on
 * 14 December 2023, 14 November 2024 and 29 January 2026.
 */
import { CycleStage, InstitutionType } from '@patuh/db';
import type { PresetId } from '@patuh/scoring';

/** A stage's planned window, as dates in Jakarta time; an open end is null. */
type Window = readonly [opens: string, closes: string | null];

export interface DemoCyclePlan {
  year: number;
  presetId: Extract<PresetId, 'METHOD_2022' | 'OPINI_2025'>;
  /** PUBLISHED cycles are published through the publication service; others stop at this stage. */
  stage: CycleStage;
  windows: Readonly<Partial<Record<CycleStage, Window>>>;
  /** How many bodies of each type were assessed that year. */
  sampleSize: Readonly<Record<InstitutionType, number>>;
}

/** Who was assessed in 2022–2024 (domain.md); the provinces created in 2022 were not yet. */
const NATIONAL_SAMPLE_2022 = { KEMENTERIAN: 25, LEMBAGA: 14, PROVINSI: 34, KOTA: 98, KABUPATEN: 415 } as const;

export const DEMO_CYCLES: readonly DemoCyclePlan[] = [
  {
    year: 2022,
    presetId: 'METHOD_2022',
    stage: CycleStage.PUBLISHED,
    // Field work as in 2023; the 2022 ceremony date is not in the sources, mid-December is assumed.
    windows: {
      PREPARATION: ['2022-03-01', '2022-06-30'],
      COLLECTION: ['2022-07-01', '2022-10-31'],
      VERIFICATION: ['2022-11-01', '2022-11-18'],
      CLARIFICATION: ['2022-11-21', '2022-12-02'],
      DECISION: ['2022-12-05', '2022-12-14'],
      PUBLISHED: ['2022-12-15', null],
    },
    sampleSize: NATIONAL_SAMPLE_2022,
  },
  {
    year: 2023,
    presetId: 'METHOD_2022',
    stage: CycleStage.PUBLISHED,
    windows: {
      PREPARATION: ['2023-03-01', '2023-06-30'],
      COLLECTION: ['2023-07-01', '2023-10-31'],
      VERIFICATION: ['2023-11-01', '2023-11-17'],
      CLARIFICATION: ['2023-11-20', '2023-12-01'],
      DECISION: ['2023-12-04', '2023-12-13'],
      PUBLISHED: ['2023-12-14', null],
    },
    sampleSize: NATIONAL_SAMPLE_2022,
  },
  {
    year: 2024,
    presetId: 'METHOD_2022',
    stage: CycleStage.PUBLISHED,
    windows: {
      PREPARATION: ['2024-03-01', '2024-04-30'],
      COLLECTION: ['2024-05-01', '2024-09-30'],
      VERIFICATION: ['2024-10-01', '2024-10-18'],
      CLARIFICATION: ['2024-10-21', '2024-11-01'],
      DECISION: ['2024-11-04', '2024-11-13'],
      PUBLISHED: ['2024-11-14', null],
    },
    sampleSize: { ...NATIONAL_SAMPLE_2022, KABUPATEN: 416 },
  },
  {
    year: 2025,
    presetId: 'OPINI_2025',
    stage: CycleStage.VERIFICATION,
    windows: {
      PREPARATION: ['2025-03-01', '2025-04-30'],
      COLLECTION: ['2025-05-01', '2025-09-30'],
      VERIFICATION: ['2025-10-01', '2025-12-31'],
      CLARIFICATION: ['2026-01-02', '2026-01-15'],
      DECISION: ['2026-01-16', '2026-01-28'],
      PUBLISHED: ['2026-01-29', null],
    },
    // 38 ministries were assessed in 2025; the registry holds the 25 of 2022–2024.
    sampleSize: { KEMENTERIAN: 25, LEMBAGA: 8, PROVINSI: 38, KOTA: 56, KABUPATEN: 170 },
  },
];

/** Stages in the order a cycle goes through them. */
const STAGE_ORDER: readonly CycleStage[] = [
  CycleStage.DRAFT,
  CycleStage.PREPARATION,
  CycleStage.COLLECTION,
  CycleStage.VERIFICATION,
  CycleStage.CLARIFICATION,
  CycleStage.DECISION,
  CycleStage.PUBLISHED,
  CycleStage.ARCHIVED,
];

/** A date at midnight in Jakarta (WIB, UTC+7), where the calendar is kept. */
export function jakartaDate(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

/** The stage windows of a plan; stages up to `reached` record that they opened on schedule. */
export function stageWindows(plan: DemoCyclePlan, cycleId: string, reached: CycleStage) {
  const reachedIndex = STAGE_ORDER.indexOf(reached);
  return Object.entries(plan.windows).map(([stage, [opens, closes]]) => ({
    cycleId,
    stage: stage as CycleStage,
    opensAt: jakartaDate(opens),
    closesAt: closes === null ? null : jakartaDate(closes),
    openedAt: STAGE_ORDER.indexOf(stage as CycleStage) <= reachedIndex ? jakartaDate(opens) : null,
  }));
}

export function cycleTitle(year: number): string {
  return `Penilaian Kepatuhan ${year}`;
}
